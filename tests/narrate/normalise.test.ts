import { describe, expect, it } from 'vitest';
import { normaliseForSpeech } from '../../src/narrate/normalise.js';
import { cardinal, ordinal, year } from '../../src/narrate/numbers.js';
import { splitSentences } from '../../src/narrate/sentences.js';

const say = (s: string, lexicon?: Record<string, string>): string => normaliseForSpeech(s, { lang: 'en', lexicon });

describe('number words', () => {
  it('reads cardinals, ordinals and years', () => {
    expect(cardinal(70000)).toBe('seventy thousand');
    expect(cardinal('1234567')).toBe('one million two hundred thirty-four thousand five hundred sixty-seven');
    expect(ordinal(93)).toBe('ninety-third');
    expect(ordinal(12)).toBe('twelfth');
    expect(ordinal(101)).toBe('one hundred first');
    expect(year(2023)).toBe('twenty twenty-three');
    expect(year(1905)).toBe('nineteen oh five');
    expect(year(2000)).toBe('two thousand');
    expect(year(1900)).toBe('nineteen hundred');
  });
});

describe('normaliseForSpeech', () => {
  it('reads numbers with separators, ordinals and years', () => {
    expect(say('Some 70,000 soldiers of the 93rd brigade')).toBe('Some seventy thousand soldiers of the ninety-third brigade');
    expect(say('In 2023 the war went on.')).toBe('In twenty twenty-three the war went on.');
  });

  it('reads units, currencies, percentages and ranges', () => {
    expect(say('They advanced 15 km at 40 km / h, then 1 km more.')).toBe('They advanced fifteen kilometres at forty kilometres per hour, then one kilometre more.');
    expect(say('It cost $5 million, 3.5% of the budget.')).toBe('It cost five million dollars, three point five percent of the budget.');
    expect(say('155mm shells')).toBe('one hundred fifty-five millimetres shells');
    expect(say('10-15 km')).toBe('ten to fifteen kilometres');
  });

  it('spells out initialisms but says known acronyms as words', () => {
    expect(say('AFP and NATO reported.')).toBe('A F P and NATO reported.');
    expect(say('The U.S. said so.')).toBe('The U S said so.');
    expect(say('World War II')).toBe('World War two');
  });

  it('expands common abbreviations', () => {
    expect(say('Mr. Smith met Dr. Jones.')).toBe('Mister Smith met Doctor Jones.');
  });

  it('applies the lexicon first, whole words only', () => {
    expect(say('Bakhmut and Bakhmutka', { Bakhmut: 'Bakh-moot' })).toBe('Bakh-moot and Bakhmutka');
    expect(say('AFP said', { AFP: 'Agence France-Presse' })).toBe('Agence France-Presse said');
  });

  it('drops quotation marks and turns dashes into pauses', () => {
    expect(say('“Hold on,” he said — again.')).toBe('Hold on, he said, again.');
    expect(say('It’s the soldiers’ line.')).toBe('It’s the soldiers’ line.');
  });

  it('drops French guillemets with the spaces inside them, leaving none before a full stop', () => {
    const fr = (t: string): string => normaliseForSpeech(t, { lang: 'fr' });
    expect(fr('Le maire l’a dit : « Nous partirons demain ».')).toBe('Le maire l’a dit : Nous partirons demain.');
    expect(fr('Un titre «\u00a0entre guillemets\u202f» ici.')).toBe('Un titre entre guillemets ici.');
  });

  it('leaves numbers alone in other languages', () => {
    expect(normaliseForSpeech('15 km', { lang: 'fr' })).toBe('15 km');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after titles and initials', () => {
    expect(splitSentences('Mr. Smith arrived. He said “yes.” Then J. R. Doe left! Done?')).toEqual([
      'Mr. Smith arrived.', 'He said “yes.”', 'Then J. R. Doe left!', 'Done?',
    ]);
  });
});
