/**
 * Terms: a quoted word, name or title in narration ("the so-called “Polyak”",
 * a cited headline) rather than someone's words.
 */
import { isEnglish, NAMING_CUE, verbPattern } from './lexicon.js';
import { lastSentence } from './sentences.js';
import type { QuoteSpan } from './quotes.js';
import { AS_DESCRIBED_BY, attributionAfter, attributionBefore, closingReport } from './rules.js';
import { judgingVerb } from './judging.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** "“Headline” — The Daily Paper, August 15, 2008": a cited title with its source and date, not someone's words. */
const DATED_CITATION = new RegExp(`^\\s*[—–-]\\s*[^,;:!?]{2,60},\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|\\d{4}\\b)`, 'u');

/** Words that make what follows a name or a word being talked about: "the so-called “…”", "the words “…”". */
const TERM_WORDS = 'so-called|the words?|the terms?|the phrase|known as|nicknamed|titled|entitled|(?:words|terms|phrases|labels) (?:like|such as)';

export const STRONG_NAMING = new RegExp(`\\b(?:called|named|dubbed|labell?ed|${TERM_WORDS}|appel[ée]e?s?|surnomm[ée]e?s?|baptis[ée]e?s?)\\s*,?\\s*$`, 'iu');
/** One of TERM_WORDS right before a quotation. */
const TERM_WORDS_BEFORE = new RegExp(`(?:${TERM_WORDS})\\s*$`, 'iu');

const verbsBefore = new Map<string, RegExp>();
/** A verb of speech (and a colon or comma) right before a quotation, per language; made once for each. */
function verbJustBefore(lang: string): RegExp {
  const key = lang.slice(0, 2).toLowerCase();
  let re = verbsBefore.get(key);
  if (!re) verbsBefore.set(key, (re = new RegExp(`(?<![\\p{L}])(?:${verbPattern(lang)})\\s*[:,]?\\s*$`, 'iu')));
  return re;
}

/**
 * "The proposed question for the referendum is: “…”", "Ballot papers in the poll will ask: “…”": the wording of a
 * question put to voters, quoted as a text rather than as anyone's words.
 */
export const QUESTION_WORDING = /(?:\b(?:question|wording)\b[^.!?:"“”]{0,60}?\b(?:is|was|will\s+be|would\s+be|reads)|\b(?:ballot\s+papers?|ballots?|poll|survey|questionnaire)\b[^.!?:"“”]{0,40}?\bask(?:s|ed)?)\s*:\s*$/iu;

/**
 * A term by the form of a title where titles stand: "a psychology class, “Perceptions 301,”", "her memoir, “Water
 * Line,”", "a class called “Perception”". Settled: the model of unattributed fragments does not reopen it.
 */
export function namedTitle(s: QuoteSpan, before: string, after: string): boolean {
  if (s.markless) return false;
  const content = s.unit.text.slice(s.contentStart, s.contentEnd).trim();
  const words = content.replace(/[.,]$/u, '').split(/\s+/u);
  return titleForm(content, before, after) || (STRONG_NAMING.test(before) && words.length <= 5 && titleCase(words));
}

/** A title or a name by its form and where it stands, read the same by isTerm and by namedTitle. */
function titleForm(content: string, before: string, after: string): boolean {
  return titleInsideCommaOrStop(content, before) || titleBeforeApposition(content, after) || nickname(content, before, after) || ownedTitle(content, before) || titleAs(content, after);
}

/** "citing “Bill Maher” as his guilty pleasure", "picked “Low Tide” as the best": a short name in capitals taken as something. */
function titleAs(content: string, after: string): boolean {
  const words = content.split(/\s+/u);
  return words.length <= 4 && !/[.,!?;:]$/u.test(content) && titleCase(words) && /^\s+as\s/u.test(after);
}

