/**
 * The bundled faces and glyph coverage.
 *
 * Atkinson Hyperlegible is the main face; Noto Sans subsets fill in the
 * scripts it lacks. Text is split into runs, each drawn with the first face
 * in the chain that has a glyph for it, so that no character silently turns
 * into `.notdef`. A character no face covers is dropped and reported.
 *
 * Only WOFF files are used: fontkit's subsetter corrupts WOFF2.
 * Opened fonts are cached for the life of the process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

export type Weight = 400 | 700;

interface FaceFile {
  /** The @fontsource package. */
  pkg: 'atkinson-hyperlegible' | 'noto-sans';
  /** The unicode-range subset in the file name. */
  subset: string;
}

/** In order of preference: the main face first, fallbacks after. */
const FACE_CHAIN: readonly FaceFile[] = [
  { pkg: 'atkinson-hyperlegible', subset: 'latin' },
  { pkg: 'atkinson-hyperlegible', subset: 'latin-ext' },
  { pkg: 'noto-sans', subset: 'latin' },
  { pkg: 'noto-sans', subset: 'latin-ext' },
  { pkg: 'noto-sans', subset: 'vietnamese' },
  { pkg: 'noto-sans', subset: 'cyrillic' },
  { pkg: 'noto-sans', subset: 'cyrillic-ext' },
  { pkg: 'noto-sans', subset: 'greek' },
  { pkg: 'noto-sans', subset: 'greek-ext' },
  { pkg: 'noto-sans', subset: 'devanagari' },
];

export interface Face {
  /** Name the face is registered under in a pdfkit document, e.g. `atkinson-hyperlegible-latin-700`. */
  key: string;
  font: fontkit.Font;
}

export interface FaceRun {
  text: string;
  face: Face;
}

export interface MissingChar {
  char: string;
  /** Index (in UTF-16 units) of the character in the text that was split. */
  index: number;
}

const requireFromHere = createRequire(import.meta.url);
const opened = new Map<string, Face>();
const coverage: Record<Weight, Map<number, number>> = { 400: new Map(), 700: new Map() };

function faceKey(file: FaceFile, weight: Weight): string {
  return `${file.pkg}-${file.subset}-${weight}`;
}

/** The path of a bundled font file, from src (vitest) or dist alike. */
export function fontFilePath(file: FaceFile, weight: Weight): string {
  return requireFromHere.resolve(`@fontsource/${file.pkg}/files/${file.pkg}-${file.subset}-${weight}-normal.woff`);
}

function faceAt(index: number, weight: Weight): Face {
  const file = FACE_CHAIN[index];
  if (!file) throw new Error(`no face at index ${index}`);
  const key = faceKey(file, weight);
  let face = opened.get(key);
  if (!face) {
    const created = fontkit.create(readFileSync(fontFilePath(file, weight)));
    if ('fonts' in created) throw new Error(`${key}: expected a single font, got a collection`);
    face = { key, font: created };
    opened.set(key, face);
  }
  return face;
}

/** The main face (Atkinson Hyperlegible, Latin) for a weight. */
export function primaryFace(weight: Weight): Face {
  return faceAt(0, weight);
}

/** Index in the chain of the first face with a glyph for `cp`, or -1. */
function faceIndexFor(cp: number, weight: Weight): number {
  const cache = coverage[weight];
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let found = -1;
  for (let i = 0; i < FACE_CHAIN.length; i++) {
    if (faceAt(i, weight).font.hasGlyphForCodePoint(cp)) {
      found = i;
      break;
    }
  }
  cache.set(cp, found);
  return found;
}

/** Format characters that carry no glyph of their own in print: dropped without a word. */
function isIgnorable(cp: number): boolean {
  return (
    cp === 0xad || // soft hyphen: large print never hyphenates
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, joiners, direction marks
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0)
  );
}

const COMBINING = /\p{M}/u;

/**
 * Splits text into runs of one face each. Spaces and combining marks stay in
 * the run they follow when its face has them. Characters no face covers are
 * left out and passed to `onMissing`.
 */
export function splitByFace(text: string, weight: Weight, onMissing?: (m: MissingChar) => void): FaceRun[] {
  const runs: FaceRun[] = [];
  let current: { index: number; face: Face; text: string } | undefined;
  let offset = 0;
  for (const ch of text) {
    const at = offset;
    offset += ch.length;
    const cp = ch.codePointAt(0) ?? 0;
    if (isIgnorable(cp)) continue;
    if (current && (cp === 0x20 || cp === 0xa0 || COMBINING.test(ch)) && current.face.font.hasGlyphForCodePoint(cp)) {
      current.text += ch;
      continue;
    }
    const index = faceIndexFor(cp, weight);
    if (index < 0) {
      onMissing?.({ char: ch, index: at });
      continue;
    }
    if (current && current.index === index) {
      current.text += ch;
      continue;
    }
    if (current) runs.push({ text: current.text, face: current.face });
    current = { index, face: faceAt(index, weight), text: ch };
  }
  if (current) runs.push({ text: current.text, face: current.face });
  return runs;
}

/** Whether some bundled face can draw `ch`. */
export function canDraw(ch: string, weight: Weight = 400): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && faceIndexFor(cp, weight) >= 0;
}
