/**
 * The speaker of a quotation no rule attributed: a word or phrase inside a
 * report ("Mr Howard described the plans as “chaotic”", "William Hill's
 * “overwhelming evidence”"), or a quotation whose source the text names only
 * around it. A small log-linear model chooses among the article's speakers and
 * no one, from where and how each speaker is named near the quotation; its
 * weights (fragment-weights.ts) are learnt from the annotated held-out rounds
 * (BBC News and PolNeAR) by `bench/heldout/train-fragments.js`. English only; pure.
 */
import type { Evidence } from '../model/article.js';
import { spanAt } from './inlines.js';
import { NAMING_CUE, inPassive, isEnglish, looksLikeOrganisation, SPEECH_VERB_EN } from './lexicon.js';
import { inQuotation, lastVerb, mentionsOf, narration, sentenceAt, speaksIn, type Mention } from './fragment-text.js';
import type { QuoteSpan, Unit } from './quotes.js';
import { sentenceStarts } from './sentences.js';
import { givenNameGender } from './given-names.js';
import { BRACKET_ASIDE, plausibleSpeaker, readPhrase } from './names.js';
import { isRoleWord, NAME_WORD } from './nouns.js';
import { CLAUSE_AFTER, QUESTION_WORDING } from './terms.js';
import { heOrSheFits, namedWithin, type Entity, type SpeakerRegistry } from './speakers.js';

/** Names of the features of a speaker (candidate) and of "no one" (none), in the order of their weights. */
export const CANDIDATE_FEATURES = [
  'named-in-sentence-before', 'named-in-sentence-after', 'subject-of-sentence', 'verb-between', 'possessive',
  'named-in-previous-sentence', 'named-in-previous-paragraph', 'pronoun-points-here', 'most-recently-named',
  'last-speaker', 'next-speaker', 'sentences-since-named', 'not-named-before', 'share-of-quotations', 'organisation',
  'subject-and-verb', 'pronoun-and-verb', 'speaks-in-sentence', 'speaks-in-previous-sentence', 'has-spoken',
  'other-name-in-sentence', 'other-reporter-in-sentence',
] as const;
export const NONE_FEATURES = [
  'bias', 'one-word', 'two-or-three-words', 'four-to-seven-words', 'read-as-term', 'sentence-like', 'naming-cue',
  'verb-in-sentence', 'alone-in-paragraph', 'article-before',
] as const;

export interface FragmentWeights {
  candidate: readonly number[];
  none: readonly number[];
}

/** One unattributed quotation as the model sees it: the features of each candidate and of no one. */
export interface FragmentCase {
  span: QuoteSpan;
  /** `words`: where the text names the candidate nearest before the quotation, in its sentence or the one before. */
  candidates: { entity: Entity; features: number[]; words?: string; from?: number }[];
  none: number[];
}

