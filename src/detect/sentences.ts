/**
 * Where the sentences of a passage of narration start (pure), for the
 * detector's rules: a full stop after an abbreviation or an initial ("Mr.",
 * "J.") ends none.
 */

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Jr|vs|etc|No|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Del|Inc|Ltd|Co|M|Mme)|\b\p{Lu}|\.\p{Lu})\.$/u;

/** Offsets where sentences start in `text` (always includes 0). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const re = /[.!?…]+["”’»)]*\s+(?=[\p{Lu}\d"“«‘(¿¡—])/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (ABBREVIATION.test(before)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The text of the sentence that `text` ends in (after the last sentence break). */
export function lastSentence(text: string): string {
  const starts = sentenceStarts(text);
  return text.slice(starts[starts.length - 1]);
}
