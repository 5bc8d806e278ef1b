/**
 * The model of unattributed quotations (src/detect/fragments.ts): words a
 * report gives to its subject with no verb of speech of their own, the limits
 * it keeps (titles, a verb with a subject of its own, a name after a quotation
 * that opens its sentence), and its weights as the trainer writes them. The
 * real detector and the learnt weights throughout; every sentence is our own.
 */
import { describe, expect, it } from 'vitest';
import { CANDIDATE_FEATURES, NONE_FEATURES } from '../../src/detect/fragments.js';
import { FRAGMENT_WEIGHTS } from '../../src/detect/fragment-weights.js';
import { detect } from '../../src/detect/index.js';
import { articleOf, quotesOf, who } from './helpers.js';

describe('a quotation no rule attributed', () => {
  it('goes to the one the report is about when its words are theirs', () => {
    const body = 'Finance minister Tom Reed hailed the longest run of growth in the country’s "modern history" but denied he was "boasting".';
    expect(quotesOf(body, { rules: true })[0]).toMatchObject({ text: 'modern history', kind: 'term', speaker: null });
    expect(quotesOf(body)).toEqual([
      { text: 'modern history', kind: 'speech', speaker: 'Tom Reed' },
      { text: 'boasting', kind: 'speech', speaker: 'Tom Reed' },
    ]);
    // inspect shows why: the words from where the speaker is named to the quotation
    expect(who(body)[0]).toEqual({ text: 'modern history', speaker: 'Tom Reed', rule: 'nearest-source' });
    const { article } = detect(articleOf(body));
    expect(article.quotations[0]?.evidence).toMatchObject({ rule: 'nearest-source', text: 'Tom Reed hailed the longest run of growth in the country’s', position: { start: { line: 1, column: 18 } } });
  });

  it('follows "he" to the speaker of the sentence before', () => {
    const body = '"Prices will keep rising," warned economist Ben Ortiz. But he did add that the figures should "settle" later in the year.';
    expect(quotesOf(body, { rules: true })[1]).toMatchObject({ speaker: null });
    expect(quotesOf(body)[1]).toEqual({ text: 'settle', kind: 'speech', speaker: 'Ben Ortiz' });
  });

  it('leaves a title in title case to no one', () => {
    const body = '"We start touring in May," said the singer Ana Reyes.\n\nHer last record was "Night Over Water."';
    expect(quotesOf(body)[1]).toMatchObject({ speaker: null });
  });

  it('does not give it past a verb of speech whose subject is someone else', () => {
    expect(quotesOf('"The river is rising," said Ann Moss.\n\nThe dozen, with a combined 300 years on the water, said the town "must plan for worse floods."')[1]).toMatchObject({
      speaker: null,
    });
    expect(quotesOf('Alice looked at the Hatter, who smiled and said, "Of course."')[0]?.speaker).not.toBe('Alice');
  });

  it('passes over names set off by commas between the subject and a verb of stance', () => {
    const body = '"We will fix the roads," said Mayor Lena Ford.\n\nFord, who was elected with help from Governor Paul Hart last spring, blasted the council as a “disgrace” on Monday.';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'disgrace', kind: 'speech', speaker: 'Lena Ford' });
  });

  it('gives a participle after a comma, and a second verb joined by "and", to the subject of the sentence', () => {
    const first = '"The plan is sound," said Senator Joan Pike. "Mark Dunn knows it," she added.\n\n';
    expect(quotesOf(`${first}Pike weighed in on the claims against Mark Dunn’s deputy, who quit last week, calling the matter a “serious breach.”`)[2]).toMatchObject({ speaker: 'Joan Pike' });
    expect(quotesOf(`${first}Pike again attacked Dunn’s record on housing and said his budget raised questions about “who will pay for it.”`)[2]).toMatchObject({ speaker: 'Joan Pike' });
  });

  it('counts "blasted" among the verbs that give words to their subject', () => {
    const body = 'Rita Ruiz is running for the state senate. At the debate, Ruiz blasted her rival for “cavorting” with donors.';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'cavorting', kind: 'speech', speaker: 'Rita Ruiz' });
  });

  it('does not read a capitalised word of an office ("Secretary of State") as a verb of speech', () => {
    const body = 'Holt has been in office since 2012.\n\nAfter President Ann Lee lost both the Senate and the House, Secretary of State Mary Holt sent an email to her praising her “body language” at a news conference.';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'body language', kind: 'speech', speaker: 'Holt' });
  });

  it('may give it to a name that opens its sentence before a verb of stance, though no rule registered it', () => {
    expect(quotesOf('The council met on Monday to vote on the budget.\n\nMoss later defended his vote as “fair and overdue.”')[0]).toMatchObject({ speaker: 'Moss' });
    expect(quotesOf('The council met on Monday to vote on the budget.\n\nAt the hearing, Moss blasted the mayor for his “reckless” spending.')[0]).toMatchObject({ speaker: 'Moss' });
  });

  it('reads a description opening the sentence before a verb of stance ("the Democratic frontrunner wrote") as the person named last', () => {
    const first = '"We can win Ohio," said Senator Ann Marsh on Tuesday.\n\n';
    expect(quotesOf(`${first}In an interview with radio hosts Tom Bell and Sue Park, the Democratic candidate said the new ads were “cheap and divisive.”`)[1]).toMatchObject({ speaker: 'Ann Marsh' });
    expect(quotesOf(`${first}The Democratic frontrunner wrote for the Tribune that "the state has been ignored for too long."`)[1]).toMatchObject({ speaker: 'Ann Marsh' });
  });

  it('counts "proposed" among them, for a subject named after "while" and an apposition', () => {
    const body = 'Rain fell all day in the capital. Ohio Gov. Bob Lane on Monday signed an order trying to get his state to block the plan, while Ann Price, the former Iowa governor, proposed we "wake up and smell the coffee" and said the mayor should resign.';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'wake up and smell the coffee', speaker: 'Ann Price' });
  });

  it('does not give it to anyone but the one named after it when it opens its sentence', () => {
    const body = '"The river is rising," said Ann Moss.\n\n"Who will pay for the new wall?" - councillor Ben Ortiz clashes with the mayor';
    expect(quotesOf(body)[1]).toMatchObject({ speaker: null });
  });
});

