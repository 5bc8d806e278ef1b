/**
 * A headline's quotations are marked like the body's: as terms in
 * `meta.titleInlines` (the body says who spoke), tagged Quote inside the
 * PDF's H1 and <q> inside the EPUB's h1. Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import type { Inline, QuoteInline } from '../../src/model/article.js';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { loadPrintTemplate, renderPdf } from '../../src/render/pdf/index.js';
import { buildContentDocument } from '../../src/render/epub/content.js';
import { readPdf, type StructNode } from '../support/pdf.js';

const quotesIn = (xs: readonly Inline[] = []): QuoteInline[] => xs.flatMap((x) => (x.type === 'quote' ? [x] : []));
const TEXT = "Council tax rise 'will not be the last'\n\nThe leader said \"it will not be the last\" at the meeting on Monday.\n";

describe('quotations in the title', () => {
  const { article } = detect(parseSource(TEXT, 'council.txt', 'text').article);

  it('marks them as terms in meta.titleInlines, with ids of their own and no speaker', () => {
    expect(article.meta.title).toBe("Council tax rise 'will not be the last'");
    const [quote, ...others] = quotesIn(article.meta.titleInlines);
    expect(others).toEqual([]);
    expect(quote).toMatchObject({ kind: 'term', depth: 0, open: "'", close: "'", quoteId: 'title-q1' });
    expect(quote!.speakerId).toBeUndefined();
    expect(quote!.children).toEqual([{ type: 'text', value: 'will not be the last' }]);
    // the body's quotation keeps its speaker
    expect(article.quotations.map((q) => q.id)).toEqual(['q1']);
    expect(article.speakers.find((s) => s.id === article.quotations[0]!.speakerId)?.name).toBe('The leader');
  });

  it('leaves a title with no quotation, or one taken from the file name, without titleInlines', () => {
    expect(detect(parseSource('Council tax rises\n\nThe leader spoke.\n', 'c.txt', 'text').article).article.meta.titleInlines).toBeUndefined();
    expect(detect(parseSource("The leader said 'no'.\n", 'c.txt', 'text').article).article.meta.titleInlines).toBeUndefined();
  });

  it('marks the quotations of a Markdown "# Title" once, in the title', () => {
    const md = detect(parseSource('# Council tax rise “will not be the last”\n\nThe leader spoke.\n', 'c.md', 'markdown').article).article;
    expect(md.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(quotesIn(md.meta.titleInlines)).toMatchObject([{ kind: 'term', open: '“', close: '”' }]);
  });

  it('tags the quotation as a Quote inside the PDF’s H1', async () => {
    const { pdf } = await renderPdf(article, await loadPrintTemplate('large-print'));
    const find = (nodes: StructNode[]): StructNode | undefined => nodes.map((n) => (n.role === 'H1' ? n : find(n.children))).find(Boolean);
    const h1 = find((await readPdf(pdf)).pages);
    expect(h1?.children.map((n) => n.role)).toEqual(['#content', 'Quote']);
    expect(h1?.children[1]?.children.map((n) => n.text).join('').trim()).toBe("'will not be the last'");
  });

  it('puts the quotation in a <q> inside the EPUB’s h1', () => {
    const { xhtml } = buildContentDocument(article, 0);
    expect(xhtml).toMatch(/<h1>Council tax rise <q[^>]*>&apos;will not be the last&apos;<\/q><\/h1>/);
  });
});
