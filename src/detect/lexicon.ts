/**
 * Words the detector knows: verbs of speech, pronouns, words that make a
 * name an organisation, honorifics and the gender they imply.
 */
import { escapeRegExp } from '../model/text.js';
import { isPlace } from './entities.js';

/** English verbs of speech, as they stand next to a quotation or a name. */
const EN_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'claim', 'claims', 'claimed', 'claiming',
  'report', 'reports', 'reported', 'reporting', 'add', 'adds', 'added', 'adding', 'write', 'writes', 'wrote', 'writing',
  'ask', 'asks', 'asked', 'asking', 'reply', 'replies', 'replied', 'replying', 'note', 'notes', 'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining', 'state', 'states', 'stated', 'stating', 'declare', 'declares', 'declared',
  'announce', 'announces', 'announced', 'answer', 'answers', 'answered', 'respond', 'responds', 'responded',
  'recall', 'recalls', 'recalled', 'remark', 'remarks', 'remarked', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued',
  'warn', 'warns', 'warned', 'cry', 'cries', 'cried', 'exclaim', 'exclaims', 'exclaimed', 'shout', 'shouts', 'shouted',
  'whisper', 'whispers', 'whispered', 'mutter', 'muttered', 'murmured', 'returned', 'interrupted', 'ejaculated',
  'observe', 'observes', 'observed', 'admit', 'admits', 'admitted', 'comment', 'comments', 'commented', 'intoned',
  'suggest', 'suggests', 'suggested', 'conclude', 'concludes', 'concluded', 'acknowledge', 'acknowledged', 'confirm',
  'confirms', 'confirmed', 'dubbed', 'characterized', 'characterised', 'described', 'tweeted', 'posted', 'continued',
  'went on', 'called out', 'called', 'thought', 'repeated', 'began', 'begin', 'begins', 'sighed', 'laughed', 'pleaded', 'demanded', 'agreed',
  // telling someone what to do in words: "Cruz coached Trump to “breathe, breathe, breathe.”"
  'coached', 'implored', 'exhorted',
  // words of a talk: "the cleric Anwar al-Awlaki … is shown lecturing: “…”"
  'lecturing', 'lectured', 'preaching', 'preached',
  'retorted', 'urged', 'promised', 'predicted', 'estimated', 'stressed', 'emphasised', 'emphasized', 'maintained',
  'issued a statement', 'released a statement',
  // reporting verbs of written and official speech (held-out GUM news: "The city reasoned, …", "The letter reads …")
  'reasoned', 'reads', 'cite', 'cites', 'cited', 'citing', 'recommend', 'recommends', 'recommended', 'recommending', 'promising',
  // the common English reporting verbs a news text uses (the standard lists of reporting verbs), in the forms missing above
  'acknowledges', 'acknowledging', 'admitting', 'advised', 'advises', 'affirmed', 'alleged', 'alleges', 'announcing', 'arguing', 'asserted',
  'asserts', 'assured', 'boasted', 'calling', 'cautioned', 'cautions', 'cautioning', 'complained', 'complains', 'concedes', 'confessed',
  'contended', 'contends', 'countered', 'declaring', 'denied', 'denies', 'denying', 'describing', 'disclosed', 'explaining', 'hinted', 'informed', 'insisting', 'joked',
  'lamented', 'mentioned', 'mused', 'pledged', 'pointed out', 'points out', 'proclaimed', 'quipped', 'reiterated', 'reminded', 'revealed',
  'speculated', 'stressing', 'swore', 'testified', 'vowed', 'vows', 'warning', 'wondered', 'indicated', 'indicates',
  // words read aloud (a letter, a dedication): "“…,” the host read."
  'read aloud', 'read out', 'read',
  // the ways characters in fiction speak
  'grumbled', 'growled', 'snapped', 'mumbled', 'yelled', 'screamed', 'shrieked', 'bawled', 'roared', 'ventured', 'inquired',
  'enquired', 'sobbed', 'gasped', 'hissed', 'protested', 'objected', 'persisted', 'begged', 'proposed', 'corrected', 'conceded', 'sang',
  // words sung, rapped or posted are the singer's and the poster's: "“…,” Taylor sings", "by purring: “…”"
  'sings', 'singing', 'rapped', 'raps', 'rapping', 'crooned', 'croons', 'purred', 'purrs', 'purring', 'chanted', 'chants', 'goes on', 'tweets', 'tweeting',
  // the heated and the careful ways news reports speech: "“…,” she seethed", "“…,” he clarified"
  'seethed', 'fumed', 'raged', 'ranted', 'retaliated', 'elaborated', 'elaborates', 'reacted', 'reacts', 'snarled', 'scoffed', 'sneered', 'blasted', 'slammed', 'fired back', 'shot back', 'hit back', 'clarified', 'gushed', 'raved', 'teased', 'mocked', 'chimed in', 'beamed',
  'talks of', 'talked of', 'talking of', 'spoke of', 'speaks of', 'coined',
  'implored', 'implores', 'confided', 'confides', 'blurted out', 'blurted',
  'confesses', 'recounted', 'recounts', 'marveled', 'marvelled', 'griped', 'thundered', 'huffed', 'crowed', 'bragged', 'opined', 'scolded',
  // an interviewer's ways: "“…?” Hannity pressed."
  'pressed',
  // words sent in writing: "One strategist emailed in reaction to the report: “…”"
  'emailed', 'texted',
];

