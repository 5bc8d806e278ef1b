import type { Article, Inline } from '../../../src/model/article.js';
import type { ClipTiming } from '../../../src/render/epub/index.js';

const text = (value: string): Inline => ({ type: 'text', value });

/**
 * A small article with everything the EPUB has to mark: headings at two levels,
 * an inline quote whose speaker is named in the paragraph, one whose speaker is
 * not, a block quotation with a speaker, a list, a caption with credit, a code
 * block (no audio) and text that needs escaping.
 */
export function sampleArticle(): Article {
  return {
    sourceName: 'sample.md',
    meta: { title: 'Trenches & tea: <a> “report”', titleDerived: false, byline: 'Olena Koval & Sam O’Neil', source: 'The Daily <Test>', date: '2024-05-01', lang: 'en' },
    speakers: [
      { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'the president'], kind: 'person', evidence: [] },
      { id: 'mod', name: 'Ministry of Defence', aliases: [], kind: 'organisation', evidence: [] },
    ],
    quotations: [],
    blocks: [
      { type: 'paragraph', children: [text('The front line moved again this week.')] },
      { type: 'heading', depth: 2, children: [text('What the president said')] },
      {
        type: 'paragraph',
        children: [
          text('Zelenskyy said '),
          { type: 'quote', quoteId: 'q1', speakerId: 'zelenskyy', open: '“', close: '”', depth: 0, continued: false, continues: false, children: [text('we will hold')] },
          text(' on Monday.'),
        ],
      },
      {
        type: 'paragraph',
        children: [
          text('Later a statement followed: '),
          { type: 'quote', quoteId: 'q2', speakerId: 'mod', open: '“', close: '”', depth: 0, continued: false, continues: false, children: [text('Losses are <heavy> & rising')] },
        ],
      },
      {
        type: 'blockquote',
        speakerId: 'zelenskyy',
        children: [{ type: 'paragraph', children: [text('Every town matters. We do not give up any of them.')] }],
      },
      { type: 'heading', depth: 3, children: [text('Numbers')] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        children: [
          { type: 'listItem', children: [{ type: 'paragraph', children: [text('Three villages')] }] },
          { type: 'listItem', children: [{ type: 'paragraph', children: [text('Two bridges')] }] },
        ],
      },
      { type: 'caption', children: [text('Soldiers near Bakhmut.')], credit: 'Photo: A. Photographer / Agency' },
      { type: 'code', value: 'if (a < b && c > d) {}' },
      { type: 'heading', depth: 2, children: [text('Après la guerre')], lang: 'fr' },
      { type: 'paragraph', children: [text('Nobody knows.')] },
    ],
  };
}

/** Where each block is heard in a 10-second narration; the code block (8) has none, block 2 is heard in two pieces. */
export function sampleTimeline(): ClipTiming[] {
  return [
    { blockIndex: -1, startMs: 0, endMs: 900 },
    { blockIndex: 0, startMs: 900, endMs: 1800 },
    { blockIndex: 1, startMs: 1900, endMs: 2500 },
    { blockIndex: 2, startMs: 2600, endMs: 3100 },
    { blockIndex: 2, startMs: 3100, endMs: 3700 },
    { blockIndex: 3, startMs: 3800, endMs: 4800 },
    { blockIndex: 4, startMs: 4900, endMs: 6000 },
    { blockIndex: 5, startMs: 6100, endMs: 6500 },
    { blockIndex: 6, startMs: 6600, endMs: 7600 },
    { blockIndex: 7, startMs: 7700, endMs: 8300 },
    { blockIndex: 9, startMs: 8400, endMs: 9000 },
    { blockIndex: 10, startMs: 9100, endMs: 9900 },
  ];
}
