/**
 * He or she before a verb of speech: a person named earlier in the same
 * sentence, or the subject of the sentence just before, rather than the last
 * speaker.
 */
import { isPlace } from './entities.js';
import { genderOf, HONORIFIC, looksLikeOrganisation, PRONOUNS, SPEECH_VERB_EN as SPEECH_VERB, wordRegExp } from './lexicon.js';
import { scanMarks } from './marks.js';
import { BRACKET_ASIDE, DATELINE, descriptionHead, plausibleSpeaker, readPhrase, trailingPhrase, type Phrase } from './names.js';
import { sentenceStarts } from './sentences.js';
import { commonWord, DEMONYMS, IRREGULAR_PAST, isRoleWord, NAME_WORD, openingParticiple, PERSON_NOUNS, SPEAKER_NOUNS, SURVEY_NOUNS, TITLE_WORDS, withoutOpeningAdverb } from './nouns.js';
import { heOrSheFits, sameName, type Entity, type SpeakerRegistry } from './speakers.js';
import { mainClause, roleSubject } from './subjects.js';
import { laterClauseName } from './clauses.js';

/** Words that speak of a third person of the pronoun's gender ("his first year", "he was"). */
export function talksAbout(content: string, pronoun: string): boolean {
  const g = PRONOUNS[pronoun.toLowerCase()];
  const third = g === 'male' ? /(?<![\p{L}’'])(?:he|him|his)(?![\p{L}’'])/iu : g === 'female' ? /(?<![\p{L}’'])(?:she|her|hers)(?![\p{L}’'])/iu : undefined;
  return third !== undefined && third.test(content);
}

/** The end of text that leaves a name the object of a preposition: "next to (Mr) …", "with …". */
const AFTER_PREPOSITION = /(?<![\p{L}])(?:to|with|beside|alongside|behind|against|for|from|by|of|at|near)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sir|Lord|Lady)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)?$/u;

