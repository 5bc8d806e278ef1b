/**
 * Attribution after a quote (pure). When the text names the speaker only
 * after the quotation (`“…,” the ministry reported.`), the narration says who
 * speaks before it, and drops the trailing clause when it is nothing more than
 * "<name> <verb>" or "<verb> <name>", so that it is not heard twice; in
 * English the announcement then takes the text's own verb ("Alice thought:",
 * "The Hatter asked:"), and a few words of manner after it move into the
 * announcement too ("Alice said indignantly:", leadingAttribution).
 */
import type { Speaker } from '../model/article.js';
import { endsSentence } from './sentences.js';

export const SPEECH_VERBS = [
  'said', 'says', 'reported', 'reports', 'added', 'adds', 'told', 'wrote', 'writes', 'stated', 'states', 'explained',
  'explains', 'noted', 'notes', 'claimed', 'claims', 'announced', 'announces', 'asked', 'asks', 'replied', 'replies',
  'continued', 'continues', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'recalled', 'recalls',
  'tweeted', 'posted', 'declared', 'declares', 'confirmed', 'confirms', 'admitted', 'admits', 'shouted', 'whispered',
  'answered', 'answers', 'responded', 'responds', 'commented', 'comments', 'observed', 'remarked', 'acknowledged', 'stressed',
  'emphasised', 'emphasized', 'concluded', 'suggested', 'promised', 'vowed', 'joked', 'laughed', 'sighed', 'cried', 'said on Telegram',
  'thought', 'thinks', 'wondered', 'murmured', 'muttered', 'exclaimed', 'interrupted', 'repeated', 'screamed', 'yelled', 'snapped',
  'went on', 'goes on',
];

/** Verbs that take an object and cannot end an announcement ("X told:"): announced with "said" instead. */
const NEEDS_OBJECT = new Set(['told']);

const PRONOUNS = ['he', 'she', 'they', 'it', 'i', 'we', 'the spokesperson', 'the spokesman', 'the spokeswoman'];

export interface TrailingClause {
  /** The clause as written, from just after the quote to its end (without the closing sentence mark). */
  clause: string;
  /** The sentence mark that ends it ('.', '!', '?') or '' when the sentence goes on (e.g. into another quote). */
  terminator: string;
  /** Length of the text consumed, including the terminator. */
  length: number;
}

/** The text after a quote up to the end of its sentence (or the end of `after`). */
export function trailingClause(after: string): TrailingClause {
  const m = /^([^.!?]*?)([.!?]+|$)/u.exec(after)!;
  return { clause: m[1]!, terminator: m[2] ?? '', length: m[0].length };
}

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** The pronouns as namesOf() gives them. */
const PRONOUN_NAMES = new Set(PRONOUNS.map(norm));
/** The verbs of speech, the longest first ("went on" before "went"). */
const VERBS_LONGEST_FIRST = [...SPEECH_VERBS].sort((a, b) => b.length - a.length);

/** Names by which a clause may refer to the speaker. */
function namesOf(speaker: Speaker): string[] {
  const surname = speaker.kind === 'person' ? speaker.name.split(/\s+/).slice(-1) : [];
  return [speaker.name, ...speaker.aliases, ...surname, ...PRONOUNS].map(norm).filter(Boolean);
}

/**
 * When the clause is only an attribution to this speaker — "the ministry reported",
 * "said Zelensky", "he added" — the name as written there; otherwise undefined.
 * Leading punctuation and spaces are ignored.
 */
export function bareAttribution(clause: string, speaker: Speaker): { name: string; pronoun: boolean; verb?: string } | undefined {
  const c = clause.replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:]+$/, '');
  if (!c) return undefined;
  const names = new Set(namesOf(speaker));
  const lower = c.toLowerCase();
  for (const verb of SPEECH_VERBS) {
    let name: string | undefined;
    if (lower.endsWith(' ' + verb)) name = c.slice(0, c.length - verb.length).trim();
    else if (lower.startsWith(verb + ' ')) name = c.slice(verb.length).trim();
    if (name !== undefined && names.has(norm(name))) {
      // the verb as the text has it, to announce the quotation with ("Alice thought:", "the Hatter asked:")
      return { name, pronoun: PRONOUN_NAMES.has(norm(name)), ...(NEEDS_OBJECT.has(verb) ? {} : { verb }) };
    }
  }
  return undefined;
}

export interface LeadingAttribution {
  /** The name as the text writes it, or the pronoun. */
  name: string;
  pronoun: boolean;
  verb: string;
  /** The words of manner after it ("indignantly", "in an encouraging tone", "the BBC" after "told"). */
  manner: string;
  /** How much of the text it takes: through the sentence mark or semicolon, or up to the "and" of a clause of its own. */
  length: number;
  /** The sentence mark it ends with, or '' when the sentence goes on. */
  terminator: string;
}

