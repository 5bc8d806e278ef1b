/**
 * Names that stand for places and collectives, never for a person "he" or
 * "she" can mean: countries (also as sports sides: "South Africa, one of the
 * form sides,"), a name introduced as one of a set of teams, nations or
 * companies, and a name that takes a plural verb ("Tonga have been …":
 * British usage for a team or a body; a person takes "has", "is", "was").
 */

/**
 * Sovereign states and the home nations, in the forms news uses, one word
 * each; the names of several words are in `MULTI_WORD`. Left out on purpose:
 * the ones that are also common given names (Jordan, Georgia, Chad), so that
 * "Jordan said" stays a person.
 */
const ONE_WORD = `
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus
belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chile china colombia comoros
congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon
gambia germany ghana greece grenada guatemala guinea guinea-bissau guyana haiti honduras hungary iceland india indonesia iran iraq ireland
israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria macedonia norway oman pakistan
palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
turkmenistan tuvalu uganda ukraine uae uk britain usa us america uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia
zimbabwe england scotland wales
`;
const MULTI_WORD = [
  'antigua and barbuda', 'bosnia and herzegovina', 'burkina faso', 'cape verde', 'central african republic', 'costa rica', 'czech republic',
  'dominican republic', 'east timor', 'el salvador', 'equatorial guinea', 'ivory coast', 'marshall islands', 'new zealand', 'north korea',
  'north macedonia', 'papua new guinea', 'san marino', 'saudi arabia', 'sierra leone', 'solomon islands', 'south africa', 'south korea',
  'south sudan', 'sri lanka', 'trinidad and tobago', 'united arab emirates', 'united kingdom', 'great britain', 'united states',
  'northern ireland',
];
/**
 * The states of the United States, which its political news names as actors ("… the only state holding a
 * semi-open primary was Rhode Island"), never "he" or "she". Left out, as above: Georgia, Virginia, Indiana,
 * Montana and Washington, which are also given names or surnames.
 */
