import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { leadIn, subjectLeadIn } from '../../src/detect/leadins.js';
import { articleOf } from './helpers.js';

/** Speaker names of the block quotations, in order. */
function blockSpeakers(text: string): (string | null)[] {
  const { article } = detect(articleOf(text));
  return article.blocks.filter((b) => b.type === 'blockquote').map((b) => article.speakers.find((s) => s.id === b.speakerId)?.name ?? null);
}

describe('lead-ins that name a speaker', () => {
  it.each([
    ["Here's Armin Ronacher:", 'Armin Ronacher'],
    ["Here's Armin Ronacher on agents:", 'Armin Ronacher'],
    ["Here's what Dan Abramov wrote:", 'Dan Abramov'],
    ['As Lea Verou put it:', 'Lea Verou'],
    ['In the words of Lea Verou:', 'Lea Verou'],
    ['In Lea Verou’s words:', 'Lea Verou'],
    ['To quote Lea Verou:', 'Lea Verou'],
    ['Lea Verou writes:', 'Lea Verou'],
  ])('reads “%s”', (text, name) => {
    expect(leadIn(text, 'en')?.phrase.text).toBe(name);
  });

  it('names no one in “Here’s the thing:” or “Here is why:”', () => {
    expect(leadIn("Here's the thing:", 'en')).toBeUndefined();
    expect(leadIn('Here is why:', 'en')).toBeUndefined();
  });

  it('gives a block quotation to the person a lead-in names', () => {
    expect(blockSpeakers("Here's Armin Ronacher:\n\n> Many of us got hit by the agent coding addiction.")).toEqual(['Armin Ronacher']);
  });

  it('takes a name that opens a sentence ending in a colon before a block quotation', () => {
    expect(subjectLeadIn('Dan Abramov starts this excellent article by praising the Files paradigm:')?.phrase.text).toBe('Dan Abramov');
    expect(subjectLeadIn('The study found three things:')).toBeUndefined();
    expect(subjectLeadIn('Dan Abramov starts this excellent article.')).toBeUndefined();
    expect(blockSpeakers('Dan Abramov starts his article by praising files:\n\n> Apps and formats are many-to-many.')).toEqual(['Dan Abramov']);
  });
});

describe('later extracts from the same source', () => {
  it('go to the source quoted last in the section', () => {
    const text = 'Lea Verou says:\n\n> Dear JS ecosystem, I love you.\n\nWe all know what it is.\n\n> Dependencies are normal.\n\nShe is not sure.\n\n> Let’s fix this!';
    expect(blockSpeakers(text)).toEqual(['Lea Verou', 'Lea Verou', 'Lea Verou']);
  });

  it('stop when someone else is quoted in between', () => {
    const text = 'Lea Verou says:\n\n> Dear JS ecosystem, I love you.\n\n“It is fine,” said Dan Abramov.\n\n> Dependencies are normal.';
    expect(blockSpeakers(text)).toEqual(['Lea Verou', null]);
  });
});