/** The stems of verbs and nouns by which a report gives words to their source, beyond the verbs of speech. */
const STANCE_STEMS = 'describ|call|brand|dub|label|accus|alleg|urg|promis|pledg|vow|criticis|attack|condemn|defend|prais|hail|dismiss|reject|insist|warn|claim|believ|argu|suggest|admit|acknowledg|deni|deny|tell|told|say|said|refer|word|comment|remark|statement|view|think|thought|feel|felt|want|hope|express|announc|confirm|explain|predict|report|note|add|state|stress|question|ask|recall|boast|complain|reveal|highlight|welcom|blam|speak|spoke|plead|appeal|demand|threat|concede|declar|blast|slam|knock|hammer|mock|ridicul|lambast|scold|rebuk|chastis|grous|gush|tout|decr[iy]|reiterat|propos|lament|quip|tweet|characteri[sz]|herald|compar|liken|echo|invok|assert';
const STANCE = new RegExp(`(?<![\\p{L}-])(?:${STANCE_STEMS})\\p{L}*`, 'iu');
/** A name (not a pronoun) and a verb of speech opening the words after a quotation ("“…?” Haines said."). */
const NAME_THEN_VERB = new RegExp(`^[\\s,.!?—–-]*(?!(?:He|She|They|It|We|I|You)\\s)\\p{Lu}[\\p{L}'’-]+\\s+(?:${SPEECH_VERB_EN.source})`, 'u');
const HE_SHE = /(?<![\p{L}])(he|she|they|it)(?![\p{L}])/giu;
/** What may open a sentence before its subject (a phrase set off by a comma), and stand between a subject and its verb (an adverb). */
const LEADING = String.raw`^\s*(?:[^,.;:!?]{2,80},\s+)?`;
const ADVERB = String.raw`(?:(?:\p{Ll}+ly|later|then|also|again|once|even)\s+)?`;
/** A sentence that opens with a name and the word after it ("At the debate, Halvorson blasted"). */
const SUBJECT_OF_STANCE = new RegExp(`${LEADING}((?:${NAME_WORD}\\s+){0,3}${NAME_WORD})\\s+${ADVERB}(\\p{Ll}+)(?![\\p{L}])`, 'u');
/** A verb of stance in the past or present tense ("blasted", "defends"), not a noun of one ("statement"). */
const STANCE_VERB = new RegExp(`^(?:${STANCE_STEMS})\\p{L}*(?:ed|s|d)$|^(?:told|said|spoke|wrote|thought|felt)$`, 'iu');
/** A description of someone opening the sentence as its subject, and the word after it ("the GOP front-runner complained"). */
const DESCRIBED = new RegExp(
  `${LEADING}([Tt]he\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(?:front-?runner|nominee|candidate|host|anchor|senator|governor|congress(?:wo)?man|lawmaker|billionaire|mogul|business(?:wo)?man|mayor|chair(?:wo)?man|minister|chancellor|secretary|leader|boss|manager|coach|chief|executive|spokes(?:wo)?man|singer|actor|actress|star|director))\\s+${ADVERB}(\\p{Ll}+)(?![\\p{L}])`,
  'u',
);
/** Words set off by commas (or brackets and commas) between a name and its verb: an apposition or a relative clause. */
const SET_OFF = new RegExp(`^(?:${BRACKET_ASIDE.source})?` + String.raw`\s*,[^;:.!?]{2,200},\s*` + ADVERB + '$', 'u');
/** A relative pronoun: the verb after it has a subject of its own ("… the Hatter, who smiled and said"). */
const RELATIVE = /(?<![\p{L}])(?:who|whom|whose|which|that)(?![\p{L}])/iu;

/**
 * Words that quote a word or a name as such ("adding the words “…”", "the so-called “…”"), or the voices of a
 * crowd ("the cries of “…”"): a term, or the words of others unnamed; not for the model to give to a speaker.
 */
const MENTIONED = /(?:\bthe\s+(?:words?|terms?|phrases?|name|slogan|title|label)|\bso-called|\bknown\s+as|\bentitled|\btitled|\bnicknamed|\b(?:cries|cry|chants?|shouts?|calls|chorus|refrain|cheers|jeers)\s+of)\s*[,:]?\s*$/iu;

/** A name in title case ("Night Over Water", "Night Desk"): a title, nobody's words. */
function isTitle(content: string): boolean {
  const words = content.replace(/[.,!?;:]+$/u, '').split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && words.filter((w) => w.length >= 4).every((w) => /^\p{Lu}/u.test(w));
}

/** The features of "no one": how much the quotation reads as a term, a name or a title rather than someone's words. */
function noneFeatures(u: Unit, s: QuoteSpan, content: string, before: string, reported: boolean): number[] {
  const words = content.split(/\s+/u).filter(Boolean).length;
  const outside = narration(u, 0, u.text.length).replace(/[\s.,;:!?—–-]/gu, '');
  return [
    1,
    words === 1 ? 1 : 0,
    words >= 2 && words <= 3 ? 1 : 0,
    words >= 4 && words <= 7 ? 1 : 0,
    s.kind === 'term' ? 1 : 0,
    /^\p{Lu}/u.test(content) && /[.!?,]$/u.test(content) ? 1 : 0,
    NAMING_CUE.test(before) ? 1 : 0,
    reported ? 1 : 0,
    outside === '' ? 1 : 0,
    /(?:^|\s)(?:the|a|an)\s*$/iu.test(before) ? 1 : 0,
  ];
}

/** Whether the model is asked about a quotation: unattributed, in English narration, and not a title or a term named as such. */
function open(s: QuoteSpan): boolean {
  const u = s.unit;
  if (s.speaker !== undefined || s.settled || !isEnglish(u.lang) || u.turn || u.blockquote || u.kind === 'heading' || u.kind === 'cell') return false;
  const content = u.text.slice(s.contentStart, s.contentEnd).trim();
  return !(isTitle(content) || MENTIONED.test(u.text.slice(Math.max(0, s.start - 40), s.start)) || QUESTION_WORDING.test(u.text.slice(Math.max(0, s.start - 120), s.start)));
}

