/**
 * Lead-ins: a block that ends with a colon or dash and leads into the next
 * one ("He held the bowl aloft and intoned:", "Here's Armin Ronacher:"), and
 * the paragraph before a block quotation that names its speaker as subject.
 */
import { attributionBefore, type Found } from './rules.js';
import { readPhrase } from './names.js';
import { lastSentence } from './sentences.js';
import { mainClause } from './subjects.js';

const NAME = String.raw`[\p{Lu}][\p{L}’'.-]*(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|van|von|de|da|der|del|di|le|la|bin|al)){0,4}`;
/**
 * Lead-ins that name the speaker without a verb of speech before a colon:
 * "Here's Armin Ronacher:", "Here's what Dan Abramov wrote:", "As Lea Verou
 * put it:", "In the words of X:", "In X's words:", "To quote X:".
 */
const NAMING_LEAD_INS = [
  new RegExp(String.raw`^(?:[Hh]ere['’]s|[Hh]ere is|[Tt]his is)\s+(?:(?:what|how)\s+)?(${NAME})(?:['’]s?\s+\p{Ll}+)?(?:\s+[^:—]*)?\s*(?::|—|--)$`, 'u'),
  new RegExp(String.raw`^(?:[Aa]s|[Ll]ike)\s+(${NAME})\s+(?:puts it|put it|says|said|writes|wrote|notes|noted|explains|explained|argues|argued)\s*(?::|—|--|,)$`, 'u'),
  new RegExp(String.raw`^(?:[Ii]n\s+)?(?:[Tt]he\s+)?words\s+of\s+(${NAME})\s*(?::|—|--|,)$`, 'u'),
  new RegExp(String.raw`^[Ii]n\s+(${NAME})['’]s?\s+(?:own\s+)?words\s*(?::|—|--|,)$`, 'u'),
  new RegExp(String.raw`^(?:[Tt]o quote|[Qq]uoting)\s+(${NAME})\s*(?::|—|--|,)$`, 'u'),
];

/** A lead-in that is the heading of a record: "Partial transcript as follows:", "Full text of the statement:". */
const RECORD = /^\s*(?:(?:Partial|Full|Complete|Official|Unofficial|Edited|Rough|Abridged|Verbatim)\s+)?(?:transcript|text|excerpts?)\b[^.!?]*[:—-]\s*$/iu;

/** A block that leads into the next one: "He held the bowl aloft and intoned:" / "The voice said—" / "Here's Armin Ronacher:". */
export function leadIn(text: string, lang: string): Found | undefined {
  if (!/(?::|—|--)\s*$/u.test(text)) return undefined;
  const sentence = lastSentence(text.trimEnd());
  // ("Partial transcript as follows:": a record of what was said, which names no one; not "Partial")
  if (RECORD.test(sentence)) return undefined;
  const offset = text.trimEnd().length - sentence.length;
  for (const form of NAMING_LEAD_INS) {
    const m = form.exec(sentence.trim());
    const phrase = m ? readPhrase(m[1]!) : undefined;
    if (phrase && phrase.kind === 'name') return { phrase, rule: 'lead-in', from: offset, to: text.length };
  }
  const found = attributionBefore(text, lang);
  return found ? { ...found, rule: 'lead-in' } : undefined;
}

/**
 * A paragraph before a block quotation whose last sentence ends with a colon
 * and opens with a name as its subject: "Dan Abramov starts this excellent
 * article by praising the Files paradigm:" — the block quotes that person.
 */
export function subjectLeadIn(text: string): Found | undefined {
  const trimmed = text.trimEnd();
  if (!/:$/u.test(trimmed)) return undefined;
  const sentence = lastSentence(trimmed);
  const m = /^\s*((?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)(?![\p{L}])/u.exec(sentence);
  if (!m) return undefined;
  const phrase = readPhrase(m[1]!);
  if (!phrase || phrase.kind !== 'name') return undefined;
  const offset = trimmed.length - sentence.length;
  return { phrase, rule: 'lead-in', from: offset, to: trimmed.length };
}

/** Verbs of a stance taken in words: the sentence they end leads into the speaker's quotation. */
const STANCE = /^(?:criticis|criticiz|welcom|attack|defend|prais|condemn|insist|warn|urg|argu|explain|agre|disagre|reject|dismiss|deni|admitt|conced|back|question|blam|respond|react|hail|slamm|accus|promis|predict|vow|pledg|complain|stress|emphasis|emphasiz|acknowledg|maintain|identifi|describ|highlight|tout|lament|reiterat|suggest|recall|cit)(?:ed|d)$/u;

/**
 * "Fostering Network director Robert Tapsfield criticised the system. “There
 * is just no logic …”": a sentence that ends right before a quotation, whose
 * subject is a name and whose verb takes a stance in words, leads into it.
 */
export function stanceLeadIn(before: string): Found | undefined {
  if (!/[.!?]\s+$/u.test(before)) return undefined;
  const trimmed = before.trimEnd();
  const sentence = lastSentence(trimmed);
  // the first verb of stance, right after the name that is its subject (an adverb may come between)
  const words = sentence.trim().split(/\s+/u);
  const at = words.findIndex((w, k) => k > 0 && STANCE.test(w));
  if (at < 0) return undefined;
  const head = mainClause(words.slice(0, at).join(' ')).replace(/\s+(?:also|then|later|again|strongly|sharply)$/u, '');
  if (!/[\p{Lu}][\p{L}’'-]+$/u.test(head)) return undefined;
  const phrase = readPhrase(head);
  if (!phrase || phrase.kind !== 'name') return undefined;
  return { phrase, rule: 'lead-in', from: trimmed.length - sentence.length, to: trimmed.length };
}

/** "a quote attributed to Thomas Jefferson", "words often credited to Churchill": a saying and whose it is taken to be. */
const ATTRIBUTED = new RegExp(
  String.raw`(?<![\p{L}])(?:quote|quotation|saying|remark|line|words|maxim|dictum|motto|phrase|aphorism)s?\s+(?:(?:often|usually|commonly|widely|wrongly|variously|sometimes|also)\s+)?(?:attributed|credited)\s+to\s+(${NAME})\s*[.:]?$`,
  'u',
);

/**
 * "I am reminded of a quote attributed to Thomas Jefferson. “A nation that
 * …”": a sentence that ends right before a quotation and says whose the
 * saying is taken to be leads into it.
 */
export function attributedLeadIn(before: string): Found | undefined {
  if (!/[.:]\s+$/u.test(before)) return undefined;
  const trimmed = before.trimEnd();
  const sentence = lastSentence(trimmed);
  const m = ATTRIBUTED.exec(sentence.trim());
  const phrase = m ? readPhrase(m[1]!.replace(/\.$/u, '')) : undefined;
  if (!phrase || phrase.kind !== 'name') return undefined;
  return { phrase, rule: 'lead-in', from: trimmed.length - sentence.length, to: trimmed.length };
}
