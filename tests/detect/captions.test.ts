/**
 * A photo caption pasted between paragraphs, known by its credit, is read
 * for its own quotations but is no narration: the person it names is not
 * whom "she said" in the next paragraph means. Also the subject of the
 * sentence before a pronoun: a relative clause is no verb ("Ann Lee, 41,
 * who …, was"), and "But" is not part of the subject. Every sentence here is
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { creditedCaption } from '../../src/detect/continuity.js';
import { subjectOfSentence } from '../../src/detect/pronouns.js';
import { detectedQuotes } from './golden-score.js';

function quotesOf(body: string): { text: string; speaker: string | null }[] {
  const { article } = parseSource(`Test article\n\n${body}\n`, 'test.txt', 'text');
  return detectedQuotes(detect(article).article).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));
}

describe('photo captions between paragraphs', () => {
  it('are known by the credit that ends them', () => {
    expect(creditedCaption('The mayor, Ruth Adler, opens the new footbridge. (Photo Tom Reed - City Pool/Agency)')).toBe(true);
    expect(creditedCaption('Fans wait outside the ground. (AP Photo/Ann Lee)')).toBe(true);
    expect(creditedCaption('Fans wait outside the ground. (Getty Images)')).toBe(true);
    expect(creditedCaption('Fans wait outside the ground in the rain. Picture: Ann Lee')).toBe(true);
    expect(creditedCaption('The club said the match would go ahead (weather permitting).')).toBe(false);
    expect(creditedCaption('She took the photo herself.')).toBe(false);
  });

  it('do not make the person they name the "she" of the next paragraph', () => {
    const body = [
      'Rita Moss, 58, waited three hours at the gate to see the new footbridge opened.',
      'The mayor, Ruth Adler, cut the ribbon and reportedly said "Mind the gap." (Photo Tom Reed - City Pool/Agency)',
      '"I have crossed that river by ferry for forty years and never thought I would walk over it," she said.',
      '"It was worth the wait."',
    ].join('\n\n');
    const q = quotesOf(body);
    expect(q.map((x) => x.speaker)).toEqual(['Ruth Adler', 'Rita Moss', 'Rita Moss']);
  });

  it('keep their own quotation for the person they name', () => {
    const body = ['Crowds lined the quay for the opening.', 'Ruth Adler, the mayor, cut the ribbon and said "Mind the gap." (Getty Images)'].join('\n\n');
    expect(quotesOf(body).map((x) => x.speaker)).toEqual(['Ruth Adler']);
  });
});

describe('the subject of the sentence before a pronoun', () => {
  it('is not cut off at a relative pronoun inside the apposition', () => {
    expect(subjectOfSentence('Ann Lee, 41, who runs the shop, was too shaken to speak.')).toBeUndefined();
  });

  it('does not take "But" for part of the name', () => {
    expect(subjectOfSentence('But Mrs Hale, who lives nearby, was sure of what she saw.')).toMatchObject({ kind: 'name', text: 'Mrs Hale' });
  });
});