/** "went on the network’s “Morning Show” to …", "the Courier’s “Week Ahead”": a short capitalised name a network or paper owns is a title. */
function ownedTitle(content: string, before: string): boolean {
  const words = content.replace(/[.,]$/u, '').split(/\s+/u);
  return words.length <= 4 && titleCase(words) && /\p{Lu}[\p{L}.-]*['’]s?\s*$/u.test(before);
}

/** "Gov. C.J. “Buzz” Keller", "Ann “Dot” Lee": a nickname between a given name and a surname. */
const nickname = (content: string, before: string, after: string): boolean =>
  /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/u.test(content) && /(?<![\p{L}])\p{Lu}[\p{L}’'.-]*\s$/u.test(before) && /^\s\p{Lu}\p{Ll}/u.test(after);

/** "under a headline that said, “…”", "The … headline reads: “…”": the words of a headline, a title, are no one's speech. */
const HEADLINE_SAYS = /(?<![\p{L}])headlines?\s+(?:that\s+|which\s+)?(?:said|says|read|reads|reading|declared|declares|declaring|proclaimed|proclaiming)\s*[,:]?\s*$/iu;

/** A quoted word, name or title in narration rather than someone's words. */
export function isTerm(s: QuoteSpan, before: string, after: string): boolean {
  if (s.markless) return false;
  const content = s.unit.text.slice(s.contentStart, s.contentEnd).trim();
  if (DATED_CITATION.test(after) || QUESTION_WORDING.test(lastSentence(before)) || HEADLINE_SAYS.test(before)) return true;
  if (s.unit.kind === 'caption' && s.unit.text.replace(/[\s"“”«»]/gu, '') === content.replace(/\s/gu, '')) return true; // a picture's title
  if (titleForm(content, before, after)) return true;
  if (namesRule(content, after)) return true;
  // "the so-called “rapid reviews,”": a short quotation right after a naming word is a term, whatever punctuation it carries
  if (TERM_WORDS_BEFORE.test(before) && content.split(/\s+/u).length <= 4) return true;
  // ("words like “maybe” and “perhaps”": a short quotation listed right after a term is one too)
  const listed = s.unit.spans.filter((x) => x.depth === 0 && x.end <= s.start).pop();
  if (listed?.kind === 'term' && /^\s*(?:,\s*|,?\s*(?:and|or)\s+)$/u.test(s.unit.text.slice(listed.end, s.start)) && content.split(/\s+/u).length <= 4) return true;
  // ("“We’re like ‘Ebony and Ivory,’” he explained": the punctuation may sit inside a quotation that closes with it)
  if (/[.!?…,;—]$|[.!?…]\s+\S/u.test(content.replace(/\b(?:vs|etc|Mr|Mrs|Dr|St|No)\./g, '').replace(/[’'"”]+$/u, ''))) return false;
  if (before.trim() === '' && after.replace(/[\s.,;:!?]/gu, '') === '' && s.start <= s.unit.text.length - s.unit.text.trimStart().length) {
    // a paragraph of its own: a line of dialogue, unless it has no punctuation at all (the title of a plate)
    return after.trim() === '' && /[\p{Ll}\d]$/u.test(content) && content.split(/\s+/u).length <= 12 && s.closed;
  }
  // ("what she called “…”": a subject's own word for something, not a name the narration gives; judging.ts)
  if (STRONG_NAMING.test(before) && judgingVerb(before, s.unit.lang || 'en') === undefined) return true;
  if (verbJustBefore(s.unit.lang).test(before)) return false; // he said “hello”
  if (/^\s*[,!?]/u.test(after) && attributionAfter(after, s.unit.lang, false)?.rule === 'verb-after') return false;
  // ("“extreme careless” in the handling of …, as described by FBI Director James Comey": the words of the one named)
  if (AS_DESCRIBED_BY.test(after)) return false;
  const words = content.split(/\s+/u).filter(Boolean);
  if (/[:,]\s*$/u.test(before) && words.length > 2 && !/[\p{Lu}]/u.test(words.slice(1).join(''))) return false;
  if (words.length <= 3) return !partOfReport(s, before, content, after);
  const significant = words.filter((w) => !/^(?:of|on|the|and|a|an|in|for|to|at|by|with|from|de|du|des|la|le|les|et|en|à)$/i.test(w));
  // ("the “success stories of New York and Ireland”": a title opens with a capital; a phrase in lower case that names places is no title)
  if (/^\p{Ll}+$/u.test(significant[0] ?? '')) return false;
  const caps = significant.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return significant.length > 0 && caps / significant.length >= 0.5;
}

/**
 * Verbs that report what someone said or wrote (English), for a short quotation
 * inside a report; forms that are also common nouns (claim, reports, notes,
 * calls, states) are left out.
 */
const REPORTING = /(?<![\p{L}-])(?:says|said|say|told|tells|noted|added|adds|wrote|writes|stated|claimed|argued|argues|insisted|insists|warned|warns|called|described|describes|reported|reporting|explained|explains|promised|promising|recommended|recommends|recommending|concluded|concludes|observed|commented|suggested|suggests|admitted|admits|announced|announces|calling|cautioned|cautions|acknowledged|conceded|complained|contended|countered|declared|declaring|complaining|insisted|maintained|asserted|asserts|alleged|alleges|contends|predicted|stressed|urged|vowed|pledged|testified|indicated|indicates|told|claiming|saying|arguing|insisting|warning|noting|adding|stating|suggesting|denied|denies|denying|revealed|reveals|accepted|rejected|confirmed|confirms|replied|answered|recalled|recalls|agreed|agrees|urges|attacked|criticised|criticized|dubbed|dubbing|branded|accused|praised)(?![\p{L}])/iu;

/** "claiming the “…” lay with the French", "said that the “…” had failed": a reported clause that opens with "the". */
const REPORTED_THE = new RegExp(`${REPORTING.source}\\s+(?:that\\s+)?the\\s*$`, 'iu');

/** "39 percent are rated “highly critical”": a verb that gives something a label or grade. */
const LABELLING = /(?<![\p{L}])(?:rated|classed|classified|designated|termed|branded|graded|ranked|marked|listed as|described as|referred to as|billed as)\s*$/iu;

/** An auxiliary or a modal opening the words after a quotation: the quotation is the subject of their clause. */
export const CLAUSE_AFTER = /^\s+(?:would|will|must|could|can|should|may|might|is|are|was|were|has|have|had)\s/u;

/**
 * A short quotation inside reported speech is the reporter's words, not a
 * term: "X said the plan had a “strong rationale”", "X has called the ruling
 * “dangerous”", "X noted that it had grown into a “movement”". It takes a verb
 * of reporting with its subject earlier in the same sentence, a quotation that
 * opens in lower case (a capitalised one is a title: "said on “The View”"),
 * and no naming word right before it ("the so-called “…”", "the word “…”").
 * A scare quote with no such verb in its sentence stays a term.
 */
export function partOfReport(s: QuoteSpan, before: string, content: string, after?: string): boolean {
  if (!isEnglish(s.unit.lang)) return false;
  // (a capital is a title's, unless the quotation opens its sentence: "“Spying did occur” on …, Barr told lawmakers.")
  const opensSentence = /^\s*(?:\d+[.)])?\s*$/u.test(before) || /[.!?…]["”’]?\s+$/u.test(before);
  if (!/^\p{Ll}/u.test(content) && !opensSentence) return false;
  // "accused politicians of “…”" (judging.ts), "claiming the “…” lay with": the words of the verb's subject, not a name
  const judged = judgingVerb(before, s.unit.lang || 'en') !== undefined || REPORTED_THE.test(before);
  if (!judged && (STRONG_NAMING.test(before) || LABELLING.test(before))) return false;
  // “dangerous” and “ideological”: joined by and/or to a quotation that is speech, in the same sentence
  const previous = s.unit.spans.filter((x) => x.depth === 0 && x.end <= s.start).pop();
  if (previous?.kind === 'speech' && /^[\s,]*(?:\([^()]*\)\s*)*,?\s*(?:and|or|but)\s+$/u.test(before.replace(/\(\([^()]*\)\)/gu, ''))) return true;
  // "…, have been posted, officials said.": the attribution that closes the sentence covers it
  const closing = after === undefined ? undefined : attributionAfter(after, s.unit.lang || 'en', false);
  if (closing?.rule === 'sentence-final') return true;
  // ("The White House is “extremely disappointed” by the action, says Ann Lee.": a report after a comma that closes the
  // sentence, whichever rule read it first)
  if (closing?.rule === 'verb-after' && closingReport(after!, s.unit.lang || 'en') !== undefined) return true;
  // (one that opens its sentence, with "…, X told lawmakers." closing it)
  if (closing?.rule === 'verb-after' && opensSentence && /^(?:\s*[\p{L}’'-]+){0,3}\s*(?:[.!?]|$)/u.test(after!.slice(closing.to))) return true;
  // "the town of “…”", "known as “…”": a weaker cue to a name, which a report with its subject overrides
  // ("Ten years of “golden” growth …, Deloitte has warned." above; "said the budget was the “tightest”": a bare "the" names nothing)
  // ("told the BBC the “control orders” would …": a thing named as the subject of its clause stays a name;
  // "people on the “margins of society” would be …" is no subject)
  const bareThe =
    /(?<![\p{L}])the\s*$/iu.test(before) &&
    (/(?<![\p{L}])(?:on|in|at|of|to|for|from|with|into|by|about|over)\s+the\s*$/iu.test(before) ||
      !CLAUSE_AFTER.test(after ?? ''));
  if (!judged && NAMING_CUE.test(before) && !bareThe && !ofOrAs(before)) return false;
  // the whole sentence so far, through any title quoted earlier in it ("said on “The View” that he had been “…”")
  const sentence = lastSentence(s.unit.text.slice(0, s.start));
  if (!judged && !REPORTING.test(sentence)) return false;
  const found = attributionBefore(sentence, s.unit.lang || 'en');
  // "He added that the talks were “useful”": he, she, it and they report too; "I" and "we" stay out
  return found !== undefined && !(found.phrase.kind === 'pronoun' && /^(?:I|we)$/i.test(found.phrase.text));
}

/**
 * "act as “eyes and ears”", "a sign of “abusive politics”": "of" and "as" are weak cues to a name, which a
 * report in the sentence overrides; "the cries of “…”" and "talk of “…”" are the words of others, unnamed.
 */
function ofOrAs(before: string): boolean {
  return /(?<![\p{L}])(?:of|as)\s*$/iu.test(before) && !/(?<![\p{L}])(?:cries|calls|claims|accusations|allegations|charges|shouts|chants|cheers|talk|words|rumours|whispers)\s+of\s*$/iu.test(before);
}

/**
 * "“stay at home” government guidance", "its “zero tolerance” policy": a short quotation that names the rule after it.
 * (Not after an article or an owner: in "said democracies “must be able to bear” a measure of …" the rule is the
 * object of the quoted words.)
 */
const RULE_AFTER = /^\s+(?!(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|any|some|no|every|each)\s)(?:[\p{Ll}-]+\s+){0,2}(?:guidance|policy|policies|rules?|orders?|laws?|scheme|message|strategy|doctrine|principle|regime|restrictions?|measures?|advice|initiative|clause|provision|legislation|mandate)(?![\p{L}])/u;

function namesRule(content: string, after: string): boolean {
  return content.split(/\s+/u).length <= 5 && !/[.!?,;:…]$/u.test(content) && RULE_AFTER.test(after);
}

/** Kinds of work a title names. */
const WORKS = 'book|memoir|class|course|lecture|seminar|novel|film|movie|show|series|serial|drama|thriller|sitcom|song|album|play|programme|program|column|poem|essay|documentary|painting|exhibition|campaign|slogan|magazine|newspaper|podcast|report|study|ad|advert|advertisement|commercial|spot';

/** "her memoir, ", "the podcast ", "Ann Lee's book: ": the kind of work, perhaps with a comma or colon, before its title. */
const WORK_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORKS})\\s*[,:]?\\s*$`, 'iu');

/** "told ", "in an interview with ": a programme spoken to, whose name in capitals of two words or more is a title. */
const PROGRAMME_TOLD = /(?<![\p{L}])(?:told|interview\s+with)\s*$/iu;

/** ", the latest instalment of the robot film franchise", ", his third novel": an apposition that says what kind of work it follows. */
const WORK_APPOSITION = new RegExp(
  `^\\s*,?\\s*(?:the|a|an|his|her|its|their|[\\p{Lu}][\\p{L}’'.-]*['’]s)\\s+(?:[\\p{L}’'-]+\\s+){0,9}?(?:${WORKS}|franchise|sequel|instalment|installment|episode|single|track)s?\\s*,`,
  'u',
);

/**
 * "“Transformers: Age of Extinction,” the latest instalment of Michael Bay's
 * robot film franchise, earned …": a capitalised quotation followed by an
 * apposition naming a kind of work is that work's title.
 */
function titleBeforeApposition(content: string, after: string): boolean {
  const words = content.replace(/[,.]$/u, '').split(/\s+/u).filter(Boolean);
  return words.length <= 8 && titleCase(words) && WORK_APPOSITION.test(after);
}

/** Every word capitalised but the small ones ("of", "the", "in", "&" …), and at least one that is not small. */
function titleCase(words: readonly string[]): boolean {
  const significant = words.filter((w) => !/^(?:of|on|the|and|&|a|an|in|for|to|at|by|with|from)$/i.test(w));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * American punctuation puts a comma or full stop inside the closing mark even
 * after a title or a name: “…creator of ABC’s “The View,” said …”, “named
 * their boat “Sea Lark.”". A short capitalised quotation after a naming word,
 * a possessive or "of" is still a term.
 */
function titleInsideCommaOrStop(content: string, before: string): boolean {
  // (a book's title and subtitle, "Crazy Like A Fox: One Principal's Triumph in the Inner City.", may run longer)
  const m = /^([^.!?,;:]+(?::\s+[^.!?,;:]+)?)[.,]$/u.exec(content);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/u);
  if (words.length > (m[1]!.includes(':') ? 14 : 5) || !titleCase(words)) return false;
  // "named their robot “…”", "called the ship “…”": a naming verb and its object
  if (/(?<![\p{L}])(?:named|called|dubbed|nicknamed|titled|entitled|christened|listed|renamed?|renaming|rebranded|rebrand)\s+(?:[\p{L}’'-]+\s+){0,4}(?:as\s+)?$/u.test(before)) return true;
  // "her memoir, “Water Line,”", "on the podcast “Here’s the Thing.”": a title after the work it names
  if (WORK_BEFORE.test(before)) return true;
  // ("Fiorina told “Fox and Friends,”", "in an interview with “Fox News Sunday.”": a programme; "she told “Hello,”" is no title)
  if (PROGRAMME_TOLD.test(before) && words.length >= 2) return true;
  return STRONG_NAMING.test(before) || NAMING_CUE.test(before) || /\p{L}['’]s?\s*$/u.test(before) || /(?<![\p{L}])(?:on|in|at|author|co-author|writer)(?:\s+[^,.;:]{1,40})?\s+of\s*$|(?<![\p{L}])(?:on|in|at)\s*$/iu.test(before);
}
