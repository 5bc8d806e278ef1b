/**
 * Reading who a phrase names: a pronoun, a proper name (with the title it
 * was introduced with), or a description ("the slightly injured Pole").
 */
import { HONORIFIC, looksLikeOrganisation, NP_STOP, PRONOUNS, WRITING_WORDS, WRITINGS } from './lexicon.js';
import { givenNameGender } from './given-names.js';

export interface Phrase {
  kind: 'pronoun' | 'name' | 'description';
  /** The name, pronoun or description as written. */
  text: string;
  /** A title or description given in apposition ("President of Ukraine", "curator of the exhibit"). */
  title?: string;
}

import { DEMONYMS, DETERMINER, FULL_DAYS, FUNCTION_CAPS, INTERJECTIONS, INTRO, NAME_PARTICLE, PERSON_NOUNS, SPEAKER_NOUNS, TITLE_WORDS, isNameWord, leadingTime, onlyTime } from './nouns.js';
export { PERSON_NOUNS } from './nouns.js';

/**
 * The words after which a description's head noun is over: "a source close to the minister", "the head of the
 * agency", "a nod to the front-runner" (whose head is "nod", not "front-runner").
 */
const HEAD_ENDS = String.raw`close\s+to|familiar\s+with|of|de|du|des|by|from|at|on|in|within|with|for|to|toward|towards`;
/** Where the head is over, and so is the clause after it ("the official who …"). */
const HEAD_END = new RegExp(`\\s+(?:${HEAD_ENDS}|who|which|that|pour)\\s+`, 'iu');
/** Where the head is over, in a description that may end on a capitalised noun ("the slightly injured Pole"). */
const HEAD_PHRASE_END = new RegExp(`\\s+(?:${HEAD_ENDS})\\s+`, 'iu');

