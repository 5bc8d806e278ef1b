/**
 * Fuzzing: a few thousand seeded random mutations of the sample articles go
 * through every pure stage and the real PDF writer. No mutation may crash a
 * stage; a mutation may be refused only with a LecternError; every PDF that
 * comes out must open in an independent reader.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { decodeSource, parseSource, formatFromName } from '../../src/parse/index.js';
import { detect } from '../../src/detect/index.js';
import { narrate, loadNarrationTemplate } from '../../src/narrate/index.js';
import { renderPdf, loadPrintTemplate } from '../../src/render/pdf/index.js';
import { LecternError } from '../../src/errors.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const SAMPLES = new URL('../fixtures/golden/', import.meta.url).pathname;
const LOCAL = new URL('../../examples/', import.meta.url).pathname;
const MUTATIONS = Number(process.env.LECTERN_FUZZ_CASES ?? 2000);

/** Small, fast, seeded PRNG (mulberry32), so that a failure can be replayed from its case number. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›', '—', '–', '-', '\n', '\n\n', '•', '*', '#', '>', '_', '`', '[', ']', '(', ')', '!', ':', '\u200f', '\u202e', '\u0301', '\u0000', '\u0007', '\ufeff', '🎉', '👍🏽', 'ß', 'Ω', 'ж', 'ł', '中', 'ع', '\t', '  ', '---\n', '|', '<b>', '&amp;', '\\', '$(x)', '1.', '93rd', '70,000', '%'];

function mutate(text: string, random: () => number): Uint8Array {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  // Work on a random window so that each case stays small and fast.
  const start = Math.floor(random() * Math.max(1, text.length - 3000));
  let s = text.slice(start, start + 200 + Math.floor(random() * 2800));
  const edits = 1 + Math.floor(random() * 12);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (s.length + 1));
    switch (Math.floor(random() * 6)) {
      case 0:
        s = s.slice(0, at) + pick(NASTY) + s.slice(at);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at + Math.floor(random() * 40));
        break;
      case 2:
        s = s.slice(0, at) + s.slice(at, at + 60).repeat(1 + Math.floor(random() * 5)) + s.slice(at + 60);
        break;
      case 3:
        s = s.slice(0, at) + pick(NASTY).repeat(1 + Math.floor(random() * 50)) + s.slice(at);
        break;
      case 4:
        s = s.slice(0, at);
        break;
      default:
        s = s.slice(at) + s.slice(0, at);
    }
  }
  const bytes = new TextEncoder().encode(s);
  // Now and then, damage the bytes themselves.
  if (random() < 0.05 && bytes.length > 0) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
  return bytes;
}

describe('fuzzing the pure stages and the PDF writer', () => {
  const sources = [
    ...readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => ({ name: f, text: readFileSync(SAMPLES + f, 'utf8') })),
    { name: 'bakhmut-trenches.txt', text: readFileSync(LOCAL + 'bakhmut-trenches.txt', 'utf8') },
  ];

  it(`survives ${MUTATIONS} mutations of the samples`, async () => {
    const print = await loadPrintTemplate('large-print');
    const narration = await loadNarrationTemplate('podcast');
    const random = rng(20261125);
    let refused = 0;
    let pdfs = 0;
    for (let n = 0; n < MUTATIONS; n++) {
      const source = sources[n % sources.length]!;
      const bytes = mutate(source.text, random);
      const label = `case ${n} (from ${source.name})`;
      let text: string;
      try {
        text = decodeSource(bytes, source.name);
      } catch (e) {
        expect(e, label).toBeInstanceOf(LecternError);
        refused++;
        continue;
      }
      const parsed = parseSource(text, source.name, formatFromName(source.name));
      const { article } = detect(parsed.article);
      const script = narrate(article, narration);
      expect(script.utterances.every((u) => typeof u.text === 'string'), label).toBe(true);
      const { pdf } = await renderPdf(article, print);
      const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
      expect(doc.numPages, label).toBeGreaterThan(0);
      await doc.destroy();
      pdfs++;
    }
    expect(pdfs + refused).toBe(MUTATIONS);
    expect(pdfs).toBeGreaterThan(MUTATIONS / 2);
  }, 600_000);
});
