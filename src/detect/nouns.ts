/**
 * Word lists for reading who a phrase names: determiners, capitalised
 * function words, titles, and the nouns that can head a description of
 * someone who speaks.
 */
import { HONORIFIC, looksLikeOrganisation } from './lexicon.js';

export const DETERMINER = /^(?:the|a|an|one|another|his|her|my|their|our|its|this|that|la|le|les|un|une|l['’]|ce|cette|sa|son|ses)$/i;
export const FUNCTION_CAPS = new Set([
  'This', 'That', 'It', 'There', 'But', 'And', 'Nor', 'Or', 'So', 'Then', 'When', 'Yes', 'No', 'Oh', 'Thus', 'However', 'Otherwise', 'Here', 'What', 'Why',
  'How', 'Well', 'Now', 'If', 'As', 'In', 'On', 'At', 'For', 'With', 'After', 'Before', 'Since', 'While', 'Pour', 'Dans', 'Selon',
  'Mais', 'Et', 'Il', 'Elle', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Ce', 'Cette', 'Some', 'All', 'Many', 'Most', 'Perhaps',
  'Though', 'Although', 'Because', 'Maybe', 'Still', 'Yet', 'Also', 'Even', 'Only', 'Just', 'Such', 'These', 'Those', 'Our', 'Their',
  'To', 'From', 'By', 'Of', 'Into', 'Onto', 'Upon', 'Under', 'Over', 'Through', 'During', 'Despite', 'Without', 'Within', 'About', 'Via',
  'Between', 'Among', 'Amongst', 'Amid', 'Amidst', 'Against', 'Across', 'Along', 'Alongside', 'Around', 'Behind', 'Beyond', 'Beside', 'Besides',
  'Below', 'Above', 'Beneath', 'Toward', 'Towards', 'Throughout', 'Until', 'Like', 'Unlike', 'Inside', 'Outside', 'Following', 'Including', 'Except', 'Unless', 'Whether',
  'None', 'Neither', 'Nobody', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'Anybody', 'Nothing', 'Everything', 'Something',
  'Similar', 'Other', 'Another', 'Several', 'Few', 'Both', 'Each', 'Every', 'Various',
  'Recent', 'Latest', 'Initial', 'Previous', 'Further', 'Numerous', 'Earlier', 'Later', 'Previously', 'Recently', 'Afterwards', 'Eventually', 'Finally', 'Initially', 'Today', 'Yesterday', 'Tomorrow',
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty', 'Dozens', 'Hundreds', 'Thousands',
  // spans of time that open a sentence ("Hours later, Hale …", "Days before the vote …")
  'Minutes', 'Hours', 'Days', 'Weeks', 'Months', 'Years', 'Moments',
  'First', 'Second', 'Third', 'Next', 'Last', 'Lastly', 'Again', 'Old', 'New', 'Other', 'Others', 'Another',
  'Overall', 'Indeed', 'Instead', 'Separately', 'Elsewhere', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Ultimately', 'Meanwhile',
  // adverbs that open a sentence with or without a comma ("Sadly comments such as his …")
  'Sadly', 'Happily', 'Unfortunately', 'Fortunately', 'Luckily', 'Thankfully', 'Regrettably', 'Hopefully', 'Clearly', 'Obviously', 'Apparently',
  'Presumably', 'Certainly', 'Surely', 'Naturally', 'Undoubtedly', 'Admittedly', 'Arguably', 'Frankly', 'Honestly', 'Personally', 'Interestingly',
  'Ironically', 'Surprisingly', 'Curiously', 'Strangely', 'Oddly', 'Predictably', 'Inevitably', 'Understandably', 'Incidentally', 'Importantly',
  'Crucially', 'Notably', 'Significantly', 'Similarly', 'Likewise', 'Equally', 'Basically', 'Essentially', 'Generally', 'Typically', 'Usually',
  'Actually', 'Really', 'Simply', 'Evidently', 'Reportedly', 'Allegedly', 'Supposedly', 'Seemingly', 'Possibly', 'Probably',
  // adverbs of how often ("Sometimes confrontations grew violent")
  'Sometimes', 'Often', 'Occasionally', 'Rarely', 'Seldom', 'Always', 'Never', 'Frequently',
  // the reader or the one addressed ("You could leave thinking …"): never someone he or she means
  'You', 'Your',
]);
/**
 * Adverbs that may open a sentence before its subject with no comma ("Even Mike Pence, his running mate, can't …",
 * "Now Ryan is doing …"): no part of the name after them.
 */
export const OPENING_ADVERB = /^(?:Even|Only|Just|Also|Still|Yet|Now|Then|So|Perhaps|Maybe|Indeed|Instead|Meanwhile|Already|Sometimes|Often|Never|Always)$/;
/**
 * `text` without an OPENING_ADVERB that opens it before a capital ("Now Ryan is doing …" → "Ryan is doing …"), or
 * without "Even" before an article ("Even the Heritage Foundation tweeted" → "the Heritage Foundation tweeted").
 */
export const withoutOpeningAdverb = (text: string): string => text.replace(/^\s*(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})|^\s*Even\s+(?=(?:the|a|an)\s)/u, (all, w: string | undefined) => (w === undefined || OPENING_ADVERB.test(w) ? '' : all));
export const INTRO = /^(?:for|in|on|at|after|before|since|while|when|during|ahead|amid|amidst|following|though|although|because|if|as|perhaps|writing|speaking|asked|however|then|meanwhile|also|still|yet|pour|dans|après|avant|lors|ensuite|enfin|puis|mais|et|but|and|so|thus|here|now|\p{Ll}+ing)\b/iu;
export const TITLE_WORDS = /^(?:president|prime|minister|secretary|director|curator|professor|spokesman|spokeswoman|spokesperson|chairman|chair|ceo|head|chief|general|mayor|governor|chancellor|king|queen|senator|ambassador|commander|leader|editor|founder|prosecutor|cardinal|archbishop|bishop|pope|rabbi|imam|commissioner|envoy|inspector|superintendent|justice|judge|speaker|congressman|congresswoman|porte-parole|président|ministre|directeur|directrice|procureur)$/i;
/** Words that name which office a title is, before its title word ("Prime Minister", "Foreign Secretary", "Chief Executive"). */
export const TITLE_PART = /^(?:prime|executive|officer|adviser|advisor|deputy|vice|shadow|acting|first|foreign|home|health|education|culture|defence|defense|trade|transport|environment|interior|finance|justice|energy|industry|attorney|solicitor|lord|sports?|media)$/i;

/** "… to seal victory. Victory took Real …": one word that the text also writes in lower case is a common word, not a name. */
export function commonWord(word: string, text: string): boolean {
  return /^\p{L}+$/u.test(word) && new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
}

/**
 * Whether two titles or descriptions with the same head can be one office:
 * "the prime minister" is "Prime Minister" or "the minister", but not
 * "Foreign Minister" or "Deputy Prime Minister" (the office words before the
 * head must be the same, where both have any).
 */
export function sameOffice(a: string, b: string): boolean {
  const office = (t: string): string => t.toLowerCase().split(/\s+(?:of|for|to)\s+/u)[0]!.split(/\s+/u).slice(0, -1).filter((w) => TITLE_PART.test(w)).sort().join(' ');
  const [x, y] = [office(a), office(b)];
  return x === '' || y === '' || x === y;
}

export const PERSON_NOUNS = /^(?:premier|forward|striker|midfielder|defender|winger|goalkeeper|keeper|prop|flanker|fly-half|scrum-half|full-back|star|player|champion|sprinter|athlete|golfer|boxer|jockey|captain|coach|skipper|boss|manager|teenager|youngster|rookie|newcomer|batsman|bowler|compatriot|actress|actor|singer|veteran|man|woman|soldier|officer|fighter|pole|poster|blogger|author|witness|resident|official|spokesman|spokeswoman|spokesperson|president|friend|wife|husband|lady|gentleman|girl|boy|doctor|nurse|teacher|student|journalist|reporter|source|porte-parole|commander|soldat|femme|homme)$/i;

/**
 * Nouns that can head a description of someone who speaks: people, roles,
 * groups of people. A description headed by anything else ("the most obvious
 * example of this", "a voice within the tower", "the plump shadowed face") is
 * not a speaker.
 */
/** A person named by where they are from ("said the Scot", "the Frenchman added"): a description, never a name. */
export const DEMONYMS = new RegExp(
  `^(?:${[
    'Scot', 'Briton', 'Spaniard', 'Dane', 'Swede', 'Finn', 'Pole', 'Czech', 'Croat', 'Serb', 'Turk', 'Greek', 'Swiss', 'Kiwi', 'Aussie', 'Geordie', 'Scouser',
    '(?:French|English|Welsh|Irish|Dutch|Scots|Ulster|Yorkshire|Cornish|Manx)(?:man|woman)',
    '(?:Argentin|Brazil|Ital|Austral|Canad|Russ|Norweg|Belg|Austr|Nigeri|Ghana|Cameroon|Ivor|Keny|Ethiop|Jamaic|Colomb|Chil|Uruguay|Ind|Ukrain|Georg|Bulgar|Roman|Hungar|Sloven|Croat|Serb|Iran|Egypt|Liber|Zimbabwe|Zamb|Tanzan|Ugand|Algeri|Tunis|Indones|Malays|Mongol|Boliv|Venezuel|Paraguay|Peruv|Cuba|Mexic|Americ|Morocc|Afric|Asi|Korea|Estoni|Latvi|Lithuani|Belarus|Armen|Bosn|Macedon|Albani|Syr)(?:ian|ean|an|n)',
    '(?:Portugu|Senegal|Japan|Chin|Vietnam|Congol|Malt|Sudan|Leban|Burm|Taiwan|Togol|Guin)ese',
    '(?:Israel|Pakistan|Bangladesh|Iraq|Kuwait|Qatar|Saud|Yemen|Omani|Afghan|Nepal)i?',
    'German', 'New Zealander', 'Icelander', 'Londoner', 'Texan', 'Argentine', 'Filipino', 'Thai',
  ].join('|')})$`,
  'u',
);
/**
 * Plural nouns of counting and surveying that a capitalised word opening a sentence describes ("Opinion polls see …",
 * "Exit polls showed …", "Sales figures rose …"): the word before them is no name, and they are not its verb.
 */
export const SURVEY_NOUNS = /^(?:polls|surveys|figures|statistics|forecasts|projections|ratings|sales|prices)$/u;

export const SPEAKER_NOUNS = new Set(`
man men woman women person people persons folk folks child children kid kids baby boy boys girl girls lad lass youth gentleman gentlemen lady ladies fellow chap
mother father mom mum dad parent parents son daughter sister brother uncle aunt cousin grandmother grandfather wife husband spouse widow widower partner fiancé fiancée
friend friends colleague colleagues neighbour neighbor neighbours neighbors stranger visitor guest host hostess
bandmate bandmates teammate teammates team-mate team-mates classmate classmates housemate housemates flatmate flatmates cellmate cellmates
king queen prince princess lord duke duchess count countess emperor empress sir madam master mistress servant maid butler nurse
officer officers soldier soldiers fighter fighters commander captain sergeant colonel lieutenant major general admiral guard guards marine troops
police policeman policewoman detective inspector constable sheriff judge lawyer attorney prosecutor defendant plaintiff victim victims witness witnesses suspect
resident residents citizen citizens voter voters worker workers employee employees employer manager owner boss founder co-founder cofounder creator
developer developers engineer engineers programmer programmers maintainer maintainers designer designers scientist scientists researcher researchers
expert experts analyst analysts economist economists professor teacher student students doctor doctors physician surgeon patient patients
official officials spokesman spokeswoman spokesperson minister ministers president chairman chairwoman chair ceo cto cfo director executive executives
editor editors writer writers author authors poet novelist journalist journalists reporter reporters correspondent columnist critic critics blogger bloggers pundit pundits broadcaster broadcasters
poster posters commenter commenters user users fan fans supporter supporters player players coach athlete athletes farmer farmers driver pilot sailor
seed seeds champion champions skipper striker midfielder defender goalkeeper winger solicitor barrister
teenager teenagers youngster youngsters veteran veterans newcomer rookie winner winners runner-up finalist qualifier holder compatriot countryman countrywoman opponent rival rivals batsman bowler flanker fly-half scrum-half full-back
singer singers actor actress actors comedian presenter musician rapper guitarist drummer bassist producer dancer composer conductor
priest bishop pope rabbi imam monk nun vicar pastor preacher prelate
leader leaders member members mayor governor senator congressman congresswoman representative diplomat ambassador negotiator candidate campaigner
activist activists protester protesters heckler hecklers demonstrator demonstrators volunteer volunteers survivor survivors mourner prisoner hostage refugee migrant
shopkeeper merchant trader landlord tenant customer customers client clients
narrator speaker interviewer interviewee source sources insider insiders rep reps publicist publicists organiser organizer organisers organizers curator donor donors
band crowd audience team staff opposition spokespeople representatives delegates delegation panel jury committee board council
porte-parole soldat femme homme président ministre directeur directrice procureur habitant habitants témoin
message messages statement report letter note email e-mail post tweet sign notice release memo document website site page blog study survey poll
paper newspaper magazine tabloid article book law bill ruling verdict order petition banner placard headline announcement comment reply answer communiqué rapport lettre
analysis research findings editorial
delegate superdelegate superdelegates
campaign campaigns coalition coalitions groups organizations organisations complaint lawsuit indictment filing ad ads advert advertisement
city town village municipality county country firm authorities authority
adviser advisers advisor advisors aide aides assistant secretary deputy counsel consultant strategist strategists pollster pollsters historian
moderator anchor presenter commentator chief head manager managers coordinator administrator superintendent commissioner inspector trustee trustees
lawmaker lawmakers legislator legislators politician politicians backbencher backbenchers senators representatives negotiators investigators investigator detectives
physicians nurses teachers parents mothers fathers relatives relative family families neighbors neighbours residents bystanders onlookers eyewitness eyewitnesses
builder builders contractor contractors architect architects planner planners supplier suppliers skipper skippers
organizers prosecutors lawyers attorneys judges officers agents agent regulators regulator observers monitor monitors scholar scholars
magnate magnates tycoon tycoons businessman businessmen businesswoman businesswomen billionaire billionaires millionaire mogul moguls financier investor investors
entrepreneur entrepreneurs banker bankers lobbyist lobbyists philanthropist heir heiress celebrity celebrities filmmaker playwright
nominee nominees frontrunner front-runner hopeful hopefuls contender contenders challenger incumbent chancellor premier dictator monarch
operative operatives loyalist loyalists surrogate surrogates ally allies backer backers detractor detractors confidant confidante
whistleblower hacker leaker dissident psychiatrist psychologist cleric clerics evangelist televangelist
gunman gunmen shooter attacker attackers assailant killer bomber militant militants extremist extremists
immigrant immigrants retiree retirees homeowner homeowners taxpayer taxpayers constituent constituents worshipper worshippers attendee attendees participant participants respondent respondents
`.trim().split(/\s+/u));


/** Exclamations and oaths that open a line of dialogue and are not names ("Begob, ma’am"). */
export const INTERJECTIONS = new Set([
  'begob', 'begad', 'bedad', 'egad', 'gad', 'gosh', 'golly', 'alas', 'ah', 'aha', 'oh', 'o', 'ay', 'aye', 'yes', 'no', 'nay', 'yea', 'well', 'hullo', 'hallo',
  'hello', 'hey', 'hi', 'lord', 'god', 'jesus', 'christ', 'damn', 'dammit', 'faith', 'sure', 'indeed', 'why', 'pooh', 'bah', 'hush', 'hurrah', 'huzzah',
  'ha', 'hah', 'pshaw', 'zounds', 'heavens', 'goodness', 'mercy', 'bravo', 'amen', 'ugh', 'wow', 'ok', 'okay', 'right', 'look', 'listen', 'come', 'sh',
  // verbs that open a question or an order ("Do …", "Tell …")
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'let', 'tell',
  'give', 'take', 'go', 'get', 'see', 'mind', 'wait', 'stop', 'please', 'thanks', 'thank',
]);


/**
 * A verb in -ing that may govern an object ("overseeing", "implementing"); not a noun in -ing ("morning", "a briefing"),
 * nor one that reads as a preposition ("following the inquiry", "including").
 */
export const PARTICIPLE_ING = /^(?!(?:following|including|regarding|concerning|according|excluding|considering|pending|barring|morning|evening|thing|something|nothing|anything|everything|during|briefing|meeting|hearing|building|spring|wedding|ceiling|ruling|funding|spending|polling|warning|offering|king|ring|string|wing|swing|sibling|darling)$)\p{Ll}{2,}ing$/u;
/** "Rejecting …, the justices declined": a capitalised participle opening a clause that a comma closes before the subject; no name. */
export const openingParticiple = (word: string, rest: string): boolean =>
  /^\p{Lu}\p{Ll}+ing$/u.test(word) && PARTICIPLE_ING.test(word.toLowerCase()) && /^[^,;.]{0,120},\s+(?:the|a|an|his|her|its|their|\p{Lu})/u.test(rest);
/** Common verbs whose past is irregular ("Ann Lee lost to …", "Then she went on to …"), for regular expressions. */
export const IRREGULAR_PAST = 'lost|won|beat|made|took|went|came|saw|gave|got|left|led|ran|fell|felt|kept|held|hit|put|set|met|paid|sold|spent|brought|thought|became|began|found|knew|wrote|shot|threw|drove|rose|broke|chose|spoke|stood|sat|fought|caught|sought|built|sent|heard|struck|quit';

/** A lower-case particle that may stand inside a name: "Ludwig van Beethoven", "Osama bin Laden", "Maria de la Cruz". */
export const NAME_PARTICLE = /^(?:of|de|du|des|van|von|der|den|ter|ten|la|le|da|di|del|della|dos|das|bin|ibn|bint|ben|abu|al|el|and|&|the|’s|'s)$/i;

/** A capitalised name word or one with an Arabic article ("al-Faroon"), for regular expressions. */
export const NAME_WORD = String.raw`(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|bint)-)?[\p{Lu}][\p{L}’'-]+`;

/**
 * A word that can be part of a proper name: capitalised, or an Arabic or
 * Romance particle joined to a capitalised word ("al-Faroon", "el-Baradei",
 * "d’Estaing").
 */
export function isNameWord(w: string): boolean {
  const bare = w.replace(/[,;:.!?”"»)]+$/u, '');
  return /^\p{Lu}/u.test(bare) || /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|bint)-\p{Lu}/u.test(bare) || /^(?:d|l|o)[’']\p{Lu}/u.test(bare);
}

const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';
/** Full names; May is left out (a name as often as a month) unless a date follows. */
export const FULL_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const FULL_MONTHS = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** A day, a month or another word of time ("Wednesday", "Sept.", "today"): never a name or a speaker. */
export const TEMPORAL = new RegExp(`^(?:(?:${FULL_DAYS}|${FULL_MONTHS}|today|tonight|yesterday|tomorrow)(?:['’]s)?|(?:${DAYS}|${MONTHS})\\.)$`, 'iu');

/**
 * A time adverbial where a reporting verb's subject could stand: "Wednesday",
 * "on September 5", "late Saturday", "last week", "earlier this year",
 * "two weeks ago", "at the time", "in 2006". AP style puts the day right after
 * the verb ("said Wednesday"), so after "said" these are skipped, never read
 * as the speaker.
 */
const TIME_UNIT = '(?:day|hour|minute|morning|afternoon|evening|night|week|weekend|month|year|season|decade|spring|summer|autumn|fall|winter)s?';
const ONE_TIME = new RegExp(
  `^(?:(?:on|in|at|during|by|since|until|from|early|late|earlier|later)\\s+)*(?:(?:last|this|next|early|late|earlier|later|the\\s+following|the\\s+previous)\\s+)?` +
    `(?:(?:${FULL_DAYS}|${FULL_MONTHS}|(?:${DAYS}|${MONTHS})\\.?(?=\\s+\\d)|(?:${DAYS}|${MONTHS})\\.)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?(?:\\s+${TIME_UNIT})?|\\d{4}|today|tonight|yesterday|tomorrow|now|recently|earlier|later|again|once|previously|${TIME_UNIT}|the\\s+time|the\\s+same\\s+time|` +
    `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\\d+)\\s+${TIME_UNIT}\\s+(?:ago|earlier|later|before))(?![\\p{L}\\d’'])[\\s,]*`,
  'iu',
);

/** The length of the time adverbials that open `text` ("Wednesday on the show" → 10), 0 when none. */
export function leadingTime(text: string): number {
  let at = text.length - text.trimStart().length;
  for (;;) {
    const m = ONE_TIME.exec(text.slice(at));
    if (!m || m[0].trim() === '') return at;
    at += m[0].length;
  }
}

/** A phrase made only of days, months, dates and words of time ("Wednesday", "September 5"): never a speaker. */
export function onlyTime(words: string[]): boolean {
  return words.length > 0 && words.every((w) => TEMPORAL.test(w.replace(/[,;:!?]+$/u, '')) || /^\d{1,4}(?:st|nd|rd|th)?[,.]?$/u.test(w)) && words.some((w) => !/^\d/u.test(w));
}

/** "Judge calls scheme cruel" (a headline or deck): a capitalised role word alone is not a name. */
export function isRoleWord(text: string): boolean {
  return !/\s/u.test(text.trim()) && (TITLE_WORDS.test(text.trim()) || SPEAKER_NOUNS.has(text.trim().toLowerCase()));
}

/** Titles of rank that stay with the name they stand before ("Prince Saud", "Judge Ann Lee"). */
const RANK = /^(?:Prince|Princess|Judge|Justice|Father|Sister|Brother|Reverend|Sheikh|Emir|Sultan|Chief|Dame)$/u;

/**
 * "Keeper Tony Bullock", "Farmer Geoff Brooks", "Man-of-the-match Stephen
 * Jones", "Oscar-nominated Owen": a role, or a description joined by
 * hyphens, capitalised at the start of a sentence is no part of the name
 * after it. Returns the name and what stood before it (a title). Titles of
 * office or rank ("President Putin", "Lord Falconer", "Prince Saud") stay,
 * as do the names of bodies ("Economist Intelligence Unit").
 */
export function withoutDescriptor(name: string): [string, string | undefined] {
  const m = /^(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})$/u.exec(name);
  if (!m || TITLE_WORDS.test(m[1]!) || HONORIFIC.test(m[1]!) || RANK.test(m[1]!) || looksLikeOrganisation(name)) return [name, undefined];
  // (a plural names a body: "Citizens Against Crime")
  const word = m[1]!.toLowerCase();
  const role = (SPEAKER_NOUNS.has(word) || PERSON_NOUNS.test(word)) && !(word.endsWith('s') && SPEAKER_NOUNS.has(word.slice(0, -1)));
  return m[1]!.includes('-') || (role && /\s/u.test(m[2]!)) ? [m[2]!, m[1]!] : [name, undefined];
}
