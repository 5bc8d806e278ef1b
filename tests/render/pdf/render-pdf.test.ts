import { beforeAll, describe, expect, it } from 'vitest';
import type { PrintTemplate } from '../../../src/config/types.js';
import type { Block } from '../../../src/model/article.js';
import { loadPrintTemplate, renderPdf, type PdfResult } from '../../../src/render/pdf/index.js';
import { SPEAKERS, article, bq, everyNodeArticle, h, item, p, q, t, ul } from './fixtures.js';
import {
  flatten,
  hasPdfuaCheck,
  hasPoppler,
  inOrder,
  pdffonts,
  pdftotext,
  pdfuaCheck,
  readPdf,
  taggedText,
  words,
  type ReadBack,
  type TagNode,
} from './read-pdf.js';

let largePrint: PrintTemplate;
let everyNode: PdfResult;
let read: ReadBack;
let all: TagNode[];

beforeAll(async () => {
  largePrint = await loadPrintTemplate('large-print');
  everyNode = await renderPdf(everyNodeArticle(), largePrint);
  read = await readPdf(everyNode.pdf);
  all = flatten(read.tags);
});

const roles = (nodes: readonly TagNode[]) => nodes.map((n) => n.role);
/** Text with each run of white space (line ends included) as one space. */
const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const find = (role: string, text: string) => all.find((n) => n.role === role && flat(n.text).includes(text));

describe('the tag tree', () => {
  it('starts with the title as H1, then byline, source and date as paragraphs', () => {
    expect(roles(read.tags).slice(0, 4)).toEqual(['H1', 'P', 'P', 'P']);
    expect(read.tags[0]?.text.trim()).toBe('Talks open in the river hall');
    expect(read.tags.slice(1, 4).map((n) => n.text.trim())).toEqual(['By Jane Doe', 'Example News', '2024-05-01']);
  });

  it('has headings in order without gaps', () => {
    const heads = all.filter((n) => /^H\d$/.test(n.role)).map((n) => n.role);
    expect(heads).toEqual(['H1', 'H2', 'H3', 'H2']);
  });

  it('closes heading gaps the source left: depth 4 after depth 2 becomes H3', async () => {
    const pdf = await renderPdf(article([h(2, 'Two'), p(t('x')), h(4, 'Four'), p(t('y'))]), largePrint);
    const heads = flatten((await readPdf(pdf.pdf)).tags).filter((n) => /^H\d$/.test(n.role));
    expect(heads.map((n) => `${n.role}:${n.text.trim()}`)).toEqual(['H1:Test article', 'H2:Two', 'H3:Four']);
  });

  it('tags lists as L > LI > Lbl + LBody, every item complete', () => {
    const lists = all.filter((n) => n.role === 'L');
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      for (const li of list.children) {
        expect(li.role).toBe('LI');
        expect(roles(li.children)).toEqual(['Lbl', 'LBody']);
      }
    }
    expect(lists[0]?.children.map((li) => li.children[0]?.text.trim())).toEqual(['•', '•', '•']);
    expect(lists[1]?.children.map((li) => li.children[0]?.text.trim())).toEqual(['3.', '4.']);
    expect(lists[0]?.children[2]?.children[1]?.text.trim()).toBe('Third point');
  });

  it('tags a caption with its credit inside', () => {
    const caption = find('Caption', 'Delegates leave the hall');
    expect(flat(caption?.text)).toContain('Photo: Jane Roe / Example Agency');
  });

  it('tags links, inline code, code blocks and tables', () => {
    expect(find('Link', 'full report')).toBeDefined();
    expect(find('Code', 'npm test')).toBeDefined();
    expect(find('Code', 'const answer = 42;')).toBeDefined();
    const table = all.find((n) => n.role === 'Table');
    expect(table?.children.map((tr) => roles(tr.children).join(','))).toEqual(['TH,TH', 'TD,TD', 'TD,TD']);
  });

  it('gives link annotations a description', () => {
    const links = read.annotations.filter((a) => a.subtype === 'Link');
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]?.url).toBe('https://example.org/report');
    expect(links[0]?.contents).toContain('full report');
  });

  it('marks a block whose language differs from the document with /Lang', async () => {
    const block: Block = { type: 'paragraph', lang: 'fr', children: [t('Bonjour à tous.')] };
    const pdf = await renderPdf(article([p(t('Hello.')), block]), largePrint);
    const paragraphs = flatten((await readPdf(pdf.pdf)).tags).filter((n) => n.role === 'P');
    expect(paragraphs.find((n) => n.text.includes('Bonjour'))?.lang).toBe('fr');
    expect(paragraphs.find((n) => n.text.includes('Hello'))?.lang).toBeUndefined();
  });

  it('throws on a node type it has no handler for', async () => {
    const bogus = { type: 'marquee', children: [] } as unknown as Block;
    await expect(renderPdf(article([bogus]), largePrint)).rejects.toThrow(/no handler for block type "marquee"/);
  });
});

