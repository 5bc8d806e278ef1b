/**
 * Terms: a quoted word, name or title in narration ("the so-called “Polyak”",
 * a cited headline) rather than someone's words.
 */
import { verbPattern } from './lexicon.js';
import type { QuoteSpan } from './quotes.js';
import { attributionAfter } from './rules.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** "“Headline” — The Daily Paper, August 15, 2008": a cited title with its source and date, not someone's words. */
const DATED_CITATION = new RegExp(`^\\s*[—–-]\\s*[^,;:!?]{2,60},\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|\\d{4}\\b)`, 'u');

export const STRONG_NAMING = /\b(?:called|named|nicknamed|dubbed|labell?ed|titled|entitled|known as|so-called|the word|the term|appel[ée]e?s?|surnomm[ée]e?s?|baptis[ée]e?s?)\s*,?\s*$/iu;

/** A quoted word, name or title in narration rather than someone's words. */
export function isTerm(s: QuoteSpan, before: string, after: string): boolean {
  if (s.markless) return false;
  const content = s.unit.text.slice(s.contentStart, s.contentEnd).trim();
  if (DATED_CITATION.test(after)) return true;
  if (s.unit.kind === 'caption' && s.unit.text.replace(/[\s"“”«»]/gu, '') === content.replace(/\s/gu, '')) return true; // a picture's title
  if (/[.!?…,;—]$|[.!?…]\s+\S/u.test(content.replace(/\b(?:vs|etc|Mr|Mrs|Dr|St|No)\./g, ''))) return false;
  if (before.trim() === '' && after.replace(/[\s.,;:!?]/gu, '') === '' && s.start <= s.unit.text.length - s.unit.text.trimStart().length) {
    // a paragraph of its own: a line of dialogue, unless it has no punctuation at all (the title of a plate)
    return after.trim() === '' && /[\p{Ll}\d]$/u.test(content) && content.split(/\s+/u).length <= 12 && s.closed;
  }
  if (STRONG_NAMING.test(before)) return true;
  if (new RegExp(`(?<![\\p{L}])(?:${verbPattern(s.unit.lang)})\\s*[:,]?\\s*$`, 'iu').test(before)) return false; // he said “hello”
  if (/^\s*[,!?]/u.test(after) && attributionAfter(after, s.unit.lang, false)?.rule === 'verb-after') return false;
  const words = content.split(/\s+/u).filter(Boolean);
  if (/[:,]\s*$/u.test(before) && words.length > 2 && !/[\p{Lu}]/u.test(words.slice(1).join(''))) return false;
  if (words.length <= 3) return true;
  const significant = words.filter((w) => !/^(?:of|on|the|and|a|an|in|for|to|at|by|with|from|de|du|des|la|le|les|et|en|à)$/i.test(w));
  const caps = significant.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return significant.length > 0 && caps / significant.length >= 0.5;
}
