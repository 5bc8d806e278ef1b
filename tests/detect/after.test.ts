/**
 * What follows a quotation in the same sentence, from round 10 (seen after its
 * one run): "…, said Mr Blair." at the end of a longer clause, "…, told ANI."
 * (the one told is no speaker), and "… while Muse said …" (a new report, not
 * this quotation's). Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const speakers = (body: string): (string | null)[] => quotesOf(body).map((q) => q.speaker);

describe('the clause after a quotation', () => {
  it('gives "“…” when he saw the papers were Italian, said Ms Ortiz." to Ms Ortiz, not to a capitalised word before the comma', () => {
    expect(speakers('The mayor "should have resigned at once" when he saw the papers were Italian, said Ms Ortiz.')).toEqual(['Ms Ortiz']);
  });

  it('keeps "“…,” Sunita, a cook, told ANI." with the one who told, not the one told', () => {
    expect(speakers('"We have had no water for three days," Sunita, a cook, told ANI.')).toEqual(['Sunita']);
  });

  it('does not give "… as “quite an honour” while the band said …" to the band', () => {
    expect(speakers('Ivo Marsh described the prize as "quite an honour" while Rovers said their win was "a shock for us".')).toEqual([
      'Ivo Marsh',
      'Rovers',
    ]);
  });
});
