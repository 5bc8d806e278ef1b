/**
 * The subject of a clause, where the attribution rules (rules.ts) need one:
 * past opening phrases ("In a statement, …", "Referring to …,"), shared by
 * verbs joined with "and", after an apposition, or a pronoun that opens it.
 */
import { descriptionHead, joinedRoles, readPhrase, speakingKind, type Phrase } from './names.js';
import { FULL_DAYS, FUNCTION_CAPS, IRREGULAR_PAST, SPEAKER_NOUNS, TITLE_WORDS } from './nouns.js';

const SUBORDINATE = /^(?:though|although|because|if|while|when|since|as|after|before|perhaps|however|pour|dans|après|lorsque|quand|si|bien que)\b/iu;
/** "In a statement, X said", "On Monday, X told …", "Sunday, X said …", "Early in his campaign, X …", "Referring to …, X said": an opening phrase, participle or adverb is not the subject. */
const LEADING_PP = new RegExp(String.raw`^(?:(?:in|on|at|of|about|regarding|during|from|with|by|for|under|despite|alongside|amid|amidst|among|amongst|beyond|besides|unlike|like|throughout|within|across|through|later|earlier|every|each|last|this|next|asked|pressed|questioned|\p{L}+ing)\s|(?:early|late)\s+(?:in|on|last|this|that|next)\s|(?:meanwhile|however|instead|separately|yesterday|today|moreover|nevertheless|nonetheless|still|finally|overall|thus|earlier|later|previously|recently|elsewhere|similarly|likewise|indeed|furthermore|additionally|${FULL_DAYS})$)`, 'iu');

/** "Groening heaped praise …", "King said …": a name ending in -ing, then its verb, opens the main clause (not "Having seen …"). */
const NAMED_ING = /^(?!Having\s|Being\s)\p{Lu}\p{Ll}*ing\s+(?:\p{Ll}+ly\s+)?(?!(?:his|its|this|hers|theirs|ours|yours|thus|plus|us|as)\s)(?:\p{Ll}+ed|\p{Ll}+s|was|had|will|would|said|told)\s/u;

/**
 * The text from its main clause on: opening subordinate clauses and phrases
 * set off by commas ("Though the club lost, …", "During the debate Wednesday,
 * …") are dropped, and any part `alsoDrop` accepts.
 */
export function mainClause(text: string, alsoDrop: (part: string) => boolean = () => false): string {
  const parts = text.split(/,\s*/u);
  const opener = (part: string): boolean => SUBORDINATE.test(part) || (LEADING_PP.test(part) && !NAMED_ING.test(part)) || alsoDrop(part);
  while (parts.length > 1 && opener(parts[0]!.trim())) parts.shift();
  return parts.join(', ');
}

/**
 * "Alice considered a little, and then said …", "The Dormouse shook its head,
 * and said, …", "Lee praised the growth but denied …": verbs joined by "and" or
 * "but" share the name that opens the sentence (past an opening phrase: "Asked
 * about it, Ann Lee bristled and said"). Only when no other capitalised word or
 * relative clause stands in between.
 */