const US_STATES = `
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois iowa kansas kentucky louisiana
maine maryland massachusetts michigan minnesota mississippi missouri nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
utah vermont wisconsin wyoming
`;
const US_STATES_MULTI = ['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'south carolina', 'south dakota', 'rhode island', 'west virginia'];
const PLACES = new Set([...ONE_WORD.trim().split(/\s+/u), ...MULTI_WORD, ...US_STATES.trim().split(/\s+/u), ...US_STATES_MULTI]);

const normal = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^(?:the)\s+/iu, '')
    .replace(/[’']s$/u, '')
    .replace(/[.,;:!?]+$/u, '')
    .replace(/\./gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** Is the whole name a country (or a home nation, or a US state)? "Michael Jordan", "Chad Smith" and "Jordan" are not. */
export function isPlace(name: string): boolean {
  return PLACES.has(normal(name));
}

/** Plural nouns for sets of teams, nations and bodies: "one of the form sides", "one of the largest firms". */
const COLLECTIVE_HEADS = /^(?:sides|teams|squads|clubs|nations|countries|states|companies|firms|banks|groups|bands|parties|cities|towns|regions|provinces|universities|schools|outfits|franchises|brands|airlines|carriers|networks|chains|retailers|manufacturers|charities|agencies|institutions|organisations|organizations|unions)$/iu;

/** What a place or a body is called in an apposition: "the basement club", "a family firm". */
const PLACE_OR_BODY = /^(?:club|nightclub|bar|pub|cafe|café|restaurant|hotel|venue|shop|store|supermarket|company|firm|business|bank|school|college|university|hospital|clinic|church|mosque|synagogue|temple|theatre|theater|cinema|museum|stadium|arena|gallery|newspaper|magazine|channel|station|broadcaster|network|agency|charity|party|band|team|side|brand|airline|group|organisation|organization|city|town|village|district|region|province|county|state|country|website|site|app|platform|newsletter|studio|label|publisher)$/u;

/**
 * "South Africa, one of the form sides and competition favourites,": an
 * apposition that makes the name one of a set of teams, nations or bodies.
 * `apposition` is the text after the name's comma, or from the dash that
 * opens an apposition between dashes.
 */
export function collectiveApposition(apposition: string): boolean {
  // ("the Liberal Democrats - the mainstream party a survey showed … - secured": between dashes, a body by its kind
  // among the first words, whatever follows them)
  const dashed = /^\s*[-–—]\s+(?:the|a|an)((?:\s+[\p{Ll}-]+){1,4})/u.exec(apposition);
  if (dashed) return dashed[1]!.trim().split(/\s+/u).some((w) => PLACE_OR_BODY.test(w));
  // "Cafe Noir, the basement club,", "Moda, a family firm,": a place or a body, by its kind
  // (not "Ann Lee, a teacher at the school,": past a preposition, the place is where the one named works)
  const kind = /^\s*(?:the|a|an)\s+(?:(?!(?:at|of|in|on|for|with|from|to|by|near)\s)[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)\s*[,.;:)]/u.exec(apposition);
  if (kind && PLACE_OR_BODY.test(kind[1]!)) return true;
  const m = /^\s*(?:one|two|three|some|each|either|neither|any|none)\s+of\s+(?:the|its|their|our|his|her)\s+([^,.;:()]{1,80})/iu.exec(apposition);
  if (!m) return false;
  // the head of the first noun phrase: "form sides and competition favourites" → "sides"
  const first = m[1]!.split(/\s+(?:and|or|in|of|on|at|for|to|with|from|that|who|which)\s+/iu)[0]!.trim().split(/\s+/u);
  return COLLECTIVE_HEADS.test(first[first.length - 1] ?? '');
}

const NAME = String.raw`[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,2}`;
/**
 * A name opening a clause, then a plural verb ("Tonga have", "England are",
 * "Leeds, top of the table, were"), not after "and" ("Lee and Reed are").
 */
const PLURAL_SUBJECT = new RegExp(`(?:^|[.!?;:,]\\s+|\\b(?:but|while|whereas|when|as|because)\\s+)(${NAME})(?:,[^,.;:]{2,60},)?\\s+(?:have|are|were)\\s+(?!you\\b)\\p{Ll}`, 'gu');
/** Capitalised words that open a clause and are no name ("Then Leeds were", "Those are"). */
const NOT_NAME = /^(?:The|These|Those|They|We|You|There|Here|Many|Most|Some|All|Both|Few|Several|Others|Such|What|Which|Who|How|Where|Why|Our|Their|Your|His|Her|Its|My|And|But|Or|So|If|When|While|As|Because|Now|Then|Also|Still|Yet|Today|Yesterday|Meanwhile|However)$/u;

/** "at Cardiff Arms Park", "in Stamford Bridge": a named ground, road or building the text puts someone or something at. */
const VENUE = /(?<![\p{L}])(?:at|in|near|outside|inside)\s+((?:[\p{Lu}][\p{L}’'-]*\s+){1,3}(?:Park|Road|Lane|Bridge|Stadium|Arena|Ground|Grounds|Square|Street|Avenue|Palace|Hall|Field|Gardens|Dome|Racecourse|Circuit|Oval|Abbey|Cathedral|Airport))(?![\p{L}])/gu;

/**
 * Places the text names as somewhere things happen ("a 3-0 win at Cardiff Arms
 * Park"): never a person, though "Park" or "Bridge" may be a surname.
 */
export function venueNames(text: string): string[] {
  return [...text.matchAll(VENUE)].map((m) => m[1]!);
}

/**
 * Names a text makes collective by agreement: a proper name, not a pronoun,
 * opening a clause with "have", "are" or "were" (a person "has", "is", "was").
 */
export function pluralSubjects(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLURAL_SUBJECT)) {
    const words = m[1]!.split(/\s+/u);
    while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
    if (words.length > 0) out.push(words.join(' '));
  }
  return out;
}
