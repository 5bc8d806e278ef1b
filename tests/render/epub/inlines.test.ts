import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/model/article.js';
import { isNamedNearby, narrationText, renderInlines } from '../../../src/render/epub/inlines.js';

const speaker = (name: string, aliases: string[] = [], kind: Speaker['kind'] = 'person'): Speaker => ({ id: 's', name, aliases, kind, evidence: [] });
const context = (text: string) => ({ speakers: new Map<string, Speaker>(), narrationText: text.toLowerCase() });

describe('whether a paragraph names the speaker of its quote', () => {
  it('finds the full name, an alias, or a person’s surname as whole words', () => {
    expect(isNamedNearby(speaker('Volodymyr Zelenskyy'), context('Zelenskyy said on Monday'))).toBe(true);
    expect(isNamedNearby(speaker('The Ministry', ['the ministry of defence']), context('The Ministry of Defence reported'))).toBe(true);
    expect(isNamedNearby(speaker('Marie Curie'), context('she said, smiling'))).toBe(false);
  });

  it('does not take part of a longer word for the name', () => {
    expect(isNamedNearby(speaker('Al'), context('he also said'))).toBe(false);
    expect(isNamedNearby(speaker('Al'), context('Al said'))).toBe(true);
  });

  it('does not count the words inside the quotation', () => {
    const text = narrationText([
      { type: 'quote', quoteId: 'q', speakerId: 's', open: '“', close: '”', depth: 0, continued: false, continues: false, children: [{ type: 'text', value: 'Marie is here' }] },
      { type: 'text', value: ' she said.' },
    ]);
    expect(isNamedNearby(speaker('Marie'), { speakers: new Map(), narrationText: text })).toBe(false);
  });
});

describe('inline rendering', () => {
  it('keeps only web and mail links as links', () => {
    const html = renderInlines(
      [
        { type: 'link', url: 'https://example.org/?a=1&b=2', children: [{ type: 'text', value: 'ok' }] },
        { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'no' }] },
      ],
      context(''),
    );
    expect(html).toBe('<a href="https://example.org/?a=1&amp;b=2">ok</a><span>no</span>');
  });
});
