/**
 * Pull quotes signed at their end: the words, then the speaker's name and,
 * after a comma, a role ("… in mind. Jane Doe, Head of Research").
 */
import { readPhrase } from './names.js';

const SIGNATURE_NAME = /^[\p{Lu}][\p{L}’'.-]+(?:\s+(?:[\p{Lu}][\p{L}’'.-]+|van|von|de|da|del|di|al|bin)){1,3}$/u;

/**
 * A pull quote: a paragraph with no double quote marks whose sentences are
 * followed by the speaker's name and, after a comma, a role, with no final
 * punctuation ("… in mind. Jane Doe, Head of Research"). Returns where the
 * quoted words end and the name.
 */
export function pullQuoteSignature(text: string): { contentEnd: number; name: string; title?: string } | undefined {
  if (/["“”„«»]/u.test(text) || text.length > 700) return undefined;
  const ends = [...text.matchAll(/[.!?…]\s+/gu)].reverse();
  for (const end of ends) {
    const body = text.slice(0, end.index + 1);
    if (body.trim().split(/\s+/u).length < 8) return undefined;
    const m = /^([^,]{2,60}?)(?:,\s+([^,]{2,80}?))?\s*$/u.exec(text.slice(end.index + end[0].length));
    if (!m) continue;
    const name = m[1]!.trim();
    const title = m[2]?.trim();
    if (!SIGNATURE_NAME.test(name) || /[.!?:;]$/u.test(name)) continue;
    if (title && (/[.!?:;]$/u.test(title) || /[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(title))) continue;
    const phrase = readPhrase(name);
    if (!phrase || phrase.kind !== 'name' || /^(?:Image|Photo|Video|Audio|Source|Credit)s?\b/u.test(name)) continue;
    return { contentEnd: body.length, name: phrase.text, ...(title ? { title } : {}) };
  }
  return undefined;
}
