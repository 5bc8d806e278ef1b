/** Hand-built Articles for narration tests (until the detect stage fills them in). */
import type { Article, Block, Inline, QuoteInline, Speaker } from '../../src/model/article.js';

export const text = (value: string): Inline => ({ type: 'text', value });

export function quote(speakerId: string | undefined, words: string, extra: Partial<QuoteInline> = {}): QuoteInline {
  return { type: 'quote', quoteId: `q-${words.slice(0, 8)}`, speakerId, open: '“', close: '”', depth: 0, continued: false, continues: false, children: [text(words)], ...extra };
}

export const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children });
export const heading = (words: string, depth = 2): Block => ({ type: 'heading', depth, children: [text(words)] });

export function speaker(id: string, name: string, extra: Partial<Speaker> = {}): Speaker {
  return { id, name, aliases: [], kind: 'person', evidence: [], ...extra };
}

export function article(blocks: Block[], speakers: Speaker[] = [], meta: Partial<Article['meta']> = {}): Article {
  return {
    sourceName: 'test.txt',
    meta: { title: 'Trenches near Bakhmut', titleDerived: false, lang: 'en', byline: 'By Jane Doe', source: 'Example News', ...meta },
    blocks,
    speakers,
    quotations: [],
  };
}
