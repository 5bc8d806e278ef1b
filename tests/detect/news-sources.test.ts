/**
 * Who speaks when the attribution after a quotation is not a plain name:
 * a report or statement ("the report said"), an unnamed source ("a source
 * close to the minister", "a Kremlin source"), a representative ("Lee's
 * rep"), and a name followed by a participle ("said Lee referring to …").
 * Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/detect/rules.js';
import { quotesOf } from './helpers.js';


describe('a report speaks', () => {
  it('reads "the report said" with "report" as the noun, not the verb', () => {
    expect(attributionAfter(' the report said. For the south, the share is about half.', 'en', false)).toMatchObject({ phrase: { kind: 'description', text: 'the report' } });
    expect(quotesOf('"Most of the river now runs dry in August," the study said.')).toEqual([{ text: 'Most of the river now runs dry in August,', kind: 'speech', speaker: 'the study' }]);
  });
});

describe('unnamed sources and representatives', () => {
  it('takes "a source close to …" and "a <Name> source" for the speaker', () => {
    expect(quotesOf('"He has not slept for days," a source close to the singer says.')[0]).toMatchObject({ speaker: 'a source close to the singer' });
    expect(quotesOf('"She will not be there," says a Palace source.')[0]).toMatchObject({ speaker: 'a Palace source' });
  });

  it('takes "Name’s rep" for the speaker', () => {
    expect(quotesOf('"That story is false," says Moreno\'s rep, who called the magazine on Monday.')[0]).toMatchObject({ speaker: "Moreno's rep" });
  });
});

describe('a participle after the name', () => {
  it('ends the name: "said Ann Lee referring to …"', () => {
    expect(quotesOf('"We gave the ball away far too often," said Dara Quinn referring to the twenty turnovers.')[0]).toMatchObject({ speaker: 'Dara Quinn' });
  });
});

describe('more reporting verbs and parentheses', () => {
  it('reads "the host read" and "indicated" as reporting', () => {
    expect(quotesOf('"Please play our song for my brother in Perth," Ray Dunn read.')[0]).toMatchObject({ speaker: 'Ray Dunn' });
    expect(quotesOf('Senator Ida Koch indicated she would seek a "wider role" after the vote.')[0]).toMatchObject({ kind: 'speech', speaker: 'Ida Koch' });
  });

  it('keeps a parenthesis inside the subject', () => {
    expect(quotesOf('Women\'s Aid (Scotland and Ireland) said: "Victims need support for years, not weeks."')[0]).toMatchObject({ speaker: "Women's Aid" });
  });
});

describe('openings, writings and descriptions of the person just quoted', () => {
  it('skips an opening adverb and keeps a report whose authors are not named', () => {
    const q = quotesOf('Meanwhile, the report by two retired pilots said the runway was "far too short for the new jets."');
    expect(q[0]).toMatchObject({ kind: 'speech', speaker: 'the report by two retired pilots' });
  });

  it('reads "the former premier" as the person quoted just before', () => {
    const body = ['"We never feared the vote," Mr Harlow said.', 'The former premier said the "long arc of reform" would go on.'].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Mr Harlow', 'Mr Harlow']);
  });
});

describe('a writing described by a participle', () => {
  it('speaks as "the statement published on Monday" or "a letter signed by 40 MPs"', () => {
    expect(quotesOf('The statement published on Friday said the council had "ignored every warning."')[0]).toMatchObject({ speaker: 'The statement published on Friday' });
    expect(quotesOf('A letter signed by 30 doctors said the cuts were "reckless and cruel."')[0]).toMatchObject({ speaker: 'A letter signed by 30 doctors' });
    expect(quotesOf('"We will not wait," the newly elected mayor said.')[0]).toMatchObject({ speaker: 'the newly elected mayor' });
  });
});

describe('people named with the body they work for', () => {
  it('takes "Acme’s Ann Lee" for Ann Lee, not Acme', () => {
    expect(quotesOf('"The suit weighs as much as a child," says Toyota\'s Emi Sato after a test drive.')[0]).toMatchObject({ speaker: 'Emi Sato' });
  });

  it('reads "a Department of Culture and Sport spokesperson" as one person', () => {
    expect(quotesOf('A Department of Culture and Sport spokesperson said: "The review will report in the spring."')[0]).toMatchObject({
      speaker: 'A Department of Culture and Sport spokesperson',
    });
  });
});