export function sharedSubject(head: string): Phrase | undefined {
  const m = /^\s*(?:(?:Here|Then|Now|So|And|But)\s+)?((?:[Tt]he\s+)?[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,2})\s+(?!(?:and|or|of|who|which|whose|is|was)\b)\p{Ll}+(?![\p{L}])(.*)$/u.exec(mainClause(head));
  if (!m || !/(?:,\s*|\s)(?:and|but)(?:\s+(?:then|later|also|again|eventually|finally))?\s*$/u.test(m[2]!)) return undefined;
  if (/[\p{Lu};:]|\b(?:who|whom|which|whose)\b/u.test(m[2]!)) return undefined;
  // ("China's foreign ministry appealed … and urged": a name in the possessive is no subject; what it owns is, when
  // that is a body or someone of a kind)
  if (/['’]s$/u.test(m[1]!)) {
    const tail = m[0]!.slice(m[0]!.indexOf(m[1]!) + m[1]!.length).trim().split(/\s+/u);
    for (let k = 1; k <= 3 && k < tail.length; k++) {
      const kind = tail[k - 1]!;
      const body = speakingKind(kind) ? readPhrase(`${m[1]!} ${tail.slice(0, k).join(' ')}`) : undefined;
      if (body?.kind === 'description') return body;
    }
    return undefined;
  }
  const phrase = readPhrase(m[1]!);
  return phrase?.kind === 'name' ? phrase : undefined;
}

/**
 * A name, a comma and an apposition or relative clause before the verb, closed
 * by a comma or not: "X, the leader of the … Union said:", "X, economist at
 * Global Insight said", "But Dallaglio, who called time on England earlier
 * this year, said:".
 */
export function unclosedApposition(head: string): Phrase | undefined {
  const clause = mainClause(head).replace(/^\s*(?:But|And|Yet|So)\s+/u, '');
  const m =
    /^\s*((?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'-]+),\s+(?:(?:the|a|an|his|her|its|their)\s+|(?:\p{Ll}[\p{Ll}-]+\s+){1,3}(?:at|of|for)\s+)[^,]{3,80}$/u.exec(clause) ??
    /^\s*((?:[\p{Lu}][\p{L}’'.-]+\s+){0,3}[\p{Lu}][\p{L}’'-]+),\s+(?:who|whose)\s[^"“”]{3,150},\s*$/u.exec(clause);
  const phrase = m ? readPhrase(m[1]!) : undefined;
  return phrase?.kind === 'name' ? phrase : undefined;
}

/**
 * "Tory leader Michael Howard sent …", "US coach Patrick McEnroe wants …": a role between the words that qualify it
 * and the name, then the verb (past an apposition: "Former mayor Ann Reed, who backs Hale, trashed …").
 */
export function roleSubject(clause: string): (Phrase & { verb: string }) | undefined {
  // ("Republican presidential nominee Donald Trump issued …": a word or two in lower case may stand before the role)
  // ("Democratic presidential candidate Sen. Bernie Sanders (I-Vt.) on Saturday criticized …": an abbreviated title
  // before the name, a party and state in brackets after it)
  const r = /^\s*((?:[\p{Lu}][\p{L}’'.-]+\s+){1,3}(?:\p{Ll}[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)\s+(?:(?:Sen|Rep|Del|Gov|Gen|Dr)\.\s+)?(?:[\p{Lu}][\p{L}’'-]+\s+){0,2}[\p{Lu}][\p{L}’'-]+)(?:\s+\([\p{Lu}]-[\p{L}.]{2,8}\))?(?:,\s[^,]{1,150},["”’]?)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(clause);
  const role = r && (SPEAKER_NOUNS.has(r[2]!) || TITLE_WORDS.test(r[2]!)) ? readPhrase(r[1]!) : undefined;
  return role?.kind === 'name' ? { ...role, verb: r![3]! } : undefined;
}

/** A body that acts for someone, after their name in the possessive, then a verb in the past: "campaign shrugged". */
const OWNED_BODY = new RegExp(`^(campaign|team|office|camp|staff|spokes(?:man|woman|person)|lawyers|attorneys)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+ed|${IRREGULAR_PAST})(?![\\p{L}])`, 'u');

/**
 * The subject of the main clause: the name that opens it, after an opening
 * phrase set off by a comma ("During the debate Wednesday, Ann Lee defended …").
 */
export function clauseSubject(head: string): Phrase | undefined {
  const clause = mainClause(head);
  const role = roleSubject(clause);
  if (role) return { kind: role.kind, text: role.text, ...(role.title !== undefined ? { title: role.title } : {}) };
  // ("Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed …": roles joined by "and", then the name)
  const joined = joinedRoles(clause.split(',')[0]!);
  if (joined) return joined;
  // ("Keith Olbermann, a commentator who hosts “The Show,” led the charge …": an apposition may stand after the name)
  // ("Secretary of State Rex Tillerson on Wednesday seemed …": an office named with "of" before the name; "House Energy
  // and Commerce Committee Chairman Fred Upton (R-Mich.) offered …": a body's name with "and", and a party and state)
  const m = /^\s*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[\p{Lu}][\p{L}’'.-]+\s+(?:(?:of\s+(?:the\s+)?|and\s+)(?=\p{Lu}))?){0,7}[\p{Lu}][\p{L}’'-]+)(?:\s*\((?:D|R|I)[-–][^()]{1,20}\))?(?:,\s[^,]{1,150},["”’]?)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(clause);
  // ("The Republican candidate appeared …": an article and a capital before a noun of someone describe them; no name)
  if (m && /^(?:The|A|An)\s+\S+$/u.test(m[1]!) && SPEAKER_NOUNS.has(m[2]!)) {
    const whole = readPhrase(`${m[1]!} ${m[2]!}`);
    return whole?.kind === 'description' ? whole : undefined;
  }
  // ("Ryan’s campaign shrugged off Trump’s comments, telling …": a name's campaign, team or office, then a verb in the
  // past, is the subject; not "Clinton’s campaign manager Robby Mook", whose noun leads on to a name)
  const owned = m && /['’]s$/u.test(m[1]!) ? OWNED_BODY.exec(clause.slice(m.index + m[0].length - m[2]!.length)) : null;
  if (owned && m![2] === owned[1]) {
    const body = readPhrase(`${m![1]} ${owned[1]}`);
    if (body?.kind === 'description') return body;
  }
  // ("Hillary Clinton’s campaign manager Robby Mook said …, arguing": a name in the possessive is not the subject)
  const phrase = m && !/['’]s$/u.test(m[1]!) ? readPhrase(m[1]!) : undefined;
  if (phrase?.kind === 'name') return phrase;
  // ("When Wallace died, President Clinton released the following statement:": a title and a surname, read as a description)
  if (phrase?.kind === 'description' && /^\p{Lu}\p{L}*\s+\p{Lu}[\p{L}’'-]+$/u.test(phrase.text) && TITLE_WORDS.test(phrase.text.split(/\s+/u)[0]!)) return phrase;
  // ("The prime minister's official spokesman also rejected the claims": a description of someone who speaks, then its verb)
  const d = /^\s*((?:The|A|An|His|Her|Its|Their)\s+[^,;:]{1,60}?)\s+(?:also\s+|\p{Ll}+ly\s+)?\p{Ll}+ed\s/u.exec(clause);
  const described = d ? readPhrase(d[1]!) : undefined;
  return described?.kind === 'description' && SPEAKER_NOUNS.has(descriptionHead(described.text)) ? described : undefined;
}

/** "He turned …", "She went on to …": a pronoun, then its verb in the past or present. */
const OPENING_PRONOUN = new RegExp(`^([Hh]e|[Ss]he|[Tt]hey)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+(?:ed|s)|${IRREGULAR_PAST})\\s`, 'u');

/** "She lashed out at her critics: “…”", "Second, he turned to the press: “…”": a pronoun that opens the clause, before its verb. */
export function openingPronoun(sentence: string): Phrase | undefined {
  // ("Second, he turned …", "Then she lashed out": an opening adverb first)
  const clause = mainClause(sentence, (part) => FUNCTION_CAPS.has(part)).trim().replace(/^(\p{Lu}\p{Ll}+)\s+(?=\p{Ll})/u, (w, first: string) => (FUNCTION_CAPS.has(first) ? '' : w));
  const m = OPENING_PRONOUN.exec(clause);
  return m ? { kind: 'pronoun', text: m[1]!.toLowerCase() } : undefined;
}
