#!/usr/bin/env node
/**
 * The book benchmark: an 80,000-word text built to both editions in a child
 * process, reporting wall time and peak memory (maxRSS). `npm run bench -- --book`.
 * Prints one JSON line: { words, pdfMs, audioMs, totalMs, maxRssMb, audioSec }.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = Number(process.env.LECTERN_BOOK_WORDS ?? 80_000);

/** A long book made of the public-domain samples, chapter after chapter, to the word count asked for. */
async function makeBook(file) {
  const samples = ['gutenberg-poe-cask-of-amontillado.txt', 'gutenberg-carroll-alice-ch07-mad-tea-party.txt', 'gutenberg-austen-pride-and-prejudice-ch01.txt'];
  const texts = [];
  for (const s of samples) texts.push(await readFile(path.join(root, '..', 'shared', 'samples', s), 'utf8').catch(() => readFile(path.join(root, 'tests', 'fixtures', 'golden', s), 'utf8')));
  const parts = ['A Long Book for Lectern'];
  let words = 0;
  for (let chapter = 1; words < WORDS; chapter++) {
    const text = texts[chapter % texts.length].replace(/^[^\n]*\n/, '');
    parts.push(`Chapter ${chapter}`, text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  await writeFile(file, parts.join('\n\n'));
  return words;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-book-'));
const file = path.join(dir, 'book.txt');
const words = await makeBook(file);
const { build } = await import(path.join(root, 'dist', 'index.js'));
const t = performance.now();
const report = await build({ inputs: [file], out: path.join(dir, 'out'), config: false, jobs: 1 });
const totalMs = performance.now() - t;
const edition = report.editions[0];
if (!edition) {
  console.error(JSON.stringify(report.failures));
  process.exit(1);
}
console.log(
  JSON.stringify({
    words,
    pdfMs: Math.round(edition.timings.pdf ?? 0),
    audioMs: Math.round(edition.timings.audio ?? 0),
    totalMs: Math.round(totalMs),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    audioSec: Math.round(edition.audio?.durationSec ?? 0),
  }),
);
