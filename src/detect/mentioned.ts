/**
 * Who the narration names, before its reports of speech are read: people
 * introduced with an apposition ("Ann Lee, a nurse,"), titled names and
 * companies, names opening a sentence before a verb, and the teams and
 * bodies that are never "he" or "she" ("Tonga have …", "X, one of the …
 * sides,"). Known people whose surname comes up are marked as seen now.
 */
import { collectiveApposition, pluralSubjects, venueNames } from './entities.js';
import { genderOf, looksLikeOrganisation, wordRegExp } from './lexicon.js';
import { PARTY_MEMBER, plausibleSpeaker, readPhrase } from './names.js';
import { commonWord, DEMONYMS, FUNCTION_CAPS, IRREGULAR_PAST, isRoleWord, NAME_WORD, OPENING_ADVERB, openingParticiple, SPEAKER_NOUNS, SURVEY_NOUNS } from './nouns.js';
import { mentions, REPORT_VERBS_EN } from './rules.js';
import { lastSentence } from './sentences.js';
import { givenNameGender } from './given-names.js';
import type { SpeakerRegistry } from './speakers.js';

/** A word that opens a clause and is no part of the name after it ("In Leeds, …", "After Ann Lee, …"). */
// ("Even Mike Pence, Trump's running mate, can't …": nor an adverb that opens the sentence, OPENING_ADVERB)
const OPENER_WORD = /^(?:For|In|On|At|Of|About|After|Before|But|And|When|While|Since|As|With|Like|Unlike|Despite|Regarding|From|To|Against|Without|Under|Over)$/;
const opener = (w: string): boolean => OPENER_WORD.test(w) || OPENING_ADVERB.test(w);

