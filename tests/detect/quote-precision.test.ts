/**
 * Quotation precision on web news copy: a straight double mark typed for an
 * apostrophe, team line-ups after a label, and "so-called" read as a naming
 * word, not a verb of speech. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { scanMarks } from '../../src/detect/marks.js';
import { isNameList } from '../../src/detect/quotes.js';
import { quotesOf } from './helpers.js';


describe('a straight double mark typed for an apostrophe', () => {
  it('opens no quotation between a letter and a space', () => {
    expect(scanMarks('The rowers" kit was lost at the airport on Friday.', 'en')).toEqual([]);
    expect(scanMarks('Play stopped after Jones" fall near the line.', 'en')).toEqual([]);
  });

  it('still closes a quotation that is open', () => {
    const spans = scanMarks('She said "we are ready" and left.', 'en');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ closed: true });
  });
});

describe('a line-up after a label is not an interview answer', () => {
  it('tells a list of names from an answer', () => {
    expect(isNameList('Okafor; Brandt, Mills (capt), Dunne, Petrov.')).toBe(true);
    expect(isNameList('Hale, Ruiz (Orton 61), Baptiste, Kerr, Lind')).toBe(true);
    expect(isNameList('We trained well, we played well, and we won.')).toBe(false);
  });

  it('finds no quotation in three line-up paragraphs', () => {
    const body = [
      'The two sides meet in Leeds on Saturday.',
      'Rovers: Okafor; Brandt, Mills (capt), Dunne, Petrov.',
      'Bench: Cole, Hart, Ibsen, Ward.',
      'United: Hale; Ruiz, Baptiste, Kerr, Lind, Moss.',
    ].join('\n\n');
    expect(quotesOf(body)).toEqual([]);
  });
});

describe('a numbered question is no interview label', () => {
  it('names no speaker "Two" or "Three" in a run of numbered questions', () => {
    const body = [
      'At question time the opposition leader, Mara Quinn, asked the minister four questions.',
      'One: "Will the minister publish the report before the vote?"',
      'Two: "Why were the figures changed after the review?"',
      'Three: "Who approved the new contract, and when?"',
    ].join('\n\n');
    const speakers = quotesOf(body).map((q) => q.speaker);
    expect(speakers).toHaveLength(3);
    for (const s of speakers) expect(['One', 'Two', 'Three']).not.toContain(s);
  });
});

describe('"so-called" names a term', () => {
  it('is not a verb of speech inside the hyphenated word', () => {
    expect(quotesOf('The board also criticised the so-called "rapid reviews," which follow each flood.')).toEqual([
      { text: 'rapid reviews,', kind: 'term', speaker: null },
    ]);
  });
});

describe('a straight double mark inside a quotation opened with one', () => {
  it('opens a nested quotation when it can only open and two more marks follow', () => {
    const q = quotesOf('Dr Ines Moro said: "The panel put us on its list of "Top Clinics," which shows our work has paid off."');
    expect(q.filter((x) => x.kind === 'speech')).toEqual([
      { text: 'The panel put us on its list of "Top Clinics," which shows our work has paid off.', kind: 'speech', speaker: 'Dr Ines Moro' },
    ]);
  });

  it('reads degrees after a name as part of it ("Ann Lee, DDS, said")', () => {
    expect(quotesOf('Tomas Reyes, DDS commented on the award: "It is an honour for the whole practice."')[0]).toMatchObject({ speaker: 'Tomas Reyes' });
  });
});

describe('"the words", "the terms" and "the phrase" before a quotation', () => {
  it('make it a term, like "the word"', () => {
    const q = quotesOf('On the form, the council referred to the scheme as Road Safety Fund, adding the words "and Parking" to the name.');
    expect(q).toEqual([{ text: 'and Parking', kind: 'term', speaker: null }]);
  });
});

describe('the words of a headline', () => {
  it('are a term, no one\'s speech, after "a headline that said" or "the headline reads:"', () => {
    expect(quotesOf('Ann Lee posted her message under a headline that said, "Storm Closes Every School In The County."')).toEqual([
      { text: 'Storm Closes Every School In The County.', kind: 'term', speaker: null },
    ]);
    expect(quotesOf('The smug headline reads: "Relax, the rates are not going up this year."')).toEqual([
      { text: 'Relax, the rates are not going up this year.', kind: 'term', speaker: null },
    ]);
  });
});
