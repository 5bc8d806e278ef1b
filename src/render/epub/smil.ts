import type { BlockClip } from './timing.js';
import { clipValue } from './timing.js';
import { attrs, XML_DECLARATION } from './xml.js';

export interface SmilPar {
  /** Fragment id in the content document. */
  textId: string;
  clip: BlockClip;
}

/**
 * Orders the clips by where their blocks come in the document, and keeps only
 * those heard after the previous one ends: a reading system plays the pars in
 * document order, so the audio must only move forward.
 */
export function orderPars(ids: ReadonlyMap<number, string>, clips: ReadonlyMap<number, BlockClip>, documentOrder: readonly number[]): SmilPar[] {
  const pars: SmilPar[] = [];
  let lastEnd = 0;
  for (const index of documentOrder) {
    const clip = clips.get(index);
    const textId = ids.get(index);
    if (!clip || !textId) continue;
    const startMs = Math.max(clip.startMs, lastEnd);
    if (clip.endMs <= startMs) continue;
    pars.push({ textId, clip: { ...clip, startMs } });
    lastEnd = clip.endMs;
  }
  return pars;
}

/** A Media Overlay document: one `<par>` per block, text fragment plus audio clip. */
export function buildSmil(options: { contentHref: string; audioHref: string; pars: readonly SmilPar[] }): string {
  const { contentHref, audioHref, pars } = options;
  const body = pars
    .map(
      (p, i) =>
        `<par${attrs({ id: `par${i + 1}` })}>` +
        `<text${attrs({ src: `${contentHref}#${p.textId}` })}/>` +
        `<audio${attrs({ src: audioHref, clipBegin: clipValue(p.clip.startMs), clipEnd: clipValue(p.clip.endMs) })}/>` +
        `</par>`,
    )
    .join('\n');
  return (
    XML_DECLARATION +
    '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n' +
    `<body>\n${body}\n</body>\n</smil>\n`
  );
}