describe('quotations and speakers', () => {
  it('tags an inline quotation as Quote inside its paragraph', () => {
    const para = find('P', 'He spoke first');
    expect(roles(para?.children ?? [])).toEqual(['Quote']);
    expect(para?.children[0]?.text.replace(/\s+/g, ' ').trim()).toBe('“We will not give up our land”');
  });

  it('puts the speaker’s name, in bold, before a quote whose paragraph does not name them', () => {
    const para = find('P', 'He spoke first');
    const text = flat(para?.text);
    expect(text.indexOf('[Volodymyr Zelenskyy]')).toBeGreaterThan(-1);
    expect(text.indexOf('[Volodymyr Zelenskyy]')).toBeLessThan(text.indexOf('We will not give up'));
    const label = read.runs.find((r) => r.str.includes('[Volodymyr Zelenskyy]'));
    expect(label?.font).toMatch(/Bold/);
  });

  it('adds no label when the paragraph already names the speaker', () => {
    const para = find('P', 'Maria Santos replied');
    expect(para?.text).not.toContain('[Maria Santos]');
  });

  it('starts a block quotation with the speaker’s name as a bold label', () => {
    const quote = all.find((n) => n.role === 'BlockQuote' && n.text.includes('We came here to listen'));
    expect(flat(quote?.text).startsWith('Maria Santos: We came here')).toBe(true);
    expect(quote?.text.match(/Maria Santos:/g)).toHaveLength(1);
    const label = read.runs.find((r) => r.str.startsWith('Maria Santos:'));
    expect(label?.font).toMatch(/Bold/);
  });

  it('makes a paragraph that is wholly a quotation a BlockQuote with the label first', () => {
    const quote = all.find((n) => n.role === 'BlockQuote' && n.text.includes('Peace is possible'));
    expect(flat(quote?.text).startsWith('Volodymyr Zelenskyy: “Peace is possible')).toBe(true);
    expect(flatten([quote as TagNode]).some((n) => n.role === 'Quote')).toBe(true);
  });

  it('labels a quotation running over several paragraphs once', async () => {
    const blocks = [
      p(q('qa', 's1', [t('First part of a long statement')], { continues: true, close: '' })),
      p(q('qa', 's1', [t('second part of it')], { continued: true })),
      p(t('Later, '), q('qb', 's2', [t('a reply')]), t(' came.')),
    ];
    const pdf = await renderPdf(article(blocks, {}, SPEAKERS), largePrint);
    const back = await readPdf(pdf.pdf);
    const quotes = flatten(back.tags).filter((n) => n.role === 'BlockQuote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text.match(/Volodymyr Zelenskyy/g)).toHaveLength(1);
    expect(roles(quotes[0]?.children ?? [])).toEqual(['P', 'P']);
    expect(flat(taggedText(back))).toContain('Later, [Maria Santos] “a reply” came.');
  });

  it('draws the rule beside a paragraph that goes on with a quotation and then returns to narration', async () => {
    const narration = ' Zelenskyy said, and the minister then spoke for a long while about the harvest, the roads and the weather in the east of the country.';
    const blocks = [
      ul(
        item(p(q('qa', 's1', [t('First part of a long statement')], { continues: true, close: '' }))),
        item(p(q('qa', 's1', [t('second part of it, ending here,')], { continued: true, open: '' }), t(narration))),
      ),
      p(t('After the list.')),
    ];
    const back = await readPdf((await renderPdf(article(blocks, {}, SPEAKERS), largePrint)).pdf);
    const label = back.runs.find((r) => r.str.startsWith('Volodymyr Zelenskyy:'));
    const second = back.runs.find((r) => r.str.startsWith('second part'));
    const lastLine = [...back.runs].reverse().find((r) => /country\.\s*$/.test(r.str));
    const after = back.runs.find((r) => r.str.startsWith('After the list'));
    if (!label || !second || !lastLine || !after) throw new Error('runs not found');
    // Indented like the block quotation it continues; narration after the list is not.
    expect(second.x).toBeCloseTo(label.x, 1);
    expect(after.x).toBeLessThan(second.x - 10);
    // A rule left of the text beside the quoted line, ending before the narration's last line.
    const beside = back.rules.filter((r) => r.page === second.page && r.x < second.x && r.top < second.y && r.bottom >= second.y);
    expect(beside).toHaveLength(1);
    expect(lastLine.y).toBeGreaterThan(beside[0]!.bottom + 10);
    // Still a paragraph with an inline quotation (not a block quotation): one BlockQuote, the first item's.
    expect(flatten(back.tags).filter((n) => n.role === 'BlockQuote')).toHaveLength(1);
    expect(flat(taggedText(back))).toContain('second part of it, ending here,” Zelenskyy said');
  });

  it('keeps one label when a long block quotation runs over a page break', async () => {
    const long = Array.from({ length: 30 }, (_, i) => p(t(`Sentence number ${i + 1} of what the minister said at length to the room.`)));
    const pdf = await renderPdf(article([bq('s1', ...long)], {}, SPEAKERS), largePrint);
    const back = await readPdf(pdf.pdf);
    expect(back.pages).toBeGreaterThan(1);
    expect(taggedText(back).match(/Volodymyr Zelenskyy:/g)).toHaveLength(1);
  });

  it('labels a block quotation that opens with a list in a paragraph of its own', async () => {
    const pdf = await renderPdf(article([bq('s2', ul(item(p(t('one'))), item(p(t('two')))))], {}, SPEAKERS), largePrint);
    const quote = flatten((await readPdf(pdf.pdf)).tags).find((n) => n.role === 'BlockQuote');
    expect(roles(quote?.children ?? [])).toEqual(['P', 'L']);
    expect(flat(quote?.children[0]?.text)).toBe('Maria Santos:');
  });
});

describe('text', () => {
  it('gives back every word of the article, in reading order', () => {
    const expected = words(
      [
        'Talks open in the river hall By Jane Doe Example News 2024-05-01',
        'The talks opened on Monday in a hall near the river. Delegates arrived early, and few expected progress.',
        'What was said He spoke first. [Volodymyr Zelenskyy] “We will not give up our land”, he said, before leaving.',
        'Maria Santos replied: “Nobody asked you to”. Volodymyr Zelenskyy: “Peace is possible, but not at any price”',
        'Maria Santos: We came here to listen. We will stay as long as it takes. And we will report back to our members.',
        'Names and places Zelenskyi Володимир Ελλάδα č ł ő São Tomé and a rocket emoji.',
        '• First point about the grain corridor • Second point, with a full report • Third point',
        '3. Step three 4. Step four, using npm test',
        'Delegates leave the hall after the first session. Photo: Jane Roe / Example Agency',
        'const answer = 42; console.log(answer); Table Country Delegates Ukraine 12 Portugal 7 The final paragraph ends here.',
      ].join(' '),
    );
    expect(words(taggedText(read))).toEqual(expected);
  });

  it('keeps Cyrillic, Greek and accented Latin, and drops an emoji with a diagnostic', () => {
    const text = taggedText(read);
    expect(flat(text)).toContain('Zelenskyi Володимир Ελλάδα č ł ő São Tomé');
    expect(text).not.toContain('🚀');
    expect(text).not.toMatch(/[\uFFFD\u0000]/);
    const missing = everyNode.diagnostics.filter((d) => d.rule === 'missing-glyph');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('🚀');
    expect(missing[0]?.message).toContain('U+1F680');
    expect(missing[0]?.position?.start.line).toBeGreaterThan(0);
    expect(missing[0]?.sourceName).toBe('test-article.md');
  });

  it('draws decomposed accents as the precomposed letter', async () => {
    const pdf = await renderPdf(article([p(t('Cafe\u0301 in Sa\u0303o Tome\u0301'))]), largePrint);
    expect(flat(taggedText(await readPdf(pdf.pdf)))).toContain('Café in São Tomé');
    expect(pdf.diagnostics).toEqual([]);
  });

  it('reports the characters it had to drop from one text node in one diagnostic', async () => {
    const pdf = await renderPdf(article([p(t('Goat 🐐 and arm 💪 and 👍🏼 too.'))]), largePrint);
    const back = flat(taggedText(await readPdf(pdf.pdf)));
    expect(back).toContain('Goat and arm and too.');
    expect(pdf.diagnostics).toHaveLength(1);
    expect(pdf.diagnostics[0]?.rule).toBe('missing-glyph');
    expect(pdf.diagnostics[0]?.message).toMatch(/"🐐" \(U\+1F410\), "💪" \(U\+1F4AA\), "👍" \(U\+1F44D\), "🏼" \(U\+1F3FC\)/);
  });

  it('is large print: every piece of text at 18 pt or more, none italic', () => {
    expect(read.runs.length).toBeGreaterThan(0);
    for (const run of read.runs) {
      expect(run.size, run.str).toBeGreaterThanOrEqual(18);
      expect(run.font, run.str).not.toMatch(/Italic|Oblique/i);
    }
  });

  it('draws the running header and page numbers as artifacts on every page', () => {
    expect(read.pages).toBeGreaterThan(1);
    for (let page = 1; page <= read.pages; page++) {
      const artifacts = read.runs.filter((r) => r.page === page && r.tag === 'Artifact').map((r) => r.str.trim());
      expect(artifacts).toContain('Talks open in the river hall');
      expect(artifacts).toContain(String(page));
    }
    const untagged = read.runs.filter((r) => r.tag !== 'Artifact' && !r.mcid);
    expect(untagged).toEqual([]);
  });

  it.skipIf(!hasPoppler)('reads back through pdftotext with every word in order and none glued across lines (needs poppler-utils)', () => {
    const text = pdftotext(everyNode.pdf);
    const expected = words(taggedText(read));
    const got = words(text);
    expect(inOrder(expected, got)).toEqual({ ok: true });
  });
});

describe('page breaks', () => {
  // One-line paragraphs shift what follows down by a line and a half at a time, so some case meets a page break.
  const filler = (n: number) => Array.from({ length: n }, (_, i) => p(t(`Filler paragraph ${i + 1}.`)));
  const shifts = Array.from({ length: 16 }, (_, i) => i + 8);

  it('keeps a short block quotation on one page with its speaker label', async () => {
    for (const n of shifts) {
      const quote = bq('s2', p(t('We came here to listen, and we will stay as long as it takes to be heard by everyone in the hall, however long the speeches and however late the night. Our members sent us with one question, and we will not leave without an answer to it.')));
      const back = await readPdf((await renderPdf(article([...filler(n), quote, p(t('After.'))], {}, SPEAKERS), largePrint)).pdf);
      const parts = flatten(back.tags).filter((x) => x.role === 'BlockQuote');
      expect(parts, `after ${n} paragraphs`).toHaveLength(1);
      expect(flat(parts[0]?.text).startsWith('Maria Santos:')).toBe(true);
    }
  });

  it('keeps a list label on the line and page of its item’s first words', async () => {
    for (const n of shifts) {
      const list = ul(item(bq('s1', p(t('Active actions continue in various areas of the front, and the most difficult direction remains the same.')))));
      const back = await readPdf((await renderPdf(article([...filler(n), list], {}, SPEAKERS), largePrint)).pdf);
      const label = back.runs.find((r) => r.tag === 'Lbl');
      const first = back.runs.find((r) => r.str.includes('Volodymyr'));
      expect(label?.page, `after ${n} paragraphs`).toBe(first?.page);
    }
  });

  it('never leaves a heading at the foot of a page', async () => {
    for (const n of shifts) {
      const back = await readPdf((await renderPdf(article([...filler(n), h(2, 'A heading'), ...filler(2)]), largePrint)).pdf);
      const heading = back.runs.find((r) => r.tag === 'H2');
      const next = back.runs.find((r) => r.tag === 'P' && r.str.includes('Filler') && r.page >= (heading?.page ?? 0) && back.runs.indexOf(r) > back.runs.indexOf(heading as (typeof back.runs)[number]));
      expect(next?.page, `after ${n} paragraphs`).toBe(heading?.page);
    }
  });
});

describe('the file', () => {
  it('carries title, author, subject, language and a valid, escaped XMP packet', async () => {
    expect(read.info['Title']).toBe('Talks open in the river hall');
    expect(read.info['Author']).toBe('Jane Doe');
    expect(read.info['Subject']).toBe('Example News');
    expect(read.info['Language']).toBe('en-GB');
    expect(read.info['PDFFormatVersion']).toBe('1.7');
    const title = 'Q&A: café <owners> say “no”';
    const pdf = await renderPdf(article([p(t('Body.'))], { title, byline: 'By A & B' }), largePrint);
    const back = await readPdf(pdf.pdf);
    expect(back.info['Title']).toBe(title);
    expect(back.xmpTitle).toBe(title);
    const { XMLValidator } = await import('fast-xml-parser');
    expect(XMLValidator.validate(back.xmpRaw)).toBe(true);
    expect(back.xmpRaw).toContain('Q&amp;A: café &lt;owners&gt; say “no”');
    expect(back.xmpRaw).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('writes no font CIDSet (pdfkit’s misses the parts of accented letters)', () => {
    expect(everyNode.pdf.includes(Buffer.from('/CIDSet'))).toBe(false);
  });

  it('has bookmarks for the title and every heading', () => {
    expect(read.outline.map((o) => o.title)).toEqual(['Talks open in the river hall']);
    const under = read.outline[0]?.items ?? [];
    expect(under.map((o) => o.title)).toEqual(['What was said', 'Table']);
    expect((under[0]?.items as { title: string }[]).map((o) => o.title)).toEqual(['Names and places']);
  });

  it('is the same, byte for byte, when rendered twice', async () => {
    const again = await renderPdf(everyNodeArticle(), largePrint);
    expect(again.pdf.equals(everyNode.pdf)).toBe(true);
  });

  it('picks Letter for US English and A4 for British English when the page size is auto', async () => {
    const us = await readPdf((await renderPdf(article([p(t('x'))], { lang: 'en-US' }), largePrint)).pdf);
    expect(us.pageSizes[0]).toEqual([612, 792]);
    expect(read.pageSizes[0]).toEqual([595, 842]);
  });

  it.skipIf(!hasPoppler)('embeds every font, and no standard (Helvetica) font (needs poppler-utils)', () => {
    const lines = pdffonts(everyNode.pdf).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      expect(line).not.toMatch(/Helvetica|Italic/);
    }
    expect(lines.some((l) => l.includes('AtkinsonHyperlegible-Regular'))).toBe(true);
    expect(lines.some((l) => l.includes('AtkinsonHyperlegible-Bold'))).toBe(true);
    expect(lines.some((l) => l.includes('NotoSans'))).toBe(true);
  });
});

describe.skipIf(!hasPdfuaCheck)('pdfua-check (needs ../shared/tools/pdfua-check and python3-pikepdf)', () => {
  for (const name of ['large-print', 'giant-print', 'high-contrast']) {
    it(`passes for every node type with the ${name} template`, async () => {
      const pdf = await renderPdf(everyNodeArticle(), await loadPrintTemplate(name));
      const result = pdfuaCheck(pdf.pdf);
      expect(result.output).toMatch(/ 0 failed/);
      expect(result.status).toBe(0);
    });
  }
});

if (!hasPoppler) console.warn('tests/render/pdf: poppler-utils (pdftotext, pdffonts) not found; their checks are skipped');
if (!hasPdfuaCheck) console.warn('tests/render/pdf: pdfua-check or python3-pikepdf not found; PDF/UA checks are skipped');


