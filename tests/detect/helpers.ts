/** Small articles for unit tests: paragraphs split on blank lines, one text inline each, with exact positions. */
import type { Article, Block, Inline, Point } from '../../src/model/article.js';
import { detect, type SpeakerCorrections } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { detectedQuotes } from './golden-score.js';

function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset };
}

export function articleOf(source: string, lang = 'en'): Article {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (const m of source.matchAll(re)) {
    const position = { start: pointAt(source, m.index), end: pointAt(source, m.index + m[0].length) };
    const text: Inline = { type: 'text', value: m[0], position };
    const bullet = /^[•-] /.exec(m[0]);
    if (bullet) {
      const inner: Inline = { type: 'text', value: m[0].slice(2), position: { start: pointAt(source, m.index + 2), end: position.end } };
      const item = { type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [inner], position }], position };
      const last = blocks[blocks.length - 1];
      if (last?.type === 'list') last.children.push(item);
      else blocks.push({ type: 'list', ordered: false, start: 1, children: [item], position });
    } else if (m[0].startsWith('> ')) {
      const inner: Inline = { type: 'text', value: m[0].slice(2), position: { start: pointAt(source, m.index + 2), end: position.end } };
      blocks.push({ type: 'blockquote', children: [{ type: 'paragraph', children: [inner], position }], position });
    } else {
      blocks.push({ type: 'paragraph', children: [text], position });
    }
  }
  return { sourceName: 'test.txt', meta: { title: 'Test', titleDerived: false, lang }, blocks, speakers: [], quotations: [] };
}

/** Runs detect and returns, for each direct quotation, its text and the speaker's name. */
export function who(source: string, lang = 'en', corrections?: SpeakerCorrections): { text: string; speaker: string | null; rule?: string }[] {
  const { article } = detect(articleOf(source, lang), corrections);
  return article.quotations
    .filter((q) => q.kind === 'direct')
    .map((q) => ({ text: q.text, speaker: article.speakers.find((s) => s.id === q.speakerId)?.name ?? null, rule: q.evidence?.rule }));
}

/**
 * Parses `body` as the plain-text article under a title line, runs detect, and returns each quotation's text, kind and speaker.
 * `rules: true` leaves out the model of unattributed quotations (fragments.ts): what the rules alone decide.
 */
export function quotesOf(body: string, options: { rules?: boolean } = {}): { text: string; kind: string; speaker: string | null }[] {
  const { article } = parseSource(`Test article\n\n${body}\n`, 'test.txt', 'text');
  return detectedQuotes(detect(article, {}, options.rules ? { fragmentWeights: null } : {}).article).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null }));
}
