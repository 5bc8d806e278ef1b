/**
 * Rules written from the DEV half of the held-out news evaluation
 * (bench/heldout/): each with sentences of our own, not the articles' text.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { attributionBefore } from '../../src/detect/rules.js';
import { pullQuoteSignature } from '../../src/detect/signature.js';
import { detectedQuotes } from './golden-score.js';
import { who } from './helpers.js';

/** Depth-0 quotations of a plain-text article, with kind and speaker. */
function quotesOf(text: string): { text: string; kind: string; speaker: string | null }[] {
  const { article } = parseSource(text, 'test.txt', 'text');
  return detectedQuotes(detect(article).article).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null }));
}

describe('pull quotes signed with a name', () => {
  it('gives a paragraph of sentences followed by a name (and a role) to that person', () => {
    expect(who('The plan was approved on Monday.\n\nWe could not have done this without the volunteers. It is their park now. Maria Lopez, Parks Director\n\nThe park opens in May.')).toEqual([
      { text: 'We could not have done this without the volunteers. It is their park now.', speaker: 'Maria Lopez', rule: 'signature' },
    ]);
  });

  it('keeps a single-quoted word inside the pull quote nested', () => {
    expect(who('Nobody was ‘surprised’ by the outcome of the vote, frankly, and nobody should be. Tom Baker')).toMatchObject([{ speaker: 'Tom Baker' }]);
  });

  it('reads a role with abbreviations and brackets after the name', () => {
    expect(pullQuoteSignature('This decision is a mistake and the people of this state deserve better. Jane Roe, U.S. Senator (D-Ohio)')).toMatchObject({ name: 'Jane Roe', title: 'U.S. Senator (D-Ohio)' });
  });

  it('does not take a credit line, a short line or a paragraph with quote marks for one', () => {
    expect(pullQuoteSignature('The first meeting was held this week in the capital. Image: United States Navy.')).toBeUndefined();
    expect(pullQuoteSignature('The match ended in a draw. Group Stage')).toBeUndefined();
    expect(pullQuoteSignature('“We are ready for the new season,” the coach said to us. Mark Hill')).toBeUndefined();
    expect(pullQuoteSignature('The committee will meet again next week to discuss the plan. It said nothing more.')).toBeUndefined();
  });
});

describe('attribution in news prose', () => {
  it('does not take a sentence-opening preposition after a quotation for a cited name', () => {
    expect(who('Jane Roe wrote, “The drives were returned by mail weeks ago.” To “sign off” means to leave the group.')).toMatchObject([{ speaker: 'Jane Roe' }]);
  });

  it('reads “in the words of” a title and a name before a quotation', () => {
    expect(attributionBefore('By then she could not walk, and in the words of the state prosecutor, Anna Reyes, QC, ', 'en')?.phrase).toMatchObject({ kind: 'name', text: 'Anna Reyes' });
    expect(who('By then she could not walk, and in the words of the state prosecutor, Anna Reyes, “She spent those months in pain.”')).toMatchObject([{ speaker: 'Anna Reyes' }]);
  });

  it('skips a phrase opening with a preposition before the subject', () => {
    expect(who('In a statement, Governor Pat Lane said, “The museum put a great deal of work into its bid.”')).toMatchObject([{ speaker: 'Pat Lane' }]);
    expect(who('On Monday, Pat Lane told reporters, “The museum put a great deal of work into its bid.”')).toMatchObject([{ speaker: 'Pat Lane' }]);
  });

  it('takes “issued a statement” as a verb of speech for the quotation after it', () => {
    expect(who('Senator Jane Roe, Democrat from Ohio, issued a statement about the choice of sites. “Like many people here, I am disappointed with the decision.”')).toMatchObject([{ speaker: 'Jane Roe' }]);
  });

  it('gives “he” to a person named earlier in the same sentence rather than to the last speaker', () => {
    const text = 'John Stone, a carpenter, runs the shop. “They knew the risks,” said Peter Lamb, a lawyer for the family.\n\nAllegedly, John’s sister begged him to close it, but he replied “I am not able to do that”.';
    expect(who(text).map((q) => q.speaker)).toEqual(['Peter Lamb', 'John Stone']);
  });

  it('reads an honorific with a full stop in a name after the quotation', () => {
    expect(who('“They knew the risks,” Mr. Lamb said.')).toMatchObject([{ speaker: 'Mr. Lamb' }]);
  });
});

describe('sources and captions', () => {
  it('reads a quoted headline followed by a dash, a source and a date as a cited title, not speech', () => {
    expect(quotesOf('Sources\n\n• “Storm closes roads across the county” — The Daily Paper, August 15, 2008\n• “Roads open again” — Radio North, 16 August 2008\n')).toEqual([
      { text: 'Storm closes roads across the county', kind: 'term', speaker: null },
      { text: 'Roads open again', kind: 'term', speaker: null },
    ]);
  });

  it('keeps a dash attribution without a date as speech', () => {
    expect(who('“The roads will stay closed until the water goes down.” — Jane Roe')).toMatchObject([{ speaker: 'Jane Roe' }]);
  });

  it('lets a lone quotation after a photo caption go on with the speaker before the caption', () => {
    const text = 'Storms close roads\n\nThe governor spoke on Tuesday. “We will rebuild,” said Jane Roe.\n\nA flooded road near the river. Image: County Office.\n\n“Every bridge will be checked before it opens again.”\n';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Jane Roe', 'Jane Roe']);
  });
});
