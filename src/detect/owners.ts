/**
 * Words given as someone's through a noun of speech they own: "Abbott's
 * remark that “…”", "his promise that “…”", "her famous line: “…”". The
 * owner is the speaker, not the subject of the sentence ("Karma is repaying
 * Abbott for his comment that “…”" quotes Abbott).
 */
import { isEnglish } from './lexicon.js';
import { plausibleSpeaker, readPhrase, type Phrase } from './names.js';

const NOUNS = [
  'comment', 'comments', 'remark', 'remarks', 'claim', 'claims', 'promise', 'promises', 'pledge', 'words', 'statement', 'boast',
  'warning', 'assertion', 'quip', 'line', 'slogan', 'declaration', 'insistence', 'admission', 'assurance', 'vow', 'retort', 'jibe',
  'question', 'questions', 'answer', 'reply', 'response', 'message', 'advice', 'verdict',
  'lyrics', 'lyric', 'chorus', 'verse', 'tweet', 'tweets', 'post', 'caption',
].join('|');

/** A month or a day, which may describe the noun ("her March comment that"). */
const WHEN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Owner, up to three words describing the noun (a month or a day among them), the noun (and "include", "read", "went"…, or "was" before a colon), then "that", a colon or a comma (or nothing) before the quotation. */
const OWNED = new RegExp(
  String.raw`(?:^|[\s(])(?:((?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'.-]*?)['’]s?|([Hh]is|[Hh]er|[Tt]heir))\s+(?:(?:[\p{Ll}-]+|${WHEN})\s+){0,3}?(?:${NOUNS})(?:(?:\s+(?:include|includes|included|read|reads|went|goes|ran|runs|say|says|said))?(?:\s+that)?\s*[:,]?|\s+(?:was|is|were)\s*:)\s*$`,
  'u',
);

/** A noun of speech, "by" and its author (a role in lower case may come first), then "that" and up to four words before the quotation. */
const OWNED_BY = new RegExp(
  String.raw`(?<![\p{L}])(?:${NOUNS})\s+by\s+((?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+that\s+(?:[\p{L}’'-]+\s+){0,4}$`,
  'u',
);

const SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** The owner of a noun of speech right before the quotation (English), as a name or a pronoun. */
export function speechOwner(sentence: string, lang: string): { phrase: Phrase; index: number } | undefined {
  if (!isEnglish(lang)) return undefined;
  const m = OWNED.exec(sentence);
  if (!m) {
    // ("knocked a statement by actor George Clooney that an “…”": the one named after "by", a few words into its clause)
    const by = OWNED_BY.exec(sentence);
    const phrase = by ? readPhrase(by[1]!) : undefined;
    return phrase?.kind === 'name' && plausibleSpeaker(phrase) ? { phrase, index: by!.index } : undefined;
  }
  if (m[2]) {
    // "… repaying Abbott for his comment": the name nearest before the pronoun, else "his comment" is what he said
    const names = [...sentence.slice(0, m.index).matchAll(/(?<![\p{L}’'])(?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'-]+/gu)];
    const nearest = names.length ? readPhrase(names[names.length - 1]![0]) : undefined;
    if (nearest?.kind === 'name' && nearest.text.split(/\s+/u).length <= 4) return { phrase: nearest, index: m.index };
    return { phrase: { kind: 'pronoun', text: SUBJECT[m[2].toLowerCase()]! }, index: m.index };
  }
  const phrase = readPhrase(m[1]!);
  return phrase?.kind === 'name' ? { phrase, index: m.index } : undefined;
}

/**
 * "was described by Ann Lee as “…”", "- branded by one union as a “…”": a
 * judging verb in the passive with its agent; the agent is the speaker.
 */
const JUDGED = String.raw`(?:described|branded|labell?ed|dubbed|called|termed|hailed|condemned|criticised|criticized|dismissed|derided|decried|denounced|mocked|ridiculed|characteri[sz]ed|praised)`;
const BY_AGENT = new RegExp(String.raw`(?<![\p{L}-])${JUDGED}\s+by\s+((?:[\p{L}’'.&-]+\s+){0,5}?[\p{L}’'.&-]+)\s+as(?:\s+(?:a|an|the))?\s*$`, 'u');
/**
 * The same verbs with the agent after the words: "— often labeled as a “…” by Democrats", "was branded “…” by" (a
 * passive: after a form of "be" or set off by a comma or dash; not "what she called “bullying” by its producers").
 */
const JUDGED_AS = new RegExp(String.raw`(?:^|[,(–—]|(?<![\p{L}-])(?:is|are|was|were|be|been|being))\s*(?:(?:often|once|long|widely|\p{Ll}+ly)\s+)?${JUDGED}\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$`, 'u');
/** "by" and the agent after the words, up to the punctuation that ends it (group 1); also read by rules.ts's AS_DESCRIBED_BY. */
export const AGENT_AFTER_BY = String.raw`by\s+([^,.;:!?"“”()–—]{2,80}?)\s*(?:[,.;!?–—]|\s-\s|$)`;
const BY_AFTER = new RegExp(String.raw`^\s*${AGENT_AFTER_BY}`, 'u');

/** The agent of a passive judging verb right before the quotation (English). */
export function passiveAgent(sentence: string, lang: string): { phrase: Phrase; index: number } | undefined {
  if (!isEnglish(lang)) return undefined;
  const m = BY_AGENT.exec(sentence);
  const phrase = m ? readPhrase(m[1]!) : undefined;
  return m && phrase && phrase.kind !== 'pronoun' && plausibleSpeaker(phrase) ? { phrase, index: m.index } : undefined;
}

/** The agent named after the words of a passive judging verb (`length`: how much of `after` names it; English). */
export function agentAfter(before: string, after: string, lang: string): { phrase: Phrase; length: number } | undefined {
  // (the anchored "by" first: it fails at once after almost every quotation, where the verb before would be sought in the whole head)
  const m = isEnglish(lang) ? BY_AFTER.exec(after) : null;
  if (!m || !JUDGED_AS.test(before)) return undefined;
  const phrase = readPhrase(m[1]!);
  return phrase && phrase.kind !== 'pronoun' && plausibleSpeaker(phrase) ? { phrase, length: m[0].length } : undefined;
}

/**
 * "“…,” was the chant from the away end", "“…” came the reply from Ann Lee": what the words were, then whose
 * (a judgement too, in the present: "“…,” is the dry assessment of Graham Lane, leader of …").
 */
const FROM = /^\s*[,.!?]?\s*(?:is|was|were|came)\s+(?:the|their|his|her|a)\s+(?:\p{Ll}+\s+){0,2}?(?:song|chant|chants|cry|cries|call|message|reply|response|answer|verdict|word|words|refrain|slogan|shout|retort|assessment|view|opinion|judgement|judgment|prediction|warning)\s+(?:from|of)\s+([^.,;:!?]{2,80})/u;

/** "“…,” was Herz's simple but devastating caption": the owner of the noun of speech the words were. */
const WAS_OWNED = new RegExp(String.raw`^\s*[,.!?]?\s*(?:was|were)\s+((?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'.-]*?)['’]s?\s+(?:[\p{Ll}-]+\s+){0,4}?(?:${NOUNS})(?![\p{L}])`, 'u');

/** The speaker of words followed by "was the song from X" or "was X's caption" (English). */
export function wordsFrom(after: string, lang: string): { phrase: Phrase; length: number } | undefined {
  if (!isEnglish(lang)) return undefined;
  const m = FROM.exec(after) ?? WAS_OWNED.exec(after);
  const phrase = m ? readPhrase(m[1]!.trim()) : undefined;
  return phrase && m ? { phrase, length: m[0].length } : undefined;
}
