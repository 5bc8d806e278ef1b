import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import type { Inline, ParagraphBlock, QuoteInline } from '../../src/model/article.js';
import { articleOf } from './helpers.js';

const quotesIn = (inlines: Inline[]): QuoteInline[] =>
  inlines.flatMap((x) => (x.type === 'quote' ? [x, ...quotesIn(x.children)] : 'children' in x ? quotesIn(x.children) : []));
const paragraph = (b: unknown): ParagraphBlock => b as ParagraphBlock;

describe('detect builds quote nodes', () => {
  it('splits the text node and wraps the quotation, marks kept in open/close', () => {
    const { article } = detect(articleOf('He said “hello there” and left.'));
    const children = paragraph(article.blocks[0]).children;
    expect(children.map((c) => c.type)).toEqual(['text', 'quote', 'text']);
    const q = children[1] as QuoteInline;
    expect(q).toMatchObject({ open: '“', close: '”', depth: 0, continued: false, continues: false, kind: 'speech' });
    expect(q.children).toEqual([expect.objectContaining({ type: 'text', value: 'hello there' })]);
  });

  it('gives the quote and its parts positions from the parent text node', () => {
    const { article } = detect(articleOf('Intro line.\n\nHe said “hello” twice.'));
    const q = paragraph(article.blocks[1]).children[1] as QuoteInline;
    expect(q.position?.start).toEqual({ line: 3, column: 9, offset: 21 });
    expect(q.position?.end).toEqual({ line: 3, column: 16, offset: 28 });
    expect(q.children[0]?.position?.start.column).toBe(10);
  });

  it('does not change the article it is given', () => {
    const input = articleOf('“Hi,” she said.');
    const copy = structuredClone(input);
    detect(input);
    expect(input).toEqual(copy);
  });

  it('nests a quote inside a quote at depth 1, with no speaker of its own', () => {
    const { article } = detect(articleOf('« On a constaté 261 cas de « réelle » fraude », a précisé Febelfin.', 'fr'));
    const [outer, inner] = quotesIn(paragraph(article.blocks[0]).children);
    expect(outer).toMatchObject({ depth: 0, speakerId: 'febelfin' });
    expect(inner).toMatchObject({ depth: 1 });
    expect(inner?.speakerId).toBeUndefined();
  });

  it('marks a quoted name in narration as a term without a speaker', () => {
    const { article } = detect(articleOf('The soldier, called “Polyak”, recalled the battle.'));
    const [q] = quotesIn(paragraph(article.blocks[0]).children);
    expect(q).toMatchObject({ kind: 'term' });
    expect(q?.speakerId).toBeUndefined();
    expect(article.quotations.filter((x) => x.kind === 'direct')).toEqual([]);
  });

  it('links a quotation that runs from one bullet into the next (no new opening mark)', () => {
    const { article, diagnostics } = detect(articleOf('• “Active actions continue.\n\n• We maintain our positions,” Zelenskyy said.'));
    const list = article.blocks[0]!;
    if (list.type !== 'list') throw new Error('expected a list');
    const parts = list.children.map((item) => quotesIn(paragraph(item.children[0]).children)[0]!);
    expect(parts[0]).toMatchObject({ open: '“', close: '', continues: true, continued: false });
    expect(parts[1]).toMatchObject({ open: '', close: '”', continues: false, continued: true, quoteId: parts[0]!.quoteId });
    expect(parts[0]!.speakerId).toBe('zelenskyy');
    expect(diagnostics.filter((d) => d.rule === 'unclosed-quote')).toEqual([]);
    expect(article.quotations).toHaveLength(1);
  });

  it('links paragraphs that repeat the opening mark and omit the closing one', () => {
    const { article } = detect(articleOf('“First paragraph of the speech.\n\n“Second and last,” the mayor said.'));
    const [a] = quotesIn(paragraph(article.blocks[0]).children);
    const [b] = quotesIn(paragraph(article.blocks[1]).children);
    expect(a).toMatchObject({ continues: true });
    expect(b).toMatchObject({ continued: true, quoteId: a!.quoteId, speakerId: 'the-mayor' });
  });

  it('warns about a quotation never closed, and ends it at its paragraph', () => {
    const { article, diagnostics } = detect(articleOf('Intro.\n\nShe said “this never ends.\n\nNext paragraph.'));
    const d = diagnostics.find((x) => x.rule === 'unclosed-quote');
    expect(d).toMatchObject({ severity: 'warning', position: { start: { line: 3, column: 10 } } });
    expect(quotesIn(paragraph(article.blocks[1]).children)[0]).toMatchObject({ close: '', continues: false });
  });

  it('warns about a speech quotation without a speaker', () => {
    const { diagnostics } = detect(articleOf('There was a sign: “Keep out of the water, please.”'));
    expect(diagnostics.map((d) => d.rule)).toContain('unattributed-quote');
  });

  it('lists indirect speech as a quotation without a quote node', () => {
    const { article } = detect(articleOf('The President of Ukraine, Volodymyr Zelenskyi, claims that his troops will win.'));
    expect(article.quotations).toMatchObject([{ kind: 'indirect', text: 'his troops will win.', speakerId: 'volodymyr-zelenskyi' }]);
    expect(quotesIn(paragraph(article.blocks[0]).children)).toEqual([]);
    expect(article.speakers[0]).toMatchObject({ name: 'Volodymyr Zelenskyi', kind: 'person', aliases: ['President of Ukraine'] });
  });

  it('gives a block quote the speaker of the quotation in it', () => {
    const { article } = detect(articleOf('> “We will not give up,” the mayor said.'));
    expect(article.blocks[0]).toMatchObject({ type: 'blockquote', speakerId: 'the-mayor' });
  });

  it('gives a block quote without quote marks the speaker named in the line that leads into it', () => {
    const { article } = detect(articleOf('The mayor, Anna Kovac, wrote:\n\n> We will rebuild every bridge.'));
    expect(article.blocks[1]).toMatchObject({ type: 'blockquote', speakerId: 'anna-kovac' });
    expect(article.quotations).toMatchObject([{ kind: 'direct', text: 'We will rebuild every bridge.', speakerId: 'anna-kovac', evidence: { rule: 'lead-in' } }]);
  });

  it('records the evidence of each attribution with its position', () => {
    const { article } = detect(articleOf('“No,” the Ministry of Defense of Ukraine reported.'));
    expect(article.quotations[0]?.evidence).toMatchObject({ rule: 'verb-after', text: 'the Ministry of Defense of Ukraine reported', position: { start: { column: 6 } } });
    expect(article.speakers[0]).toMatchObject({ id: 'ministry-of-defense-of-ukraine', kind: 'organisation' });
  });
});

