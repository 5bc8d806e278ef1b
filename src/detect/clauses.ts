/**
 * Clause-level rules of English news attribution: the subject standing right
 * before its verb in a later or relative clause ("…, and on Monday Lee said",
 * "which treasurer Ann Lee said was …"), a source quoted "as saying", the
 * attribution that closes a sentence after an interruption ("“…,” the term for
 * X, said Lee."), and the people and companies a sentence mentions.
 */
import { corporateNames, looksLikeOrganisation } from './lexicon.js';
import { FUNCTION_CAPS, NAME_WORD, PARTICIPLE_ING, SPEAKER_NOUNS, TITLE_PART, TITLE_WORDS } from './nouns.js';
import { phraseAfter, plausibleSpeaker, readPhrase, type Phrase } from './names.js';
import { sentenceStarts } from './sentences.js';

/** A proper name of one to four words, with titles and initials ("Sen. Ann K. Lee", "Munqith al-Faroon"). */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Del|Gov|Gen|Maj|Lt|Col|Capt|Sgt|Rev)\.\s+)*${NAME_WORD}(?:\s+(?:\p{Lu}\.|${NAME_WORD}|van|von|der|de|da|bin|ibn|al|la|le)){0,5}`;
const TIME = String.raw`(?:(?:on|in|at|last|this|earlier|later|late|early)\s+)?(?:\p{Lu}\p{Ll}+day|week|weekend|month|year|night|morning|afternoon|evening|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a\s+few|a\s+couple\s+of|\d+)\s+(?:day|week|month|year)s?\s+(?:ago|earlier|later)|later|earlier|then|now|also|again|today|yesterday)`;
/** Words that open a clause of their own, whose subject may stand right before the verb. */
const CLAUSE_OPENER = String.raw`(?:^|[;,]\s*|\b(?:and|but|when|that|which|who|whom|while|whereas|as|after|because|before|since|where|if|although|though|so|until|once|said|says)\s+)`;
const AUX = String.raw`(?:(?:has|had|have|also|then|later|again|\p{Ll}+ly)\s+)?`;
/** An office named "X of the Y" before a name: "Speaker of the House Paul Ryan", "Secretary of State John Kerry". */
const OFFICE_OF = String.raw`(?:${NAME_WORD}\s+of\s+(?:the\s+)?${NAME_WORD}\s+)`;
const NEAREST = new RegExp(`${CLAUSE_OPENER}(?:${TIME}[\\s,]+)*(?:the\\s+)?((?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}${OFFICE_OF}?${NAME})\\s+${AUX}$`, 'u');
/** "when people asked", "as fans chanted": a bare plural noun right after a word that opens a clause, then the verb. */
const NEAREST_PLURAL = new RegExp(`\\b(?:when|while|as|after|because|before|since|where|if|and|but|with)\\s+(\\p{Ll}[\\p{Ll}-]*s|people)\\s+${AUX}$`, 'u');
/** "…, but his lawyer, Ann Lee, told": a clause opened by a description of someone, then the name between commas. */
const NEAREST_DESCRIBED = new RegExp(`\\b(?:and|but|while|whereas|although|though)\\s+((?:the|his|her|its|their|a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,3}?\\p{Ll}[\\p{Ll}-]+,\\s+${NAME}),\\s*$`, 'u');
/** "and Dutch football federation spokesman Ann Lee said": capitalised words that qualify a role (group 2) before the name. */
const NEAREST_QUALIFIED = new RegExp(`${CLAUSE_OPENER}((?:\\p{Lu}[\\p{L}-]*\\s+){1,2}(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}(\\p{Ll}[\\p{Ll}-]+)\\s+${NAME})\\s+${AUX}$`, 'u');
/** "a decision the developer called …", "…, and the ministry said": a determiner and a noun of people right before the verb. */
const NEAREST_DESCRIPTION = new RegExp(`\\s((?:the|a|an|its|his|her|their)\\s+(?:(?!(?:the|a|an|its|his|her|their|of|to|in|on|at|by|for|with|from)\\s)[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}-]+))\\s+${AUX}$`, 'u');

/**
 * "Huizenga has said …, and two weeks ago Saban said:", "… when Lee said on
 * the radio that …", "… reported that al-Faroon told the paper": the subject of
 * a verb of speech is the name right before it, when that name opens a clause
 * of its own (after "and", "but", "when", "that", "which", a comma …), not the
 * subject of the sentence's first clause; else a determiner and a noun of
 * people or a body right before the verb ("a decision the builder called").
 */
export function nearestSubject(head: string): Phrase | undefined {
  // ("… when the host opened the envelope and declared": a verb joined by "and" to one before it in its clause shares
  // that verb's subject; the nearest such verb whose subject is found)
  if (/\sand\s+$/u.test(head)) {
    // (the clause: back to the last punctuation, within 100 characters)
    const reach = Math.max(0, head.length - 100);
    const clause = reach + head.slice(reach).search(/[^,;:.!?"“”]*$/u);
    const verbs = [...head.slice(clause, head.length - 1).matchAll(/(?<=\s)\p{Ll}+(?:ed|s)(?=\s)/gu)].reverse();
    for (const v of verbs) {
      const inner = nearestSubject(head.slice(0, clause + v.index));
      if (inner) return inner;
    }
  }
  // ("… but his lawyer, Ann Lee, told": a description and the name set off by commas, opening a clause)
  const described = NEAREST_DESCRIBED.exec(head);
  const named = described ? readPhrase(described[1]!) : undefined;
  if (named?.kind === 'name' && plausibleSpeaker(named)) return named;
  const m = NEAREST.exec(head);
  const phrase = m && !(m.index === 0 && !/^[;,]/u.test(m[0])) ? readPhrase(m[1]!) : undefined;
  if (phrase?.kind === 'name' && plausibleSpeaker(phrase)) return phrase;
  const q = NEAREST_QUALIFIED.exec(head);
  const role = q && q.index > 0 && !FUNCTION_CAPS.has(q[1]!.split(/\s/u)[0]!) && (SPEAKER_NOUNS.has(q[2]!) || TITLE_WORDS.test(q[2]!)) ? readPhrase(q[1]!) : undefined;
  if (role?.kind === 'name' && plausibleSpeaker(role)) return role;
  // ("… an answer when people asked": a bare plural of people, right after the word that opens its clause)
  const bare = NEAREST_PLURAL.exec(head);
  if (bare && SPEAKER_NOUNS.has(bare[1]!)) return { kind: 'description', text: bare[1]! };
  const d = NEAREST_DESCRIPTION.exec(head);
  // not the object of a preposition ("analysis of its reader numbers concluded") or of a participle ("the official in
  // charge of implementing the agreement warned"), and a noun that can speak
  if (!d || /(?:^|\s)(?:of|in|on|at|by|for|with|from|to|about|into|over|under|than)\s*$/iu.test(head.slice(0, d.index + 1))) return undefined;
  if (PARTICIPLE_ING.test(/(\S+)\s*$/u.exec(head.slice(0, d.index))?.[1] ?? '')) return undefined;
  return SPEAKER_NOUNS.has(d[2]!) || looksLikeOrganisation(d[2]!) ? { kind: 'description', text: d[1]! } : undefined;
}

/**
 * The name right before a verb of speech in a later clause of a sentence
 * ("Sales may slow, but Ms Lee said …"), as nearestSubject reads it; not the
 * last of two names joined by "and" ("after Norway and Chile denied …" is both).
 */
export function laterClauseName(head: string): Phrase | undefined {
  if (/\p{Lu}[\p{L}’'.-]*\s+and\s+\p{Lu}[^,;]*$/u.test(head)) return undefined;
  const phrase = nearestSubject(/\s$/u.test(head) ? head : `${head} `);
  return phrase?.kind === 'name' ? phrase : undefined;
}

/** An honorific and a name right before the verb, not what a preposition governs. */
const HONORIFIC_LAST = /(?:^|\s)((?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * "Asked on Thursday about Mr Smith's position Mr Johnson told …": an
 * honorific and a name right before the verb are its subject, whatever opens
 * the sentence; not after a preposition ("a letter to Mr Lee said").
 */
export function honorificSubject(head: string): Phrase | undefined {
  const m = HONORIFIC_LAST.exec(head);
  // (nor an owner: "Lord Butler's comments")
  if (!m || /['’]s?$/u.test(m[1]!) || /(?:^|\s)(?:to|with|by|from|for|of|at|about|on|against|than|as|and|or)\s*$/iu.test(head.slice(0, m.index + m[0].length - m[0].trimStart().length))) return undefined;
  const phrase = readPhrase(m[1]!);
  return phrase?.kind === 'name' ? phrase : undefined;
}

/** "The agency quoted an unnamed official as saying …", "… cited Lee as saying …": the source quoted is the speaker. */
export function quotedAsSaying(head: string): Phrase | undefined {
  // (not "was quoted by The Australian newspaper as saying": the agent of the passive quotes, its subject speaks)
  const m = /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?!by\s)(.{2,100}?)\s+as\s+$/u.exec(head);
  if (!m) return undefined;
  const phrase = readPhrase(m[1]!);
  return phrase && phrase.kind !== 'pronoun' && plausibleSpeaker(phrase) ? phrase : undefined;
}

/**
 * "The aid agency was quoted as saying", "Ann Lee, the commissioner, was
 * quoted as saying that …", "Lee was quoted by the Herald as saying": the source quoted in the passive is the subject
 * before "was quoted as". `head` without that passive, or undefined when it
 * does not end on one.
 */
export function beforeQuotedAs(head: string): string | undefined {
  const m = /[\s,]*\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\p{Ll}+ly\s+)?(?:quoted|cited)(?:\s+by\s+[^,;:"“”]{2,80}?)?\s+as\s*$/u.exec(head);
  return m && m.index > 0 ? head.slice(0, m.index) : undefined;
}

/** The part of `after` up to the end of its sentence. */
function restOfSentence(after: string): string {
  const starts = sentenceStarts(after);
  return after.slice(0, starts[1] ?? after.length);
}

/**
 * "“We are behind,” and the gap has grown since May, said Ann Lee, an
 * analyst." / "“quiet zones”, have been set up, officials said.": an
 * attribution that closes the sentence covers the quotation the sentence
 * opened with, even with a clause or an apposition in between (AP style puts
 * the attribution at the end of the sentence it covers). Returns the phrase
 * and where the attribution starts and ends in `after`.
 */
export function sentenceFinal(after: string, verbs: string): { phrase: Phrase; from: number; to: number } | undefined {
  const rest = restOfSentence(after);
  if (!/^\s*[,;]?\s*[\p{Ll},]/u.test(rest) || /["“”«»]/u.test(rest)) return undefined;
  // (", saying two were …": a participle goes on with the speaker's words and names no one)
  const inverted = [...rest.matchAll(new RegExp(`,\\s+(${verbs})(?![\\p{L}])\\s+`, 'giu'))].filter((m) => !/ing$/iu.test(m[1]!)).pop();
  if (inverted) {
    const phrase = phraseAfter(rest.slice(inverted.index + inverted[0].length));
    if (phrase && phrase.kind !== 'pronoun' && plausibleSpeaker(phrase)) return { phrase, from: inverted.index, to: rest.length };
  }
  const final = new RegExp(`,\\s+([^,;]{2,90}?)\\s+(?:ha(?:s|ve|d)\\s+)?(?:${verbs})(?![\\p{L}])(?:\\s+(?:${TIME}|to\\s+\\p{Ll}+|in\\s+an?\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?))?\\s*[.!]?\\s*$`, 'iu').exec(rest);
  if (final) {
    // (", according to a World Bank report.": the noun "report" after "according to" is no verb)
    const phrase = /^according\s+to\s/iu.test(final[1]!) ? undefined : readPhrase(final[1]!);
    // (past 60 characters, only a title and a name that are the whole phrase: ", Justice Department senior trial counsel
    // Caroline Lewis Wolverton wrote in a court filing.")
    const long = final[1]!.length > 60 && !(phrase?.kind === 'name' && phrase.title !== undefined && `${phrase.title} ${phrase.text}` === final[1]!.trim());
    if (phrase && !long && plausibleSpeaker(phrase)) return { phrase, from: final.index, to: rest.length };
  }
  return undefined;
}

/** A run of capitalised words in running text, in which a title may stand before a full name. */
const CAPITALISED_RUN = new RegExp(`(?<![\\p{L}’'-])${NAME_WORD}(?:\\s+${NAME_WORD})+(?![\\p{L}’'-])`, 'gu');
/** A word of a title: a title word ("Minister") or one that says which office ("Prime", "Foreign"). */
const inTitle = (w: string): boolean => TITLE_WORDS.test(w) || TITLE_PART.test(w);

/**
 * A title before a full name, in a run of capitalised words: "President Elena
 * Varga", "Prime Minister Ann Lee", "BBC Director General Greg Dyke" (the
 * title is the words that make titles, ending at the last of them; the name,
 * two or three words after it).
 */
function titledName(run: string): { name: string; title: string } | undefined {
  const w = run.split(/\s+/u);
  let end = -1;
  for (let i = 0; i < w.length - 2; i++) if (inTitle(w[i]!)) end = i;
  if (end < 0 || inTitle(w[end + 1]!)) return undefined;
  let start = end;
  while (start > 0 && inTitle(w[start - 1]!)) start--;
  if (!w.slice(start, end + 1).some((x) => TITLE_WORDS.test(x))) return undefined; // "Foreign", "Executive" alone make no title
  return { name: w.slice(end + 1, end + 4).join(' '), title: w.slice(start, end + 1).join(' ') };
}

/**
 * People and companies a sentence mentions anywhere (not only as subjects):
 * a titled name, registered with its title so that "the president" later
 * finds it, and names with a corporate suffix ("Acme Tool Inc."), companies.
 */
export function mentions(text: string): { name: string; kind: 'person' | 'organisation'; title?: string }[] {
  const out: { name: string; kind: 'person' | 'organisation'; title?: string }[] = corporateNames(text).map((name) => ({ name, kind: 'organisation' as const }));
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const titled = titledName(m[0]);
    // ("FBI Director James Comey's news conference": a titled person named as an owner is that person)
    if (titled && !/\s(?:Co|Inc|Corp|Ltd|LLC|Group)$/u.test(titled.name)) out.push({ ...titled, name: titled.name.replace(/['’]s$/u, ''), kind: 'person' });
  }
  return out;
}
