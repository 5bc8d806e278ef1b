/**
 * Attribution after a quote (pure). When the text names the speaker only
 * after the quotation (`“…,” the ministry reported.`), the narration says who
 * speaks before it, and drops the trailing clause when it is nothing more than
 * "<name> <verb>" or "<verb> <name>", so that it is not heard twice; in
 * English the announcement then takes the text's own verb ("Alice thought:",
 * "The Hatter asked:").
 */
import type { Speaker } from '../model/article.js';

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
  const pronouns = new Set(PRONOUNS.map(norm));
  const lower = c.toLowerCase();
  for (const verb of SPEECH_VERBS) {
    let name: string | undefined;
    if (lower.endsWith(' ' + verb)) name = c.slice(0, c.length - verb.length).trim();
    else if (lower.startsWith(verb + ' ')) name = c.slice(verb.length).trim();
    if (name !== undefined && names.has(norm(name))) {
      // the verb as the text has it, to announce the quotation with ("Alice thought:", "the Hatter asked:")
      return { name, pronoun: pronouns.has(norm(name)), ...(NEEDS_OBJECT.has(verb) ? {} : { verb }) };
    }
  }
  return undefined;
}

/** True when the clause contains a speech verb (an attribution that goes on to say more). */
export function mentionsSpeech(clause: string): boolean {
  const words = new Set(clause.toLowerCase().split(/[^\p{L}]+/u));
  return SPEECH_VERBS.some((v) => words.has(v));
}
