import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

  it('reads an English article as English when the statistical guess says another language the everyday words do not list', () => {
    // tinyld alone takes this for Norwegian; eleven English BBC articles of the held-out rounds came back Dutch, Portuguese, Irish …
    const text = 'Chelsea boss Jose Alvares will not face action over his comments about the referee, the association said on Monday. Alvares had claimed the referee was wrong.';
    const { article } = parseSource(`# Chelsea\n\n${text}\n`, 'chelsea.md', 'markdown');
    expect(article.meta.lang).toBe('en');
  });

  it('still reads a one-sentence French article as French', () => {
    const { article } = parseSource('# Banques\n\nLe Parquet annonce que des pirates ont volé trois millions d’euros.\n', 'court.md', 'markdown');
    expect(article.meta.lang).toBe('fr');
  });
});

describe('the statistical guess is loaded only when needed', () => {
  // tinyld builds its model as it loads (some 150 ms of a cold start); a fresh process shows whether parsing loaded it
  const loadsTinyld = (text: string): { lang: string; loaded: boolean } => {
    const script = `
      const { parseSource } = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/parse/index.js')).href)});
      const { statisticsLoaded } = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/parse/meta.js')).href)});
      const { article } = parseSource(${JSON.stringify(text)}, 'a.txt', 'text');
      console.log(JSON.stringify({ lang: article.meta.lang, loaded: statisticsLoaded() }));`;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { lang: string; loaded: boolean };
  };

  it('settles an English article by its everyday words without loading it', () => {
    expect(loadsTinyld('A title\n\nThe soldiers said that the trenches were flooded and the shelling went on all night.\n')).toEqual({ lang: 'en', loaded: false });
  });

  it('loads it for a language whose everyday words are not listed', () => {
    expect(loadsTinyld('Заголовок\n\nСолдати сказали, що окопи затопило, а обстріл тривав усю ніч біля міста.\n')).toEqual({ lang: 'uk', loaded: true });
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