/** French verbs of speech (present, past participle after `a`/`ont`, inverted with -t-il). */
const FR_VERBS = [
  'dit', 'dire', 'déclare', 'déclaré', 'explique', 'expliqué', 'affirme', 'affirmé', 'répond', 'répondu', 'précise', 'précisé',
  'ajoute', 'ajouté', 'annonce', 'annoncé', 'rappelle', 'rappelé', 'indique', 'indiqué', 'estime', 'estimé', 'souligne',
  'souligné', 'assure', 'assuré', 'confie', 'confié', 'raconte', 'raconté', 'nuancé', 'nuance', 'poursuit', 'poursuivi',
  'lance', 'lancé', 'insiste', 'insisté', 'reconnaît', 'reconnu', 'écrit', 'demande', 'demandé', 'martèle', 'martelé',
  'prévient', 'prévenu', 'commente', 'commenté', 'confirme', 'confirmé', 'admet', 'admis', 's’exclame', "s'exclame", 'conclut',
];

/** `word` as a whole word: no letter right before or after it. */
export const wordRegExp = (word: string): RegExp => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u');

/** Whether rules written for English apply: an English language tag, or none given. */
export const isEnglish = (lang: string | undefined): boolean => !lang || lang.toLowerCase().startsWith('en');

/** Alternation of the speech verbs of a language, longest first, for regular expressions. */
export function verbPattern(lang: string): string {
  const fr = lang.toLowerCase().startsWith('fr');
  const words = fr ? FR_VERBS : EN_VERBS;
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (fr) {
    // "a dit", "a ensuite précisé", "ont déclaré", "a-t-il dit", "dit-il", "explique-t-elle"
    return `(?:(?:a|ont|avait)(?:-t-(?:il|elle|ils|elles|on))?\\s+(?:(?:ensuite|également|aussi|encore|alors|notamment|enfin|déjà|pourtant)\\s+)?)?(?:${sorted.join('|')})(?:-t?-?(?:il|elle|ils|elles|on))?`;
  }
  return `(?:${sorted.join('|')})`;
}

/** An English verb of speech, not inside a hyphenated word ("so-called"); made once, not for every quotation. */
export const SPEECH_VERB_EN = new RegExp(`(?<![\\p{L}-])(?:${verbPattern('en')})(?![\\p{L}])`, 'iu');

/**
 * Whether a verb of speech (`verb`, as written), with `before` the text right before it, is in the passive with a
 * named subject or a pronoun right before it ("Tom Reed was described", "MTV has been criticised", "He is
 * described"): that subject is whom the words are about, not whose they are. Not "was said to be" or "was quoted
 * as", whose subject is the source, nor "was saying"; nor a subject further off ("According to X, the army has
 * been told to …").
 */