/** "Ann Lee told the council the “green zones” would open": a thing named as the subject of its clause, nobody's words. */
const subjectOfClause = (s: QuoteSpan, sentenceStart: number): boolean =>
  /(?<![\p{L}])the\s*$/iu.test(s.unit.text.slice(sentenceStart, s.start)) && CLAUSE_AFTER.test(s.unit.text.slice(s.end));

/**
 * A name that opens the sentence of an unattributed quotation as the subject of a verb of stance ("Trump later
 * defended his comments as “sarcastic”", "At the debate, Halvorson blasted …"), registered when the rules have not:
 * one the model may then choose. Only registered, not yet a speaker.
 */
function noteSubject(s: QuoteSpan, sentenceStart: number, registry: SpeakerRegistry): void {
  const m = SUBJECT_OF_STANCE.exec(narration(s.unit, sentenceStart, s.start));
  if (!m || !STANCE_VERB.test(m[2]!)) return;
  const phrase = readPhrase(m[1]!);
  if (phrase?.kind !== 'name' || !plausibleSpeaker(phrase) || isRoleWord(phrase.text) || registry.find(phrase.text)) return;
  registry.register(phrase.text, { kind: looksLikeOrganisation(phrase.text) ? 'organisation' : 'person' });
}

/** A given name and a surname, perhaps with a middle initial ("Ann Reed", "Tom K. Hale"), and a possessive. */
const FULL_NAME = new RegExp(`(?<![\\p{L}’'.-])(${NAME_WORD}(?:\\s+\\p{Lu}\\.)?(?:\\s+${NAME_WORD}){1,2})(?![\\p{L}])`, 'gu');

const AFTER_PREPOSITION = /(?<![\p{L}])(?:by|of|for|against|with|to|from|about|at|in|on|and|or|than|like)\s+$/iu;

/**
 * The people named in full in the sentence of an unattributed quotation, before it, and in the sentence before
 * ("Sen. Ann Reed (Maine) joined the critics, writing a column that attacked his “reckless spending.”"),
 * whom no rule registered: registered as people the model may choose, when their given name is known as one.
 * `from`: where the sentence before starts (or this one, when it opens its unit).
 */
