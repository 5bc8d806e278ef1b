/**
 * Rules written in round 2 of the held-out news evaluation (bench/heldout/),
 * from the 22 GUM articles (DEV and the old TEST), never from the FRESH set.
 * Each is tested with sentences of our own, not the articles' text.
 */
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../src/detect/names.js';
import { quotesOf } from './helpers.js';

/** Depth-0 quotations of a plain-text article (title line first), with kind and speaker. */

describe('short quotations inside reported speech', () => {
  it('gives a short lower-case quotation to the subject of the reporting verb before it in its sentence', () => {
    expect(quotesOf('Mayor Ann Lee said she thinks the new bridge plan has a “clear purpose”.')).toEqual([
      { text: 'clear purpose', kind: 'speech', speaker: 'Ann Lee' },
    ]);
    expect(quotesOf('The Daily Courier noted that what began as a small protest had become a “citywide campaign”.')).toMatchObject([
      { text: 'citywide campaign', kind: 'speech', speaker: 'Daily Courier' },
    ]);
  });

  it('gives a quoted word joined by “and” to a quoted word that is speech to the same speaker', () => {
    expect(quotesOf('The union leader, Tom Baker, has called the offer “insulting” and “late”.')).toEqual([
      { text: 'insulting', kind: 'speech', speaker: 'Tom Baker' },
      { text: 'late', kind: 'speech', speaker: 'Tom Baker' },
    ]);
  });

  it('reads “of” and “as” after a reporting verb as part of the report, not as naming', () => {
    expect(quotesOf('Union leader Tom Baker said wardens should act as “eyes and ears” for the parks.')).toMatchObject([
      { text: 'eyes and ears', kind: 'speech', speaker: 'Tom Baker' },
    ]);
    expect(quotesOf('Mayor Ann Lee said the delays were a sign of “lazy planning”.')).toMatchObject([{ text: 'lazy planning', kind: 'speech', speaker: 'Ann Lee' }]);
    // (the cries of “…” are the words of others, unnamed)
    expect(quotesOf('Ann Lee thinks the answer lies between the cries of “far too late” and silence.')).toMatchObject([{ text: 'far too late', kind: 'term', speaker: null }]);
  });

  it('reads revealed, urged and the verbs of judging anywhere in the sentence as reporting', () => {
    expect(quotesOf('Health Minister Ann Lee also revealed that “about half” of the wards were full.')).toMatchObject([
      { text: 'about half', kind: 'speech', speaker: 'Ann Lee' },
    ]);
    expect(quotesOf('Mayor Tom Baker urged the council to keep the market rents “modest”.')).toMatchObject([{ text: 'modest', kind: 'speech', speaker: 'Tom Baker' }]);
  });

  it('leaves a scare quote with no reporting verb in its sentence a term', () => {
    expect(quotesOf('Engineers will now “optimise” the old tunnel before the winter.')).toMatchObject([{ text: 'optimise', kind: 'term', speaker: null }]);
  });

  it('leaves a capitalised title, a named label and a rating a term even after a reporting verb', () => {
    expect(quotesOf('Ann Lee said on “Morning Desk” that she would run again.')).toMatchObject([{ text: 'Morning Desk', kind: 'term' }]);
    expect(quotesOf('The minister said the so-called “quiet zone” would stay.')).toMatchObject([{ text: 'quiet zone', kind: 'term' }]);
    expect(quotesOf('The firm has said that 40 of the flaws are rated “severe”.')).toMatchObject([{ text: 'severe', kind: 'term' }]);
  });
});

describe('reporting verbs of written and official speech', () => {
  it('reads “reasoned”, “reads”, “cited … including:” and “recommending” as verbs of speech', () => {
    expect(quotesOf('The council reasoned, “because the hall is rented out, the fee is fair.”')).toMatchObject([{ speaker: 'The council' }]);
    expect(quotesOf('Rain fell all week. The Treasury memo reads “we may delay the second payment until March”, but no date is set.')).toMatchObject([
      { speaker: 'Treasury memo' },
    ]);
    expect(quotesOf('The Evening Star cited examples of long questions, including: “Did you travel alone or with others during your journey?”')).toMatchObject([
      { speaker: 'Evening Star' },
    ]);
  });

  it('takes a city or a town as a speaker for what it argues', () => {
    expect(quotesOf('The town argued, “The road was closed for the safety of everyone.”')).toMatchObject([{ speaker: 'The town' }]);
  });
});

