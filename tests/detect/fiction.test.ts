import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../src/detect/names.js';
import { who } from './helpers.js';

describe('fiction: who speaks when the narration is longer', () => {
  it('takes a pronoun right before the verb as its subject', () => {
    const text = 'The Hatter sat down.\n\nThe Hatter opened his eyes very wide on hearing this; but all he said was, “Why is a raven like a writing-desk?”';
    expect(who(text)).toMatchObject([{ speaker: 'Hatter' }]);
  });

  it('gives verbs joined by “and” the name that opens the sentence', () => {
    expect(who('Alice considered a little, and then said “The fourth.”')).toMatchObject([{ speaker: 'Alice' }]);
    expect(who('The Dormouse shook its head impatiently, and said, without opening its eyes, “Of course, of course.”')).toMatchObject([{ speaker: 'Dormouse' }]);
  });

  it('gives verbs joined by “but” the name that opens the sentence too, unless another name stands between', () => {
    expect(who('Ana Kova praised the new budget but warned that "the hard part is still to come".')).toMatchObject([{ speaker: 'Ana Kova' }]);
    expect(who('Ana Kova praised the new budget but Tom Reed warned that "the hard part is still to come".')).toMatchObject([{ speaker: 'Tom Reed' }]);
  });

  it('does not give the verb to the opening name across a relative clause', () => {
    expect(who('Alice looked at the Hatter, who smiled and said, “Of course.”')[0]?.speaker).not.toBe('Alice');
  });

  it('allows adverbs and “to ask” between the verb and its punctuation', () => {
    expect(who('“No, please go on!” Alice said very humbly; “I won’t interrupt again.”').map((q) => q.speaker)).toEqual(['Alice', 'Alice']);
    expect(who('“But what happens then?” Alice ventured to ask.')).toMatchObject([{ speaker: 'Alice' }]);
  });

  it('knows the ways characters speak: grumbled, ventured, bawled', () => {
    expect(who('“Some crumbs got in,” the Hatter grumbled.')).toMatchObject([{ speaker: 'Hatter' }]);
  });

  it('does not call someone “she” once the text has called them “he”', () => {
    const text = '“Hello,” said Alice.\n\n“Good day,” said the Hatter.\n\n“Lovely weather,” he said.\n\n“I suppose so,” she said.';
    expect(who(text).map((q) => q.speaker)).toEqual(['Alice', 'Hatter', 'Hatter', 'Alice']);
  });

  it('takes no exclamation for a name', () => {
    expect(who('—Begob, ma’am, says Mrs Cahill.\n\n“Go on,” he said.').every((q) => q.speaker !== 'Begob')).toBe(true);
  });
});

describe('a role before a full name is a title', () => {
  it.each([
    ['Programmer John Graham-Cumming', 'John Graham-Cumming', 'Programmer'],
    ['Its creator Solomon Hykes', 'Solomon Hykes', 'creator'],
    ['Apcera CEO Derek Collison', 'Derek Collison', 'Apcera CEO'],
  ])('%s', (text, name, title) => {
    expect(readPhrase(text)).toEqual({ kind: 'name', text: name, title });
  });

  it('keeps a one-word name with its title, and an organisation whole', () => {
    expect(readPhrase('President Zelenskyy')?.text).toBe('President Zelenskyy');
    expect(readPhrase('the Ministry of Defense of Ukraine')).toMatchObject({ kind: 'name', text: 'Ministry of Defense of Ukraine' });
  });

  it('reads the name at the end of a place phrase: “At the foot of the ladder Buck Mulligan asked:”', () => {
    expect(who('At the foot of the ladder Buck Mulligan asked:\n\n“Are you coming?”')).toMatchObject([{ speaker: 'Buck Mulligan' }]);
  });
});
