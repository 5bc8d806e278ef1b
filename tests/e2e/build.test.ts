/**
 * The whole path, as a user runs it: the sample article in, a tagged PDF and a
 * narrated MP3 out, built by the real PDF writer and the real embedded speech
 * engine, then read back with independent readers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFile } from 'music-metadata';
import { build, type BuildReport } from '../../src/index.js';
import { readPdf, findAll, textOf, type PdfReadBack } from '../support/pdf.js';
import { ebur128, ffprobeChapters, firstMissingInOrder, itNeeds, missing, missingPdfuaCheck, pdftotext, PDFUA_CHECK, words } from '../support/tools.js';
import { tempDir } from '../cli/helpers.js';

const SAMPLE = new URL('../../examples/bakhmut-trenches.txt', import.meta.url).pathname;
const sourceWords = words(readFileSync(SAMPLE, 'utf8').replace('regionPhoto:', 'region Photo:'));

describe('building the sample article on the embedded defaults', () => {
  const out = tempDir();
  const edition = path.join(out, 'bakhmut-trenches');
  const pdfFile = path.join(edition, 'bakhmut-trenches.pdf');
  const mp3File = path.join(edition, 'bakhmut-trenches.mp3');
  let report: BuildReport;
  let pdf: PdfReadBack;

  beforeAll(async () => {
    report = await build({ inputs: [SAMPLE], out, config: false });
    pdf = await readPdf(readFileSync(pdfFile));
  });

  it('writes the PDF, the MP3, the transcript and the chapters', () => {
    expect(report.failures).toEqual([]);
    expect(report.editions[0]!.written.map((w) => path.relative(out, w.path)).sort()).toEqual(
      ['bakhmut-trenches.chapters.json', 'bakhmut-trenches.mp3', 'bakhmut-trenches.pdf', 'bakhmut-trenches.vtt'].map((f) => path.join('bakhmut-trenches', f)),
    );
  });

  describe('the PDF', () => {
    it('has its title in the metadata', () => {
      expect(pdf.info.Title).toBe('Bakhmut trenches');
      expect(pdf.info.Language ?? pdf.metadataXml).toBeTruthy();
    });

    it('has a tag tree that starts with the title as H1 and holds the list, the caption and the quotations', () => {
      const roles = pdf.pages.flatMap((p) => collectRoles(p));
      expect(roles).toContain('Document');
      const h1 = pdf.pages.flatMap((p) => findAll(p, 'H1'));
      expect(h1.map((h) => textOf(h).trim())).toEqual(['Bakhmut trenches']);
      for (const role of ['P', 'H2', 'L', 'LI', 'Lbl', 'LBody', 'Caption']) expect(roles).toContain(role);
      expect(roles.some((r) => r === 'BlockQuote' || r === 'Quote')).toBe(true);
    });

    it('gives back every word of the article, in order', () => {
      const got = words(pdf.text);
      const at = firstMissingInOrder(sourceWords, got);
      expect(at, `word ${at}: "${sourceWords[at]}" missing after "${sourceWords.slice(Math.max(0, at - 5), at).join(' ')}"`).toBe(-1);
    });

    it('names the speaker of each block quotation in the text a screen reader reads', () => {
      const quotes = pdf.pages.flatMap((p) => findAll(p, 'BlockQuote'));
      expect(quotes.length).toBeGreaterThan(0);
      // A quotation that runs on over a page break is labelled once, where it starts (with its opening mark).
      const starts = quotes.map(textOf).filter((t) => /^[^“"]*[“"]/.test(t));
      expect(starts.length).toBeGreaterThan(0);
      for (const t of starts) expect(t.trimStart()).toMatch(/^(Volodymyr Zelensk\w+|Ministry of Defense of Ukraine|Polyak):/);
    });

    itNeeds(missing('pdftotext', 'poppler-utils'), 'reads back in order with poppler, no words glued across lines', () => {
      const got = words(pdftotext(pdfFile).replace(/-\n/g, '-'));
      const at = firstMissingInOrder(sourceWords, got);
      expect(at, `word ${at}: "${sourceWords[at]}"`).toBe(-1);
    });

    itNeeds(missing('qpdf', 'qpdf'), 'is a well-formed PDF to qpdf, with no warnings', () => {
      const run = spawnSync('qpdf', ['--check', pdfFile], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/No syntax or stream encoding errors found/);
    });

    itNeeds(missingPdfuaCheck(), 'passes the PDF/UA-1 machine checks', () => {
      const run = spawnSync(PDFUA_CHECK, [pdfFile], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).not.toMatch(/FAIL/);
      expect(run.status, run.stdout).toBe(0);
    });
  });

  describe('the MP3', () => {
    it('carries the title and artist, and lasts as long as the words take to say', async () => {
      const meta = await parseFile(mp3File);
      expect(meta.common.title).toBe('Bakhmut trenches');
      expect(meta.common.artist).toBeTruthy();
      const seconds = meta.format.duration ?? 0;
      // espeak speaks 150–200 words a minute; pauses and the intro add a little.
      expect(seconds).toBeGreaterThan(sourceWords.length / 4);
      expect(seconds).toBeLessThan(sourceWords.length / 1.5);
      expect(statSync(mp3File).size).toBeGreaterThan(seconds * 4000);
    });

    itNeeds(missing('ffmpeg', 'ffmpeg'), 'is normalised to −16 LUFS with a true peak at or below −1 dBTP', () => {
      const loudness = ebur128(mp3File);
      expect(loudness.integratedLufs).toBeGreaterThanOrEqual(-17);
      expect(loudness.integratedLufs).toBeLessThanOrEqual(-15);
      expect(loudness.truePeakDbtp).toBeLessThanOrEqual(-1);
    });

    itNeeds(missing('ffprobe', 'ffmpeg'), 'has chapters for the title and the subheading', () => {
      const chapters = ffprobeChapters(mp3File);
      expect(chapters.map((c) => c.title)).toEqual(expect.arrayContaining(['Bakhmut trenches', 'Russian troops are trying to clear Bakhmut']));
    });

    it('comes with a transcript whose cues name who is speaking', () => {
      const vtt = readFileSync(path.join(edition, 'bakhmut-trenches.vtt'), 'utf8');
      expect(vtt.startsWith('WEBVTT')).toBe(true);
      expect(vtt).toMatch(/<v Narrator>/);
      expect(vtt).toMatch(/<v [^>]*Zelensk[^>]*>/);
      expect(vtt).toMatch(/<v [^>]*Ministry of Defen[cs]e of Ukraine>/i);
    });
  });

  describe('building again', () => {
    it('leaves an up-to-date edition alone, and rebuilds it with force', async () => {
      const before = statSync(pdfFile).mtimeMs;
      const again = await build({ inputs: [SAMPLE], out, config: false });
      expect(again.editions[0]!.upToDate).toBe(true);
      expect(statSync(pdfFile).mtimeMs).toBe(before);
      const forced = await build({ inputs: [SAMPLE], out, config: false, force: true });
      expect(forced.editions[0]!.upToDate).toBeUndefined();
      expect(statSync(pdfFile).mtimeMs).toBeGreaterThan(before);
    });
  });
});

function collectRoles(node: { role: string; children: { role: string; children: unknown[] }[] }): string[] {
  const out = [node.role];
  for (const c of node.children) out.push(...collectRoles(c as typeof node));
  return out;
}

describe('an EPUB that cannot be written', () => {
  it('fails that edition with one message and leaves no MP3 made only to go inside it', async () => {
    const out = tempDir();
    const input = path.join(tempDir(), 'short.txt');
    writeFileSync(input, 'A short note\n\n“We are ready,” the mayor said.\n');
    mkdirSync(path.join(out, 'short', 'short.epub'), { recursive: true }); // a folder where the EPUB should go
    const report = await build({ inputs: [input], out, config: false, formats: ['epub'] });
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]!.message).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(readdirSync(path.join(out, 'short')).filter((f) => f.endsWith('.mp3'))).toEqual([]);
  });
});
