/**
 * Verbs that judge or name something in the speaker's own words, with their
 * object and "of", "as" or "for" before a short quotation: "the bishop
 * accused politicians of “playing to the gallery”", "a spokesman described
 * the situation as “unprecedented”", "commentators began referring to the
 * tablet as “iPad-like tools”". The quotation is the subject's speech, not a
 * term. Only in the active voice: in "he was accused of “…”" or "it is
 * described as “…”" the words are someone else's, unnamed.
 */
import { isEnglish } from './lexicon.js';

const VERBS = [
  'accus(?:e|ed|es|ing)', 'describ(?:e|ed|es|ing)', 'referr(?:ed|ing)\\s+to', 'refers?\\s+to', 'characteri[sz](?:e|ed|es|ing)',
  'condemn(?:ed|s|ing)?', 'criticis(?:e|ed|es|ing)', 'criticiz(?:e|ed|es|ing)', 'denounc(?:e|ed|es|ing)', 'dismiss(?:ed|es|ing)?',
  'blam(?:e|ed|es|ing)', 'prais(?:e|ed|es|ing)', 'brand(?:ed|s|ing)?', 'labell?(?:ed|s|ing)?', 'thank(?:ed|s|ing)?', 'introduc(?:e|ed|es|ing)',
  'spoke', 'speaks?', 'speaking', 'talk(?:ed|s|ing)?', 'warn(?:ed|s|ing)?', 'liken(?:ed|s|ing)?', 'compar(?:e|ed|es|ing)', 'hail(?:ed|s|ing)?',
  // ("mocked his rival as a “…”", "has gone after Hale as a “…”", "has been pounding Hale as a “…”", "painted him as a “…”")
  'mock(?:ed|s|ing)?', 'ridicul(?:e|ed|es|ing)', 'derid(?:e|ed|es|ing)', 'paint(?:ed|s|ing)?', 'portray(?:ed|s|ing)?', 'depict(?:ed|s|ing)?',
  'pound(?:ed|s|ing)?', 'attack(?:ed|s|ing)?', 'slamm(?:ed|ing)', 'slams?', 'blast(?:ed|s|ing)?', 'lambast(?:ed|s|ing)?',
  '(?:go|goes|going|gone|went)\\s+after',
  // ("rejected the idea as “ludicrous”", "decried the plan as a “…”", "touted it as “…”")
  'reject(?:ed|s|ing)?', 'decr(?:y|ied|ies|ying)', 'tout(?:ed|s|ing)?',
].join('|');

/**
 * The verb, up to six words of its object, and "of", "as", "for" or "to" right before the quotation
 * ("likened it to “…”"), or "of" and what the object is accused of doing ("accused ministers of
 * turning Britain into a “…”").
 */
const JUDGING = new RegExp(
  String.raw`(?<![\p{L}-])(${VERBS})(?![\p{L}])\s+(?:[^\s.!?;:"“”«»]+\s+){0,6}?(?:(?:of|as|for|to)|of\s+\p{Ll}+ing(?:\s+[^\s.!?;:,"“”«»]+){0,3}?)(?:\s+(?:a|an|the))?\s*$`,
  'iu',
);

/**
 * Verbs that judge a thing by the speaker's own word for it: "criticised the “sell-off”", "attacked the
 * government's “failure”", "criticised Celebrity Big Brother's “bullying”", "welcomed its “openness”".
 */
const JUDGING_THE = /(?<![\p{L}-])(criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|decr(?:ied|ies|ying)|slamm(?:ed|ing)|attack(?:ed|s|ing)|hail(?:ed|s|ing)|welcom(?:ed|es|ing))\s+(?:(?:sharply|strongly|roundly|fiercely|warmly)\s+)?(?:the(?:\s+[\p{L}-]+['’]s?)?|its|his|her|their|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s)\s*$/u;

/** "labelled the schemes “a pile of pants”", "branded it “…”": a verb that names its object in the speaker's words, with no "as". */
const JUDGING_BARE = /(?<![\p{L}-])(labell?(?:ed|s|ing)|brand(?:ed|s|ing))\s+(?:[^\s.!?;:"“”«»]+\s+){1,5}?$/iu;

/** "credited Foley with “courageously reporting”": a verb that gives its object credit in the speaker's words, with "with". */
const CREDITED_WITH = /(?<![\p{L}-])(credit(?:ed|s|ing)?)\s+(?:[^\s.!?;:"“”«»]+\s+){1,6}?with\s*$/iu;

/**
 * "calls a screaming Santilli a “…”", "called Clinton the “…”", "calling award shows “…”": "call" with an object
 * of its own before the quotation; not an article alone ("a film called the “…”") nor "itself" (a body's name).
 */
const CALLING_OBJECT = /(?<![\p{L}-])(call(?:s|ed|ing))\s+(?!(?:a|an|the)\s*$|(?:itself|themselves)\s)(?:[^\s.!?;:,"“”«»]+\s+){1,5}?$/iu;

/**
 * "what she called “…”", "which Variety called “…”", "whom he calls “…”", "what it calls “…”": a relative clause whose subject calls
 * the thing so is that subject's word for it, not a name the narration gives.
 */
const WHAT_THEY_CALLED = /(?<![\p{L}])(?:what|which|who|whom)\s+(?:he|she|it|they|we|(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){0,4}\p{Lu}[\p{L}’'.&-]*)\s+(?:(?:\p{Ll}+ly|also|once|later|has|had|have|each)\s+){0,2}(call(?:s|ed))(?:\s+(?:a|an|the|his|her|its|their|(?:his|her|its|their)\s+own))?\s*$/u;

/** "was accused", "is often described", "has been widely branded": a past participle after these (and up to two words) is passive. */
const PASSIVE = /(?<![\p{L}])(?:am|is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\p{Ll}+\s+){0,2}$/iu;

export interface Judging {
  /** Where the verb starts in the text given. */
  index: number;
  verb: string;
}

/** A judging verb in the active voice whose object the quotation right after `before` completes (English only). */
export function judgingVerb(before: string, lang: string): Judging | undefined {
  if (!isEnglish(lang)) return undefined;
  const m = JUDGING.exec(before) ?? JUDGING_THE.exec(before) ?? JUDGING_BARE.exec(before) ?? CREDITED_WITH.exec(before) ?? CALLING_OBJECT.exec(before);
  if (!m) {
    const w = WHAT_THEY_CALLED.exec(before);
    return w ? { index: w.index + w[0].lastIndexOf(w[1]!), verb: w[1]! } : undefined;
  }
  if (/ed$/iu.test(m[1]!.split(/\s+/u)[0]!) && PASSIVE.test(before.slice(0, m.index))) return undefined;
  return { index: m.index, verb: m[1]! };
}