describe('detect applies speaker corrections', () => {
  const text = '“We hold,” Zelenskyy said.\n\n“We will win,” the president said.\n\n“Nobody knows,” a passer-by said.';

  it('pins a quotation to a speaker by the start of its text', () => {
    const { article } = detect(articleOf(text), { pin: [{ quote: 'Nobody', speaker: 'Zelenskyy' }] });
    const last = article.quotations[2]!;
    expect(last.speakerId).toBe('zelenskyy');
    expect(last.evidence?.rule).toBe('sidecar');
  });

  it('merges, renames and gives voices', () => {
    const { article } = detect(articleOf(text), { merge: [['zelenskyy', 'the president']], rename: { zelenskyy: 'Volodymyr Zelenskyy' }, voices: { zelenskyy: 'en-us+m3' } });
    const speaker = article.speakers.find((s) => s.name === 'Volodymyr Zelenskyy');
    expect(speaker).toMatchObject({ voice: 'en-us+m3' });
    expect(article.quotations.slice(0, 2).map((q) => q.speakerId)).toEqual([speaker!.id, speaker!.id]);
  });

  it('warns about a correction that matches nothing', () => {
    const { diagnostics } = detect(articleOf(text), { pin: [{ quote: 'Not in the text', speaker: 'X' }] });
    expect(diagnostics.map((d) => d.rule)).toContain('unused-correction');
  });
});

describe('evidence', () => {
  it('shows the whole attribution after a quotation, through the name: “said the March Hare.”, not “said the March H”', () => {
    const { article } = detect(articleOf('“No room!” said the March Hare.\n\n“Fine,” added coach Ann Lee.'));
    expect(article.quotations.map((q) => q.evidence?.text)).toEqual(['said the March Hare.', 'added coach Ann Lee.']);
  });
});
