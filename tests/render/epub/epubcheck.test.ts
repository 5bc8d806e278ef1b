import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, Inline } from '../../../src/model/article.js';
import { writeEpub } from '../../../src/render/epub/index.js';
import { sampleArticle, sampleTimeline } from './article.js';
import { sineMp3 } from './mp3.js';
import { findTool, runTool } from '../../support/tools.js';

const epubcheck = findTool('epubcheck');
const reason = 'epubcheck is not installed (Debian: apt-get install epubcheck); the EPUB was not checked against the specification';
if (!epubcheck) console.warn(`SKIPPED: ${reason}`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-epubcheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = (value: string): Inline => ({ type: 'text', value });

/** An article with the awkward parts: no byline, a free-text date, a heading that skips a level, a table, an ordered list, a link, a quote without a speaker, a nested quote. */
function awkwardArticle(): Article {
  return {
    sourceName: 'awkward.txt',
    meta: { title: 'Café <owners> say “no” & \'yes\'', titleDerived: false, date: 'Tuesday, May 7, 2024', lang: 'fr' },
    speakers: [{ id: 's1', name: 'Marie', aliases: [], kind: 'person', evidence: [] }],
    quotations: [],
    blocks: [
      { type: 'heading', depth: 2, children: [text('Section')] },
      { type: 'heading', depth: 4, children: [text('Deep & <deeper>')] },
      {
        type: 'paragraph',
        children: [
          { type: 'quote', quoteId: 'q1', speakerId: 's1', open: '« ', close: ' »', depth: 0, continued: false, continues: true, children: [
            text('Le titre '),
            { type: 'quote', quoteId: 'q2', open: '“', close: '”', depth: 1, continued: false, continues: false, children: [text('Non')] },
            text(' est drôle'),
          ] },
          { type: 'break' },
          { type: 'link', url: 'https://example.org/?a=1&b=2', children: [text('lien')] },
          text(' '),
          { type: 'link', url: 'javascript:alert(1)', children: [text('pas un lien')] },
          text(' '),
          { type: 'quote', quoteId: 'q3', open: '"', close: '"', depth: 0, continued: false, continues: false, children: [text('anonymous')] },
          { type: 'emphasis', strong: false, children: [text(' doux')] },
          { type: 'inlineCode', value: '<x>' },
        ],
      },
      { type: 'list', ordered: true, start: 3, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text('trois')] }] }] },
      { type: 'table', rows: [[[text('A')], [text('B & C')]], [[text('1')], [text('2')]]] },
      { type: 'thematicBreak' },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text('Sans orateur.')] }], lang: 'en' },
      { type: 'caption', children: [text('Une photo')], imageAlt: 'Des gens devant un café', imageUrl: 'https://example.org/p.jpg' },
    ],
  };
}

async function check(name: string, article: Article, durationMs: number, timeline: { blockIndex: number; startMs: number; endMs: number }[]): Promise<string> {
  const audioFile = path.join(dir, `${name}.mp3`);
  writeFileSync(audioFile, sineMp3(durationMs / 1000));
  const out = path.join(dir, `${name}.epub`);
  await writeEpub({ article, audioFile, audioDurationMs: durationMs, timeline, modified: '2024-05-02T10:00:00Z' }, out);
  const result = runTool(epubcheck!, [out]);
  expect(result.output, result.output).toMatch(/No errors or warnings detected|0 fatals \/ 0 errors/);
  expect(result.status, result.output).toBe(0);
  return result.output;
}

describe.skipIf(!epubcheck)(`epubcheck (${epubcheck ? epubcheck.join(' ') : reason})`, () => {
  it('finds no errors in the sample talking book', async () => {
    const output = await check('sample', sampleArticle(), 10_000, sampleTimeline());
    expect(output).not.toMatch(/WARNING/);
  }, 120_000);

  it('finds no errors in a book with tables, links, nested quotes and a skipped heading level', async () => {
    const timeline = awkwardArticle().blocks.map((_b, i) => ({ blockIndex: i, startMs: 500 + i * 400, endMs: 800 + i * 400 }));
    await check('awkward', awkwardArticle(), 4_000, [{ blockIndex: -1, startMs: 0, endMs: 450 }, ...timeline]);
  }, 120_000);
});