/** "… asked Tom Hale whether …": group 1 the one asked. */
const ASKED_WHETHER = /(?<![\p{L}])asked\s+((?:\p{Lu}[\p{L}’'.-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+(?:whether|if|about|why|how|what|when|where)(?![\p{L}])/u;

/** Whether a sentence opens with `pronoun` as its subject ("He …", "And she …"). */
export const opensWithPronoun = (sentence: string, pronoun: string): boolean =>
  new RegExp(`^\\s*(?:(?:But|And|Yet|So|Then|Later|Now|Instead),?\\s+)?${pronoun}\\s`, 'iu').test(sentence);

/**
 * "X's sister pleaded with him …, but he replied": a he or she after a person
 * named earlier in the same sentence means that person (one whose gender is
 * known to fit first, else the first named), not the last speaker.
 */
export function namedInSentence(registry: SpeakerRegistry, sentence: string, pronoun: string): Entity | undefined {
  const g = PRONOUNS[pronoun.toLowerCase()];
  if (g !== 'male' && g !== 'female') return undefined;
  const at = [...sentence.matchAll(new RegExp(`(?<![\\p{L}])${pronoun}(?![\\p{L}])`, 'giu'))].pop()?.index;
  if (at === undefined) return undefined;
  const head = sentence.slice(0, at);
  // ("Cost estimates, he added, were …": a pronoun and its verb set off by commas report the sentence; it is not
  // someone its subject names)
  if (/,\s*$/u.test(head) && /^\p{L}+\s+(?:\p{Ll}+ly\s+)?\p{Ll}+,/u.test(sentence.slice(at))) return undefined;
  // ("He lambasted the deal made by Ann Lee, who he noted was …": a sentence whose subject is the same pronoun has
  // one "he" throughout, not someone named between)
  if (at > 0 && opensWithPronoun(head, pronoun)) return undefined;
  const named: { e: Entity; at: number; owner: boolean; speaks: boolean }[] = [];
  for (const e of registry.all()) {
    if (e.kind !== 'person' || e.narrator || (e.gender !== undefined && e.gender !== g)) continue;
    const forms = new Set(e.names.filter((n) => /^\p{Lu}/u.test(n) && n !== 'I').flatMap((n) => n.split(/\s+/u)).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w) && !HONORIFIC.test(w)));
    for (const w of forms) {
      const m = wordRegExp(w).exec(head);
      // ("standing next to Mr Blair he added": one after a preposition is not who "he" is)
      if (m) {
        const next = head.slice(m.index + m[0].length);
        if (!AFTER_PREPOSITION.test(head.slice(0, m.index))) named.push({ e, at: m.index, owner: /^['’]s?(?![\p{L}])/u.test(next), speaks: SPEECH_VERB.test(/^\s+(\p{Ll}+)/u.exec(next)?.[1] ?? '') });
      }
    }
  }
  // ("Asked about Mr Smith's post Mr Lowe told … he thought": not an owner when someone else named speaks in the sentence;
  // "Thomas' sister pleaded with him …, but he replied" is Thomas)
  const meant = named.some((n) => n.speaks) ? named.filter((n) => !n.owner) : named;
  // (the gender a person was called by, or the one their given names say: "Bernie Sanders … Sanders" fits "he" as well
  // as one called "he" before)
  meant.sort((a, b) => Number((b.e.gender ?? b.e.nameGender) === g) - Number((a.e.gender ?? a.e.nameGender) === g) || a.at - b.at);
  return meant[0]?.e;
}

/**
 * "Ann Lee won the award. She said, “…”": he or she opening a report of
 * speech means the person named as the subject of the sentence just before
 * it (when the gender fits), not whoever spoke last. `before` is the
 * paragraph up to and including the pronoun's sentence; when that sentence
 * opens the paragraph, the last sentence of `previous` (the paragraph before)
 * is read instead ("Ann Lee said she was glad. ¶ “…,” she said."). Sentences
 * whose subject is the same pronoun are passed back over. `speakingOnly`: the
 * quotation speaks of a third person of that gender, so the subject counts
 * only if its sentence reports speech.
 */
export function previousSubject(registry: SpeakerRegistry, before: string, pronoun: string, previous?: string, speakingOnly = false): Entity | undefined {
  const g = PRONOUNS[pronoun.toLowerCase()];
  if (g !== 'male' && g !== 'female') return undefined;
  // The sentences before the pronoun's, latest first: in its paragraph, then (when the paragraph ends a sentence) the one before.
  const starts = sentenceStarts(before);
  const earlier: string[] = [];
  const quotedHere = quotedIn(before);
  let k = starts.length - 2;
  for (; k >= 0 && !quotedHere(starts[k]!); k--) earlier.push(before.slice(starts[k], starts[k + 1]));
  // (the paragraph before is read too when nothing in this one stopped the reading: "He sees Owen as …" may open it)
  if (k < 0 && previous !== undefined && /[.!?]["”’]?\s*$/u.test(previous)) {
    const at = sentenceStarts(previous);
    const quotedBefore = quotedIn(previous);
    for (let k = at.length - 1; k >= 0 && !quotedBefore(at[k]!); k--) earlier.push(previous.slice(at[k], at[k + 1]));
  }
  // "Dawson played a part …. However he hopes …. ¶ “…,” he said.": a sentence whose subject is the same pronoun passes it back (three times at most)
  // (with nothing before it in reach, whom it means is not this function's to say)
  // (as is one that closes with "…, he said.": "Mr Blair has “…”, he said. ¶ And he confirmed …")
  // ("While saying he admired …, he bitterly criticised …": or whose main clause does, after an opening one)
  const samePronoun = new RegExp(`^\\s*(?:(?:However|But|And|Yet|Still|Now|Then|So|Instead),?\\s+)?${pronoun}\\s|^\\s*(?:While|When|After|Before|Although|Though|As|Since|Despite|In)\\s[^,]{3,150},\\s*${pronoun}\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+|[,"”’]\\s*${pronoun}\\s+(?:said|says|added|adds|told|explained|insisted)\\b[^,;:]*$`, 'iu');
  let hops = 0;
  while (earlier.length > 0 && hops < 3 && samePronoun.test(earlier[0]!)) {
    earlier.shift();
    hops++;
  }
  const sentence = earlier[0];
  // a sentence that opens with a quotation is not narration whose subject a pronoun takes up
  if (sentence === undefined || /^\s*["“”«»„]/u.test(sentence)) return undefined;
  // (`speakingOnly`: the quotation speaks of a "him"; its speaker is the sentence's subject only if it reports him speaking)
  if (speakingOnly && !SPEECH_VERB.test(sentence)) return undefined;
  // ("Ann Lee asked Tom Hale whether … ¶ “…,” he said.": the one asked answers, when the pronoun fits him and not her)
  const asked = ASKED_WHETHER.exec(sentence);
  const answerer = asked ? registry.find(asked[1]!) : undefined;
  if (answerer && answerer.kind === 'person' && heOrSheFits(registry.resolve(answerer), g, true)) {
    const asking = trailingPhrase(sentence.slice(0, asked!.index));
    const asker = asking && asking.kind !== 'pronoun' ? registry.find(asking.text) : undefined;
    if (!asker || !heOrSheFits(registry.resolve(asker), g, true)) return registry.resolve(answerer);
  }
  // (a subject that names no one, "France have won … but captain Ann Lee sees hope", leaves the one person the sentence names;
  // one of two, "Lee and her coach Tom Reed have …", or a source that is no name, "According to the report, …", leaves no one)
  // ("Google has no connection with Speegle …, said Mr Renton.": a sentence its close attributes is its speaker's)
  // ("Roads are to be cut first but Linda Knox says other services will suffer.": a later clause's reporter, over a
  // subject whose verb is not one of speech)
  const subject = closingSpeaker(sentence) ?? reporterOrSubject(sentence) ?? describedPerson(registry, sentence);
  const context = `${previous ?? ''} ${before}`;
  const phrase = subject && (namesSomeone(registry, subject, context) || subject.kind !== 'name' || /^(?:and|or|nor)$/u.test(subject.verb)) ? subject : onlyPersonNamed(registry, sentence);
  if (!phrase || !namesSomeone(registry, phrase, context)) return undefined;
  const e = registry.find(phrase.text) ?? registry.register(phrase.text, { kind: 'person', title: phrase.title });
  const target = registry.resolve(e);
  if (target.narrator || !heOrSheFits(target, g, true)) return undefined;
  // a title gives gender by its head noun ("Her husband" is a man)
  const given = genderOf([...target.names, ...[...target.titles, phrase.title ?? ''].map(descriptionHead)].join(' '));
  if (given !== undefined && given !== g) return undefined;
  return target;
}

/** "A confident-seeming Manafort bragged …": an article and words in lower case before a name, then its verb. */
// (words that describe, not a preposition: "The race between Clinton and Sanders has …" names no subject; a verb after the name)
const DESCRIBED_NAME = new RegExp(
  `^\\s*(?:[Aa]n?|[Tt]he)\\s+(?:(?!(?:of|between|with|for|in|on|at|to|from|by|and|or|about|against|over|under|after|before)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){1,3}(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+ed|\\p{Ll}+s|${IRREGULAR_PAST})(?![\\p{L}])`,
  'u',
);

/** Words of a party or a faith that a capital opens, which an article and an adjective may stand before ("a senior Democrat"). */
const PARTISAN = /^(?:Democrat|Republican|Conservative|Liberal|Labour|Tory|Independent|Green|Socialist|Communist|Democratic|Catholic|Protestant|Muslim|Jew|Christian|Evangelical)s?$/u;

/**
 * "In an interview …, a confident-seeming Manafort bragged …. “…,” he said.": a name after an article and words that
 * describe its person is the subject; not a party's or a faith's word, a people's or a role ("a senior Democrat", "a
 * young Texan"), unless the text already knows that person.
 */
function describedPerson(registry: SpeakerRegistry, sentence: string): (Phrase & { verb: string }) | undefined {
  const m = DESCRIBED_NAME.exec(mainClause(sentence));
  if (!m) return undefined;
  const e = registry.find(m[1]!);
  if (e) return e.kind === 'person' && !e.narrator ? { kind: 'name', text: m[1]!, verb: m[2]! } : undefined;
  const word = m[1]!.trim();
  if (/\s/u.test(word) || PARTISAN.test(word) || DEMONYMS.test(word) || isRoleWord(word) || looksLikeOrganisation(word)) return undefined;
  return { kind: 'name', text: word, verb: m[2]! };
}

/**
 * Whether a subject names a person: a full name, a single word followed by a verb, or one the text has already
 * introduced as someone ("Once more she …" names no one); not one word that `text` also writes in lower case.
 */
function namesSomeone(registry: SpeakerRegistry, phrase: Phrase & { verb: string }, text = ''): boolean {
  // ("Mr Brown's Budget was …": a possessive inside a name makes it a thing of someone's, not a person)
  if (phrase.kind !== 'name' || !plausibleSpeaker(phrase) || looksLikeOrganisation(phrase.text) || /['’]s(?:\s|$)/u.test(phrase.text)) return false;
  if (registry.find(phrase.text) !== undefined || /\s/u.test(phrase.text)) return true;
  if (commonWord(phrase.text, text)) return false;
  return /(?:ed|s)$|^(?:will|would|can|could|may|might|must|should|had|did|doesn|didn|isn|wasn|hasn|hadn|couldn|wouldn|shouldn|said|told|wrote|won|made|went|took|gave|came|saw|got|had|met|ran|led|left|spoke|hit|beat|put|set|cut|let|lost|struck|fought|threw|became|began|held|kept|felt|found|brought|sent|built|stood|sat|fell|knew|thought|bought|sold|paid|rode|drove|swam|sang|shot|broke|chose|flew|grew|hid|rose|shook|stole|wore|woke)$/u.test(phrase.verb);
}

/** A lower-case role before a full name marks a person (AP's false titles: "England coach Ann Lee", "striker Tom Reed"). */
const ROLE_NAME = new RegExp(`(?<![\\p{L}])(\\p{Ll}[\\p{Ll}-]+)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})(?![\\p{L}])`, 'gu');
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])((?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?![\\p{L}])`, 'gu');

/**
 * "… - and England coach Ann Lee is under no illusions. ¶ “…,” she said.":
 * when the sentence before has no person for its subject, the one person it
 * names (with a role before a full name, an honorific, or already known as a
 * person) is whom he or she means. Two people named: nobody.
 */
function onlyPersonNamed(registry: SpeakerRegistry, sentence: string): (Phrase & { verb: string }) | undefined {
  const found: Phrase[] = [];
  for (const m of sentence.matchAll(ROLE_NAME)) {
    if (PERSON_NOUNS.test(m[1]!) || TITLE_WORDS.test(m[1]!) || SPEAKER_NOUNS.has(m[1]!)) found.push({ kind: 'name', text: m[2]!, title: m[1]! });
  }
  for (const m of sentence.matchAll(HONORIFIC_NAME)) found.push({ kind: 'name', text: m[1]! });
  for (const e of registry.all()) {
    if (e.kind !== 'person' || e.narrator) continue;
    const full = e.names.find((n) => /^\p{Lu}\S*\s+\p{Lu}/u.test(n) && !/^(?:The|A|An)\s/u.test(n));
    // (or by the surname alone, as news names someone after the first time: "… a defining one for Reed.")
    const surname = full?.split(/\s+/u).pop();
    if (full && (sentence.includes(full) || (surname!.length > 2 && wordRegExp(surname!).test(sentence)))) found.push({ kind: 'name', text: full });
  }
  const people = found.filter((p) => !looksLikeOrganisation(p.text) && plausibleSpeaker(p));
  const first = people[0];
  if (!first || people.some((p) => !sameName(p.text, first.text))) return undefined;
  return { ...first, verb: '' };
}

const NAMED = `(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(?:${NAME_WORD}\\s+){0,2}${NAME_WORD}`;
const CLOSING_VERB = '(?:said|says|added|adds|explained|insisted|argued|stressed|warned|claimed)';
/** "…, said (chief executive) Mr Renton.", "…, Mr Renton said.": the named speaker a sentence closes with. */
const CLOSING_ATTRIBUTION = new RegExp(
  `,["”’]?\\s+(?:${CLOSING_VERB}\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,3}(${NAMED})|(${NAMED})\\s+${CLOSING_VERB})\\s*[.!?]?\\s*$`,
  'u',
);

/** Verbs of speech in lower case only: "the United States' …", "World Business Report" hold none. */
const SPEECH_VERB_LOWER = new RegExp(SPEECH_VERB.source, 'gu');

/** "as The Daily Post ", "as the Post ": "as" and a name in capitals, right before a verb of speech. */
const AS_SOURCE = /(?:^|[\s,(])[Aa]s\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){1,4}$/u;

/** The name right before a verb of speech that opens a later clause of `sentence` ("…, but Ms Lee said …"), as a subject phrase. */
function clauseReporter(sentence: string): (Phrase & { verb: string }) | undefined {
  for (const m of sentence.matchAll(SPEECH_VERB_LOWER)) {
    // ("…, and as The Daily Post reported yesterday, Ann Lee told …": the source of the news in an aside is no reporter)
    if (AS_SOURCE.test(sentence.slice(0, m.index))) continue;
    const phrase = m.index > 0 ? laterClauseName(sentence.slice(0, m.index)) : undefined;
    if (phrase) return { ...phrase, verb: m[0] };
  }
  return undefined;
}

/** The subject of `sentence` when its verb is one of speech, else the reporter of a later clause, else the subject. */
function reporterOrSubject(sentence: string): (Phrase & { verb: string }) | undefined {
  const opening = subjectOfSentence(sentence);
  // ("Hewitt said he had had a “gutful” …, but Tennis Australia's Geoff Pollard rejected his comments. “…,” he said.":
  // one who answers the first in a later clause is whom the next "he" means)
  const answer = opening ? answeringClause(sentence) : undefined;
  if (answer && !sameName(answer.text, opening!.text)) return answer;
  return opening && SPEECH_VERB.test(opening.verb) ? opening : (clauseReporter(sentence) ?? opening);
}

/** Verbs with which a later clause answers what the first said: of speech, or of disagreement. */
const ANSWERING = new RegExp(`${SPEECH_VERB.source}|(?<![\\p{L}])(?:rejected|rejects|dismissed|dismisses|disagreed|disagrees|disputed|disputes|countered|counters|criticised|criticized|defended|defends)(?![\\p{L}])`, 'gu');

/** The name that opens a clause after "but" (or "while", "whereas") with a verb that answers: "…, but Ann Lee rejected …". */
function answeringClause(sentence: string): (Phrase & { verb: string }) | undefined {
  const but = /[,;]?\s+(?:but|while|whereas)\s+/u.exec(sentence);
  if (!but) return undefined;
  for (const m of sentence.matchAll(ANSWERING)) {
    if (m.index < but.index + but[0].length) continue;
    const phrase = laterClauseName(sentence.slice(0, m.index));
    if (phrase && sentence.indexOf(phrase.text, but.index) >= but.index) return { ...phrase, verb: m[0] };
    return undefined;
  }
  return undefined;
}

/** The person a sentence's closing attribution names, as a subject phrase. */
function closingSpeaker(sentence: string): (Phrase & { verb: string }) | undefined {
  const m = CLOSING_ATTRIBUTION.exec(sentence);
  const phrase = m ? readPhrase(m[1] ?? m[2]!) : undefined;
  return phrase?.kind === 'name' ? { ...phrase, verb: 'said' } : undefined;
}

/**
 * Between a name and its verb: an apposition with no comma in it ("Ann Lee, 41, said"), or a relative clause, whose
 * commas may part a list ("Westmacott, who served in Iran, Turkey and France, praised …").
 */
const APPOSITION = `(?:,[^,]{2,150},["”’]?|,\\s+(?:who|which|whose)\\s[^;:"“”]{2,150}?,["”’]?)?`;
/**
 * Opening phrases set off by a comma ("In the final,", "On Monday,") that are not the subject, and a participle's
 * clause closed by a comma or ended by an honorific's name ("Asked about the plan Mr Lee told …").
 */
const OPENING = new RegExp(
  // ("At a rally in Portland, Maine, on Thursday afternoon, Trump included …": a place's state, and a time, in
  // segments of their own after the first)
  // ("Meanwhile Rihanna, who was honored …, spoke": not a segment a relative clause follows, which ends on a name)
  String.raw`^\s*(?:(?:In|On|At|After|During|Later|Earlier|Before|Since|Last week|Meanwhile|However|Still|Yesterday|Today)\b[^,]{0,60},["”’]?(?!\s*(?:who|whose|which)\s)\s*(?:(?<=\s(?:in|at|near|from)\s\p{Lu}\p{Ll}+,\s*)\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?,\s*)?(?:(?:on|last|this|early|late)\s[^,.;:]{1,40},\s*)?|Asked\b[^,.;:]{0,80}?(?:,\s*|\s+(?=(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\s)))` +
    // ("Preceded at the lectern by Joe Arpaio, the sheriff, Trump launched …": a participle's clause with its agent,
    // apposition and all, up to the comma before a name and its verb)
    String.raw`|^\s*\p{Lu}\p{Ll}+ed\s(?=[^,.;:]{0,60}\bby\s)[^.;:"“”]{0,160}?,\s*(?=(?:${NAME_WORD}\s+){0,2}${NAME_WORD}\s+\p{Ll})` +
    // ("A potential vice president pick, Haley is the daughter of …": a description in apposition before the name it describes)
    String.raw`|^\s*(?:A|An)\s[^,.;:"“”]{2,60},\s*(?=(?:${NAME_WORD}\s+){0,2}${NAME_WORD}\s+\p{Ll})`,
  'u',
);
const STRICT_SUBJECT = new RegExp(`^\\s*((?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(?:${NAME_WORD}\\s+){0,3}${NAME_WORD})${APPOSITION}\\s+(?:(?:\\p{Ll}+ly|himself|herself)\\s+)?(\\p{Ll}+)`, 'u');
/** "Her husband, Frank, was …", "The new coach, Ann Moss, said …", "Trump's wife, Melania, is …": described, then named (a second apposition may follow: "His friend, Saxon Spence, leader of the county group, lays …"; after an opening phrase, "On CNN Tuesday, his wife, Jane, called …"). */
const DESCRIBED_SUBJECT = new RegExp(`^\\s*((?:[Hh]is|[Hh]er|[Tt]heir|The|A|An|\\p{Lu}\\p{Ll}+['’]s)\\s+[\\p{Ll}\\s-]{2,40}?,\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}),\\s+(?:[^,"“”]{2,80},\\s+)?(?:(?:\\p{Ll}+ly|himself|herself)\\s+)?(\\p{Ll}+)`, 'u');
const ROLE_SUBJECT = new RegExp(`^\\s*((?:[\\p{L}’'.-]+\\s+){0,6}${NAME_WORD})${APPOSITION}\\s+(?:(?:\\p{Ll}+ly|himself|herself)\\s+)?(\\p{Ll}+)`, 'u');

/** A sentence that opens with "Asked" and ends with a clause of a name and its verb, after a comma. */
const ASKED_THEN_NAME = new RegExp(`^\\s*Asked\\s[^.;:!?"“”]*,\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)(?:\\s[^,.;:!?"“”]{0,60})?[.!?]?\\s*$`, 'u');

/** "Jr." or "Sr." after a capitalised word (with or without a comma before it): kept in a subject as a word of its name, without the stop. */
const NAME_SUFFIX = /(\p{Lu}[\p{L}’'-]+),?\s+(Jr|Sr)\.(?=[,\s])/u;

/** The words before a name end with a preposition. */
const PREPOSITION_END = /(?:^|\s)(?:against|of|for|with|in|at|by|from|to|on|over|under|after|before|about|between|into|like|than|as)\s+$/iu;

/**
 * "…, observed Jack Boorman, adviser to the director.": a verb of speech after a comma, then a name that ends the
 * sentence or opens an apposition, or a phrase of where they work ("…, says Ann Lee of the Pew Research Center.").
 */
const INVERTED_REPORTER = /,\s+(said|says|added|adds|observed|observes|noted|notes|explained|explains|argued|argues|warned|warns|insisted|insists|claimed|claims|admitted|admits|conceded|concedes|remarked|remarks)\s+((?:\p{Lu}[\p{L}.’'-]*\s*){1,4}?)\s*(?:,[^;]{2,120}|\s(?:of|at|from|with)\s[^,;]{2,80})?[.!?]?\s*$/u;

/**
 * The subject of a sentence when it is a person named at its start, with an
 * apposition after the name or a title before it ("Ann Lee, a nurse, said",
 * "Lee’s daughter May Chen said", "Harbour master Tom Reed said"), or one
 * named after the report's verb ("…, observed Jack Boorman, adviser to …").
 */
export function subjectOfSentence(sentence: string): (Phrase & { verb: string }) | undefined {
  // "But Mrs Lee, who …, was adamant": a conjunction opening the sentence is not part of the subject
  // ("After claiming their first Triple Crown for 19 years, Wood tips …": a longer opening clause too;
  // "According to Dornic, …" names whom the sentence is about)
  // ("Rep. Sean Duffy (R-Wisc.) also addressed …": a party and state, or any short aside in brackets, is no part of the subject)
  // ("Asked whether he was concerned that Donald Trump, the nominee, who has …, could be …, Ban demurred.": after a
  // long "Asked …" clause, the name and verb of the last clause)
  const asked = ASKED_THEN_NAME.exec(sentence);
  const answerer = asked ? readPhrase(asked[1]!) : undefined;
  if (answerer?.kind === 'name' && answerer.text === asked![1]) return { ...answerer, verb: asked![2]! };
  // ("Vice President Joseph R. Biden Jr., in an interview …, blurted out": "Jr." or "Sr." after a name is part of it)
  const opened = sentence.replace(DATELINE, '').replace(OPENING, '').replace(BRACKET_ASIDE, '').replace(NAME_SUFFIX, '$1 $2');
  const according = /^\s*According\s+to\s+([^,;:]{2,60}),/iu.exec(opened);
  if (according) {
    // (the source, as the subject of what it says; one that is no name, "the report", is kept too, and names no one)
    const source = readPhrase(according[1]!);
    return source && !/['’]s?$/u.test(source.text) ? { ...source, verb: 'said' } : undefined;
  }
  // ("Real losses have been suffered and somebody has to pay, observed Jack Boorman, adviser to …": a report whose
  // verb and speaker come after it is that speaker's sentence)
  const reporter = INVERTED_REPORTER.exec(opened);
  const reported = reporter ? readPhrase(reporter[2]!) : undefined;
  if (reported?.kind === 'name' && reported.text === reporter![2]) return { ...reported, verb: reporter![1]! };
  // ("83-year-old Yuji Shimizu contemplates …": an age before the name is not part of it)
  // ("But federation chief Ray Dunne hit back": a role in lower case may follow the conjunction)
  // ("Even Mike Pence, Trump's running mate, can't …", "Now Ryan is doing …": nor an adverb before a capital)
  const text = withoutOpeningAdverb(mainClause(opened).replace(/^\s*(?:(?:But|And|Yet|So)\s+(?=\p{Lu})|(?:But|And|Yet)\s+(?=\p{Ll}))/u, '')).replace(/^\s*\d{1,3}-year-old\s+(?=\p{Lu})/u, '');
  const role = roleSubject(text);
  if (role && !/['’]s?$/u.test(role.text)) return role;
  for (const re of [ROLE_SUBJECT, STRICT_SUBJECT, DESCRIBED_SUBJECT]) {
    const m = re.exec(text);
    if (!m || (re !== DESCRIBED_SUBJECT && /^(?:The|A|An|It|This|That|These|Those|There|He|She|They|We|I|But|And|When|While|For|As|If)\s/u.test(m[1]!))) continue;
    // "Ann Lee, 41, who gave …, was …": a relative pronoun is no verb, the apposition has not ended
    if (/^(?:who|whose|whom|which|that)$/u.test(m[2]!)) continue;
    // ("Smoke-free areas will save lives": a capitalised compound that opens the sentence is no name)
    if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(m[1]!)) continue;
    // ("Rejecting requests from the administration, the justices declined …": a participle that opens a clause set off
    // by a comma is no name)
    if (openingParticiple(m[1]!, text.slice(m.index + m[0].length))) continue;
    // ("Media observers had been surprised": a noun after the capital is a description, not the verb after a name)
    if (SPEAKER_NOUNS.has(m[2]!) || SURVEY_NOUNS.test(m[2]!)) continue;
    const phrase = readPhrase(m[1]!);
    // ("… good displays against West Brom and Aston Villa have …": a name after a preposition is not the subject)
    if (phrase?.kind === 'name' && m[1]!.endsWith(phrase.text) && PREPOSITION_END.test(m[1]!.slice(0, -phrase.text.length))) continue;
    // the whole phrase is the name, or a title and the name ("won the Budweiser Man" is not a title)
    // ("Fox News’ Bret Baier noticed", "Nissan's Naoki Yamamoto said": or the name after its employer's possessive)
    const employed = phrase?.kind === 'name' && m[1]!.endsWith(phrase.text) && /(?:['’]s|s['’])\s+$/u.test(m[1]!.slice(0, -phrase.text.length));
    // ("Republican Rep. Lee Zeldin of New York, a Trump supporter, said": or the name and the state or country it is of)
    const home = phrase?.kind === 'name' && m[1]!.startsWith(phrase.text) ? /^\s+of\s+(.+)$/u.exec(m[1]!.slice(phrase.text.length)) : null;
    const fromPlace = home !== null && isPlace(home[1]!);
    if (phrase?.kind === 'name' && !/['’]s?$/u.test(phrase.text) && (phrase.text === m[1] || employed || fromPlace || (phrase.title !== undefined && m[1]!.endsWith(phrase.text)))) return { ...phrase, verb: m[2]! };
  }
  return undefined;
}

/** Whether an offset of `text` lies inside a quotation, by the mark scanner (marks.ts): scanned once, asked often. */
function quotedIn(text: string): (at: number) => boolean {
  const spans = scanMarks(text, 'en');
  return (at) => spans.some((s) => s.start < at && at < s.end);
}
