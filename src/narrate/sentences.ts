/** Splitting running text into sentences (pure), aware of common abbreviations and initials. */

const NOT_SENTENCE_END = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'no', 'vs', 'v',
  'e.g', 'i.e', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd',
  'co', 'corp', 'maj', 'adm', 'cmdr', 'pres', 'rev', 'fig', 'u.s', 'u.k', 'u.n', 'st',
]);

/** Where a sentence may end: terminal punctuation, closing marks, then space before an opening mark, capital or digit. */
const BOUNDARY = /([.!?…]+)(["”’»)\]]*)(\s+)(?=["“‘«(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const punct = m[1]!;
    const end = m.index + punct.length + m[2]!.length;
    if (punct === '.') {
      const before = text.slice(start, m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      // "Mr. Smith", "U.S. officials", single initials "J. Smith"
      if (NOT_SENTENCE_END.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end + m[3]!.length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** True when `text` (what precedes a point) ends a sentence, or is empty: the point starts a sentence. */
export function endsSentence(text: string): boolean {
  const t = text.replace(/\s+$/, '');
  if (!t) return true;
  if (!/[.!?…]["”’»)\]]*$/u.test(t)) return false;
  return splitSentences(t + ' X').length > 1 || t.length === 0;
}