export function inPassive(before: string, verb: string): boolean {
  return !/ing$|^(?:said|quoted|reported)$/iu.test(verb) && PASSIVE_SUBJECT.test(before);
}
const PASSIVE_SUBJECT = /(?:\p{Lu}[\p{L}.’'-]*|(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t))['’]?,?\s+(?:(?:has|have|had)\s+)?(?:was|were|is|are|been|being|be)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?$/u;

export function isFrench(lang: string): boolean {
  return lang.toLowerCase().startsWith('fr');
}

export const PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'first' | 'neuter'> = {
  he: 'male', she: 'female', they: 'plural', i: 'first', we: 'first', it: 'neuter',
  il: 'male', elle: 'female', ils: 'plural', elles: 'plural', je: 'first', nous: 'first', on: 'plural',
};

/** Words that make a name an organisation (lower case, matched on whole words). */
const ORG_WORDS = new Set([
  'city', 'ministry', 'department', 'government', 'agency', 'office', 'times', 'post', 'news', 'press', 'federation', 'fédération',
  'church', 'company', 'corporation', 'inc', 'ltd', 'police', 'parquet', 'university', 'foundation', 'program', 'programme',
  'council', 'commission', 'committee', 'association', 'union', 'party', 'army', 'forces', 'intelligence', 'bank', 'banque',
  'institute', 'center', 'centre', 'museum', 'gallery', 'court', 'service', 'wikinews', 'bbc', 'afp', 'reuters', 'kremlin',
  'ministère', 'gouvernement', 'association', 'group', 'team', 'club', 'league', 'organization', 'organisation', 'network',
  'magazine', 'journal', 'review', 'guardian', 'tribune', 'herald', 'globe', 'associated', 'pentagon', 'nato', 'un', 'eu',
  // papers and networks by the names they are known by ("the Courier reported", "NBC said")
  'courier', 'gazette', 'telegraph', 'chronicle', 'examiner', 'inquirer', 'politico', 'cnn', 'nbc', 'abc', 'cbs', 'msnbc', 'upi',
  'febelfin', 'bureau', 'board', 'authority', 'administration', 'embassy', 'staff', 'command',
  // kinds of company and institution a news story names by their trade ("the airline said")
  'airline', 'airlines', 'carrier', 'manufacturer', 'maker', 'retailer', 'utility', 'operator', 'insurer', 'lender', 'publisher',
  'broadcaster', 'studio', 'hospital', 'charity', 'regulator', 'watchdog', 'firm', 'startup', 'automaker', 'chain', 'brewery',
  // places and bodies a news story names that are never someone ("at Belmarsh Prison, he said")
  'prison', 'school', 'college', 'academy', 'records', 'affairs',
  // events a story names, never someone ("nominated at next week's Brit Awards. He told …")
  'awards', 'prize', 'festival', 'championship', 'championships', 'cup', 'games', 'olympics', 'tournament', 'oscars', 'grammys', 'baftas',
  // treaties and laws a story names, never someone ("the North American Free Trade Agreement, which he had called …")
  'agreement', 'treaty', 'accord', 'pact', 'act', 'convention', 'charter', 'amendment',
  // armed groups the news names as actors, never "he" or "she"
  'isis', 'isil', 'daesh', 'qaeda', 'taliban', 'hezbollah', 'hamas',
]);

export function looksLikeOrganisation(name: string): boolean {
  if (/^(?:la|le|the|a|an|one)\s+porte-parole\b/i.test(name)) return false;
  // a country speaks as its government or plays as its team: never "he" or "she"
  if (isPlace(name)) return true;
  if (/\.(?:com|org|net|ro|ru|ua|fr|de|uk|be)\b/i.test(name)) return true;
  // ("the Islamic State": a group, where "State" alone is part of many offices, "Secretary of State")
  if (/(?<![\p{L}])Islamic\s+State(?![\p{L}])/iu.test(name)) return true;
  // ("Our Revolution", "Our Children's Trust": a capitalised "Our" or "Your" opens the name of a group, never a person's)
  if (/^(?:Our|Your)\s+\p{Lu}/u.test(name)) return true;
  // ("the White House later said": a seat of government that speaks for it, by its name alone)
  if (/^(?:the\s+)?(?:White\s+House|Downing\s+Street|Whitehall|[ÉE]lys[ée]e(?:\s+Palace)?|Blue\s+House)$/iu.test(name.trim())) return true;
  const words = name.toLowerCase().split(/[\s’'-]+/u);
  return words.some((w) => ORG_WORDS.has(w));
}

/**
 * "The Acme Tool Co.", "Home Depot Inc.": a name with a corporate suffix is a
 * company, and so is the same name without it later ("Acme Tool said").
 * Returns the names without the suffix.
 */
export function corporateNames(text: string): string[] {
  const re = /(?:^|[^\p{L}])((?:[\p{Lu}][\p{L}&'’.-]*\s+){0,3}[\p{Lu}][\p{L}&'’-]*),?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|GmbH|NV|Holdings)\.?(?![\p{L}])/gu;
  return [...text.matchAll(re)].map((m) => m[1]!.replace(/^The\s+/u, ''));
}

const FEMALE_WORDS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'madame', 'lady', 'wife', 'mother', 'woman', 'girl', 'sister', 'daughter', 'queen', 'aunt', 'she', 'her', 'elle', 'la']);
const MALE_WORDS = new Set(['mr', 'mr.', 'sir', 'lord', 'm.', 'monsieur', 'husband', 'father', 'man', 'boy', 'brother', 'son', 'king', 'uncle', 'he', 'him', 'il', 'le']);
/** A few given names seen in news, enough to choose between he and she when nothing else tells. */
const FEMALE_NAMES = new Set(['kathryn', 'kristen', 'kristin', 'cynthia', 'hilary', 'kiara', 'elaine', 'mary', 'anna', 'maria', 'elizabeth', 'jane', 'lydia', 'alice', 'julia', 'sarah', 'emma', 'olga', 'natalia', 'carly', 'marilyn', 'annie', 'lizzy', 'irina', 'yulia', 'angela', 'hillary', 'nancy']);
const MALE_NAMES = new Set(['kevin', 'matthew', 'volodymyr', 'vladimir', 'david', 'john', 'james', 'michael', 'dennis', 'andy', 'tom', 'nick', 'steve', 'jack', 'joe', 'donald', 'boris', 'emmanuel', 'olaf', 'sergei', 'dmitry', 'oleksii', 'william', 'george', 'robert', 'peter', 'paul', 'mark']);

export type Gender = 'male' | 'female' | undefined;

export function genderOf(name: string): Gender {
  const words = name.split(/\s+/u);
  for (const [i, word] of words.entries()) {
    // ("Le Pen", "La Russa": a capitalised article before a capitalised word is part of a surname, no "le" or "la")
    if (/^L[ae]$/u.test(word) && /^\p{Lu}/u.test(words[i + 1] ?? '')) continue;
    const w = word.toLowerCase();
    if (FEMALE_WORDS.has(w) || FEMALE_NAMES.has(w)) return 'female';
    if (MALE_WORDS.has(w) || MALE_NAMES.has(w)) return 'male';
  }
  return undefined;
}

export const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|lady|lord|m|mme|mlle)\.?$/i;

