import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSource, plainText } from '../../src/parse/index.js';
import type { Block } from '../../src/model/article.js';

const sample = readFileSync(new URL('../../examples/bakhmut-trenches.txt', import.meta.url), 'utf8');
const textOf = (b: Block): string =>
  b.type === 'paragraph' || b.type === 'heading' || b.type === 'caption' ? plainText(b.children) : b.type === 'list' ? b.children.map((i) => i.children.map(textOf).join(' ')).join(' | ') : '';

describe('plain text parsing', () => {
  const { article, diagnostics } = parseSource(sample, 'bakhmut-trenches.txt', 'text');

  it('splits paragraphs on blank lines and keeps their source lines', () => {
    const first = article.blocks[0]!;
    expect(first.type).toBe('paragraph');
    expect(textOf(first)).toMatch(/^The Ministry of Defense of Ukraine released footage/);
    expect(first.position?.start.line).toBe(1);
    expect(article.blocks[2]!.position?.start.line).toBe(5);
  });

  it('turns the bullet lines into one list of two items', () => {
    const list = article.blocks.find((b) => b.type === 'list');
    expect(list?.type).toBe('list');
    if (list?.type !== 'list') return;
    expect(list.ordered).toBe(false);
    expect(list.children).toHaveLength(2);
    expect(textOf(list.children[0]!.children[0]!)).toMatch(/^“Active actions continue/);
    expect(textOf(list.children[1]!.children[0]!)).toMatch(/Zelenskyy said\.$/);
  });

  it('makes the bare short line a subheading', () => {
    const heading = article.blocks.find((b) => b.type === 'heading');
    expect(heading && textOf(heading)).toBe('Russian troops are trying to clear Bakhmut');
    expect(heading?.type === 'heading' && heading.depth).toBe(2);
  });

  it('recognises the photo caption glued to its credit', () => {
    const caption = article.blocks[1]!;
    expect(caption.type).toBe('caption');
    if (caption.type !== 'caption') return;
    expect(plainText(caption.children)).toMatch(/Donetsk region$/);
    expect(caption.credit).toBe('Photo: Yasuyoshi CHIBA / AFP / Profimedia');
  });

  it('takes a first line that ends with a quotation as the headline, and a later short line that does as a paragraph', () => {
    const { article: a } = parseSource('Review of the play "Night Shift"\n\nThe cast was strong.\n\nShe said "no"\n\nThey left.\n', 'review.txt', 'text');
    expect(a.meta.title).toBe('Review of the play "Night Shift"');
    expect(a.meta.titleDerived).toBe(false);
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    // a headline that is all quotation; a first line that is dialogue is none
    expect(parseSource("'We were only joking'\n\nThe actor apologised.\n", 'joke.txt', 'text').article.meta.title).toBe("'We were only joking'");
    expect(parseSource('"Alice!" she cried.\n\nMore.\n', 'alice.txt', 'text').article.meta.titleDerived).toBe(true);
  });

  it('takes a first short line of one sentence with a full stop as the headline, when a body follows', () => {
    const { article: a } = parseSource('Mayor calls the plan ‘reckless.’\n\nThe mayor of Dover spoke on Monday.\n', 'plan.txt', 'text');
    expect(a.meta.title).toBe('Mayor calls the plan ‘reckless.’');
    expect(a.blocks).toHaveLength(1);
    // two sentences, or nothing after it: a paragraph
    expect(parseSource('It rained. Then it stopped.\n\nMore text.\n', 'rain.txt', 'text').article.meta.titleDerived).toBe(true);
    expect(parseSource('Only one line.\n', 'one.txt', 'text').article.meta.titleDerived).toBe(true);
  });

  it('takes a long news headline with a full stop as the title, and keeps a long opening sentence in the body', () => {
    // 17 words, 105 characters: longer than a subheading may be, as headlines over a body often are
    const head = 'Gov Ann Reed: Mr Hale Is ‘Trying To Campaign As A Healer,’ ‘That Has Been Part of His Message All Year.’';
    const { article: a } = parseSource(`${head}\n\nOn Sunday the governor spoke to the station.\n`, 'reed.txt', 'text');
    expect(a.meta.title).toBe(head);
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph']);
    // an opening sentence of 27 words is the article's first paragraph, not its headline
    const lede = 'The Ministry of Transport released figures on Monday showing that rail journeys in the north of the country fell by a third over the winter months of last year.';
    const { article: b } = parseSource(`${lede}\n\nThe figures surprised many.\n`, 'rail.txt', 'text');
    expect(b.meta.titleDerived).toBe(true);
    expect(b.blocks).toHaveLength(2);
  });

  it('derives a title from the file name and says so', () => {
    expect(article.meta.title).toBe('Bakhmut trenches');
    expect(article.meta.titleDerived).toBe(true);
    expect(diagnostics.map((d) => d.rule)).toContain('title-derived');
  });

  it('detects the language', () => {
    expect(article.meta.lang).toBe('en');
  });

  it('keeps every word of the source, in order', () => {
    const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const got = words(article.blocks.map(textOf).join(' ') + ' ' + article.blocks.map((b) => (b.type === 'caption' ? b.credit ?? '' : '')).join(' '));
    const expected = words(sample.replace(/regionPhoto:/, 'region Photo:'));
    expect(got.length).toBe(expected.length);
    expect(new Set(got)).toEqual(new Set(expected));
  });
});

describe('plain text structure', () => {
  it('takes a first short line as the title and a following date line as the date', () => {
    const { article, diagnostics } = parseSource('Hackers attack a website\n\nSunday, January 20, 2008\n\nThe attack was launched on Wednesday.\n', 'a.txt', 'text');
    expect(article.meta.title).toBe('Hackers attack a website');
    expect(article.meta.titleDerived).toBe(false);
    expect(article.meta.date).toBe('Sunday, January 20, 2008');
    expect(article.blocks).toHaveLength(1);
    expect(diagnostics).toEqual([]);
  });

  it('joins hard-wrapped lines and turns _underscores_ into emphasis', () => {
    const { article } = parseSource('CHAPTER I.\nThe Start\n\nIt was a _very_ long\nday, he said.\n', 'b.txt', 'text');
    expect(article.meta.title).toBe('CHAPTER I. The Start');
    const p = article.blocks[0]!;
    expect(p.type === 'paragraph' && p.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text']);
    expect(textOf(p)).toBe('It was a very long day, he said.');
  });

  it('reads numbered lines as an ordered list starting at their number', () => {
    const { article } = parseSource('Title here\n\nIntro text.\n\n3. three\n4. four\n', 'c.txt', 'text');
    const list = article.blocks[1]!;
    expect(list.type === 'list' && [list.ordered, list.start, list.children.length]).toEqual([true, 3, 2]);
  });

  it('keeps a one-line file as its body rather than only a title', () => {
    const { article } = parseSource('Just one line', 'one.txt', 'text');
    expect(article.blocks).toHaveLength(1);
    expect(article.meta.title).toBe('One');
  });
});
