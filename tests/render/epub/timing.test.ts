import { describe, expect, it } from 'vitest';
import { clipValue, clockValue, mergeTimeline } from '../../../src/render/epub/timing.js';
import { TITLE_BLOCK, timelineFromUtterances } from '../../../src/render/epub/index.js';
import { buildContentDocument } from '../../../src/render/epub/content.js';
import { sampleArticle } from './article.js';

describe('EPUB timing', () => {
  it('writes clip times in seconds and durations as full clock values', () => {
    expect(clipValue(1234.4)).toBe('1.234s');
    expect(clipValue(0)).toBe('0.000s');
    expect(clockValue(3_725_400)).toBe('1:02:05.400');
  });

  it('merges the pieces of a block into its first start and last end', () => {
    const clips = mergeTimeline(
      [
        { blockIndex: 3, startMs: 500, endMs: 900 },
        { blockIndex: 3, startMs: 100, endMs: 300 },
        { blockIndex: 4, startMs: Number.NaN, endMs: 1 },
      ],
      10_000,
    );
    expect([...clips.values()]).toEqual([{ blockIndex: 3, startMs: 100, endMs: 900 }]);
  });

  it('ties the title or intro to the title and leaves the outro out', () => {
    const utterances = [
      { role: 'intro' as const, blockIndex: 0 },
      { role: 'narration' as const, blockIndex: 0 },
      { role: 'quote' as const, blockIndex: 1 },
      { role: 'outro' as const, blockIndex: 1 },
    ];
    const times = [0, 1000, 2000, 3000].map((t) => ({ startMs: t, endMs: t + 900 }));
    expect(timelineFromUtterances(utterances, times)).toEqual([
      { blockIndex: TITLE_BLOCK, startMs: 0, endMs: 900 },
      { blockIndex: 0, startMs: 1000, endMs: 1900 },
      { blockIndex: 1, startMs: 2000, endMs: 2900 },
    ]);
  });
});

describe('the title', () => {
  it('is shown once when the blocks repeat it as a level-1 heading', () => {
    const article = sampleArticle();
    article.blocks.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: article.meta.title }] });
    const doc = buildContentDocument(article, TITLE_BLOCK);
    expect(doc.xhtml.match(/“report”<\/h\d>/g)).toHaveLength(1);
    expect(doc.ids.has(0)).toBe(false);
    expect(doc.headings.map((h) => h.id)).toEqual(['title', 'b2', 'b6', 'b10']);
  });
});