describe('whose words: possessives, participles, pronouns', () => {
  it('gives the words of a body’s analysis, report or study to the body', () => {
    expect(readPhrase('The Herald’s latest analysis of its own sales figures')).toEqual({ kind: 'name', text: 'Herald' });
    expect(quotesOf('Sales fell. Market Monitor’s recent analysis of its reader numbers concluded, “Most readers now come from phones.”')).toMatchObject([
      { speaker: 'Market Monitor' },
    ]);
  });

  it('keeps a person described through someone else as that person (“Lee’s coach”)', () => {
    expect(readPhrase('Lee’s coach')).toEqual({ kind: 'description', text: 'Lee’s coach' });
  });

  it('gives a participle after while/whilst/when to the subject of the main clause', () => {
    expect(quotesOf('During the debate on Monday, Ann Lee defended the budget whilst promising a “full review” from the treasurer.')).toMatchObject([
      { text: 'full review', kind: 'speech', speaker: 'Ann Lee' },
    ]);
  });

  it('reads he or she as the subject of the sentence just before, not the last speaker', () => {
    const q = quotesOf('“We lost the first set,” said Tom Reed, the coach.\n\nIn the final, Carlos Vega scored twice. He said, “The first goal was the hardest.”');
    expect(q[1]).toMatchObject({ speaker: 'Carlos Vega' });
  });

  it('reads he or she after a sentence closed by a named attribution as that speaker, not its subject', () => {
    const text =
      '“We are never going to sound natural,” said founder Tom Reed.\n\n' +
      'Visitors may notice that the site looks like Zoogle. Zoogle has no connection with the firm and the colours are simply for those with poor sight, said Mr Reed. “It is not a rip-off,” he said.';
    expect(quotesOf(text).map((x) => x.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
  });

  it('never takes a name with a possessive inside ("Mr Reed’s Plan") for the person he or she means', () => {
    const text =
      'Council leader Alan Lee has dismissed Mr Reed’s plan as "all talk".\n\n' +
      'Mr Reed’s Plan was not about the town, but "all about his own seat," the council leader said. He urged the mayor to admit he had "lost the argument".';
    const q = quotesOf(text);
    expect(q.map((x) => x.speaker)).toEqual(['Alan Lee', 'Alan Lee', 'Alan Lee']);
  });

  it('never takes a name after a preposition ("displays against Hill Town") for the person he or she means', () => {
    const q = quotesOf('Transfer talk\n\nHowever, good displays against Hill Town and Park Rangers have impressed the fans. "The crowd were brilliant on Saturday," he said.');
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });

  it('never gives a quotation followed by "he said" to someone already called "she"', () => {
    const text =
      'Club bid rejected\n\nThe board met on Monday. Chairman Ann Lee said the offer was "a waste of paper".\n\nShe added: "We will not sell."\n\n' +
      'The fans have cheered the midfielder all season. "The crowd were brilliant," he said.';
    expect(quotesOf(text).map((x) => x.speaker)).toEqual(['Ann Lee', 'Ann Lee', null]);
  });

  it('never reads he or she as a thing named before', () => {
    const q = quotesOf('Shadow minister Rosa Diaz said her party has backed the change “since spring”.\n\nThe form, which has 40 questions, “must be filled in by hand”, the ministry said.\n\nShe continued: “Our plan is faster and fairer for everyone.”');
    expect(q[2]).toMatchObject({ speaker: 'Rosa Diaz' });
  });

  it('does not give a quotation the attribution of the next sentence that leads into another quotation', () => {
    const q = quotesOf('Ann Moss scored twice. She said, “We were lucky today.” After the game, coach Tom Reed said, “We must improve.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ann Moss', 'Tom Reed']);
  });

  it('keeps one pronoun attribution for both parts of a split quotation', () => {
    const q = quotesOf('“The light!” I said: “see, it is going out.”');
    expect(q.map((x) => x.speaker)).toEqual(['Narrator', 'Narrator']);
  });
});
