/**
 * Who "he" and "she" can mean: never a country or a team (a country list,
 * "one of the … sides", a plural verb), the one person the sentence before
 * names when it has no person for its subject, and a person named only in
 * the headline ("Ann Lee: …") when the body opens with "She added:". Every
 * sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { collectiveApposition, isPlace, pluralSubjects } from '../../src/detect/entities.js';
import { headlineSpeakers } from '../../src/detect/headline.js';
import { looksLikeOrganisation } from '../../src/detect/lexicon.js';
import { detectedQuotes } from './golden-score.js';

function quotesOf(body: string, title = 'Test article'): { text: string; speaker: string | null }[] {
  const { article } = parseSource(`${title}\n\n${body}\n`, 'test.txt', 'text');
  return detectedQuotes(detect(article).article).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));
}

describe('papers and networks are not people', () => {
  it('knows a paper or network by the name it goes by ("the Courier reported", "NBC said"), never as "he"', () => {
    for (const name of ['Courier', 'the Gazette', 'Daily Telegraph', 'NBC', 'Politico']) expect(looksLikeOrganisation(name)).toBe(true);
    for (const name of ['Tom Hale', 'Ann Reed']) expect(looksLikeOrganisation(name)).toBe(false);
    const body = 'Tom Hale sent letters to a woman, the Courier reported.\n\nAlthough the woman spoke to the paper, "we were only friends," he said.';
    expect(quotesOf(body)[0]).not.toMatchObject({ speaker: 'Courier' });
  });
});

describe('a city by its name', () => {
  it('is never "he" ("Ho Chi Minh City", "Kansas City")', () => {
    for (const name of ['Ho Chi Minh City', 'Kansas City']) expect(looksLikeOrganisation(name)).toBe(true);
    const body = '“Others look at our elections and say what a mess,” Tom Hale told young leaders in Vietnam’s Ho Chi Minh City, formerly Saigon.\n\n“But usually we end up doing okay,” he said.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('places and teams are not people', () => {
  it('knows countries as whole names only', () => {
    expect(isPlace('New Zealand')).toBe(true);
    expect(isPlace('the Netherlands')).toBe(true);
    expect(isPlace('U.S.')).toBe(true);
    expect(isPlace('Michael Jordan')).toBe(false);
    expect(isPlace('Jordan')).toBe(false); // also a given name
    expect(isPlace('Chad Brennan')).toBe(false);
  });

  it('knows the US states, but not those that are also given names or surnames', () => {
    for (const name of ['Rhode Island', 'Minnesota', 'New Hampshire', 'Texas']) expect(isPlace(name)).toBe(true);
    for (const name of ['Georgia', 'Virginia', 'Washington', 'Denzel Washington', 'Minnesota Fats']) expect(isPlace(name)).toBe(false);
  });

  it('reads an apposition that makes a name one of a set of teams or bodies', () => {
    expect(collectiveApposition(' one of the strongest sides in the league, ')).toBe(true);
    expect(collectiveApposition(' one of the largest firms and employers in the town,')).toBe(true);
    expect(collectiveApposition(' one of the favourites for the title,')).toBe(false);
    expect(collectiveApposition(' a former captain,')).toBe(false);
  });

  it('reads a plural verb after a name as a team or a body', () => {
    expect(pluralSubjects('Leyton Rovers have lost twice. Then Harwick were beaten at home.')).toEqual(['Leyton Rovers', 'Harwick']);
    expect(pluralSubjects('Tom Reed has lost twice. Those are the facts. Then he was away.')).toEqual([]);
  });

  it('does not give "he said" to a country named with an apposition', () => {
    const body = [
      'They held Portugal, one of the strongest sides in the group, to a draw on Sunday.',
      'Now the squad faces a harder test - and Harwick coach Daniel Obi knows it.',
      '"We have to be sharper with the ball," he said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Daniel Obi']);
  });

  it('does not give "he said" to a team that takes a plural verb', () => {
    const body = [
      'Paulo Mendes, the new striker, scored twice on his debut.',
      'After a slow start, Harwick Athletic, a club from the coast, have won four in a row.',
      '"Nobody expected this run," he said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Paulo Mendes']);
  });
});

describe('a capitalised word that opens a sentence', () => {
  it('is no one when the paragraph also writes it in lower case ("victory" … "Victory took")', () => {
    const body = 'Tom Reyes scored twice to seal victory for his side. Victory took Rovers to within three points of the leaders. He added: "We had chances and we took them all today."';
    expect(quotesOf(body)).toEqual([{ text: 'We had chances and we took them all today.', speaker: 'Tom Reyes' }]);
  });
});

describe('the one person the sentence before names', () => {
  it('is whom "she" means when the subject of that sentence is not a person', () => {
    const body = ['The pressure on the board grows - and finance director Helen Marsh is aware of it.', '"We need a plan by spring," she said.'].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Helen Marsh']);
  });

  it('is nobody when the sentence names two people', () => {
    const body = [
      'Mayor Ruth Adler spoke first at the meeting.',
      'The vote split the hall - and councillor Ines Vogt and treasurer Petra Lang sat apart.',
      '"We need a plan by spring," she said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).not.toEqual(['Ines Vogt']);
    expect(quotesOf(body).map((q) => q.speaker)).not.toEqual(['Petra Lang']);
  });
});

describe('the headline names the speaker', () => {
  it('reads "Name: words" and "Name says" headlines', () => {
    expect(headlineSpeakers('Ann Lee: I will not stand again')).toEqual(['Ann Lee']);
    expect(headlineSpeakers('Mayor Tom Reed says the bridge will reopen')).toEqual(['Mayor Tom Reed']);
    expect(headlineSpeakers('Breaking News: bridge closed')).toEqual([]);
    expect(headlineSpeakers('New Zealand: floods close roads')).toEqual([]);
    expect(headlineSpeakers('Bridge closed after floods')).toEqual([]);
    expect(headlineSpeakers('Council Says No To New Bridge Plan')).toEqual([]);
  });

  it('gives "She added:" to the person the headline quotes when the body names no one before', () => {
    const body = ['She added: "The district deserves a younger voice and I will help them find one."', 'Ms Lee has held the seat since 2004.'].join('\n\n');
    expect(quotesOf(body, 'Ann Lee: I will not stand again').map((q) => q.speaker)).toEqual(['Ann Lee']);
  });
});

describe('appositions that name a place or a body, openers and numbers', () => {
  it('never lets "he" mean a name introduced as "the basement club" or "a family firm"', () => {
    const q = quotesOf('"It was chaos," said Dev Anand. He added that Blue Lantern, the riverside club, had closed early.\n\n"Everyone ran for the doors," he said.');
    expect(q.map((x) => x.speaker)).toEqual(['Dev Anand', 'Dev Anand']);
  });

  it('takes no speaker from an opening adverb or a number word ("Earlier, she …", "Eight Welsh-born …")', () => {
    expect(quotesOf('Earlier, she had said she hoped to win, adding: "I trained for this all year."')[0]).toMatchObject({ speaker: null });
    expect(quotesOf('Eight Welsh-born miners went to court on Monday, saying: "We were promised pensions."')[0]).toMatchObject({ speaker: null });
    const { article } = parseSource('Test article\n\nRecent reports have revealed that the mill was sold in March.\n', 'test.txt', 'text');
    expect(detect(article).article.speakers.map((s) => s.name)).not.toContain('Recent');
  });
});

describe('armed groups are bodies, not people', () => {
  it('reads the Islamic State, ISIS, al Qaeda and the Taliban as organisations, and an office with "State" as no body', () => {
    for (const name of ['the Islamic State', 'Islamic State', 'ISIS', 'al Qaeda', 'the Taliban', 'Hezbollah']) expect(looksLikeOrganisation(name)).toBe(true);
    expect(looksLikeOrganisation('Secretary of State Ann Reed')).toBe(false);
  });
});

describe('titles before a name', () => {
  it('reads "Justice" as a title, so the name after it is a person whose given name tells "she" from "he"', () => {
    const body = [
      'Tom Reed called on Wednesday for Supreme Court Justice Ruth Kessler to resign.',
      'In an interview last week, she said Reed was a "faker" and asked how he had "got away with it."',
      '"He has no consistency about him," she said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ruth Kessler', 'Ruth Kessler', 'Ruth Kessler']);
  });
});