/**
 * Titles written before a name ("Professor Ann Lee", "Gen Musharraf", "Archbishop Tutu", "Judge Clark"):
 * set aside when two names are compared, unless the title is the last word ("Mr Major", "John Bishop").
 */
export const NAME_TITLE = /^(?:professor|prof|general|gen|archbishop|bishop|cardinal|judge|justice|senator|sen|rep|governor|gov|president|pres|chancellor|minister|secretary|mayor|ambassador|commissioner|inspector|insp|superintendent|supt|detective|det|chief|constable|sergeant|sgt|captain|capt|colonel|col|major|maj|lieutenant|lt|admiral|adm|commander|cmdr|reverend|rev|father|fr|rabbi|imam|sheikh|dame|baroness|baron|councillor|cllr|coach|king|queen|prince|princess)\.?$/i;

/** Words after which a short quotation is a term or a name, not speech. */
export const NAMING_CUE = /(?:\b(?:called|named|dubbed|labelled|labeled|titled|entitled|nicknamed|known as|so-called|the word|the term|the phrase|appelée?s?|surnommée?s?|baptisée?s?|nommée?s?|qualifiée?s?|de|des|du|of|as|the)\s*,?\s*)$/iu;

/** Words that end a noun phrase when reading a name after a verb. */
export const NP_STOP = new Set([
  'to', 'with', 'at', 'in', 'on', 'as', 'while', 'when', 'after', 'before', 'who', 'which', 'that', 'and', 'but', 'because',
  'à', 'au', 'aux', 'avec', 'en', 'dans', 'lors', 'qui', 'que', 'pour', 'sur', 'lorsque', 'quand', 'et', 'mais', 'from', 'for',
]);

/**
 * What a person or body writes or publishes: "PC World's analysis concluded"
 * and "the BBC's report said" are that body's words.
 */
export const WRITINGS = new Set(`
message messages statement report letter note email e-mail post tweet notice release memo document website site page blog study survey poll
paper article book ruling verdict order petition headline announcement comment reply answer analysis research findings editorial review data figures
`.trim().split(/\s+/u));

/** WRITINGS as alternatives for a regular expression (plain words: nothing to escape). */
export const WRITING_WORDS = [...WRITINGS].join('|');

/** Verbs by which someone puts out a writing ("issued a statement", "Cook provided a written statement"), as alternatives. */
export const ISSUING_VERBS = String.raw`issued|released|put\s+out|sent\s+out|sent|set\s+up|launched|published|posted|signed|provided|gave|emailed|wrote|read`;
