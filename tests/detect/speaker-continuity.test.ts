/**
 * News attribution when a quotation's own sentence names no one: a run of
 * quotations goes on with the last speaker until another person is named,
 * and a paragraph that continues a quotation is no line of dialogue. Every
 * sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';


describe('a run of quotations goes on with the last speaker', () => {
  it('across narration and page furniture that name no one else', () => {
    const body = [
      '"We kept the ball well in the first half," said coach Mara Lind after the draw.',
      'The visitors had won their three previous away games.',
      'Share this article',
      'League Two',
      '"In the second half we lost our shape and we paid for it."',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Mara Lind', 'Mara Lind']);
  });

  it('stops when another person is named in between (the rules; the model then weighs who is named)', () => {
    const body = [
      '"We kept the ball well in the first half," said coach Mara Lind after the draw.',
      'Striker Tom Okafor missed two chances before the break.',
      '"In the second half we lost our shape and we paid for it."',
    ].join('\n\n');
    expect(quotesOf(body, { rules: true }).map((q) => q.speaker)).toEqual(['Mara Lind', null]);
    // the model of unattributed quotations then weighs who is named around it: the coach, who spoke, not the striker
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Mara Lind', 'Mara Lind']);
  });

  it('gives no speaker to a quoted title', () => {
    const body = ['"We start touring in May," said the singer Ana Reyes.', 'Her last record was "Night Over Water."'].join('\n\n');
    expect(quotesOf(body)[1]).toMatchObject({ speaker: null });
  });
});

describe('a quotation between two of one speaker’s', () => {
  const opening = 'Northline, which runs most of the hotspots, said it worked to keep them safe. "Naturally, people may worry," said Ann Lee, head of wireless at Northline.';
  const middle = '"But the networks are no weaker than any other way of going online." She said Northline, like others, encrypts every login.';

  it('is that speaker’s, though a body was named in between', () => {
    const body = [opening, `${middle} "This means that passwords are safe," said Ms Lee.`].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee', 'Ann Lee']);
  });

  it('stays without a speaker when a full name follows it in its sentence', () => {
    const body = [opening, '"Who will pay for the new masts?" - councillor Ben Ortiz clashes with the mayor', '"The masts will pay for themselves," said Ms Lee.'].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann Lee', null, 'Ann Lee']);
    expect(quotesOf(body, { rules: true }).map((q) => q.speaker)).toEqual(['Ann Lee', null, 'Ann Lee']);
  });

  it('is the one who spoke last between two different speakers, by the rules (a paragraph that opens with words goes on) and by the model', () => {
    const body = [opening, `${middle} "We do the same," said Tom Baker, of the rival network.`].join('\n\n');
    // (before, the "Naturally," opening her words was taken for someone addressed, and that someone broke the run)
    expect(quotesOf(body, { rules: true }).map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee', 'Tom Baker']);
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee', 'Tom Baker']);
  });
});

describe('a quotation continued over paragraphs is one turn, not dialogue', () => {
  it('keeps the speaker of a quotation that runs over three paragraphs', () => {
    const body = [
      'The mayor, Ruth Adler, spoke after the vote.',
      '"We are still a long way from a budget," she said.',
      '"The county has cut our grant twice. We will have to find the money ourselves.',
      '"Nobody here wants higher fees."',
      'Council member Ben Ortiz disagreed.',
      '"The fees are the fairest way to pay for the roads," he said.',
      '"We have put this off for ten years."',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ruth Adler', 'Ruth Adler', 'Ben Ortiz', 'Ben Ortiz']);
  });
});

describe('where the run of quotations stops', () => {
  it('does not go on into a sentence with a reporter of its own, even one not read', () => {
    const body = ['"The river is rising," said Ann Moss.', 'The dozen, with a combined 300 years on the water, said the town "must plan for worse floods."'].join('\n\n');
    expect(quotesOf(body)[1]).toMatchObject({ speaker: null });
  });

  it('does not go on when a full name follows the quotation in its paragraph', () => {
    const body = ['"The river is rising," said Ann Moss.', '"Who will pay for the new wall?" - councillor Ben Ortiz clashes with the mayor'].join('\n\n');
    expect(quotesOf(body)[1]).toMatchObject({ speaker: null });
  });
});

describe('a name whose clause gives its gender', () => {
  it('lets a later "she" mean the woman named before "her", not the man named since before "his"', () => {
    const body = [
      'Nina Brandt could not hide her relief when the results came in on Sunday.',
      'Beside her, Oskar Weil shook his head and laughed.',
      'Asked whether she had expected to win, she said: "Not for a second. I was ready to go home."',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Nina Brandt']);
  });
});

describe('a person introduced by a description and "named"', () => {
  it('lets a later "she" mean the woman the description names, not the man who reported her', () => {
    const body = [
      '"The crowd went quiet for a moment," wrote Tom Becker, who covered the rally for a local paper.',
      'The voter who shouted identified herself to reporters as a 61-year-old retired teacher named Marguerite.',
      '"I did not plan to say anything at all," she said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Becker', 'Marguerite']);
  });
});

describe('the reader addressed as "you"', () => {
  it('is never the "he" of a later attribution', () => {
    const body = [
      'Tom Hale gave an interview on Monday. "We will see," Hale said.',
      'There is no way to read his plan from this interview. You could leave it thinking that Hale is fine with anything.',
      '"It is very odd what happens with the rules," he said at one point.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('a determiner or adjective that opens a sentence ("Similar firearms sell …")', () => {
  it('is never a name a later "he" may mean', () => {
    const body = [
      'Tom Hale wrote in the listing that he was "honored" to sell the rifle. Similar rifles normally sell for around $200.',
      '"The rifle for sale is the one I used that night," he wrote.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('"To (a description) Ann Lee, …": the one whose view a sentence gives', () => {
  it('is someone a later "she" may mean', () => {
    const body = [
      'Former governor Ann Whitlow told the Courier last week she would rather vote for anyone else.',
      'Six newspapers in the state said he is not fit to be governor any more. They called him an opportunist who has neglected his duties in the Garden State, and urged him to resign.',
      'To Dover State University political science professor Brigid Holt, Hale’s seeming thousand-yard stare seemed to reflect sadness.',
      '"It really looked like heartbreak," she said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Brigid Holt']);
  });
});

describe('a person the text names by surname alone', () => {
  it('has the gender of the given name the text wrote with the surname, so "she" is not him', () => {
    const body = [
      'Families of the victims are not through with Bernie Sanders.',
      '"Should that dealer be sued?" Sanders asked on Monday.',
      'Sandy Ortiz, who lost her daughter in the shooting, said that Sanders had been rude to her family.',
      '"He promised to meet with us," she said about Sanders, who has been campaigning in Ohio. "We did have a call, and he was late to it," she said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Sanders', 'Sandy Ortiz', 'Sandy Ortiz']);
  });
});