describe('where the model does not decide', () => {
  it('leaves a quotation with a name and a verb after it, past the sentence end, to the rules', () => {
    const body = [
      '—I am a servant of two masters, Stephen said, an English and an Italian.',
      '—Italian? Haines said.',
      '—And a third, Stephen said.',
      '—Italian? Haines said again. What do you mean?',
    ].join('\n\n');
    expect(quotesOf(body)[3]).toMatchObject({ text: 'Italian?', speaker: null });
  });

  it('is not asked in fiction’s dialogue, which keeps its turn-taking rules', () => {
    const seen = (body: string): boolean => {
      let called = false;
      detect(articleOf(body), {}, { onFragments: () => (called = true) });
      return called;
    };
    expect(seen('“Where are you going?” asked Ann.\n\n“Out.”\n\n“Where?”\n\n“Nowhere.”\n\nTom said the trip was “a waste of time”.')).toBe(false);
    expect(seen('Tom said the trip was “a waste of time”.')).toBe(true);
  });
});

describe('the learnt weights', () => {
  it('have one weight for each feature the detector computes', () => {
    expect(FRAGMENT_WEIGHTS).not.toBeNull();
    expect(FRAGMENT_WEIGHTS!.candidate).toHaveLength(CANDIDATE_FEATURES.length);
    expect(FRAGMENT_WEIGHTS!.none).toHaveLength(NONE_FEATURES.length);
    expect([...FRAGMENT_WEIGHTS!.candidate, ...FRAGMENT_WEIGHTS!.none].every(Number.isFinite)).toBe(true);
  });
});

describe('a person named inside a quotation, in the third person', () => {
  it('is not the speaker the learnt model picks for it ("“… Bob was a very driven man.”" is about Bob)', () => {
    const body = 'Rob Vale worked with the singer for years. Bob Lane was one of the most mesmeric people of his time.\n\n"He must have had an iron will to succeed. Bob was a very driven man."';
    expect(quotesOf(body).map((q) => q.speaker)).not.toContain('Bob Lane');
  });
});

describe('a person named in full near a quotation that no rule attributed', () => {
  it('is one the learnt model may choose, though no rule registered them ("… writing a column that attacked his “…”")', () => {
    const body = 'Tom Hale has lost the support of his party. "He is not fit for the job," said Ben Cole, a former governor.\n\nSen. Ann Reed (Maine) joined the critics this week, writing a column in the Herald that attacked his "reckless spending."';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'reckless spending.', speaker: 'Ann Reed' });
  });
});

describe('verbs of stance that frame a short quotation as someone’s words', () => {
  it('read "heralded … as" as one', () => {
    const heralded = '"We are ready," said Tom Hale, the union leader.\n\nChancellor Ann Reed heralded the deal with the union as a "turning point." The deal ends the strike.';
    expect(quotesOf(heralded).at(-1)).toMatchObject({ text: 'turning point.', speaker: 'Ann Reed' });
  });
});