function notePeopleNear(s: QuoteSpan, from: number, registry: SpeakerRegistry): void {
  const text = narration(s.unit, from, s.start);
  for (const m of text.matchAll(FULL_NAME)) {
    // ("The report by Ann Holt …", "displays against Hill Town and Park Rangers": the object of a preposition)
    if (AFTER_PREPOSITION.test(text.slice(0, m.index))) continue;
    const name = m[1]!.replace(/['’]s?$/u, '');
    if (givenNameGender(name) === undefined || looksLikeOrganisation(name) || registry.find(name)) continue;
    registry.register(name, { kind: 'person' });
  }
}

/**
 * The unattributed quotations of English units and, for each, its candidates (speakers who spoke,
 * directly or in reported speech) with their features.
 */
export function fragmentCases(units: readonly Unit[], tops: readonly QuoteSpan[], registry: SpeakerRegistry): FragmentCase[] {
  const heads = tops.filter((s) => s.chain[0] === s);
  const asked = heads.filter(open);
  const starts = new Map<number, number[]>();
  const startsOf = (u: Unit): number[] => {
    let s = starts.get(u.index);
    if (!s) starts.set(u.index, (s = sentenceStarts(u.text)));
    return s;
  };
  // (the names a quotation's sentence gives, for the model; not where it names a thing as its clause's subject)
  for (const s of asked) {
    const st = startsOf(s.unit);
    const sentence = sentenceAt(st, s.unit.text, s.start);
    if (subjectOfClause(s, sentence.start)) continue;
    noteSubject(s, sentence.start, registry);
    notePeopleNear(s, sentence.index > 0 ? st[sentence.index - 1]! : sentence.start, registry);
  }
  const entities = registry.all().filter((e) => !e.narrator && e.names.length > 0 && registry.resolve(e) === e);
  if (entities.length === 0) return [];
  const mentions = new Map(entities.map((e) => [e.key, mentionsOf(e, units)]));
  const lastStart = (u: Unit): number => startsOf(u).at(-1)!;
  const attributed = heads.filter((s) => s.speaker !== undefined);
  const speakerOf = (s: QuoteSpan): number | undefined => (s.speaker === undefined ? undefined : registry.resolve(registry.get(s.speaker)).key);
  const shares = new Map<number, number>();
  for (const s of attributed) shares.set(speakerOf(s)!, (shares.get(speakerOf(s)!) ?? 0) + 1);

  const cases: FragmentCase[] = [];
  for (const s of asked) {
    const u = s.unit;
    const content = u.text.slice(s.contentStart, s.contentEnd).trim();
    const st = startsOf(u);
    const sentence = sentenceAt(st, u.text, s.start);
    const before = narration(u, sentence.start, s.start);
    const after = narration(u, s.end, sentence.end);
    // a verb of speech in the sentence, outside the quotation
    const reported = SPEECH_VERB_EN.test(before) || SPEECH_VERB_EN.test(after);
    const none = noneFeatures(u, s, content, before, reported);
    const pos = (m: Mention): number => m.unit * 1e6 + m.at;
    const here = u.index * 1e6 + s.start;
    const last = new Map<number, Mention | undefined>();
    for (const e of entities) last.set(e.key, mentions.get(e.key)!.filter((m) => pos(m) < here).pop());
    const recent = entities.filter((e) => last.get(e.key)).sort((a, b) => pos(last.get(b.key)!) - pos(last.get(a.key)!));
    // capitalised words in the sentence's narration that are not its first word: someone (or something) else named
    const capitals = [...u.text.slice(sentence.start, sentence.end).matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’-]+/gu)]
      .map((m) => ({ at: sentence.start + m.index, word: m[0] }))
      .filter((c) => c.word !== 'I' && u.text.slice(sentence.start, c.at).replace(/[\s"“‘'(—–-]/gu, '') !== '' && !inQuotation(u, c.at));
    // the subject: the first pronoun of the sentence ("He accused the government of … when it came to …")
    const firstPronoun = [...before.matchAll(HE_SHE)][0];
    const pronoun = firstPronoun?.[1]?.toLowerCase();
    // (one whose given name says otherwise only when no one else fits)
    const points = (byName: boolean) => (e: Entity): boolean => (pronoun === 'they' || pronoun === 'it' ? e.kind !== 'person' : heOrSheFits(e, pronoun === 'he' ? 'male' : 'female', byName));
    // (or a description of someone as the subject before a verb of stance, "the Democratic frontrunner wrote": the
    // person named last before the sentence)
    const described = pronoun ? undefined : DESCRIBED.exec(before);
    const describedEnd = described && STANCE_VERB.test(described[2]!) ? described.index + described[0].indexOf(described[1]!) + described[1]!.length : undefined;
    /** Where the pronoun or description that is the sentence's subject ends, in `before`. */
    const subjectEnd = firstPronoun ? firstPronoun.index! + firstPronoun[0].length : describedEnd;
    const pointed = pronoun
      ? (recent.find(points(true)) ?? recent.find(points(false)))
      : describedEnd !== undefined
        ? recent.find((e) => e.kind === 'person' && pos(last.get(e.key)!) < u.index * 1e6 + sentence.start)
        : undefined;
    const previous = [...attributed].reverse().find((x) => x.unit.index < u.index || (x.unit.index === u.index && x.start < s.start));
    const next = attributed.find((x) => (x.unit.index === u.index && x.start > s.start) || x.unit.index === u.index + 1);
    const candidates = entities.map((e) => {
      const ms = mentions.get(e.key)!;
      const inUnit = ms.filter((m) => m.unit === u.index);
      const inBefore = inUnit.filter((m) => m.at >= sentence.start && m.at < s.start);
      const lastBefore = inBefore[inBefore.length - 1];
      const prevSentence = sentence.index > 0 ? { start: st[sentence.index - 1]!, end: sentence.start } : undefined;
      const lm = last.get(e.key);
      let since = 0;
      if (lm) since = lm.unit === u.index ? sentence.index - sentenceAt(st, u.text, lm.at).index : sentence.index + 1 + (u.index - lm.unit);
      const subject = inBefore.some((m) => m.at - sentence.start <= 40);
      const verb = lastBefore !== undefined && STANCE.test(narration(u, lastBefore.end, s.start));
      const pronounHere = pointed === e && !inBefore.length;
      const features = [
        inBefore.length > 0 ? 1 : 0,
        inUnit.some((m) => m.at >= s.end && m.at < sentence.end) ? 1 : 0,
        subject ? 1 : 0,
        verb ? 1 : 0,
        lastBefore && /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(u.text.slice(lastBefore.end, s.start)) ? 1 : 0,
        prevSentence && inUnit.some((m) => m.at >= prevSentence.start && m.at < prevSentence.end) ? 1 : 0,
        ms.some((m) => m.unit === u.index - 1) ? 1 : 0,
        pronounHere ? 1 : 0,
        recent[0] === e ? 1 : 0,
        previous && speakerOf(previous) === e.key ? 1 : 0,
        next && speakerOf(next) === e.key ? 1 : 0,
        lm ? Math.log1p(Math.min(since, 20)) : 0,
        lm ? 0 : 1,
        attributed.length ? (shares.get(e.key) ?? 0) / attributed.length : 0,
        e.kind === 'organisation' ? 1 : 0,
        subject && verb ? 1 : 0,
        pronounHere && STANCE.test(before.slice(subjectEnd!)) ? 1 : 0,
        speaksIn(u, inUnit, sentence.start, sentence.end) ? 1 : 0,
        prevSentence ? (speaksIn(u, inUnit, prevSentence.start, prevSentence.end) ? 1 : 0) : units[u.index - 1] && speaksIn(units[u.index - 1]!, ms, lastStart(units[u.index - 1]!), units[u.index - 1]!.text.length) ? 1 : 0,
        e.spoke ? 1 : 0,
        capitals.some((c) => !inUnit.some((m) => c.at >= m.at && c.at < m.end)) ? 1 : 0,
        reported && !inUnit.some((m) => m.at >= sentence.start && m.at < sentence.end) && !pronounHere ? 1 : 0,
      ];
      const near = [...inUnit].reverse().find((m) => m.at < s.start && m.at >= (prevSentence?.start ?? sentence.start));
      const words = near ? u.text.slice(near.at, s.start).replace(/\s+/gu, ' ').trim() : undefined;
      return { entity: e, features, words: words && words.length > 90 ? `${words.slice(0, 89)}…` : words, from: near?.at };
    });
    // a verb of speech before the quotation in its sentence has a subject of its own: only the one named (or meant by
    // "he" or "she") right before it, with no other name between, may be the speaker ("Alice looked at the Hatter, who
    // smiled and said, “…”"; "The dozen … said the town “…”")
    const verb = lastVerb(u, sentence.start, s.start);
    // ("The album was described as a “…”": a verb in the passive, the sentence's only one, is said of its subject:
    // the speaker is someone the sentence does not name before it)
    const passive = verb !== undefined && inPassive(u.text.slice(sentence.start, verb), SPEECH_VERB_EN.exec(u.text.slice(verb))?.[0] ?? '') && lastVerb(u, sentence.start, verb) === undefined;
    // a quotation that opens its sentence, with a full name after it ("“…?” - councillor Ben Ortiz clashes with …"):
    // the speaker is named there, or is not known
    // (or a name and a verb of speech, even past the sentence's end: "“Italian?” Haines said.")
    const opening = after.split(/\s+/u).slice(0, 8).join(' ');
    const namedAfter = before.trim() === '' && (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(opening) || NAME_THEN_VERB.test(narration(u, s.end, u.text.length)));
    // the one named first in the sentence, near its start, before its last verb of speech: its subject
    const firstIn = new Map(entities.map((e) => [e, mentions.get(e.key)!.find((m) => m.unit === u.index && m.at >= sentence.start && verb !== undefined && m.end <= verb)?.at ?? Infinity]));
    const opener = [...entities].sort((a, b) => firstIn.get(a)! - firstIn.get(b)!).find((e) => firstIn.get(e)! - sentence.start <= 40);
    const subjectOf = (e: Entity): boolean => {
      if (namedAfter) return mentions.get(e.key)!.some((m) => m.unit === u.index && m.at >= s.end && m.at < sentence.end);
      if (verb === undefined) return true;
      const ms = mentions.get(e.key)!.filter((m) => m.unit === u.index && m.at >= sentence.start && m.end <= verb);
      if (passive) return ms.length === 0 && !(pointed === e && subjectEnd !== undefined);
      const from = ms.length ? ms[ms.length - 1]!.end : pointed === e && subjectEnd !== undefined ? sentence.start + (describedEnd ?? 0) : undefined;
      if (from === undefined) return false;
      // ("Christie, who has campaigned for Donald Trump, blasted …": names set off by commas between the subject and
      // its verb are not its subject)
      if (SET_OFF.test(u.text.slice(from, verb))) return true;
      // ("Sen. Ted Cruz weighed in on Donald Trump's manager, calling …", "Trump knocked Clinton's record and said …":
      // a participle after a comma, or a second verb of the subject's, is said by the sentence's subject)
      const lead = u.text.slice(sentence.start, verb);
      if (e === opener && (/,\s*$/u.test(lead) ? /^\p{L}+ing(?!\p{L})/u.test(u.text.slice(verb)) : /\sand\s+(?:\p{Ll}+ly\s+)?$/u.test(lead) && !RELATIVE.test(lead))) return true;
      return !capitals.some((c) => c.at >= from && c.at < verb && !ms.some((m) => c.at >= m.at && c.at < m.end));
    };
    // ("“…,” he said.": not someone "he" cannot mean)
    const heOrShe = /^["”’]?[\s,]*(he|she)\s/iu.exec(after)?.[1]?.toLowerCase();
    const fits = (e: Entity): boolean => !heOrShe || heOrSheFits(e, heOrShe === 'he' ? 'male' : 'female');
    cases.push({ span: s, candidates: candidates.filter((c) => subjectOf(c.entity) && fits(c.entity) && !namedWithin(c.entity, content)), none });
  }
  return cases;
}

const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((sum, v, i) => sum + v * (w[i] ?? 0), 0);

/** The candidate the model prefers to no one, if any. */
export function choose(c: FragmentCase, weights: FragmentWeights): FragmentCase['candidates'][number] | undefined {
  const noOne = dot(weights.none, c.none);
  let best: { candidate: FragmentCase['candidates'][number]; score: number } | undefined;
  for (const x of c.candidates) {
    const score = dot(weights.candidate, x.features);
    if (score > noOne && (!best || score > best.score)) best = { candidate: x, score };
  }
  return best?.candidate;
}

/** A quotation's words as an echo is compared: lower case, letters, digits and apostrophes, one space apart and around. */
const echoWords = (text: string): string => ` ${text.toLowerCase().replace(/[’‘]/gu, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;

/**
 * "Reed said of the judge: “They ought to look into him, …” …. Critics said
 * the call to “look into” a judge …": a short quotation no rule attributed
 * whose words a speaker was quoted saying before is that speaker's echo, not
 * the model's to give to whoever is named near it. Two to six words, not taken
 * for a term (a single word or a term echoes too often by chance: "victory",
 * "golden rule"); the speaker's own quotation was attributed by a rule.
 */
export function attributeEchoes(tops: readonly QuoteSpan[], registry: SpeakerRegistry): void {
  const said: { words: string; s: QuoteSpan }[] = [];
  for (const s of tops) {
    if (s.chain[0] !== s) continue;
    const words = echoWords(s.chain.map((p) => p.unit.text.slice(p.contentStart, p.contentEnd)).join(' '));
    const length = words.trim().split(' ').length;
    if (open(s) && s.kind === 'speech' && length >= 2 && length <= 6) {
      const source = [...said].reverse().find((x) => x.words.includes(words));
      if (source) {
        const e = registry.get(source.s.speaker!);
        const text = source.s.unit.text.slice(source.s.contentStart, source.s.contentEnd).trim();
        const evidence: Evidence = { rule: 'echo', text: text.length > 60 ? `${text.slice(0, 59)}…` : text };
        const position = spanAt(source.s.unit.inlines, source.s.contentStart, source.s.contentEnd);
        if (position) evidence.position = position;
        e.evidence.push(evidence);
        for (const part of s.chain) {
          part.speaker = e.key;
          part.kind = 'speech';
          part.evidence = evidence;
          part.strength = 2;
        }
      }
    }
    if (s.speaker !== undefined && s.kind === 'speech' && s.strength >= 3) said.push({ words, s });
  }
}

/** Gives each unattributed quotation the speaker the model chooses, as speech, with the evidence of where that speaker is named. */
export function attributeFragments(cases: readonly FragmentCase[], weights: FragmentWeights): void {
  for (const c of cases) {
    const chosen = choose(c, weights);
    if (!chosen) continue;
    const e = chosen.entity;
    const evidence: Evidence = { rule: 'nearest-source', text: chosen.words ?? e.names[0]! };
    const position = spanAt(c.span.unit.inlines, chosen.from ?? c.span.start, c.span.start);
    if (position) evidence.position = position;
    e.spoke = true;
    e.evidence.push(evidence);
    for (const part of c.span.chain) {
      part.speaker = e.key;
      part.kind = 'speech';
      part.evidence = evidence;
    }
  }
}