/** A few words of manner, then the end of the sentence, a semicolon, or ", and" (", but", ", then") before a clause of its own. */
const MANNER = /^((?:\s+(?!(?:and|but|then|that|who|which|adding|saying)\b)[^\s,;.!?:"“”«»]+){1,8}?)\s*(?:([.!?]+)|;|(?=,\s+(?:and|but|then)\s)|$)/u;

/**
 * "said Alice indignantly, and she sat down …", "the March Hare said in an
 * encouraging tone.", "Alice said with some severity; …", "Ann Lee told the
 * BBC.": an attribution to this speaker, a few words of manner, then the end
 * of the sentence, a semicolon, or a clause of its own after ", and". The
 * announcement takes the words of manner ("Alice said indignantly:"), and the
 * rest of the text is read after the quotation: the attribution is heard
 * once. An apposition that ends the sentence goes with the name ("said Ann
 * Lee, an analyst at the trust." is announced "Ann Lee, an analyst at the
 * trust, said:"). Anything else after the name (", adding …", ", who …", ",
 * in a statement") is left as it is (undefined).
 */
export function leadingAttribution(after: string, speaker: Speaker): LeadingAttribution | undefined {
  const lead = /^[\s,;:–—-]*/u.exec(after)![0].length;
  const text = after.slice(lead);
  const lower = text.toLowerCase().replace(/[’']/g, "'");
  const names = [...new Set(namesOf(speaker))].sort((a, b) => b.length - a.length);
  /** The length of a name of the speaker that `lower` opens with at `at` ("the" allowed before it), or 0. */
  const nameAt = (at: number): number => {
    const the = lower.startsWith('the ', at) ? 4 : 0;
    const n = names.find((x) => lower.startsWith(x, at + the) && !/[\p{L}\p{N}]/u.test(lower[at + the + x.length] ?? ''));
    return n ? the + n.length : 0;
  };
  for (const verb of VERBS_LONGEST_FIRST) {
    let end = 0;
    let name = '';
    let verbAs: string = verb;
    if (lower.startsWith(verb + ' ')) {
      const n = nameAt(verb.length + 1);
      if (n) [name, end] = [text.slice(verb.length + 1, verb.length + 1 + n), verb.length + 1 + n];
      // ("said Howard Archer, economist at Global Insight.": the apposition goes into the announcement with the name)
      const appos = n ? apposition(text.slice(end)) : undefined;
      if (appos) return { name: `${name}, ${appos.words},`, pronoun: false, verb, manner: '', length: lead + end + appos.length, terminator: appos.terminator };
    } else {
      // ("Alice hastily replied": an adverb may stand before the verb, and stays there)
      const n = nameAt(0);
      const adverb = n ? (/^ \p{Ll}+ly(?= )/u.exec(lower.slice(n))?.[0] ?? '') : '';
      const at = n + adverb.length;
      if (n && lower.startsWith(' ' + verb, at) && !/\p{L}/u.test(lower[at + 1 + verb.length] ?? '')) {
        [name, end] = [text.slice(0, n), at + 1 + verb.length];
        if (adverb) verbAs = `${adverb.trim()} ${verb}`;
      }
    }
    if (!end) continue;
    // (a verb with no words after it before a semicolon or the sentence's end: "Alice hastily replied;")
    const m = MANNER.exec(text.slice(end)) ?? (verbAs !== verb ? /^()\s*(?:([.!?]+)|;|$)/u.exec(text.slice(end)) : null);
    if (!m) return undefined;
    const manner = m[1]!.trim();
    const terminator = m[2] ?? '';
    // (a capital right after a name after the verb means the name goes on: "said chief executive Sir Anthony …"
    // matched only a title; "Ann Lee told Sky News" is another matter)
    if (mentionsSpeech(manner) || (/^\p{Lu}/u.test(manner) && lower.startsWith(verb + ' '))) return undefined;
    // (a full stop after an abbreviation ends no sentence: "said Alice in Sept. 2004")
    if (terminator && !endsSentence(manner + terminator)) return undefined;
    const length = lead + end + m[0].length;
    const pronoun = PRONOUN_NAMES.has(norm(name));
    // ("said Ken Mayland at ClearView Economics": where the speaker is from goes with the name)
    if (/^(?:at|of|from)\s/u.test(manner) && !pronoun) return { name: `${name} ${manner}`, pronoun: false, verb: NEEDS_OBJECT.has(verb) ? 'said' : verbAs, manner: '', length, terminator };
    return { name, pronoun, verb: NEEDS_OBJECT.has(verb) && !manner ? 'said' : verbAs, manner, length, terminator };
  }
  return undefined;
}

/** Words that open a clause, not an apposition: ", who …", ", adding …". */
const NOT_APPOSITION = /^(?:who|whose|whom|which|adding|saying|and|but|as|while|after|before|when|although|though|because|if|in|on|at|with)\b/iu;

/** ", an analyst at the trust." right after a name: the apposition (no more than 14 words) that ends the sentence. */
function apposition(rest: string): { words: string; length: number; terminator: string } | undefined {
  const m = /^,\s+([^,;:.!?"“”«»()]{3,100}?)\s*([.!?]+)(?=\s|$)/u.exec(rest);
  // (the sentence's end as the narration splits it: not after "Inc." or an initial)
  if (!m || NOT_APPOSITION.test(m[1]!) || !endsSentence(m[1]! + m[2]!) || mentionsSpeech(m[1]!) || m[1]!.split(/\s+/u).length > 14) return undefined;
  return { words: m[1]!.trim(), length: m[0].length, terminator: m[2]! };
}

/** True when the clause contains a speech verb (an attribution that goes on to say more). */
export function mentionsSpeech(clause: string): boolean {
  const words = new Set(clause.toLowerCase().split(/[^\p{L}]+/u));
  return SPEECH_VERBS.some((v) => words.has(v));
}
