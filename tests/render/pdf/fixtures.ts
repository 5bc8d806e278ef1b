/** Hand-built Articles for the PDF renderer's tests. */
import type {
  Article,
  Block,
  Inline,
  ListItem,
  QuoteInline,
  Span,
  Speaker,
} from '../../../src/model/article.js';

let offset = 0;
/** A made-up source position, one line per call, so diagnostics have somewhere to point. */
export function pos(line = 1): Span {
  offset += 10;
  return { start: { line, column: 1, offset }, end: { line, column: 10, offset: offset + 9 } };
}

export const t = (value: string): Inline => ({ type: 'text', value, position: pos() });
export const em = (...children: Inline[]): Inline => ({ type: 'emphasis', strong: false, children });
export const strong = (...children: Inline[]): Inline => ({ type: 'emphasis', strong: true, children });
export const link = (url: string, ...children: Inline[]): Inline => ({ type: 'link', url, children });
export const code = (value: string): Inline => ({ type: 'inlineCode', value });
export const br = (): Inline => ({ type: 'break' });

export function q(
  quoteId: string,
  speakerId: string | undefined,
  children: Inline[],
  extra: Partial<Pick<QuoteInline, 'open' | 'close' | 'depth' | 'continued' | 'continues'>> = {},
): QuoteInline {
  return {
    type: 'quote',
    quoteId,
    ...(speakerId ? { speakerId } : {}),
    open: '“',
    close: '”',
    depth: 0,
    continued: false,
    continues: false,
    children,
    position: pos(),
    ...extra,
  };
}

export const p = (...children: Inline[]): Block => ({ type: 'paragraph', children, position: pos() });
export const h = (depth: number, text: string): Block => ({ type: 'heading', depth, children: [t(text)], position: pos() });
export const item = (...children: Block[]): ListItem => ({ type: 'listItem', children });
export const ul = (...items: ListItem[]): Block => ({ type: 'list', ordered: false, start: 1, children: items });
export const ol = (start: number, ...items: ListItem[]): Block => ({ type: 'list', ordered: true, start, children: items });
export const bq = (speakerId: string | undefined, ...children: Block[]): Block => ({
  type: 'blockquote',
  ...(speakerId ? { speakerId } : {}),
  children,
});
export const caption = (text: string, credit?: string): Block => ({
  type: 'caption',
  children: [t(text)],
  ...(credit ? { credit } : {}),
});

export function speaker(id: string, name: string, aliases: string[] = [], kind: Speaker['kind'] = 'person'): Speaker {
  return { id, name, aliases, kind, evidence: [] };
}

export function article(blocks: Block[], overrides: Partial<Article['meta']> = {}, speakers: Speaker[] = []): Article {
  return {
    sourceName: 'test-article.md',
    meta: { title: 'Test article', titleDerived: false, lang: 'en', ...overrides },
    blocks,
    speakers,
    quotations: [],
  };
}

export const SPEAKERS = [
  speaker('s1', 'Volodymyr Zelenskyy', ['Zelenskyy', 'the president']),
  speaker('s2', 'Maria Santos'),
  speaker('s3', 'the Ministry of Defence', [], 'organisation'),
];

/** One of every node type, with quotes, speakers, other scripts and an emoji. */
export function everyNodeArticle(): Article {
  return article(
    [
      p(t('The talks opened on Monday in a hall near the river. '), strong(t('Delegates')), t(' arrived early, and '), em(t('few')), t(' expected progress.')),
      h(2, 'What was said'),
      p(t('He spoke first. '), q('q1', 's1', [t('We will not give up our land')]), t(', he said, before leaving.')),
      p(t('Maria Santos replied: '), q('q2', 's2', [t('Nobody asked you to')]), t('.')),
      p(q('q3', 's1', [t('Peace is possible, but not at any price')])),
      bq('s2', p(t('We came here to listen. We will stay as long as it takes.')), p(t('And we will report back to our members.'))),
      h(3, 'Names and places'),
      p(t('Zelenskyi Володимир Ελλάδα č ł ő São Tomé and a rocket 🚀 emoji.')),
      ul(item(p(t('First point about the grain corridor'))), item(p(t('Second point, with a '), link('https://example.org/report', t('full report')))), item(p(t('Third point')))),
      ol(3, item(p(t('Step three'))), item(p(t('Step four, using '), code('npm test')))),
      caption('Delegates leave the hall after the first session.', 'Photo: Jane Roe / Example Agency'),
      { type: 'code', value: 'const answer = 42;\n  console.log(answer);' },
      { type: 'thematicBreak' },
      h(2, 'Table'),
      { type: 'table', rows: [[[t('Country')], [t('Delegates')]], [[t('Ukraine')], [t('12')]], [[t('Portugal')], [t('7')]]] },
      p(t('The final paragraph ends here.')),
    ],
    { title: 'Talks open in the river hall', byline: 'By Jane Doe', source: 'Example News', date: '2024-05-01', lang: 'en-GB' },
    SPEAKERS,
  );
}

/**
 * Roughly `words` words of body text: made-up words from a few thousand
 * syllable combinations (so layout caches do not flatter the timing), a
 * heading every 20 paragraphs and a quotation with a speaker every 5th.
 */
export function syntheticArticle(words: number): Article {
  const syllables = ['ka', 'lo', 'mer', 'tin', 'sa', 'ro', 'vel', 'dun', 'pi', 'gar', 'ne', 'shu', 'bo', 'trel', 'wi', 'zan'];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const word = () => {
    let w = '';
    const n = 1 + (next() % 3);
    for (let i = 0; i < n; i++) w += syllables[next() % syllables.length];
    return w;
  };
  const sentence = (n: number) => {
    const ws = Array.from({ length: n }, word);
    const first = ws[0] ?? 'a';
    ws[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return ws.join(' ') + '.';
  };
  const blocks: Block[] = [];
  let n = 0;
  let para = 0;
  while (n < words) {
    if (para % 20 === 0) blocks.push(h(2, `Part ${para / 20 + 1}`));
    if (para % 5 === 4) {
      blocks.push(p(t(sentence(12) + ' '), q(`q${para}`, 's2', [t(sentence(20))]), t(' ' + sentence(8))));
      n += 40;
    } else {
      blocks.push(p(t([sentence(15), sentence(20), sentence(25)].join(' '))));
      n += 60;
    }
    para++;
  }
  return article(blocks, { title: `Synthetic ${words} words`, lang: 'en' }, SPEAKERS);
}
