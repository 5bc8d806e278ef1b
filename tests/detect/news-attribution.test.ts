/**
 * General rules of English news attribution (AP style), round 3 of the
 * held-out work (bench/heldout/README.md): dates after the verb, titles
 * before names, names with particles, reporting verbs, clause subjects,
 * pronouns across paragraphs. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { phraseAfter, readPhrase } from '../../src/detect/names.js';
import { leadingTime } from '../../src/detect/nouns.js';
import { detectedQuotes } from './golden-score.js';

/** Depth-0 quotations of a plain-text article (title line first), with kind and speaker. */
function quotesOf(body: string): { text: string; kind: string; speaker: string | null }[] {
  const { article } = parseSource(`Test article\n\n${body}\n`, 'test.txt', 'text');
  return detectedQuotes(detect(article).article).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null }));
}

describe('days, months and other words of time are never speakers', () => {
  it('skips a time adverbial right after the verb', () => {
    expect(leadingTime('Friday on the radio')).toBe('Friday '.length);
    expect(leadingTime('on March 3, 2021, that')).toBe('on March 3, 2021, '.length);
    expect(leadingTime('late Sunday night in Leeds')).toBe('late Sunday night '.length);
    expect(leadingTime('three days ago Ann Lee')).toBe('three days ago '.length);
    expect(leadingTime('May Chen, the mayor')).toBe(0); // May is a name unless a date follows
  });

  it('reads no speaker after “said <day>” when a preposition or “that” follows', () => {
    expect(phraseAfter('Thursday at the town hall that the road would reopen.')).toBeUndefined();
    expect(phraseAfter('on October 2 in a letter to parents.')).toBeUndefined();
    expect(phraseAfter('Tuesday Mayor Ann Lee.')).toMatchObject({ kind: 'name', text: 'Ann Lee' });
  });

  it('never takes a date for a name', () => {
    expect(readPhrase('in November')).toBeUndefined();
    expect(readPhrase('Saturday')).toBeUndefined();
    expect(quotesOf('Ann Lee runs the ferry service. “The boats are ready,” she said Monday, before the first crossing.')).toEqual([
      { text: 'The boats are ready,', kind: 'speech', speaker: 'Ann Lee' },
    ]);
  });
});

describe('a title before the name (inverted attribution)', () => {
  it('takes the name after a role and the words that qualify it', () => {
    expect(phraseAfter('regional water board chairman Piet van der Berg.')).toMatchObject({ kind: 'name', text: 'Piet van der Berg' });
    expect(phraseAfter('spokesperson Ann Lee of the port authority.')).toMatchObject({ kind: 'name', text: 'Ann Lee' });
    expect(phraseAfter('Sen. Mary K. Doyle, D-Ore.')).toMatchObject({ kind: 'name', text: 'Sen. Mary K. Doyle' });
    expect(
      quotesOf('“The harvest is the worst in a decade,” said county agriculture adviser Samir al-Hadi. “Prices will rise.”'),
    ).toEqual([
      { text: 'The harvest is the worst in a decade,', kind: 'speech', speaker: 'Samir al-Hadi' },
      { text: 'Prices will rise.', kind: 'speech', speaker: 'Samir al-Hadi' },
    ]);
  });

  it('reads a role with its name after “according to”', () => {
    expect(quotesOf('The vote was close, according to election officer Tom Reed: “We counted twice.”')).toMatchObject([{ speaker: 'Tom Reed' }]);
  });

  it('takes an adviser or an aide as someone who speaks', () => {
    expect(quotesOf('“The talks are over,” said an adviser to the governor.')).toMatchObject([{ speaker: 'an adviser' }]);
  });
});

describe('names with particles', () => {
  it('reads a hyphenated Arabic article and lower-case particles as part of the name', () => {
    expect(readPhrase('Khalid el-Masri')).toMatchObject({ kind: 'name', text: 'Khalid el-Masri' });
    expect(readPhrase('al-Masri')).toMatchObject({ kind: 'name', text: 'al-Masri' });
    expect(quotesOf('Khalid el-Masri runs the bakery. “We bake at four,” el-Masri said in an interview.')).toMatchObject([{ speaker: 'Khalid el-Masri' }]);
  });
});

describe('a body named by its owner', () => {
  it('reads “<Name>’s board” as the board that speaks', () => {
    expect(readPhrase('Acme’s board')).toMatchObject({ kind: 'description', text: 'Acme’s board' });
    expect(quotesOf('“We thank her for ten good years,” Acme’s board said in a statement.')).toMatchObject([{ speaker: 'Acme’s board' }]);
  });
});
