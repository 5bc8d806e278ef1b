/**
 * Voices for speakers (pure): each quoted speaker gets a voice of their own,
 * handed out from the template's list in order of first appearance,
 * consistent throughout and distinct from the narrator's. A person the text
 * shows to be a man or a woman (`Speaker.gender`) gets a voice of that
 * gender (espeak variants: `+m…` male, `+f…` female), the first not yet
 * taken, else the least used (a man is better read in a second male voice
 * a pitch apart than in a woman's); others take the next voice not yet
 * taken. A speaker file's
 * `Speaker.voice` overrides the voice id. When the list runs out, voices are
 * reused with a shifted pitch so that neighbours still sound different.
 */
import type { Article, Block, Inline } from '../model/article.js';
import type { NarrationTemplate, VoiceStyle } from '../config/types.js';
import { primaryLanguage } from '../model/lang.js';
import { voiceGender } from '../model/voice.js';

/** Speaker ids in the order their first direct quotation appears. */
export function speakersInOrder(article: Article): string[] {
  const seen = new Set<string>();
  const visitInlines = (inlines: Inline[]): void => {
    for (const node of inlines) {
      if (node.type === 'quote') {
        if (node.depth === 0 && node.speakerId) seen.add(node.speakerId);
        visitInlines(node.children);
      } else if (node.type === 'emphasis' || node.type === 'link') {
        visitInlines(node.children);
      }
    }
  };
  const visitBlocks = (blocks: Block[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'blockquote':
          if (block.speakerId) seen.add(block.speakerId);
          visitBlocks(block.children);
          break;
        case 'list':
          for (const item of block.children) visitBlocks(item.children);
          break;
        case 'heading':
        case 'paragraph':
        case 'caption':
          visitInlines(block.children);
          break;
        case 'table':
          for (const row of block.rows) for (const cell of row) visitInlines(cell);
          break;
        case 'code':
        case 'thematicBreak':
          break;
      }
    }
  };
  visitBlocks(article.blocks);
  return [...seen];
}

const sameStyle = (a: VoiceStyle, b: VoiceStyle): boolean => a.voice === b.voice && a.pitch === b.pitch && a.rate === b.rate;

export function assignVoices(article: Article, template: NarrationTemplate): Map<string, VoiceStyle> {
  const pool = template.speakerVoices.filter((s) => !sameStyle(s, template.narrator));
  const fallback: VoiceStyle[] = pool.length ? pool : [{ ...template.narrator, pitch: Math.min(99, template.narrator.pitch + 20) }];
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  const uses = fallback.map(() => 0);
  const out = new Map<string, VoiceStyle>();
  for (const id of speakersInOrder(article)) {
    // A voice of the speaker's gender if the list has one, the least used of those, the first in the list of those.
    const gender = byId.get(id)?.gender;
    const misfit = (k: number): number => (gender && voiceGender(fallback[k]!.voice) !== gender ? 1 : 0);
    const k = fallback.map((_, k) => k).sort((a, b) => misfit(a) - misfit(b) || uses[a]! - uses[b]! || a - b)[0]!;
    const round = uses[k]!++;
    // Reused voices: alternate up and down in pitch, further each round.
    const shift = round === 0 ? 0 : (round % 2 ? 1 : -1) * 12 * Math.ceil(round / 2);
    const style: VoiceStyle = { ...fallback[k]!, pitch: Math.max(0, Math.min(99, fallback[k]!.pitch + shift)) };
    const override = byId.get(id)?.voice;
    out.set(id, override ? { ...style, voice: override } : style);
  }
  return out;
}

/**
 * A template voice spoken in the article's language: `en-us+m3` for a French
 * article becomes `fr+m3` (same variant, the language's own voice). Voices
 * already in the article's language are kept as they are (`en-gb` for `en`).
 */
export function voiceForLanguage(voice: string, lang: string): string {
  const [base = '', ...variant] = voice.split('+');
  const want = primaryLanguage(lang);
  const have = primaryLanguage(base);
  if (!want || want === 'und' || want === have) return voice;
  return [want, ...variant].join('+');
}