/** "Ann Lee, a nurse,": a name and an apposition after a comma. */
// (a word with a full stop is an initial or "St.", never one that ends a sentence: "… beat Lia Ruiz. Tom Hrib, who …")
const INTRODUCED = new RegExp(`((?:[\\p{Lu}](?:[\\p{L}’'-]+|\\p{L}?\\.)\\s+){1,3}${NAME_WORD}),\\s+(?:a|an|the|\\p{Ll})`, 'gu');
/** "David Blunkett - who has resigned as home secretary - built …": a name and an apposition between dashes. */
const INTRODUCED_DASH = new RegExp(`((?:[\\p{Lu}](?:[\\p{L}’'-]+|\\p{L}?\\.)\\s+){1,3}${NAME_WORD})\\s+[-–—]\\s+(?:a|an|the|\\p{Ll})[^-–—.!?"“”]{2,150}?\\s[-–—]\\s`, 'gu');
/** The apposition itself, after the comma: "a shipping magnate" of "Jonas Ekberg, a shipping magnate, …". */
const APPOSITION = /^\s*((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}-]+)(?=,|\s+(?:who|whose|which)\s)/u;
/** A capitalised word and "for" right before a name: the name is the end of a longer one, a body's ("Democrats for Education Reform"). */
const NAME_GOES_ON = /(\p{Lu}[\p{L}’'-]*)\s+for\s+$/u;
/** Whether a name right after `before` is the end of a longer one: after a capitalised word that is no function word ("But for Allen Weiner, …" is his) and "for". */
function endOfLongerName(before: string): boolean {
  const w = NAME_GOES_ON.exec(before)?.[1];
  return w !== undefined && !FUNCTION_CAPS.has(w) && !opener(w);
}
/** A number or a quantifier right before a name: "three Grand Slams", "both Wimbledon titles". */
const COUNTED = /(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|both|all|numerous|multiple)\s+$/iu;
/** "Buck Mulligan peeped": a name opening a sentence before a verb in -ed or -s. */
// ("Justine Henin-Hardenne lost to …": or a common verb whose past is irregular)
const IRREGULAR = `${IRREGULAR_PAST}|will`;
const OPENS_SENTENCE = new RegExp(`(?:^|[.!?]\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?!(?:this|his|its|us|thus|plus|unless|across)(?![\\p{L}]))(\\p{Ll}+(?:ed|s)|${IRREGULAR})(?![\\p{L}])`, 'gu');
/** "But Amber Rose couldn't keep her …": a full name, then "her", "his", "she" or "he" in its clause. */
const WITH_PRONOUN = new RegExp(`(?:^|[.!?]\\s+|\\b(?:But|And|When|While|As)\\s+)(${NAME_WORD}\\s+${NAME_WORD})\\s+(?:[\\p{Ll}’']+\\s+){1,6}?(her|his|she|he)(?![\\p{L}])`, 'gu');

/** "To (a description) Ann Lee, …" opening a sentence: the one whose view it gives. */
const VIEW_OF = new RegExp(`(?:^|[.!?]["”’]?\\s+)To\\s+(?:[\\p{L}’'-]+\\s+){0,6}?(${NAME_WORD}\\s+${NAME_WORD}),\\s`, 'gu');

/** "Tough-scrummaging prop Julian White is expecting …": a role word, then a full name, opening the sentence before its verb. */
// ("Manchester City's Paul Bosvelt will find out …": an owner's name may stand where the role does)
const ROLE_OPENS = new RegExp(`(?:^|[.!?]\\s+)((?:[\\p{L}-]+\\s+){0,3}(?:\\p{Ll}[\\p{Ll}-]+|\\p{Lu}[\\p{L}-]*['’]s)\\s+${NAME_WORD}\\s+${NAME_WORD})\\s+(?:is|was|has|had|will|\\p{Ll}+ed|\\p{Ll}+s)(?![\\p{L}])`, 'gu');

/**
 * "But a spokesman for the Home Office defended the proposals. He said: …": an unnamed spokesperson
 * opening a sentence before a verb (not one of speech: that is read as a report of speech) is
 * someone "he" or "she" may mean next.
 */
const SPOKESPERSON_OPENS = /(?:^\s*|[.!?]["”’]?\s+)(?:(?:But|And|Yet)\s+)?((?:A|An|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?spokes(?:man|woman|person)(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'-]*){0,4})?)\s+(?:also\s+)?(\p{Ll}+(?:ed|s))(?![\p{L}])/gu;
const REPORTS = new RegExp(`^(?:${REPORT_VERBS_EN})$`, 'u');

/**
 * "Clinton and her husband, former President Bill Clinton,": one of a family, named in apposition, is someone else
 * than the one before even with the same surname; "her" and "his" say the first one's gender.
 */
const FAMILY = new RegExp(
  `(?<![\\p{L}])(${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s+and\\s+(his|her)\\s+(?:husband|wife|son|daughter|brother|sister|father|mother|partner),\\s+((?:[\\p{L}.’'-]+\\s+){0,3}?${NAME_WORD}\\s+${NAME_WORD})(?=\\s*[,.;:!?]|\\s+\\p{Ll})`,
  'gu',
);

/**
 * "… identified herself as a 52-year-old resident named Caroline": a person introduced by a description and
 * "named" or "called", with the gender the sentence gives them, is someone a later "she" or "he" may mean.
 */
const NAMED = new RegExp(`(?<![\\p{L}])(?:a|an)\\s+(?:[\\p{L}\\d.,’'-]+\\s+){0,6}?(\\p{Ll}+),?\\s+(?:named|called)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?)(?![\\p{L}’'])`, 'gu');

/** `context`: the whole paragraph `text` is part of, where a word may also be written in lower case. */
export function noteNames(registry: SpeakerRegistry, text: string, context = text): void {
  for (const m of text.matchAll(FAMILY)) {
    const relative = readPhrase(m[3]!);
    const first = readPhrase(m[1]!);
    if (relative?.kind !== 'name' || first?.kind !== 'name' || looksLikeOrganisation(first.text) || relative.text.split(/\s+/u).pop() !== first.text.split(/\s+/u).pop()) continue;
    const one = registry.register(first.text, { kind: 'person' });
    if (one.kind === 'person') one.gender ??= m[2] === 'her' ? 'female' : 'male';
    if (!registry.find(relative.text)?.names.includes(relative.text)) registry.register(relative.text, { kind: 'person', title: relative.title, fresh: true });
  }
  for (const m of text.matchAll(NAMED)) {
    if (!SPEAKER_NOUNS.has(m[1]!) || looksLikeOrganisation(m[2]!)) continue;
    const sentence = lastSentence(text.slice(0, m.index! + m[0].length - m[2]!.length));
    const e = registry.register(m[2]!, { kind: 'person', salient: true });
    if (e.kind === 'person') e.gender ??= genderOf(sentence);
  }
  for (const name of pluralSubjects(text)) registry.collective(name);
  for (const name of venueNames(text)) registry.collective(name);
  for (const m of [...text.matchAll(INTRODUCED), ...text.matchAll(INTRODUCED_DASH)]) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[1]!.length);
    // ("has won three Grand Slams, the 2000 Australian Open, …": what is counted is no one)
    if (COUNTED.test(before)) continue;
    // ("…, Massachusetts Democrats for Education Reform, has sponsored …": the end of a longer name is no one)
    if (endOfLongerName(before)) continue;
    // ("South Carolina, he said, was “…”": a pronoun after the comma opens a clause of its own, no apposition)
    if (/^,\s+(?:he|she|they|we|it)\s/u.test(after)) continue;
    // ("…, hoping to surge in New Hampshire, called Obama a “…”": after "in" or "at", a place)
    if (/(?<![\p{L}])(?:in|at)\s+$/u.test(before)) continue;
    const name = m[1]!.split(/\s+/).filter((w, i, all) => !(i === 0 && all.length > 2 && opener(w))).join(' ');
    // "South Africa, one of the form sides," is a team, not someone introduced
    // (what follows the comma, or the dash, after the name)
    const apposed = after.slice(1);
    if (collectiveApposition(apposed)) registry.collective(name);
    else if (!looksLikeOrganisation(name) && !opener(name.split(/\s+/)[0]!)) {
      // ("Solicitor General Harriet Harman, two of …": an office of more than one word before the name is its
      // title, not part of the name; "Professor Ann Dale" keeps hers)
      const titled = readPhrase(name);
      const person = titled?.kind === 'name' && titled.title?.includes(' ') ? titled : undefined;
      const e = registry.register(person?.text ?? name, { kind: 'person', salient: true, title: person?.title });
      // ("Jonas Ekberg, a shipping magnate, …": the apposition titles the person, as "the shipping magnate" later)
      const apposition = APPOSITION.exec(apposed)?.[1];
      if (apposition && SPEAKER_NOUNS.has(apposition.split(/\s+/u).pop()!) && !e.titles.includes(apposition)) e.titles.push(apposition);
    }
  }
  for (const m of mentions(text)) registry.register(m.name, { kind: m.kind, title: m.title }).kind = m.kind;
  // "Buck Mulligan peeped …": a name opening a sentence, before a verb, is someone a pronoun may mean
  // ("Share this article" names no one: "this", "his", "its" are no verbs)
  for (const m of text.matchAll(OPENS_SENTENCE)) {
    if (SPEAKER_NOUNS.has(m[2]!) || SURVEY_NOUNS.test(m[2]!)) continue; // "Media observers were …", "Opinion polls see …": a description, not a name before its verb
    if (commonWord(m[1]!, context)) continue; // "… seal victory. Victory took …": a word, not a name
    if (openingParticiple(m[1]!, text.slice(m.index! + m[0].length))) continue; // "Rejecting requests from …, the justices …"
    const phrase = readPhrase(m[1]!);
    if (phrase?.kind === 'name' && plausibleSpeaker(phrase) && !looksLikeOrganisation(phrase.text) && !isRoleWord(phrase.text) && !/^(?:The|A|An|It|This|That|There|He|She|They|We|I)\b/.test(phrase.text)) {
      registry.register(phrase.text, { kind: 'person' });
    }
  }
  for (const m of text.matchAll(SPOKESPERSON_OPENS)) if (!REPORTS.test(m[2]!)) registry.register(m[1]!, { kind: 'person', salient: true, fresh: true });
  for (const m of text.matchAll(ROLE_OPENS)) {
    const phrase = readPhrase(m[1]!);
    if (phrase?.kind === 'name' && (phrase.title || /['’]s\s/u.test(m[1]!)) && /\s/u.test(phrase.text) && !looksLikeOrganisation(phrase.text)) registry.register(phrase.text, { kind: 'person', title: phrase.title, salient: true });
  }
  // "To political science professor Brigid Harrison, his stare seemed to reflect sadness.": whose view the sentence gives
  for (const m of text.matchAll(VIEW_OF)) {
    const gender = givenNameGender(m[1]!);
    if (gender === undefined || looksLikeOrganisation(m[1]!)) continue;
    const e = registry.register(m[1]!, { kind: 'person', salient: true });
    if (e.kind === 'person') e.gender ??= gender;
  }
  // "But Amber Rose couldn't keep her emotions in check": a full name, then "her" or "his" in its clause with no other
  // name between, is a person of that gender whom a later "she" or "he" may mean
  for (const m of text.matchAll(WITH_PRONOUN)) {
    const phrase = readPhrase(m[1]!);
    // ("The Labour candidate went on to set out his plans": an article and a capital open a description, not a name)
    if (phrase?.kind !== 'name' || looksLikeOrganisation(phrase.text) || isRoleWord(phrase.text) || /^(?:The|A|An|It|This|That|There)\b/.test(m[1]!)) continue;
    const e = registry.register(phrase.text, { kind: 'person', salient: true });
    if (e.kind === 'person') e.gender ??= /^(?:her|she)$/.test(m[2]!) ? 'female' : 'male';
  }
  for (const e of registry.all()) {
    if (e.kind !== 'person' || e.narrator) continue;
    const surname = e.names.find((n) => /^\p{Lu}/u.test(n))?.split(/\s+/).pop();
    // (not a party or a country that ends a description: "the Kentucky Republican" is not seen in "Republican leaders")
    if (surname && surname.length > 2 && !PARTY_MEMBER.test(surname) && !DEMONYMS.test(surname) && wordRegExp(surname).test(text)) registry.touch(e);
  }
}