/** The noun a description is about: "the slightly injured Pole" → "pole", "one of the soldiers" → "soldiers". */
export function descriptionHead(text: string): string {
  // "the statement published on Monday", "a letter signed by 40 MPs": a participle and what follows modify the noun before it
  const modified = text.replace(/\s+\p{Ll}+(?:ed|en)\s+(?:on|in|at|by|last|this|yesterday|today|earlier|from|for|late|early)(?![\p{L}]).*$/u, '');
  // "a source close to the minister", "people familiar with the talks": the anonymous source is the head
  const core = modified.replace(/^(?:one|some|many|most|several|each|both|all|none|two|three|four)\s+of\s+/iu, '').split(HEAD_END)[0]!;
  return (core.trim().split(/\s+/u).pop() ?? '').replace(/[.,;:!?]+$/u, '').replace(/[’']s$/u, '').toLowerCase();
}

/**
 * Can this phrase be someone who speaks? A pronoun, a proper name that is not
 * an exclamation, or a description headed by a person, role or group noun
 * (a name-like head, "the Pole", also counts).
 */
export function plausibleSpeaker(p: Phrase): boolean {
  if (p.kind === 'pronoun') return true;
  // ("a report into the “failing” agency noting …": a phrase that quotes a word in lower case is the narrator's description,
  // no one who speaks; a quoted title may be part of one, "the moderator of “The View”")
  if (/["“«„]\s*\p{Ll}/u.test(p.text)) return false;
  if (p.kind === 'name') {
    // ("said Thursday on Fox News’s “Fox and Friends”": a name of more than one word in the possessive owns what
    // follows, and does not speak; one word may be a firm's name, "Foster's")
    if (/\s\S+['’]s?$/u.test(p.text.trim())) return false;
    const w = words(p.text);
    if (w.length === 1 && INTERJECTIONS.has(w[0]!.toLowerCase().replace(/[’'.,!]+$/u, ''))) return false;
    // ("prior to Election Day, he laughed and said": a named day is no one; "Doris Day" has a given name)
    if (w.length >= 2 && /^(?:Day|Eve)$/u.test(w[w.length - 1]!) && givenNameGender(p.text) === undefined) return false;
    return !onlyTime(w);
  }
  if (looksLikeOrganisation(p.text)) return true;
  // "one local", "another diner", "one hugely-disgruntled backbencher": a single someone picked out by a numeral
  if (/^(?:(?:one|another)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+|another)$/iu.test(p.text) && !onlyTime(words(p.text))) return true;
  const head = descriptionHead(p.text);
  const bare = head.replace(/s$/u, '');
  if (SPEAKER_NOUNS.has(head) || SPEAKER_NOUNS.has(bare) || TITLE_WORDS.test(head) || PERSON_NOUNS.test(head) || AGE.test(head)) return true;
  // "the slightly injured Pole": a capitalised head names a people or a person
  const last = words(p.text.split(HEAD_PHRASE_END)[0]!).pop() ?? '';
  return isCap(last) && !FUNCTION_CAPS.has(last);
}

const PARTICLE = NAME_PARTICLE;
/** "the 58-year-old": AP names a person by age once introduced. */
export const AGE = /^\d+-year-old$/u;
const words = (s: string): string[] => s.trim().split(/\s+/u).filter(Boolean);
const isCap = isNameWord;

function trimPhrase(s: string): string {
  return s
    .replace(/^[\s,;:—–\-"“”«»]+/u, '')
    .replace(/[\s,;:.!?—–\-"“”«»]+$/u, '')
    .replace(/^(?:with|by|from|par|avec|according to|selon)\s+/iu, '')
    .replace(/\s+(?:also|then|later|again|further|ensuite|aussi|encore)$/iu, '')
    // an adverb ends in -ly and is written in lower case: "Ann Lee recently", not "Ms Kelly" or "Eli Lilly"
    .replace(/\s+\p{Ll}+ly$/u, '')
    // "The prime minister on Sunday said": when they spoke is not who ("the statement published on Monday" keeps it)
    .replace(/(?<!\p{Ll}ed)\s+(?:(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|tonight)$/u, '')
    .trim();
}

/** "Matthew Ingram of The Globe and Mail" → "Matthew Ingram"; "Ministry of Defense of Ukraine" stays whole. */
function properCore(name: string): string {
  const m = /^(.+?)\s+(?:of|from|at|de|du|des)\s+(.+)$/u.exec(name);
  if (!m) return name;
  const left = m[1]!;
  if (looksLikeOrganisation(left) || words(left).length === 1 && TITLE_WORDS.test(left)) return name;
  if (words(left).every(isCap) && words(left).length >= 2) return left;
  return name;
}

function isTitle(s: string): boolean {
  const w = words(s.replace(/^(?:the|la|le)\s+/i, ''));
  return w.length > 0 && TITLE_WORDS.test(w[0]!) || w.some((x) => TITLE_WORDS.test(x)) && w.length <= 6 && !w.slice(0, 2).every(isCap);
}

/** An honorific and a name, then lower-case words of a role (group 2, ending on group 3), then perhaps where the role is held. */
const UNMARKED_ROLE = /^((?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+((?:(?!(?:at|of|for|with|the|and|in|on|to)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}(\p{Ll}[\p{Ll}-]*))(?:\s+(?:at|of|for|with)\s+\S.*)?$/u;

/** The author of a writing as the text names them ("the fisheries ministry", "Acme"), not "two retired pilots". */
const NAMED_AUTHOR = /^(?:the|a|an|its|their|\p{Lu})/u;

/** A single comma-free chunk as a phrase, or undefined when it names no one. */
/** A word in lower case in the forms adjectives and adverbs take ("angry", "visibly", "shaken", "defiant", "confident-seeming"). */
const DESCRIBING = /^(?:\p{Ll}[\p{Ll}-]*(?:ly|y|ed|en|ing|ful|ous|ive|al|ic|ent|ant|ish|less|able|ible)|young|old|new|former|late)$/u;

/** Kinds of body a country or an organisation has, named by whose they are ("China's foreign ministry", "Iran's army"). */
const ORGANISATION_KINDS = /^(?:ministry|department|government|agency|office|army|military|embassy|council|commission|committee|court|parliament|cabinet|administration|regime)$/u;

/** Whether a noun owned by a name ("Acme's board", "the mayor's spokesman", "China's foreign ministry") is one that speaks: someone, or a body of a kind. */
export const speakingKind = (noun: string): boolean => SPEAKER_NOUNS.has(noun) || ORGANISATION_KINDS.test(noun);

function chunkPhrase(chunk: string): Phrase | undefined {
  const t = trimPhrase(chunk);
  if (!t) return undefined;
  // "PC World's recent analysis of its traffic": a name's writing speaks for the name
  // ("Bush's Facebook post": a capitalised word may name where the writing is)
  const owner = /^((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}[\p{Lu}][\p{L}.&-]*)['’]s\s+((?:\p{Lu}\p{L}*\s+)?\p{Ll}.*)$/u.exec(t);
  if (owner && WRITINGS.has(descriptionHead(owner[2]!))) return chunkPhrase(owner[1]!);
  // "a statement from the fisheries ministry", "a letter by the mayor": the writing speaks for its author
  // ("a Wednesday editorial in The Courier": a paper's own piece in it speaks for the paper)
  const from = /^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+day\s+)?(\p{Ll}+)\s+(from|by|in)\s+(.+)$/u.exec(t);
  // ("the report by former firefighters": authors the reader cannot name leave the writing itself)
  if (from && (from[2] === 'in' ? /^(?:editorial|column)$/u.test(from[1]!) : WRITINGS.has(from[1]!))) {
    // ("The email from Ann Lee to Tom Hale": the one it was sent to is no author)
    const author = from[2] === 'from' ? from[3]!.replace(/\s+to\s+(?:the\s+)?\p{L}.*$/u, '') : from[3]!;
    const named = NAMED_AUTHOR.test(author) ? chunkPhrase(author) : undefined; // not "two retired pilots"
    return named ?? joinedRoles(author) ?? roleAndName(author) ?? { kind: 'description', text: t };
  }
  // "Acme's board", "the mayor's spokesman": a body or a person named by whom they belong to
  // ("China's foreign ministry": or a body of a kind)
  const ownedHead = owner ? descriptionHead(owner[2]!) : '';
  if (owner && words(owner[2]!).length <= 3 && speakingKind(ownedHead) && !/\p{Lu}/u.test(owner[2]!)) return { kind: 'description', text: t };
  // "Nissan's Naoki Yamamoto": a person named after the body they work for is that person
  // ("Fox News’ Bret Baier": a name that ends in "s" takes the apostrophe alone)
  const employer = /^(?:[\p{Lu}][\p{L}.&-]*\s+){0,2}[\p{Lu}][\p{L}.&-]*(?:['’]s|(?<=s)['’])\s+((?:[\p{Lu}][\p{L}’'.-]+\s+){1,3}[\p{Lu}][\p{L}’'-]+)$/u.exec(t);
  if (employer) return chunkPhrase(employer[1]!);
  // "David Noone from Intervoice", "Ann Lee at the Northgate Trust": the person, not where they work
  const works = /^((?:[\p{Lu}][\p{L}’'.-]+\s+){1,3}[\p{Lu}][\p{L}’'-]+)\s+(?:from|at)\s+(?:the\s+)?[\p{Lu}]/u.exec(t);
  if (works && !looksLikeOrganisation(works[1]!) && !isTitle(works[1]!)) return { kind: 'name', text: works[1]! };
  // "Dr Mark Tuffy games systems director at digital content firm THX": an honorific and a name, then a role with no comma
  const unmarked = UNMARKED_ROLE.exec(t);
  if (unmarked && (SPEAKER_NOUNS.has(unmarked[3]!) || TITLE_WORDS.test(unmarked[3]!))) return { kind: 'name', text: unmarked[1]!, title: unmarked[2]!.trim() };
  const w = words(t);
  if (onlyTime(w)) return undefined; // "Wednesday", "September 5": a date, never a speaker
  if (w.length > 9) {
    // ("a woman in the audience at a Clinton campaign event in New Hampshire": someone described by a noun of people and
    // where they were, cut before the second phrase of place)
    const head = DETERMINER.test(w[0]!) ? w.findIndex((x, i) => i > 0 && i <= 3 && SPEAKER_NOUNS.has(x)) : -1;
    const second = head > 0 && PLACE_PREPOSITION.test(w[head + 1] ?? '') ? w.findIndex((x, i) => i > head + 2 && (PLACE_PREPOSITION.test(x) || /^(?:who|whose|which|that)$/u.test(x))) : -1;
    return second > 0 && second <= 9 ? readPhrase(w.slice(0, second).join(' ')) : undefined;
  }
  // ("He’s said", "She'd told": a pronoun with "has", "had" or "is" run into it is that pronoun)
  const lower = t.toLowerCase().replace(/^(he|she|they|i)['’](?:s|d|ve|ll|re|m)$/u, '$1');
  if (w.length === 1 && PRONOUNS[lower] !== undefined) return { kind: 'pronoun', text: lower === 'i' ? 'I' : lower };
  if (lower === 'another') return { kind: 'description', text: t }; // "said another": one more of the same kind (attribution.ts)
  if (DETERMINER.test(w[0]!)) {
    // "the Ministry of Defense of Ukraine" is a name; "the slightly injured Pole" a description
    // "said the Scot", "the 31-year-old Frenchman": someone described by where they are from
    if (w.length >= 2 && DEMONYMS.test(w[w.length - 1]!) && w.slice(1, -1).every((x) => !isCap(x))) return { kind: 'description', text: t };
    if (w.length >= 2 && isCap(w[1]!) && (w[0]!.toLowerCase() === 'the' || w[0]!.toLowerCase() === 'la' || w[0]!.toLowerCase() === 'le') && !isTitle(t)) {
      const rest = w.slice(1);
      // "the Home Office letter": a writing named by its author is a description
      if (rest.length >= 2 && rest.slice(0, -1).every((x) => isCap(x) || PARTICLE.test(x)) && WRITINGS.has(rest[rest.length - 1]!)) return { kind: 'description', text: t };
      // "the March Hare", "the Ministry of Defense of Ukraine" — not "the Dormouse shook its head"
      // "the Norwegian fisheries ministry": a body described by its kind
      if (/^\p{Ll}+$/u.test(rest[rest.length - 1]!) && looksLikeOrganisation(rest[rest.length - 1]!)) return { kind: 'description', text: t };
      // ("the Tottenham striker", "the Chelsea star", "the South African archbishop": capitals that qualify a noun of people or a title describe someone)
      // ("the New York businessman": or any noun of someone who speaks)
      const last = rest[rest.length - 1]!;
      if (rest.length >= 2 && rest.slice(0, -1).every((x) => isCap(x) || PARTICLE.test(x)) && (PERSON_NOUNS.test(last) || TITLE_WORDS.test(last) || SPEAKER_NOUNS.has(last)) && /^\p{Ll}/u.test(last)) return { kind: 'description', text: t };
      // ("The Republican candidate", "The Democratic presidential nominee": a party's word and perhaps one more in lower case
      // before a noun of someone who speaks)
      if (rest.length >= 2 && rest.length <= 3 && /^\p{Ll}/u.test(last) && SPEAKER_NOUNS.has(last) && (rest.length === 2 || /^\p{Ll}+$/u.test(rest[1]!))) return { kind: 'description', text: t };
      if (!rest.every((x) => isCap(x) || PARTICLE.test(x))) return undefined;
      // ("Le Pen", "La Russa", "Le Figaro": a capitalised "Le" or "La" before one capitalised word is part of the name)
      if (rest.length === 1 && /^L[ae]$/u.test(w[0]!)) return { kind: 'name', text: t };
      return { kind: 'name', text: properCore(rest.join(' ')) };
    }
    // ("an All England club spokesperson": a lower-case word of a body may qualify the role too; "a Number 10 spokeswoman": a number too)
    // ("a Clinton campaign spokesman": a candidate's campaign too)
    const qualifier = (x: string): boolean => isCap(x) || PARTICLE.test(x) || /^\d+$/u.test(x) || (/^\p{Ll}+$/u.test(x) && (looksLikeOrganisation(x) || x === 'campaign'));
    if (w.length >= 2 && isCap(w[1]!) && !TITLE_WORDS.test(w[1]!) && !w.slice(1).every((x) => isCap(x) || PARTICLE.test(x)) && !(w.slice(1, -1).every(qualifier) && (TITLE_WORDS.test(w[w.length - 1]!) || SPEAKER_NOUNS.has(w[w.length - 1]!)))) return undefined; // "the Crown prosecutor" is a title, "a Kremlin source", "a Department of Health spokesperson" a person
    // ("an angry Hollande", "a visibly shaken Ann Lee": words in lower case that describe someone, then the name)
    const named = w.findIndex((x) => isCap(x));
    // (words of the forms adjectives and adverbs take, not "the documents released by WikiLeaks", "her server so the FBI")
    const describing = (x: string): boolean => DESCRIBING.test(x) && !SPEAKER_NOUNS.has(x) && !TITLE_WORDS.test(x) && !NP_STOP.has(x);
    if (named >= 2 && named <= 3 && w.length - named <= 3 && w.slice(1, named).every(describing)) {
      const name = w.slice(named).join(' ');
      if (w.slice(named).every((x) => isCap(x) || PARTICLE.test(x)) && !looksLikeOrganisation(name) && !isTitle(name) && !DEMONYMS.test(w[w.length - 1]!) && !PARTY_MEMBER.test(w[w.length - 1]!)) return { kind: 'name', text: properCore(name) };
    }
    return w.length >= 2 ? { kind: 'description', text: t } : undefined;
  }
  // "officials", "federal investigators", "U.S. officials": people named by a plural role speak as a group
  const plural = w[w.length - 1]!;
  const listed = SPEAKER_NOUNS.has(plural) || (/[^s]s$/u.test(plural) && SPEAKER_NOUNS.has(plural.slice(0, -1)));
  if (w.length <= 3 && listed && /(?:s|men|people|police|staff|children)$/u.test(plural) && w.slice(0, -1).every((x) => /^[\p{L}.-]+$/u.test(x) && !NP_STOP.has(x.toLowerCase()) && PRONOUNS[x.toLowerCase()] === undefined && !FUNCTION_CAPS.has(x))) {
    return { kind: 'description', text: t };
  }
  if (!isCap(w[0]!) || (w.length === 1 && FUNCTION_CAPS.has(w[0]!))) return undefined;
  if (PRONOUNS[w[0]!.toLowerCase()] !== undefined) return undefined; // "He stood up
  // ("Here's the thing", "That's Ann": a function word with 's opens no name either)
  if (FUNCTION_CAPS.has(w[0]!.replace(/['’]s$/u, '')) && !HONORIFIC.test(w[0]!)) return undefined;
  if (isTitle(t)) return { kind: 'description', text: t };
  // a name is capitalised words (particles allowed); "Anonymous blogger" describes someone
  const caps = w.filter((x) => isCap(x) || PARTICLE.test(x)).length;
  if (caps === w.length) return { kind: 'name', text: properCore(t) };
  // "Anonymous blogger": a capitalised word and a noun (not "Alice considered")
  if (w.length === 2 && /^\p{Ll}+$/u.test(w[1]!) && !/(?:ed|ing|s)$/u.test(w[1]!) && PRONOUNS[w[1]!] === undefined && !NP_STOP.has(w[1]!)) return { kind: 'description', text: t };
  return undefined;
}

/**
 * "Programmer John Graham-Cumming", "Its creator Solomon Hykes", "Apcera CEO
 * Derek Collison", "Iraqi national security adviser Mowaffak al-Rubaie",
 * "spokesperson Ann Lee of Acme": a role noun, with the words that qualify it,
 * before a full name is the person's title (AP style: a title before the name).
 */
function roleAndName(chunk: string): Phrase | undefined {
  const w = words(trimPhrase(chunk));
  for (let i = 0; i < Math.min(w.length, 6); i++) {
    const role = w[i]!.toLowerCase();
    // a known role noun, or any lower-case noun right before the name ("skipper Sean Ryan", AP's false titles)
    const noun = i === w.length - 3 || (i < w.length - 2 && isCap(w[i + 1]!) && isCap(w[i + 2]!)) ? /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w[i]!) && !/(?:ly|ed|ing)$/u.test(role) && !NP_STOP.has(role) && !/^(?:is|was|were|are|has|have|had|said|says|told|tells|and|or|but|the|of)$/.test(role) : false;
    // ("the federation's Ray Dunne": an owner in lower case before a full name is what the person belongs to)
    const owner = /^\p{Ll}[\p{Ll}-]{2,}['’]s$/u.test(w[i]!) && i < w.length - 2 && isCap(w[i + 1]!) && isCap(w[i + 2]!);
    // ("Oversight ranking Democrat Elijah Cummings", "top Republican Ann Lee": a party member, qualified in lower case, as a role)
    // ("Democrat Ann Lee": or one that opens the phrase before a full name)
    const party = PARTY_MEMBER.test(w[i]!) && (i > 0 ? /^\p{Ll}/u.test(w[i - 1]!) : w.length >= 3);
    if (!(SPEAKER_NOUNS.has(role) || TITLE_WORDS.test(role) || /^(?:co-founder|cofounder|ceo|cto|cfo|coo|vp)$/.test(role) || noun || owner || party)) continue;
    const rest = w.slice(i + 1);
    let n = 0;
    while (n < rest.length && n < 5 && (isCap(rest[n]!) || (n > 0 && PARTICLE.test(rest[n]!) && !/^(?:and|&|the)$/i.test(rest[n]!)))) n++;
    while (n > 0 && !isCap(rest[n - 1]!)) n--;
    // one capitalised word ends the phrase as a name after a lower-case role the lists know ("said eighth
    // seed Agassi", "coach Wenger"); "President Bush" stays a name with its title
    const single = n === rest.length && /^\p{Ll}/u.test(w[i]!) && (SPEAKER_NOUNS.has(role) || TITLE_WORDS.test(role));
    // ("immigration minister Des Browne": after a role in lower case, a capital is no sentence's first word, so "Des" is a name)
    const midSentence = (k: number): boolean => k === 0 && n >= 2 && /^\p{Ll}/u.test(w[i]!);
    if (n < (single ? 1 : 2) || rest.slice(0, n).some((x, k) => (FUNCTION_CAPS.has(x) && !midSentence(k)) || looksLikeOrganisation(x)) || onlyTime(rest.slice(0, n))) continue;
    // "deputy White House press secretary Sarah Sanders": the capitals qualify a later role, whose name comes after it
    if (rest.slice(n + 1).some(isCap) && /^\p{Ll}[\p{Ll}-]+$/u.test(rest[n] ?? '') && !NP_STOP.has(rest[n]!.toLowerCase()) && !PARTICLE.test(rest[n]!)) continue;
    // the words before the role qualify it: names, determiners, possessives, adjectives ("national security")
    const before = w.slice(0, i);
    if (before.some((x) => !isCap(x) && !DETERMINER.test(x) && (NP_STOP.has(x.toLowerCase()) || /^(?:is|was|were|are|has|have|had|be|been|said|says|told|\p{Ll}+ly)$/iu.test(x) || !/^\p{Ll}[\p{Ll}-]*(?:['’]s?)?$/u.test(x)))) continue;
    // "former President Donald Trump", "Prime Minister Rishi Sunak": capitalised title words belong to the title
    // ("former President Bill Clinton": a given name before the surname is the name's, though "bill" is a noun)
    const titleWord = (k: number): boolean => (TITLE_WORDS.test(rest[k]!) || SPEAKER_NOUNS.has(rest[k]!.toLowerCase())) && givenNameGender(`${rest[k]} ${rest[k + 1] ?? ''}`) === undefined;
    let t = 0;
    while (n - t > 2 && titleWord(t)) t++;
    if (n - t === 2 && titleWord(t)) t++;
    return { kind: 'name', text: properCore(rest.slice(t, n).join(' ')), title: w.slice(0, i + 1 + t).join(' ').replace(/^(?:the|its|his|her|their|our)\s+/i, '') };
  }
  return undefined;
}

/** An office named with "of", "for" or "to" (group 1; group 2: its title word), as in "Secretary of State for Trade". */
const OFFICE = String.raw`((?:\p{Lu}[\p{L}-]*\s+){0,3}?(\p{Lu}[\p{L}-]*)\s+(?:of|for|to)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|and|of|for|the)\s+){0,5}?\p{Lu}[\p{L}-]*)`;
/**
 * "Chief Secretary to the Treasury Paul Boateng", "Secretary of State for
 * Trade and Industry Ann Lee": an office named with "of", "for" or "to", then
 * a full name (its last two capitalised words, with an initial between: "Secretary of State John F. Kerry"; an
 * honorific before: "Speaker of the House Rep. Paul Ryan"), is that person's title.
 */
const OFFICE_AND_NAME = new RegExp(`^${OFFICE}\\s+((?:(?:Rep|Sen|Gov|Gen|Mr|Mrs|Ms|Dr)\\.\\s+)?\\p{Lu}[\\p{L}’'-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'-]+)$`, 'u');
/** The office alone, before a comma: "The Shadow Secretary of State for the Family". */
const OFFICE_ALONE = new RegExp(`^(?:[Tt]he\\s+)?${OFFICE}$`, 'u');
function officeAndName(chunk: string): Phrase | undefined {
  const m = OFFICE_AND_NAME.exec(trimPhrase(chunk));
  if (!m || !TITLE_WORDS.test(m[2]!.toLowerCase()) || FUNCTION_CAPS.has(m[3]!.split(/\s/u)[0]!) || looksLikeOrganisation(m[3]!)) return undefined;
  return { kind: 'name', text: m[3]!, title: m[1]! };
}

/** "on Thursday", "Meanwhile" before a name (readPhrase): when, or a sentence's opening adverb. */
const OPENING_WHEN = new RegExp(`^\\s*(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(?:${FULL_DAYS}|Meanwhile|Earlier|Later|Yesterday|Separately|Elsewhere)\\s+(?=\\p{Lu})`, 'u');

/** "More recently, ", "However, ": an adverb or two set off by a comma at the start of a sentence, before a capital. */
const OPENING_ADVERBIAL = /^\s*(?:(?:More|Most|Less|Even|Very|Quite)\s+\p{Ll}+ly|Recently|Currently|Previously|Similarly|Additionally|Finally|Initially|Ultimately|Eventually|Apparently|Notably|Importantly|However|Still|Instead|Overall),\s+(?=\p{Lu})/u;

/** "27-year-old Ross", "says 34-year-old Ann Lee": an age before a name is no part of it. */
const AGE_BEFORE_NAME = /^\s*\d+-year-old\s+(?=\p{Lu})/u;

/** A determiner or a number, a noun of people, then what they know of or are near to: an unnamed source. */
const UNNAMED_SOURCE = /^(?:one|a|an|two|three|four|several|some|many|other|another)\s+(?:\p{Ll}+\s+)?([\p{L}-]+)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|involved\s+in)\s/u;
/** The word after "sporting", "ranking", "acting" that makes it part of a role: a title, "member", or a party. */
const ROLE_AFTER_ING = /^(?:director|member|manager|officer|editor|chairman|chief|head|president|secretary|Democrat|Republican)$/u;
/** A member of a party, named by it: "one Democrat", "two Republicans". */
export const PARTY_MEMBER = /^(?:Democrats?|Republicans?|Conservatives?|Tor(?:y|ies)|Liberals?|Socialists?|Greens?|Unionists?|Nationalists?)$/u;

/** "one Democrat familiar with the discussion", "two people close to the campaign": the whole description, or undefined. */
function unnamedSource(text: string): Phrase | undefined {
  const m = UNNAMED_SOURCE.exec(`${text.trim()} `);
  return m && (SPEAKER_NOUNS.has(m[1]!.toLowerCase()) || PARTY_MEMBER.test(m[1]!)) ? { kind: 'description', text: text.trim() } : undefined;
}

/**
 * A dateline that opens a story: "LEEDS, England - ", "MACAU (Reuters) – ", "WASHINGTON, June 10 (UPI) — ", "BOSTON —"
 * (a dash with no space after it, as some papers print it, when a capital follows).
 */
export const DATELINE = /^\s*(?:\p{Lu}{2,}[\p{Lu} .'’-]*(?:,\s*[\p{L}\d. ]{2,30})?(?:\s*\([^()]{1,30}\))?|(?:\p{Lu}[\p{Ll}.]+\s+){0,2}\p{Lu}[\p{Ll}.]+(?:,\s*[\p{L}\d. ]{2,30})?\s*\((?:AFP|Reuters|AP|UPI|dpa|Bloomberg|Xinhua|CNN)\))\s+[-–—](?:\s+|(?=\p{Lu}))/u;

/** Prepositions of place that open where someone described was ("a woman in the audience at a rally"). */
const PLACE_PREPOSITION = /^(?:in|at|from|on|near|outside|inside)$/u;

/** A subject phrase, with apposition: "The President of Ukraine, Volodymyr Zelenskyi," / "Cynthia Thompson, curator …, Fayetteville,". */
export function readPhrase(text: string): Phrase | undefined {
  // a dateline ("LEEDS, England - ", "MACAU (Reuters) – ") opens the story, not the subject
  // ("And Dr Ann Lee, of the Lung Foundation,": a conjunction before a name is no part of the phrase)
  const parts = text
    .replace(DATELINE, '')
    .replace(/^\s*(?:And|But|Yet|So)\s+(?=\p{Lu}|on\s)/u, '')
    // ("where Senate Minority Leader Harry M. Reid": a word that opens a clause is no part of it, nor a role)
    .replace(/^\s*(?:where|when|while|whereas|because|although|though|after|before|since|until|unless|if)\s+(?=\p{Lu})/u, '')
    // ("A day after President Trump vowed": nor a span of time before "after" or "before")
    .replace(/^\s*(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+(?=\p{Lu})/u, '')
    // ("on Thursday Mr Blair", "Meanwhile Ms Hutt": when, and a sentence's opening adverb, are no part of the name)
    .replace(OPENING_WHEN, '')
    // ("More recently, Biden at a rally …": an adverb set off by a comma opens the sentence; it is no name)
    .replace(OPENING_ADVERBIAL, '')
    .replace(AGE_BEFORE_NAME, '')
    // ("Rep. Ann Lee (D-Ore.) said": a party and state in brackets is no part of the name)
    .replace(PARTY_AND_STATE, '')
    // ("Pence himself released a statement": a reflexive after a name stresses it, it is no part of it)
    .replace(/(?<=\p{Lu}[\p{L}’'.-]*)\s+(?:himself|herself|themselves|itself)\s*$/u, '')
    // ("Ann Lee - then adviser to the president - said": an apposition between dashes is one between commas)
    .split(/,\s*|\s+[-–—]\s+|\s+[-–—]\s*$/u)
    .map((p) => p.trim())
    .filter(Boolean);
  while (parts.length > 1 && INTRO.test(parts[0]!) && !chunkPhrase(parts[0]!)) parts.shift();
  if (parts.length === 0) return undefined;
  // ("one Democrat familiar with the discussion", "two people close to the campaign": an unnamed source, whatever
  // the words after "familiar with" name)
  const unnamed = unnamedSource(parts[0]!);
  if (unnamed) return unnamed;
  // "Halted, he peered down …": the pronoun after the opening word is the subject
  const pronounNext = parts.length > 1 ? /^(he|she|they|I|il|elle)\s+\p{Ll}/u.exec(parts[1]!) : null;
  if (pronounNext && !chunkPhrase(parts[0]!)?.text.includes(' ')) return { kind: 'pronoun', text: pronounNext[1]!.toLowerCase() === 'i' ? 'I' : pronounNext[1]!.toLowerCase() };
  const first = officeAndName(parts[0]!) ?? roleAndName(parts[0]!) ?? joinedRoles(parts[0]!) ?? chunkPhrase(parts[0]!);
  // ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd,": a body's name may hold a comma of its own;
  // the full name after it is the person described)
  if (first?.kind === 'description' && parts.length > 2 && /^\p{Lu}[^,]*\sand\s\p{Lu}/u.test(parts[1]!)) {
    const third = chunkPhrase(parts[2]!);
    if (third?.kind === 'name' && /\s/u.test(third.text) && !looksLikeOrganisation(third.text) && isTitle(first.text)) return { kind: 'name', text: third.text, title: `${first.text}, ${parts[1]}` };
  }
  const second = parts.length > 1 ? chunkPhrase(parts[1]!) : undefined;
  // ("The Shadow Secretary of State for the Family, Theresa May,": an office named with "of" or "for", then the full name)
  const office = OFFICE_ALONE.exec(trimPhrase(parts[0]!));
  if (office && TITLE_WORDS.test(office[2]!.toLowerCase()) && second?.kind === 'name' && /\s/u.test(second.text) && !looksLikeOrganisation(second.text)) {
    return { kind: 'name', text: second.text, title: office[1]! };
  }
  if (first?.kind === 'description' && isTitle(first.text) && second?.kind === 'name') {
    return { kind: 'name', text: second.text, title: first.text.replace(/^(?:the|la|le)\s+/i, '') };
  }
  // ("Family Planning Association chief executive, Anne Weyman,": capitals that qualify a role, then the name)
  const role = !first && second?.kind === 'name' ? /\s(\p{Ll}[\p{Ll}-]+)$/u.exec(parts[0]!) : null;
  if (role && /^\p{Lu}/u.test(parts[0]!) && (SPEAKER_NOUNS.has(role[1]!) || TITLE_WORDS.test(role[1]!))) return { kind: 'name', text: second!.text, title: parts[0]! };
  // "His son, Luis Amaral,": a person described, then named in apposition
  if (first?.kind === 'description' && second?.kind === 'name' && !FUNCTION_CAPS.has(second.text) && SPEAKER_NOUNS.has(descriptionHead(first.text)) && !looksLikeOrganisation(second.text)) {
    return { kind: 'name', text: second.text, title: first.text };
  }
  // ("NatWest's corporate parent, the Royal Bank of Scotland Group,": someone's relation, named as a body)
  if (first?.kind === 'description' && second?.kind === 'name' && (looksLikeOrganisation(first.text) || (/['’]s\s/u.test(first.text) && looksLikeOrganisation(second.text)))) {
    return { kind: 'name', text: second.text, title: first.text.replace(/^(?:the|la|le)\s+/i, '') };
  }
  if (first && parts.length > 1 && first.kind === 'name') {
    const apposition = trimPhrase(parts[1]!);
    // ("Mitt Romney, at a campaign rally in Virginia,": a phrase of place or time set off by commas is no title)
    if (/^(?:at|in|on|during|after|before|from|with|by|to|for|speaking|writing)\s/u.test(apposition)) return first;
    if (/^\p{Ll}/u.test(apposition) || DETERMINER.test(words(apposition)[0] ?? '')) return { ...first, title: apposition };
  }
  if (!first && parts.length === 1) {
    // "…, with one poster" / "all they get is a message": the noun phrase at the end
    return trailingPhrase(parts[0]!);
  }
  return first;
}

/**
 * Roles joined by "and", then the last role and the name the phrase ends on: "former Olympian and BBC pundit Steve
 * Cram", "Former prosecutor and New York City Mayor Rudy Giuliani" (a capitalised title word too).
 */
export function joinedRoles(text: string): Phrase | undefined {
  const m = /^(?:[\p{L}’'.-]+\s+){1,8}?and\s+((?:[\p{L}’'.-]+\s+){1,5}\p{Lu}[\p{L}’'-]+)\s*(?:[.,;!?]|$)/u.exec(text);
  if (!m) return undefined;
  const w = m[1]!.split(/\s+/u);
  // the role is the word right before the last one to three capitalised words
  for (let k = w.length - 2; k >= Math.max(0, w.length - 4); k--) {
    const role = w[k]!;
    if (!w.slice(k + 1).every((x) => /^\p{Lu}/u.test(x))) break;
    const known = /^\p{Ll}/u.test(role) ? SPEAKER_NOUNS.has(role) || TITLE_WORDS.test(role) : TITLE_WORDS.test(role);
    if (!known || !w.slice(0, k).every((x) => /^\p{Lu}/u.test(x))) continue;
    const named = readPhrase(w.slice(k + 1).join(' '));
    if (named?.kind === 'name') return named;
  }
  return undefined;
}

/** Abbreviated titles and initials that end in a full stop inside a name ("Sen. Ann Lee", "John L. Smith"). */
const NAME_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Del|Gov|Gen|Maj|Lt|Col|Capt|Sgt|Cmdr|Adm|Rev|Hon|Jr|Sr|St|Supt|Det|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})\.$/u;

/** "a statement from …": a writing and the "from" that names its author ("by" reads on within the phrase, below). */
const WRITING_FROM = new RegExp(`^(?:a|an|the)\\s+(?:\\p{Ll}+\\s+|\\p{Lu}\\p{Ll}+day\\s+)?(?:(?:${WRITING_WORDS})\\s+from|(?:editorial|column)\\s+in)\\s+`, 'u');

/** A party and state in brackets after a lawmaker's name: "(D-Ore.)", "(R-Fla.)", "(I-Vt.)". */
const PARTY_AND_STATE = /\s*\((?:D|R|I)[-–]\s?[\p{L}. ]{2,20}\)/gu;
/** The same after a comma, ending the text: ", R-Ariz.". */
const PARTY_TAG_AFTER = /,\s*(?:D|R|I)[-–]\s?\p{Lu}[\p{L}.]{1,14}$/u;

/** `text` ends with a party and state set off by commas: "Sen. Ann Lee, D-Wash.,". */
export function endsWithPartyTag(text: string): boolean {
  return PARTY_TAG_AFTER.test(text.replace(/,\s*$/u, ''));
}

/** A short aside in brackets ("(D-Minn.)", "(WSJ)", "(pictured)"): no part of a name or of the subject around it. */
export const BRACKET_ASIDE = /\s*\([^()]{1,40}\)/gu;

/**
 * The phrase right after a verb: "the slightly injured Pole. …", "his lady to
 * him one day", "Febelfin.". A time adverbial first ("said Wednesday", "said on
 * May 5") is skipped; a preposition or "that" after it means the subject is
 * elsewhere ("said Wednesday on the show that …").
 */
export function phraseAfter(text: string): Phrase | undefined {
  const taken: string[] = [];
  // ("said Sen. Ann Lee (D-Minn.), who …": a party and state, or any short aside in brackets, is no part of the name)
  // ("said 9/11 widow Terry Strada": a date in figures before a role in lower case qualifies the role)
  const rest = text.slice(leadingTime(text)).replace(AGE_BEFORE_NAME, '').replace(BRACKET_ASIDE, '').replace(/^\s*\d+(?:\/\d+)+\s+(?=\p{Ll})/u, '');
  // "“…,” read a statement from the discount phone firm.": the writing speaks for its author, when the text names them (NAMED_AUTHOR)
  const from = WRITING_FROM.exec(rest);
  const author = from ? phraseAfter(rest.slice(from[0].length)) : undefined;
  if (author && author.kind !== 'pronoun' && NAMED_AUTHOR.test(author.text)) return author;
  // "… points out former Olympian and BBC pundit Steve Cram.": roles joined by "and", then the role and the name the clause ends on
  const joined = joinedRoles(rest);
  if (joined) return joined;
  const ws = words(rest);
  for (const [i, raw] of ws.entries()) {
    const w = raw.replace(/[,;:.!?”"»)]+$/u, '');
    if (taken.length === 0 && (NP_STOP.has(w.toLowerCase()) || /^(?:that|about|of)$/i.test(w))) return undefined;
    // ("said one Democrat familiar with the discussion": what the source knows of is part of the description)
    if (w === raw && /^(?:familiar|close)$/u.test(taken[taken.length - 1] ?? '') && /^(?:with|to)$/u.test(w)) {
      taken.push(w);
      continue;
    }
    if (taken.length > 0 && (NP_STOP.has(w.toLowerCase()) || (/\p{Ll}+ly$/u.test(w) && !isCap(w) && !DETERMINER.test(taken[taken.length - 1]!)))) break;
    // "said Ann Lee referring to …": a participle after a name starts a clause of its own
    // (but "said Spurs sporting director Frank Arnesen", "said Oversight ranking Democrat Elijah Cummings": such a word
    // before a title or a party names a role)
    if (taken.length > 0 && /^\p{Ll}+ing$/u.test(w) && taken.every(isCap) && !(w === raw && ROLE_AFTER_ING.test(ws[i + 1] ?? ''))) break;
    // ("says Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report.": a full name, then what it belongs to)
    if (w === 'of' && ws[i + 1] === 'the' && taken.length >= 2 && taken.length <= 3 && taken.every(isCap) && !taken.some((x) => TITLE_WORDS.test(x)) && !looksLikeOrganisation(taken.join(' '))) break;
    // "said Ann Lee afterwards.": an adverb of time after a name is not part of it
    if (taken.length > 0 && taken.every(isCap) && /^(?:afterwards?|later|earlier|today|tonight|yesterday|again|too|also|then|once|now|first|recently)$/u.test(w)) break;
    // ("noted the Milwaukee Journal Sentinel this summer.": nor is a span of time that follows it)
    if (taken.some(isCap) && taken.every((x, k) => isCap(x) || (k === 0 && DETERMINER.test(x))) && /^(?:this|last|next|earlier|later)$/u.test(w) && /^(?:week|month|year|summer|spring|fall|autumn|winter|morning|afternoon|evening|weekend|season)[.,;!?]?$/u.test(ws[i + 1] ?? '')) break;
    if (NAME_ABBREVIATION.test(raw) && taken.length < 7) {
      taken.push(raw);
      continue;
    }
    if (w) taken.push(w);
    if (w !== raw || taken.length >= 8) break;
  }
  if (!taken.length) return undefined;
  const phrase = taken.join(' ');
  const found = unnamedSource(phrase) ?? roleAndName(phrase) ?? chunkPhrase(phrase);
  // "said the company’s chief executive, Ann Lee,": a description named in apposition
  const apposition = found?.kind === 'description' ? /^[^,]*,\s*([^,.;]+)/u.exec(rest)?.[1] : undefined;
  const named = apposition ? readPhrase(`${found!.text}, ${apposition}`) : undefined;
  return named?.kind === 'name' ? named : found;
}

/** The noun phrase that ends `text` ("… is a message", "… with one poster"). */
export function trailingPhrase(text: string): Phrase | undefined {
  // ("Sen. Ann Lee, R-Ariz., who said": a party and state set off by commas after a name is no name)
  const w = words(text.replace(/[,;:]\s*$/u, '').replace(PARTY_TAG_AFTER, ''));
  const taken: string[] = [];
  for (let i = w.length - 1; i >= 0 && taken.length < 6; i--) {
    const x = w[i]!;
    if (/[,;:.!?]$/u.test(x) && taken.length > 0) break;
    if (NP_STOP.has(x.toLowerCase()) || /^(?:is|are|was|were|be|get|got|has|have|had|of)$/i.test(x)) break;
    // "… of the ladder Buck Mulligan": a proper name read backwards ends at the first lower-case word
    if (taken.length > 0 && taken.every(isCap) && !isCap(x) && !DETERMINER.test(x)) break;
    taken.unshift(x);
    if (DETERMINER.test(x)) break;
  }
  if (taken.length === 0) return undefined;
  if (!DETERMINER.test(taken[0]!) && !isCap(taken[0]!)) return taken.length === 1 ? chunkPhrase(taken[0]!) : undefined;
  return chunkPhrase(taken.join(' '));
}
