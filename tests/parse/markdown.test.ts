import { describe, expect, it } from 'vitest';
import { parseSource, plainText } from '../../src/parse/index.js';

describe('Markdown parsing', () => {
  it('reads title, byline, source, date and language from YAML front matter', () => {
    const md = '---\ntitle: Four years of Go\ndate: 2013-11-10\nby:\n- Andrew Gerrand\nsource: The Go Blog\nlang: en\n---\n\nToday marks the fourth anniversary.\n';
    const { article, diagnostics } = parseSource(md, 'go.md', 'markdown');
    expect(article.meta).toMatchObject({ title: 'Four years of Go', date: '2013-11-10', byline: 'Andrew Gerrand', source: 'The Go Blog', lang: 'en', titleDerived: false });
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(diagnostics).toEqual([]);
  });

  it('takes a leading # heading as the title and starts body headings at level 2 without gaps', () => {
    const { article } = parseSource('# The title\n\nText.\n\n### Deep first\n\n#### Deeper\n\n## Back\n', 'h.md', 'markdown');
    expect(article.meta.title).toBe('The title');
    expect(article.blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.depth)).toEqual([2, 3, 2]);
  });

  it('turns emphasis and strong into emphasis nodes, keeps links, lists, block quotes and GFM tables', () => {
    const md = '# T\n\nSome *soft* and **strong** [link](https://example.org) text.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const { article } = parseSource(md, 'x.md', 'markdown');
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'blockquote', 'table']);
    const p = article.blocks[0]!;
    expect(p.type === 'paragraph' && p.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text', 'emphasis', 'text', 'link', 'text']);
    const table = article.blocks[3]!;
    expect(table.type === 'table' && table.rows.map((r) => r.map((c) => plainText(c)))).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('makes an image alone in its paragraph a caption with its alternative text', () => {
    const { article } = parseSource('# T\n\n![A gopher cake](cake.png)\n', 'i.md', 'markdown');
    expect(article.blocks[0]).toMatchObject({ type: 'caption', imageAlt: 'A gopher cake', imageUrl: 'cake.png' });
  });

  it('skips site template directives with a warning instead of reading them aloud', () => {
    const { article, diagnostics } = parseSource('# T\n\n{{image "4years/gopher.png"}}\n\nText.\n', 't.md', 'markdown');
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(diagnostics.map((d) => d.rule)).toEqual(['template-directive']);
    expect(diagnostics[0]!.position?.start.line).toBe(3);
  });

  it('warns about front matter that is not YAML and goes on', () => {
    const { article, diagnostics } = parseSource('---\ntitle: [unclosed\n---\n\nBody.\n', 'bad.md', 'markdown');
    expect(article.blocks).toHaveLength(1);
    expect(diagnostics.map((d) => d.rule)).toContain('front-matter-invalid');
  });

  it('detects French when no language is given', () => {
    const { article } = parseSource('# Banques belges\n\nLe Parquet fédéral annonce que des pirates ont volé près de trois millions d’euros par le truchement de banques électroniques.\n', 'fr.md', 'markdown');
    expect(article.meta.lang).toBe('fr');
  });
});

describe('the language of a short article', () => {
  it('reads a one-sentence English article as English, which the statistical guess alone took for French', () => {
    const { article } = parseSource('# Pants\n\nAnn Moss met Tom Pound in Calais on Monday.\n', 'short.md', 'markdown');
    expect(article.meta.lang).toBe('en');
  });

  it('still reads a one-sentence French article as French', () => {
    const { article } = parseSource('# Banques\n\nLe Parquet annonce que des pirates ont volé trois millions d’euros.\n', 'court.md', 'markdown');
    expect(article.meta.lang).toBe('fr');
  });
});

describe('passages in another language', () => {
  it('marks a French paragraph in an English article, and leaves English ones alone', () => {
    const md = '---\nlang: en\n---\n\n# A bank story\n\nThe federal prosecutor says hackers stole nearly three million euros from online banks this year.\n\nLe Parquet fédéral annonce que des pirates ont volé près de trois millions d’euros par le truchement de banques électroniques.\n\nThe city of Bakhmut is located on the main road leading to the cities of Sloviansk and Kramatorsk.\n';
    const { article } = parseSource(md, 'bank.md', 'markdown');
    expect(article.meta.lang).toBe('en');
    expect(article.blocks.map((b) => (b.type === 'paragraph' ? (b.lang ?? null) : 'other'))).toEqual([null, 'fr', null]);
  });
});
