import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import type { Article } from '../../src/model/article.js';
import { detectedQuotes } from './golden-score.js';

function run(markdown: string): Article {
  return detect(parseSource(markdown, 'show.md', 'markdown').article).article;
}

const who = (a: Article): { text: string; speaker: string | null }[] =>
  detectedQuotes(a).map((q) => ({ text: q.text.replace(/\s+/g, ' ').trim(), speaker: q.speaker?.name ?? null }));

describe('transcript turns', () => {
  it('gives the paragraphs after a label that stands alone to that speaker, as one quotation', () => {
    const a = run('**Jerod Santo:**\n\nWhat up, nerds?\n\nLet’s get into the news.\n');
    expect(who(a)).toEqual([{ text: 'What up, nerds? Let’s get into the news.', speaker: 'Jerod Santo' }]);
    expect(a.quotations[0]).toMatchObject({ kind: 'direct', evidence: { rule: 'transcript-turn' } });
  });

  it('ends a turn at the next label, and a label naming a part of the show starts none', () => {
    const a = run('**Jerod Santo:**\n\nHello there.\n\n**Break:**\n\nThis paragraph is no one’s.\n\n**Adam Stacoviak:**\n\nAnd hello from me.\n');
    expect(who(a)).toEqual([
      { text: 'Hello there.', speaker: 'Jerod Santo' },
      { text: 'And hello from me.', speaker: 'Adam Stacoviak' },
    ]);
  });

  it('ends a turn at a heading', () => {
    const a = run('**Jerod Santo:**\n\nHello there.\n\n## Show notes\n\nLinks follow.\n');
    expect(who(a)).toEqual([{ text: 'Hello there.', speaker: 'Jerod Santo' }]);
  });

  it('takes in list items, and nests quotation marks inside the turn', () => {
    const a = run('**Jerod Santo:**\n\nHe is a "thought leader" with a list:\n\n- one\n- two\n');
    const turn = who(a);
    expect(turn).toHaveLength(1);
    expect(turn[0]).toMatchObject({ speaker: 'Jerod Santo' });
    expect(turn[0]!.text).toContain('two');
  });

  it('keeps the speaker of a block quotation inside a turn, named by a lead-in the host says', () => {
    const a = run('**Jerod Santo:**\n\nLea Verou says:\n\n> Dear JS ecosystem, I love you.\n\nWe all know what it is.\n');
    expect(who(a)).toEqual([
      { text: 'Lea Verou says: We all know what it is.', speaker: 'Jerod Santo' },
      { text: 'Dear JS ecosystem, I love you.', speaker: 'Lea Verou' },
    ]);
  });

  it('still reads a label that starts its paragraph as an interview answer', () => {
    const a = run('**Richman:** Yes, all cyclones weaken.\n\n**Snow:** Yes, it will.\n');
    expect(who(a)).toEqual([
      { text: 'Yes, all cyclones weaken.', speaker: 'Richman' },
      { text: 'Yes, it will.', speaker: 'Snow' },
    ]);
  });

  it('takes plain labels standing alone only when they come more than once', () => {
    expect(who(run('Summary:\n\nNothing was said.\n'))).toEqual([]);
    const a = run('Anna:\n\nHi.\n\nBen:\n\nHello.\n\nAnna:\n\nBye.\n\nBen:\n\nBye now.\n');
    expect(who(a).map((q) => q.speaker)).toEqual(['Anna', 'Ben', 'Anna', 'Ben']);
  });
});
