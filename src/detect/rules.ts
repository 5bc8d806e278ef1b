/**
 * Attribution rules that read the narration next to one quotation: the
 * speech verb after it ("…,” he said / said the Pole), before it (X said:
 * “…”), a dash attribution, "according to", and reports of speech without
 * quotation marks ("claims that …").
 */
import { inPassive, ISSUING_VERBS, verbPattern, WRITING_WORDS } from './lexicon.js';
import { judgingVerb } from './judging.js';
import { AGENT_AFTER_BY, passiveAgent, speechOwner, wordsFrom } from './owners.js';
import { beforeQuotedAs, honorificSubject, laterClauseName, nearestSubject, quotedAsSaying, sentenceFinal } from './clauses.js';
export { mentions } from './clauses.js';
import { DATELINE, endsWithPartyTag, phraseAfter, plausibleSpeaker, readPhrase, trailingPhrase, type Phrase } from './names.js';
import { lastSentence } from './sentences.js';
import { DEMONYMS, DETERMINER, IRREGULAR_PAST, PARTICIPLE_ING, SPEAKER_NOUNS, TITLE_WORDS, withoutOpeningAdverb } from './nouns.js';
import { clauseSubject, mainClause, openingPronoun, sharedSubject, unclosedApposition } from './subjects.js';

export interface Found {
  phrase: Phrase;
  rule: string;
  /** Offsets of the evidence within the text given. */
  from: number;
  to: number;
}

const cache = new Map<string, { verbs: string; verbFirst: RegExp; subjectFirst: RegExp; anyVerb: RegExp }>();
function patterns(lang: string): { verbs: string; verbFirst: RegExp; subjectFirst: RegExp; anyVerb: RegExp } {
  const key = lang.slice(0, 2).toLowerCase();
  let p = cache.get(key);
  if (!p) {
    const verbs = verbPattern(lang);
    p = {
      verbs,
      verbFirst: new RegExp(`^[\\s,.;:!?—–-]*(?:\\p{Ll}+ly\\s+)?(${verbs})(?![\\p{L}])[\\s,]*`, 'iu'),
      // "the report said": a verb of speech that is also a noun ("report", "note") is not the verb after a determiner
      // (nor after a preposition: "a statement carried on state television")
      // ("…,” Deloitte has warned.": the auxiliary is not part of the speaker)
      // ("…,” Senator Ann B. Reyes said.": a middle initial's full stop ends no sentence)
      subjectFirst: new RegExp(`^[\\s,.;:!?—–-]*((?:[^.!?;:"“”«»]|(?<![\\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Del|Gen|Col|Lt|Sgt|St|Jr|Sr)\\.|\\.(?=,)|(?<=\\p{Lu})\\.(?=\\p{Lu})|(?<=(?:^|\\s)\\p{Lu})\\.(?=\\s\\p{Lu}\\p{Ll})|(?<=\\([^()]{1,40})\\.(?=\\))){1,150}?)(?<!(?:^|[\\s,])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|on|in|by|from|of|at|with|for))\\s+(?:ha(?:s|ve|d)\\s+)?(?:(?:also|then|later|again|ensuite|aussi|\\p{Ll}+ly)\\s+)?(${verbs})(?![\\p{L}])`, 'u'),
      // "the so-called …": a verb inside a hyphenated word is no verb of speech
      anyVerb: new RegExp(`(?<![\\p{L}-])(${verbs})(?![\\p{L}])`, 'giu'),
    };
    cache.set(key, p);
  }
  return p;
}

const INVERTED_PRONOUN = /-t?-?(il|elle|ils|elles|on)(?![\p{L}])/iu;
const ACCORDING = /(?:according to|selon|d['’]après)\s+/iu;
/** "…, according to audio obtained by the Tribune." closing a sentence: the source of the report, after a comma. */
const CLOSING_SOURCE = new RegExp(`,\\s*${ACCORDING.source}[^.;:!?]{2,80}(?=[.!?]?\\s*$)`, 'iu');

/** The phrase, if it can be someone who speaks ("the house" cannot). */
const speakerOrNone = (p: Phrase | undefined): Phrase | undefined => (p && plausibleSpeaker(p) ? p : undefined);

/** The report that closes the sentence after a quotation ("…, says Ann Lee.", "…, officials said."), with this language's verbs of speech. */
export const closingReport = (after: string, lang: string): ReturnType<typeof sentenceFinal> => sentenceFinal(after, patterns(lang).verbs);

/** "…,” he said." / "…,” said the slightly injured Pole." / "…" - Matthew Ingram / "…", according to X. */
export function attributionAfter(after: string, lang: string, quoteEndsSentence: boolean): Found | undefined {
  // (any dash: the hyphen, the en and em dashes, and the quotation dash "―" (U+2015) that signs reader comments)
  const dash = /^\s*[-–—―]\s*([\p{Lu}][\p{L}.’'-]+(?:\s+[\p{Lu}][\p{L}.’'-]+){0,3})\s*(?:[.,;]|$)/u.exec(after);
  if (dash) return { phrase: { kind: 'name', text: dash[1]! }, rule: 'dash-attribution', from: 0, to: dash[0].length };
  // "“…” [WaPo.]": a digest's credit in brackets, closing its item, names the outlet the words are from (not "[Applause]")
  const credit = /^\s*\[\s*(\p{Lu}[\p{L}’'&. -]{0,40}?)\.?\s*\]\s*$/u.exec(after);
  if (credit && !/^(?:Applause|Laughter|Cheers|Crosstalk|Inaudible|Music|Sic)$/iu.test(credit[1]!)) return { phrase: { kind: 'name', text: credit[1]! }, rule: 'citation', from: 0, to: credit[0].length };
  // ("“…,” Hannity started.": a verb that is one of speech only here, closing the sentence the quotation opens)
  const opener = quoteEndsSentence ? null : OPENED_WITH.exec(after);
  const openedBy = opener ? speakerOrNone(readPhrase(opener[1]!)) : undefined;
  if (openedBy && openedBy.kind !== 'pronoun') return { phrase: openedBy, rule: 'verb-after', from: 0, to: opener![0].length };
  // ("“extreme careless” in the handling of classified information – as described by FBI Director James Comey –": the
  // agent of "as described by" later in the sentence)
  const describedBy = AS_DESCRIBED_BY.exec(after);
  const describer = describedBy ? speakerOrNone(readPhrase(describedBy[1]!)) : undefined;
  if (describer && describer.kind !== 'pronoun') return { phrase: describer, rule: 'verb-after', from: 0, to: describedBy![0].length };
  const citation = /^\s*([\p{Lu}][\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3})\s*(?:,\s*|$)$/u.exec(after);
  const { anyVerb } = patterns(lang);
  anyVerb.lastIndex = 0;
  // (not "… anything.” American": a nationality alone, where the dataset or a line break lost the name after it)
  // (nor "“… that silo.” Remember, “…”": after a full stop, one word and a comma open the next sentence; "Anonymous
  // blogger, “…”" is a source and the title of its post)
  if (citation && !anyVerb.test(citation[1]!) && !DEMONYMS.test(citation[1]!) && !(quoteEndsSentence && /^\s*\S+\s*,\s*$/u.test(citation[0]))) {
    const phrase = readPhrase(citation[1]!);
    if (phrase && phrase.kind !== 'pronoun') return { phrase, rule: 'citation', from: 0, to: citation[0].length };
  }
  // "… one “secret weapon”, as one activist put it.": the one who put it so
  // ("as Ann Lee, associate professor at the Center, a think tank, puts it": past an apposition between commas)
  // ("…,” as conservative blogger Ann Lee likes to say.": or one who likes to say so)
  const putIt = /^\s*[,]?\s*as\s+([^,.;:!?"“”]{2,60}?)(?:,\s[^.;:!?"“”]{2,160}?,)?\s+(?:(?:put|puts|has\s+put|had\s+put)\s+it\b|(?:likes|liked|loves|loved)\s+to\s+(?:say|put\s+it|call\s+it)\b)/u.exec(after);
  const putBy = putIt ? readPhrase(putIt[1]!) : undefined;
  if (putBy && plausibleSpeaker(putBy)) return { phrase: putBy, rule: 'verb-after', from: 0, to: putIt![0].length };
  const from = wordsFrom(after, lang); // "“…,” was the song from Newcastle's supporters"
  if (from) return { phrase: from.phrase, rule: 'verb-after', from: 0, to: from.length };
  const acc = new RegExp(`^[\\s,]*${ACCORDING.source}([^.;!?]+)`, 'iu').exec(after);
  if (acc) {
    // ("according to PR strategist Glen Yearwood, who is …": the name before an apposition or relative clause)
    const phrase = readPhrase(acc[1]!) ?? readPhrase(acc[1]!.split(/,\s*/u)[0]!);
    if (phrase) return { phrase, rule: 'according-to', from: 0, to: acc[0].length };
  }
  const { verbFirst, subjectFirst } = patterns(lang);
  anyVerb.lastIndex = 0;
  const vf = verbFirst.exec(after);
  // ("“madness”, saying two were held": a participle goes on with the speaker's words, it names no one)
  // ("“directly contradicted” State Department testimony": inside a sentence, a capitalised word is no verb but a name's)
  if (vf && !PARTICIPLE.test(vf[1]!) && !(!quoteEndsSentence && /^\p{Lu}/u.test(vf[1]!))) {
    const inverted = INVERTED_PRONOUN.exec(vf[1]!);
    const phrase = inverted ? { kind: 'pronoun' as const, text: inverted[1]!.toLowerCase() } : phraseAfter(after.slice(vf[0].length));
    // (the evidence runs to the end of the name, past a role or an age before it: "says 27-year-old Ross.";
    // or past the writing it was read from: "read a statement from the ministry")
    const at = phrase && phrase.kind !== 'pronoun' ? after.indexOf(phrase.text, vf[0].length) : -1;
    if (phrase) return { phrase, rule: 'verb-after', from: 0, to: Math.min(after.length, (at >= 0 ? at : vf[0].length) + phrase.text.length + 1) };
  }
  const sf = subjectFirst.exec(after);
  // ("Sales “went crazy” after Obama proposed a ban, he says.": a clause that opens with "after", "if" and the like
  // has a subject of its own; the report that closes the sentence is this quotation's)
  const subordinate = sf && !quoteEndsSentence && SUBORDINATE_SUBJECT.test(sf[1]!) ? closingReport(after, lang) : undefined;
  if (subordinate) return { phrase: subordinate.phrase, rule: 'sentence-final', from: subordinate.from, to: subordinate.to };
  if (sf) {
    const startsSentence = /^\s*[.!?…]+\s+[\p{Lu}]/u.test(after) || (/^\s*[\p{Lu}]/u.test(after) && quoteEndsSentence);
    const rest = after.slice(sf[0].length);
    // ("“…,” the Post reported, quoting an anonymous Republican official.": the one the reporter quotes)
    const quoting = startsSentence ? null : QUOTING.exec(rest);
    const quoted = speakerOrNone(quoting ? readPhrase(quoting[1]!) : undefined);
    if (quoted) return { phrase: quoted, rule: 'verb-after', from: 0, to: sf[0].length + quoting![0].length };
    // "“…” once he realised the reporter was Jewish, said Mr Blair.": after a comma, the verb comes before its speaker
    // (not "…, told ANI.": what follows "told" is who was told; not "…, saying two were held": a participle goes on)
    // (nor "…, said in a statement.": a phrase of place, time or means is not the speaker)
    // ("… that Sanders can catch Clinton, said Ann Lee, deputy manager of …": the name before an apposition)
    // (but not across a full stop: "“…” Fans United, however, urged the club to …" is a sentence of its own)
    // (not after a party and state: "“…,” Sen. Ann Lee, D-Wash., said Sunday on ABC's “This Week.”" names her)
    const inverted = !startsSentence && /,\s*$/u.test(sf[1]!) && !endsWithPartyTag(sf[1]!) && !/^(?:told|tells|tell|telling)$/iu.test(sf[2]!) && !PARTICIPLE.test(sf[2]!) && !CLOSING_PP.test(rest)
      ? /^\s+([^.!?,;:]{2,60}?)\s*[.!?]?\s*$/u.exec(rest) ?? (sf[1]!.trim().split(/\s+/u).length <= 12 ? /^\s+([^.!?,;:]{2,60}?),\s+(?:a|an|the|\p{Ll}+)\s[^"“”:;]{0,120}?[.!?]?\s*$/u.exec(rest) : null)
      : null;
    const speaker = speakerOrNone(inverted ? readPhrase(inverted[1]!) : undefined);
    if (speaker) return { phrase: speaker, rule: 'verb-after', from: 0, to: after.length };
    // "“quite an honour” while Muse said their win was …": a new clause with its own report, not this quotation's
    // ("“artful smear” regarding her Wall Street links while Sanders suggests …": also after words of this one's)
    // (nor a condition or a cause: "“with fire and fury” if Pyongyang continued to threaten …")
    if (/(?:^|\s)(?:while|whilst|whereas|but|although|though|if|unless|until|because)\s[^,]{1,80}$/iu.test(sf[1]!) && !/^\s*[.!?]/u.test(rest)) return undefined;
    // "Alice said very humbly;" — adverbs may stand between the verb and its punctuation
    // ("“Are you ready?” Taylor sings in the song.": a phrase of place or time may close the sentence)
    // ("“…” Ann Lee, the editor, wrote sarcastically on Twitter, adding that …": adverbs, a phrase of place or means,
    // and a participle that goes on with what was said still close the report)
    // ("“…?” Sanders asked rhetorically, shaking his head no.": a participle's clause, with no quotation, may close it too,
    // after "before", "after", "while" or "then" too: "“…!” Romney declared, before heading to Virginia.")
    const closes = (r: string): boolean =>
      /^(?:\s*(?:(?:very|quite|rather|so|too|most)\s+)?\p{Ll}+ly)*(?:\s*to\s+\p{Ll}+)?\s*(?:[.;:]|,?\s*$|,\s*(?:(?:before|after|while|then)\s+)?\p{Ll}{3,}ing\s[^.;:!?"“”]{1,60}[.!](?:\s|$))/u.test(r) || CLOSING_PP.test(r) || CLOSING_WHEN.test(r);
    // ("“…?” Trump said at a fundraiser, according to audio obtained by the Tribune.": the source the report is from,
    // closing the sentence, is no clause of the speaker's)
    const unadorn = (r: string): string => r.replace(/^(?:\s+\p{Ll}+ly)+(?=\s)/u, '').replace(CLOSING_SOURCE, '');
    const unadorned = unadorn(rest);
    // ("“You think I'm going to change?” Trump asked reporters rhetorically during a news conference.": the one told or
    // asked may stand between the verb and what closes the report)
    // (not "Fox told BBC Radio: “…”", which leads into the next quotation)
    const told = ADDRESSING.test(sf[2]!) && !/[,:]\s*$/u.test(rest) ? objectsOff(rest).map(unadorn) : [];
    const toldCloses = told.some((r) => /^\s*[.;!](?:\s|$)/u.test(r) || CLOSING_PP.test(r) || GOES_ON.test(r));
    if (startsSentence && !closes(rest) && !closes(unadorned) && !GOES_ON.test(unadorned) && !toldCloses) return undefined;
    // ("“…” The union will likely sit out the election, its director Phil Smith told POLITICO.": a new sentence that
    // opens with a clause of its own reports its own words, not the quotation before it)
    if (startsSentence && /^[^,]*\s(?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must)\s[^,]*,\s/u.test(sf[1]!)) return undefined;
    // ("“…,” the aid agency was quoted as saying.": the subject before the passive; "“…,” the website quoted Ms. Lee
    // as saying.": the one quoted)
    // ("The fund “…” from donors, the Post reported.": a phrase that ends the quotation's own clause, then a comma, is
    // no part of the subject)
    const head = startsSentence ? sf[1]! : sf[1]!.replace(CLAUSE_TAIL, ' ');
    const phrase = quotedAsSaying(`${head.trimEnd()} `) ?? readPhrase(beforeQuotedAs(head) ?? head);
    // "… into a “support movement”. X commented, “…”" / "“… early.” After the match, Y said, “…”": a new
    // sentence that names its speaker and leads into the next quotation attributes that one, not this one
    // ("“The nitre!” I said: “see, …”", with a pronoun, is one attribution for both parts)
    // (nor a pronoun when the narration's own full stop closed the sentence of this quotation: "… “in conjunction with
    // officials”. She said: “…”")
    if (startsSentence && /^\s*[,:]?\s*$/u.test(rest) && (phrase?.kind !== 'pronoun' || /^\s*[.!?]/u.test(after))) return undefined;
    // ("“…” He ended his response with a challenge to Labour, saying “…”": a participle that ends the sentence leads into what follows)
    if (startsSentence && PARTICIPLE.test(sf[2]!) && /^\s*[,:]?\s*$/u.test(rest)) return undefined;
    // ("“…” during the launch event for Trump Tower Manila, calling it …": a participle after a phrase that goes on with
    // the sentence shares the sentence's subject, not the name the preposition governs)
    const goesOn = !startsSentence && PARTICIPLE.test(sf[2]!) && /^[\s,]*(?:during|for|at|in|on|to|from|with|after|before|about|over|into|by|of)\s/u.test(sf[1]!);
    // a name with a long apposition ("Ann Lee, a lawyer for the families of the victims, told …") may run longer
    // (past such a phrase the report closes the sentence, and a short quotation in it is the reporter's: "of “fundamental
    // importance” to the peace of the world, Ann Lee has said.")
    if (phrase && !goesOn && plausibleSpeaker(phrase) && (sf[1]!.split(/\s+/).length <= 12 || (phrase.kind === 'name' && phrase.title && sf[1]!.split(/\s+/).length <= 20))) return { phrase, rule: head === sf[1] ? 'verb-after' : 'sentence-final', from: 0, to: sf[0].length };
  }
  const closing = quoteEndsSentence ? undefined : closingReport(after, lang);
  if (closing) return { phrase: closing.phrase, rule: 'sentence-final', from: closing.from, to: closing.to };
  return undefined;
}

/** "…, as described by Ann Lee", "… – as put by the mayor –": the words' author after them, set off in their sentence (group 1). */
export const AS_DESCRIBED_BY = new RegExp(String.raw`^[^.;!?"“”]{0,100}?(?:,|\s[-–—])\s*as\s+(?:described|put|phrased|characteri[sz]ed|termed)\s+${AGENT_AFTER_BY}`, 'u');

const PARTICIPLE = /(?:ing|ant)$/iu;
/** A subject read before a verb that opens with a subordinating word: " after Obama", " if Pyongyang". */
const SUBORDINATE_SUBJECT = /^\s*(?:after|before|when|once|since|because|while|whilst|although|though|if|unless|until)\s[^,;]{1,80}$/iu;
/** A writing from someone to someone else, opening the head before its verb (group 1: up to the sender). */
const WRITING_TO = new RegExp(String.raw`^(\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:${WRITING_WORDS})\s+from\s+[^,;]+?)\s+to\s+(?:the\s+)?\p{L}[^,;]*$`, 'u');
/** Verbs of speech whose object is the one spoken to ("told reporters", "asked the crowd"). */
const ADDRESSING = /^(?:told|tells|asked|asks|reminded|reminds|assured|assures|warned|warns|informed|informs)$/iu;
/** An object of one to four words after a verb ("reporters", "the Washington Post"), perhaps after an article: one pattern a length. */
const OBJECT_OF = [1, 2, 3, 4].map((n) => new RegExp(`^\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}’'.-]+\\s+){${n - 1}}[\\p{L}’'.-]*\\p{L}(?=\\s|[.,;:]|$)`, 'u'));
/** What is left after an object of one to four words, each length tried. */
function objectsOff(rest: string): string[] {
  return OBJECT_OF.map((re) => re.exec(rest)).filter((m): m is RegExpExecArray => m !== null).map((m) => rest.slice(m[0].length));
}
/**
 * After a verb of speech: a phrase of place or means, then a participle that goes on with what was said (", adding
 * that …") or says how it was said (", using a profane word …"); not one that reports something new (", attacking …").
 */
const GOES_ON = /^(?:\s+(?:on|in|at|during|from|with|over|after|before|via)\s[^.;:!?"“”,]{1,60})?\s*,\s*(?:adding|saying|noting|explaining|writing|arguing|insisting|stressing|calling|using|referring|pointing|citing|gesturing|laughing|smiling|speaking|reading)\b/u;
/** A verb that leads into a participle ("began singing"), right before it. */
const LEADING_VERB = /\s(?:began|begun|begins|begin|started|starts|kept|keeps|continued|continues)\s+$/iu;
/** A phrase of place or time that ends the sentence after a verb of speech: " in the song.", " on Monday." */
const CLOSING_PP = /^\s+(?:in|on|at|during|to|from|with|over|after|before|of|about)\s(?![^.!]*\bthat\b)[^.;:!?"“”]{1,60}[.!](?:\s|$)/u;
/** A name and "started" or "interjected" closing the sentence right after a quotation: "“…,” Hannity started." (group 1). */
const OPENED_WITH = /^\s*((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:started|interjected)\s*[.!](?:\s|$)/u;
/** ", Nefzi said," closing a head before a participle: a name and its verb of speech after a clause (group 1: the name). */
const CLOSING_REPORT = /,\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:said|says|added|adds|wrote|writes|noted|notes|explained)\s*,\s*$/u;
/** A phrase of the quotation's own clause after it, closed by a comma before the reporter: " from donors, " (not "in Bunkerville, Nev., others": the rest has no comma). */
// ("“…” by the United States, NATO and other partners, Clinton said at a town hall, “…”": a list in the phrase; the report
// may end in the comma before the quotation's second part)
const CLAUSE_TAIL = /^\s*(?:from|to|in|on|at|for|by|with|of|over|about|against|into|than)\s(?:[^,;:"“”]{1,60}|[^;:"“”.!?]{1,100}?\s(?:and|or)\s[^,;:"“”]{1,40}),\s+(?=[^,]+,?\s*$)/u;
/** A reporter's source after the verb: ", quoting an anonymous Republican official." (group 1). */
const QUOTING = /^\s*,\s*quoting\s+([^.;:!?"“”]{2,80}?)\s*[.;]/u;
/**
 * A clause of time whose subject is a pronoun, closing the sentence after a verb of speech: " as he launched the
 * process."; or of manner: "“…?” Trump went on, as if he didn't hear her."
 */
const CLOSING_WHEN = /^,?\s+(?:as(?:\s+if|\s+though)?|while|when|before|after)\s+(?:he|she|they)\s[^.;:!?"“”]{1,60}[.!](?:\s|$)/u;
/** Degrees and honours written after a name: "Ann Lee, DDS", "Sam Ono, PhD,". */
const POST_NOMINAL = /,\s*(?:Jr|Sr|DDS|DMD|MD|PhD|Ph\.D|MBA|RN|QC|KC|OBE|MBE|CBE|MP|MEP|Esq)\.?,?\s*$/u;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|est|sont|ont)$/i;
const FINITE_FR = /^(?:a)$/i;
const IRREGULAR_PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST})$`, 'u');

/** A word that opens the object of a participle: a determiner or a capitalised name ("overseeing the program", "representing Trump"). */
const OBJECT_OPENS = /^(?:the|a|an|his|her|its|their|this|that|these|those|\p{Lu}\p{L}*)$/u;

/** Cuts a subject at its verb: "One poster admitted to being …" → "One poster"; drops a leading subordinate clause. */
function subjectOf(head: string, lang: string): Phrase | undefined {
  const { anyVerb } = patterns(lang);
  // ("Now Ryan is doing …": an adverb that opens the sentence is no part of the subject)
  const words = withoutOpeningAdverb(mainClause(head)).trim().split(/\s+/);
  const cut: string[] = [];
  const french = lang.toLowerCase().startsWith('fr');
  for (const [k, w] of words.entries()) {
    anyVerb.lastIndex = 0;
    const bare = w.replace(/[,;:]+$/u, '');
    // ("Minnesota state delegate Mary Susan": a verb's bare form before a role noun qualifies it; not "says", "said",
    // "told": "Hale says voters …")
    const next = words[k + 1];
    if (cut.length > 0 && /^\p{Ll}+$/u.test(w) && !/(?:s|ed|ing)$/u.test(w) && !IRREGULAR_PAST_WORD.test(w) && next !== undefined && (SPEAKER_NOUNS.has(next) || TITLE_WORDS.test(next))) {
      cut.push(w);
      continue;
    }
    // ("the report by …": a noun-verb after a determiner is the noun)
    // ("Secretary of State John Kerry said": a capitalised word inside the clause is part of a name, not the verb "state")
    // ("Officials overseeing the program", "The official in charge of implementing the agreement": a participle after
    // the subject's noun opens what it governs; the subject is before it)
    // (not an adjective in -ing after a determiner or an owner: "One leading Karachi broker", "Britain's governing Conservatives")
    if (cut.length > 0 && !DETERMINER.test(cut[cut.length - 1]!) && !/(?:['’]s?|^\d+|^(?:some|many|several|few|most|all|both|two|three|four|five))$/iu.test(cut[cut.length - 1]!) && PARTICIPLE_ING.test(bare) && OBJECT_OPENS.test(next ?? '')) {
      while (cut.length > 1 && /^(?:of|in|for|at|with|on|to|by|about)$/u.test(cut[cut.length - 1]!)) cut.pop();
      if (cut.length > 2 && cut.slice(-2).join(' ') === 'in charge') cut.splice(-2);
      break;
    }
    if (cut.length > 0 && !/^(?:the|a|an|his|her|its|their|this|that)$/i.test(cut[cut.length - 1]!) && (FINITE.test(bare) || (french && FINITE_FR.test(bare)) || (!/^\p{Lu}/u.test(bare) && new RegExp(`^${anyVerb.source}$`, 'iu').test(bare)))) break;
    cut.push(w);
  }
  return readPhrase(cut.join(' '));
}

/** "…, with Ann Lee taking to the radio to": a name after "with", then a participle and its clause, is the subject of what follows. */
// ("…, with Trump reportedly yelling:": an adverb may stand before the participle)
const WITH_SUBJECT = /(?:^|[\s,])with\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing(?![\p{L}])[^,;:]*$/u;
const withSubject = (head: string): Phrase | undefined => {
  const m = WITH_SUBJECT.exec(head);
  return m ? speakerOrNone(readPhrase(m[1]!)) : undefined;
};

/** A head that ends on what a preposition governs: "… wrote to the watchdog", "… spoke at the conference", "… running around the country" (not "with" or "from": "with Ann Lee saying", "a letter from Ann Lee saying"). */
const PREPOSITION_OBJECT = /\s(?:to|at|into|before|on|in|around|across|through|throughout)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s*$/u;

/** "X ran a piece that": a writing someone put out, then the relative clause whose verb reports it (group 1: before the verb). */
const RAN_WRITING = new RegExp(`^(.*?\\S)\\s+(?:\\p{Ll}+ly\\s+)?(?:ran|${ISSUING_VERBS})\\s+(?:a|an|the|its|their)\\s+(?:\\p{Ll}+\\s+)?(?:piece|story|${WRITING_WORDS})\\s+(?:that|which)\\s*$`, 'u');
/** A head that ends on a writing its subject issued: "The union issued a statement" (group 1: what comes before the verb). */
const ISSUED = new RegExp(`^(.*?\\S)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${ISSUING_VERBS})(?:\\s+out)?\\s+(?:a|an|the|its|their)\\s+(?:\\p{Ll}+\\s+)?(?:${WRITING_WORDS})\\s*$`, 'u');

/** "… whilst promising": a participle after a subordinator shares the subject of its main clause. */
const SUBORDINATOR_END = /(?:^|\s)(?:while|whilst|when|after|before|by|since|as|without)\s+$/iu;

/** Whether `last`, the verb of speech before a quotation, is in the passive and the only one its sentence has. */
function passiveReport(sentence: string, last: { index: number; verb: string }, anyVerb: RegExp): boolean {
  const before = sentence.slice(0, last.index);
  if (!inPassive(before, last.verb)) return false;
  anyVerb.lastIndex = 0;
  const other = anyVerb.test(before);
  anyVerb.lastIndex = 0;
  return !other;
}

/** "Trump in recent days has suggested Clinton is on drugs, ": a name, perhaps when, a verb in the past, its clause and a comma. */
const SUBJECT_CLAUSE_COMMA = /^\s*((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:(?:in|on|at|during|over|last|this)\s+[^,]{1,30}?\s+)?(?:has\s+|have\s+|had\s+)?\p{Ll}+ed\s[^,;:]*,\s*$/u;
/** The name that opens `head` when it matches SUBJECT_CLAUSE_COMMA. */
function subjectBeforeComma(head: string): Phrase | undefined {
  const m = SUBJECT_CLAUSE_COMMA.exec(head);
  const phrase = m ? readPhrase(m[1]!) : undefined;
  return phrase?.kind === 'name' ? phrase : undefined;
}
/**
 * An aside set off by two spaced dashes: " - four months after Lee left office - "; not an apposition to the name
 * before it (" - an international real estate company - ", " - who …").
 */
const DASH_ASIDE = /\s[-–—]\s(?!(?:a|an|the|his|her|its|their|one|who|which|whose)\s)[^-–—"“”;:]{2,120}?\s[-–—]\s/gu;
/** ", who Beck on Wednesday": a relative pronoun, then a name as the subject of the verb after it, and when. */
const OBJECT_RELATIVE = /,\s+(?:who|whom|which)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|last\s+\p{Ll}+|this\s+\p{Ll}+|earlier|later|once|recently|previously|has|had|have|also))*\s*$/u;
/** "…, only for Trump to tweet Monday that": a name, the subject of an infinitive of speech that "for" opens. */
const FOR_TO = /(?:^|[\s,])for\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+to\s+(?:\p{Ll}+ly\s+)?(?:say|tell|tweet|post|write|declare|claim|insist|argue|warn|add|announce|ask|reply|respond)(?![\p{L}])[^.;!?"“”]*$/u;

/** "X said: “…”", "Hilary Braysmith, …, said, “…”", "writing in a blog post “…”", "according to X, “…”". */
export function attributionBefore(before: string, lang: string): Found | undefined {
  // ("After the firebombing of a county office (Clinton called it “…”": inside a bracket still open, the aside is the sentence)
  const whole = lastSentence(before);
  const open = whole.lastIndexOf('(');
  // ("”), Trump inflamed tensions by saying,": after such an aside, the rest of the sentence opens at its subject)
  const inAside = open >= 0 && !whole.includes(')', open);
  // ("Leeds (AFP) – Democrat Ann Lee has taken …": a dateline that opens the story is no part of its first sentence)
  const sentence = (inAside ? whole.slice(open + 1) : whole.replace(/^["”’']?\)[,;]?\s*/u, '')).replace(DATELINE, '');
  const offset = before.length - sentence.length;
  const words = /(?:^|[\s,;(])in\s+(?:the\s+)?words\s+of\s+([^.;!?]{2,120}?)[\s,:]*$/iu.exec(sentence);
  if (words) {
    const phrase = readPhrase(words[1]!);
    if (phrase) return { phrase, rule: 'according-to', from: offset + words.index, to: before.length };
  }
  const { anyVerb } = patterns(lang);
  const acc = ACCORDING.exec(sentence);
  // ("Win Htein … said Tuesday morning that according to its analysis, the party has won …, but “…”": a source inside
  // a clause reported by someone named before it is where the reporter read it, not the speaker)
  anyVerb.lastIndex = 0;
  const reportedFrom = acc !== null && acc.index > 0 && /(?<![\p{L}])that\s*$/u.test(sentence.slice(0, acc.index)) && anyVerb.test(sentence.slice(0, acc.index));
  if (acc && !reportedFrom) {
    const tail = sentence.slice(acc.index + acc[0].length);
    // ("According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that …": a clause after the source with a
    // verb of speech of its own reports its own speaker; the source is where the report was read)
    const clause = /^[^,;:]{2,80},\s+(\S.*)$/su.exec(tail);
    anyVerb.lastIndex = 0;
    const ownReport = clause !== null && anyVerb.test(clause[1]!);
    const phrase = ownReport ? undefined : readPhrase(tail.replace(/[\s,:]+$/u, ''));
    if (phrase) return { phrase, rule: 'according-to', from: offset + acc.index, to: before.length };
  }
  // "As Ann Lee put it, the plan is “…”", "As Ann Lee, the party's deputy leader, put it: “…”": the one who put it so
  // (past a phrase of place, time or means: "as the Review put it in a long profile, “…”")
  const asPut = /(?:^|[\s(])[Aa]s\s+([^:;.!?]{2,100}?)\s+(?:puts|put|has\s+put|had\s+put)\s+it(?:\s+(?:in|on|at|during|to|with)\s[^,:;.!?"“”]{1,60})?[,:]/u.exec(sentence);
  const putBy = asPut ? readPhrase(asPut[1]!) ?? readPhrase(asPut[1]!.split(/,\s*/u)[0]!) : undefined;
  if (putBy && plausibleSpeaker(putBy)) return { phrase: putBy, rule: 'verb-before', from: offset + asPut!.index, to: before.length };
  // "The paradox of Nancy, says Ann Lee, historian at the museum, is that she was “…”": a report set off by commas inside
  // the sentence, its speaker after the verb
  const aside = /,\s+(?:says|said|notes|noted|argues|argued|explains|explained|adds|added|writes|wrote)\s+([^,;:.!?"“”]{2,60}?)(?:,\s+\p{Ll}[^,;:!?"“”]{1,100}?)?,\s+(?:is|was|are|were|has|had|have|may|might|can|could|will|would)\s/u.exec(sentence);
  // (the name before what it belongs to: "said Ann Lee of Harbour Bank in Leeds")
  const asideBy = aside ? speakerOrNone(readPhrase(aside[1]!.split(/\s+(?:of|from|at|in|with)\s+/u)[0]!)) : undefined;
  if (asideBy?.kind === 'name') return { phrase: asideBy, rule: 'verb-before', from: offset + aside!.index, to: before.length };
  // "Karma is repaying Abbott for his comment that “…”": the owner of a noun of speech; "was described by Lee as “…”": the agent (owners.ts)
  // "Said Wales coach Scott Johnson: “…”", "Continued Stone: “…”": the verb first, then its speaker, before a colon (or a
  // comma: "Said Lee, “…”")
  // ("Said Ann Lee, who grew up with Ali, “…”", "Said Ann Lee, a neighbour, “…”": past an apposition or a relative clause)
  // ("Because of how the schedule was made, explained Rosenberg, “…”": after an opening phrase and its comma, in lower case)
  // ("It's unfair, but that's the way it is, says Tom Hale, a debate coach:": past more than one comma, when a name
  // follows the verb)
  const said = /^\s*(?:[^,;:"“”]{2,120},\s+(?=\p{Ll})|[^;:"“”]{2,240},\s+(?=(?:says|said|adds|added|notes|noted|explains|explained|writes|wrote)\s+\p{Lu}))?(?:[Ss]aid|[Aa]dded|[Ee]xplained|[Rr]ecalled|[Ss]ays|[Aa]dds|[Cc]ontinued|[Cc]ontinues|[Nn]oted|[Nn]otes|[Ii]nsisted|[Cc]oncluded|[Dd]eclared|[Ww]rote|[Ww]rites)\s+([^:;,.!?]{2,80}?)(?:,\s+(?:who|whose|a|an|the|his|her|their)\s[^:;.!?"“”]{2,160}?)?\s*[:,]\s*$/u.exec(sentence);
  const saidBy = speakerOrNone(said ? readPhrase(said[1]!) : undefined);
  if (saidBy) return { phrase: saidBy, rule: 'verb-before', from: offset, to: before.length };
  const forTo = FOR_TO.exec(sentence);
  const forBy = forTo ? speakerOrNone(readPhrase(forTo[1]!)) : undefined;
  if (forBy?.kind === 'name') return { phrase: forBy, rule: 'verb-before', from: offset + forTo!.index, to: before.length };
  // ("Ryan told CNN that Ginsburg’s comments “shows bias to me.”": a noun of speech that is the subject of the quoted
  // words, after a report of someone else's, is what the reporter speaks of; after "that", a colon or a comma it
  // introduces its owner's words)
  const ownerFound = speechOwner(sentence, lang);
  const spokenOf = ownerFound && !/[:,]\s*$|\sthat\s*$/u.test(sentence) && REPORTED_BEFORE.test(sentence.slice(0, ownerFound.index));
  const owner = (spokenOf ? undefined : ownerFound) ?? passiveAgent(sentence, lang);
  if (owner) return { phrase: owner.phrase, rule: 'verb-before', from: offset + owner.index, to: before.length };
  anyVerb.lastIndex = 0;
  // ("It also accused a neighboring business owner of saying, “…”": the one accused of the words, not the accuser)
  const accused = ACCUSED_OF_SAYING.exec(sentence);
  const accusedOf = accused ? speakerOrNone(readPhrase(accused[1]!)) : undefined;
  if (accusedOf) return { phrase: accusedOf, rule: 'verb-before', from: offset + accused!.index, to: before.length };
  // "X accused them of “…”": a verb that judges in the speaker's words (judging.ts), else the last verb of speech
  let last: { index: number; length: number; verb: string } | undefined;
  const judging = judgingVerb(sentence, lang);
  if (judging) last = { index: judging.index, length: judging.verb.length, verb: judging.verb.split(/\s+/u)[0]! };
  // ("because of the United States' …": a capitalised verb after a capitalised word is part of a name)
  // ("but Ms Lee said it was hard to say when.": an infinitive after the finite verb is not the report's verb)
  // ("his lawyer, Ann Lee, told the website it was absurd and added:": a verb joined by "and" to the one before shares its subject)
  else
    for (const m of sentence.matchAll(anyVerb)) {
      const upTo = sentence.slice(0, m.index);
      if (/^\p{Lu}/u.test(m[1]!) && /\p{Lu}[\p{L}’'.-]*\s+$/u.test(upTo)) continue;
      // ("When asked about it, Ann Lee bristled and said,": a passive participle that opens the sentence is no report's verb)
      if (/^\s*(?:(?:when|after|once|if)\s+)?$/iu.test(upTo) && /^(?:asked|pressed|questioned)$/iu.test(m[1]!)) continue;
      // ("that the State Department IG’s report “…”": after a possessive, a noun; not after "he’s", "it's")
      if (/(?<![\p{L}])(?!(?:he|she|it|that|who|there|what|here)['’]s\s)\p{L}+['’]s?\s+$/iu.test(upTo)) continue;
      // ("Trump swiped at Ryan in a series of tweets:", "in remarks to reporters": a form in -s after an article, an owner
      // or a preposition is a plural noun)
      if (/s$/u.test(m[1]!) && /(?<![\p{L}])(?:the|a|an|his|her|its|their|these|those|of|in|with|from|by|on)\s+$/iu.test(upTo)) continue;
      // ("Former secretary of state Hillary Rodham Clinton:": right after "of", a noun)
      if (/(?<![\p{L}])of\s+$/iu.test(upTo)) continue;
      // ("Ann Lee said she thought the plan was “…”": the first verb's speaker reporting her own view)
      if (last && /^(?:\S+\s+)?(?:that\s+)?(?:he|she|they)\s+$/u.test(sentence.slice(last.index + last.length, m.index).trimStart())) continue;
      if (last && /(?:^|\s)to\s+$/u.test(upTo)) continue;
      // ("Mr Straw said the US had agreed to release the four after “…”": "agreed to" consents, it reports no words)
      if (last && /^agreed$/iu.test(m[1]!) && /^\s+to\s/u.test(sentence.slice(m.index + m[0].length))) continue;
      if (last && !PARTICIPLE.test(m[1]!) && /\sand\s+(?:then\s+|also\s+)?$/u.test(upTo) && !/[.;:!?]/u.test(sentence.slice(last.index, m.index))) continue;
      last = { index: m.index, length: m[0].length, verb: m[1]! };
    }
  // ("commentators began referring to it as", "the Dormouse began singing": the verb that leads into the participle is the finite one)
  const leading = last && PARTICIPLE.test(last.verb) ? LEADING_VERB.exec(sentence.slice(0, last.index)) : null;
  if (leading) last = { index: leading.index, length: leading[0].length, verb: leading[0].trim() };
  if (!last) {
    // "Mr Lee then turned on his rival: “…”" (or "- “…”"): with no verb of speech, the name that opens the sentence before a colon or dash
    // (a clause, not a label: "Question one:" names no one)
    // ("- Burnley boss Steve Cotterill: “…”": a label that is a role and a name is that person)
    const label = /^\s*(?:[-–—•]\s*)?([^:,;]{2,60}?)\s*:\s*$/u.exec(sentence);
    // ("Former secretary of state Hillary Rodham Clinton: “…”": a longer label when it reads as a title and a name)
    const labelPhrase = label && label[1]!.split(/\s+/u).length <= 8 ? speakerOrNone(readPhrase(label[1]!)) : undefined;
    const named = labelPhrase && (label![1]!.split(/\s+/u).length <= 6 || (labelPhrase.kind === 'name' && labelPhrase.title !== undefined)) ? labelPhrase : undefined;
    // ("The timing doesn't surprise pollster Ann Lee: “…”": a full name right before the colon, the object of no
    // preposition, is the one who goes on; not one spoken to, "… to the Dutch newspaper NRC Handelsblad:")
    const last = /:\s*$/u.test(sentence) && !/(?<![\p{L}])(?:to|about|for|with|of|against|on|in|at|by|from|than|like)\s+(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*\s*:\s*$|(?<![\p{L}])to\s+(?:[\p{L}-]+\s+){0,4}?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*\s*:\s*$/u.test(sentence) ? trailingPhrase(sentence.replace(/\s*:\s*$/u, '')) : undefined;
    const ending = last?.kind === 'name' && /\s/u.test(last.text) && /(?<![\p{L}])\p{Ll}+\s+/u.test(sentence.slice(0, sentence.lastIndexOf(last.text))) ? last : undefined;
    // ("…, with Trump reportedly yelling: “…”": the subject of the clause "with" opens, before the sentence's own)
    const subject = /(?::|\s[-–—])\s*$/u.test(sentence) && sentence.trim().split(/\s+/u).length >= 4 ? withSubject(sentence.replace(/\s*(?::|[-–—])\s*$/u, '')) ?? (named?.kind === 'name' ? named : undefined) ?? ending ?? clauseSubject(sentence) ?? openingPronoun(sentence) : undefined;
    // ("Kasich resisted: “…”": a name and a verb in the past, alone before the colon)
    const short = subject ? undefined : /^\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+\p{Ll}{3,}ed\s*:\s*$/u.exec(sentence);
    const shortBy = short ? readPhrase(short[1]!) : undefined;
    const by = subject ?? (shortBy?.kind === 'name' && plausibleSpeaker(shortBy) ? shortBy : undefined);
    return by ? { phrase: by, rule: 'colon-subject', from: offset, to: before.length } : undefined;
  }
  // "The album was described as a “…”", "MTV has been criticised for “…”": a verb in the passive, the sentence's
  // only verb of speech, gives the words to someone other than its subject (one the text names with "by" is found
  // above: passiveAgent); not "was said to be", "was quoted as", whose subject is the source
  if (passiveReport(sentence, last, anyVerb)) return undefined;
  const tail = sentence.slice(last.index + last.length);
  // ("The campaign denied it, with Ann Lee taking to the radio to call the plan “…”": a clause of its own after the verb)
  const withBy = withSubject(tail);
  if (withBy) return { phrase: withBy, rule: 'verb-before', from: offset + last.index, to: before.length };
  // "…, said Mr Renton. “…”": a verb after a comma closing the sentence before, then its speaker and the full stop
  // ("…, said Bart Naylor, financial policy advocate for Public Citizen. “…”": past an apposition to the name)
  const inverted = /,\s*$/u.test(sentence.slice(0, last.index)) ? /^\s+((?:[\p{Lu}][\p{L}.’'-]*\s*){1,4}?)(?:,\s+(?:a|an|the|\p{Ll}+)\s[^,.;:!?"“”]{2,100})?\.\s*$/u.exec(tail) : null;
  const invertedBy = speakerOrNone(inverted ? readPhrase(inverted[1]!) : undefined);
  if (invertedBy) return { phrase: invertedBy, rule: 'verb-before', from: offset + last.index, to: before.length };
  const tailWords = tail.trim().split(/\s+/).filter(Boolean).length;
  const leadsIn = /(?:[:,]|\bas|\bthat|\bque)\s*$/u.test(tail);
  // "X said the firm had used …, and that it used tanks in a way that were not “…”": a second reported clause of the same verb
  const coordinated = /,?\s(?:and|but)\s+that\s/u.test(tail);
  if (tailWords > 20 && !leadsIn && !coordinated) return undefined;
  // "X announced her run, which she tied to a “…” campaign": a relative clause with no verb of speech of its own
  // (one closed by a comma is over: "Hitachi said Pal, which has 100 words, could be “trained”")
  // (but "X said … that he was hoping for a large turnout, which “…”": a relative clause inside the reported clause is
  // part of the report)
  const inReport = /(?:^|[\s,])that\s[^,;]*,\s+(?:which|where|whose)\s[^,]*$/u.test(tail);
  if (/,\s+(?:which|where|whose)\s[^,]*$/u.test(tail) && !leadsIn && !inReport) return undefined;
  // (a report that runs on to a colon or "that" may be long: "X said it has been working … since 2005 …: “…”")
  if (tailWords > (coordinated || /(?::|\bthat)\s*$/u.test(tail) ? 60 : 30)) return undefined;
  // "Rape Crisis (England and Wales) said": a parenthesis is no clause of its own
  // ("Ann Lee, DDS, said": letters after a name are part of it)
  // ("KNOWN FOR: Klobuchar announced": the subject comes after a label's colon)
  // ("…, Gov. John Kasich (R-OH), said,": the comma after a bracket right before the verb closes the bracket, no apposition)
  // ("In May 2013 - after Lee left office - the department told …": an aside between spaced dashes, like one in brackets)
  // ("The email from Ann Lee to Tom Hale asks …": the writing's sender speaks, not the one it went to)
  const head = sentence.slice(0, last.index).replace(WRITING_TO, '$1').replace(/^\s*\p{Lu}[\p{Lu}\d .'’-]{0,30}:\s+(?=\S)/u, '').replace(/\s*\([^()]*\),(\s*)$/u, '$1').replace(/\s*\([^()]*\)/gu, '').replace(DASH_ASIDE, ' ').replace(POST_NOMINAL, '').replace(/(\S)\s+(?:sharply|strongly|roundly|fiercely|warmly|openly|publicly)\s*$/u, '$1');
  let phrase: Phrase | undefined;
  /** The head before "was quoted as", when it ends on that passive. */
  const passiveSource = beforeQuotedAs(head);
  /** "quoted the aid agency as": the source named between "quoted" and "as", before a participle. */
  const asSaying = PARTICIPLE.test(last.verb) ? quotedAsSaying(head) : undefined;
  /** What comes before "issued a statement", when a participle follows a head that ends on one. */
  const issued = PARTICIPLE.test(last.verb) ? ISSUED.exec(head) : null;
  /** What comes before "ran a piece that", when the head ends on it. */
  const ran = RAN_WRITING.exec(head);
  /** The name in ", Nefzi said," when a participle follows a head that ends on such a report. */
  const closingReport = PARTICIPLE.test(last.verb) ? CLOSING_REPORT.exec(head) : null;
  // "…, including YouTube star Raphael Gomes, who wrote: “…”": the one "who" stands for
  // ("backed by Health Secretary Ann Lee who said:": a name, even with no comma)
  // ("the International Transport Union, which has attacked the plan as a “…”": "which" and "has" too)
  const who = /(?:,|(?<=\p{Lu}[\p{Ll}’'-]+))\s+who\s+(?:\p{Ll}+ly\s+)?$|,\s+(?:who|which)\s+(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?$/u.exec(head);
  // ("Health Secretary Ann Lee": the name read with its title apart, as everywhere else)
  const trailing = who ? trailingPhrase(head.slice(0, who.index)) : undefined;
  const titled = trailing && trailing.kind !== 'pronoun' ? readPhrase(trailing.text) : undefined;
  const relative = titled?.kind === 'name' ? titled : trailing;
  // "but all he said was, “…”", "so she went on: “…”": a pronoun right before the verb is its subject
  // ("A former critic of the plan, he has said": past "has" or "had" too, where the pronoun opens the clause)
  const pronoun =
    /(?:^|[\s,;(])(he|she|they|I|il|elle)\s+(?:\p{Ll}+ly\s+)?$/u.exec(head) ?? /(?:^|,)\s*(he|she|they|I|il|elle)\s+(?:(?:has|have|had|also|then|later|again|once|\p{Ll}+ly)\s+){1,2}$/u.exec(head) ??
    // ("The union blames what it calls “…”": "it" of a body, in a relative clause of naming; not "which it says will …")
    (/^call/iu.test(last.verb) ? /(?:^|\s)(?:what|which)\s+(it)\s+(?:\p{Ll}+ly\s+)?$/iu.exec(head) : null);
  // ("Much of Beck’s ire was directed at Bannon, who Beck on Wednesday called “…”": the subject of a relative clause
  // whose "who" is the object)
  const objectWho = relative ? null : OBJECT_RELATIVE.exec(head);
  const relativeSubject = objectWho ? readPhrase(objectWho[1]!) : undefined;
  if (relative) phrase = relative;
  else if (relativeSubject?.kind === 'name' && plausibleSpeaker(relativeSubject)) phrase = relativeSubject;
  else if (pronoun) phrase = { kind: 'pronoun', text: pronoun[1]!.toLowerCase() === 'i' ? 'I' : pronoun[1]!.toLowerCase() };
  else if (asSaying) phrase = asSaying;
  // ("The EU's aid commissioner, Louis Michel, was quoted as saying that …": the subject before the passive)
  else if (PARTICIPLE.test(last.verb) && passiveSource !== undefined)
    phrase = unclosedApposition(passiveSource) ?? speakerOrNone(trailingPhrase(passiveSource)) ?? nearestSubject(passiveSource) ?? subjectOf(passiveSource, lang);
  // ("Tsongas won the primary, although Bill Clinton won the spin by declaring himself the “…”": the subject of the
  // clause the participle ends, after a conjunction that opens it)
  else if (PARTICIPLE.test(last.verb) && SUBORDINATOR_END.test(head)) {
    const later = /,\s+(?:although|though|while|whereas|but|and|because)\s+(?=\p{Lu})([^,;]*)$/u.exec(head);
    phrase = (later ? clauseSubject(later[1]!) : undefined) ?? clauseSubject(head);
  }
  // ("The Actors' Equity Association issued a statement calling Davis “…”": the one who issued the writing, not the writing)
  else if (issued) phrase = subjectOf(issued[1]!, lang);
  // ("The Washington Post recently ran a piece that noted his “…”": the one who ran the writing the clause is about)
  else if (ran) phrase = subjectOf(ran[1]!, lang);
  // ("Stallone, 71, appeared not to have enjoyed it saying:": the name that opens the clause, past an apposition)
  // ("Ann Lee wrote to the watchdog saying:": what a preposition governs is no subject)
  else if (PARTICIPLE.test(last.verb) && !/,["”’]?\s*$/u.test(head))
    phrase = (PREPOSITION_OBJECT.test(head) ? undefined : speakerOrNone(trailingPhrase(head))) ?? subjectOf(head, lang) ?? clauseSubject(head);
  // "Lee hit back, calling the plan …": a participle after a comma shares the subject of the main clause
  // ("He ended his response with a challenge to Labour, saying": a pronoun that opens the clause, not the name it ends on)
  // ("Mateen left as soon as prayers were finished, Nefzi said, adding, “…”": the one a closing report names adds it)
  else if (closingReport) phrase = readPhrase(closingReport[1]!);
  else if (PARTICIPLE.test(last.verb)) phrase = clauseSubject(head) ?? openingPronoun(head) ?? subjectOf(head, lang) ?? sharedSubject(head);
  // ("… when commentators began referring to it as": the subject is right before the leading verb)
  else if (leading) phrase = trailingPhrase(head) ?? nearestSubject(head) ?? subjectOf(head, lang) ?? sharedSubject(head);
  // ("Mark Serwotka, the leader of the Public and Commercial Services Union said:": an apposition left open after the name)
  // ("…, with Ann Lee taking to the radio to call the plan “…”": the subject of the clause "with" opens)
  // ("Trump in recent days has suggested Clinton is on drugs, talked of a “…”": a verb after a comma that closes a
  // clause of the subject's own shares that subject, not the name nearest before it)
  else {
    // ("…, David Axelrod, who was senior adviser to Obama in the White House, tweeted this:": a relative clause closed
    // right before the verb is no part of its subject)
    const h = head.replace(CLOSED_RELATIVE, '');
    const named = h !== head ? trailingPhrase(h) : undefined;
    // ("Clinton proposed a debate on April 4 - but the Sanders campaign rejected the idea as": the subject of the
    // clause a conjunction opens right before the verb)
    const conj = /(?:,|\s[-–—])\s+(?:but|yet|while|whereas)\s+((?:the|a|an|\p{Lu})[^,;:]{1,60})$/u.exec(h);
    const conjSubject = conj ? speakerOrNone(readPhrase(conj[1]!)) : undefined;
    // ("A White House official who asked not to be named said Wednesday,": the subject before a relative clause left
    // open up to the verb)
    const restrictive = RESTRICTIVE_RELATIVE.exec(h);
    const restrictiveBy = restrictive ? speakerOrNone(readPhrase(restrictive[1]!)) : undefined;
    phrase = (named?.kind === 'name' && /\s/u.test(named.text) ? named : undefined) ?? conjSubject ?? restrictiveBy ?? subjectBeforeComma(h) ?? withSubject(h) ?? unclosedApposition(h) ?? nearestSubject(h) ?? honorificSubject(h) ?? subjectOf(h, lang) ?? sharedSubject(h) ?? openingPronoun(h);
  }
  if (!phrase) return undefined;
  return { phrase, rule: 'verb-before', from: offset, to: before.length };
}

/**
 * A subject that opens the sentence (perhaps after an opening clause and a comma), an article and up to five words
 * (none a verb in -ed) or a capitalised name, then "who" and its clause, with no comma, up to the verb: "A White House
 * official who asked not to be named ". Not "The people who Mr Lee labels …", whose "who" is the object.
 */
const RESTRICTIVE_RELATIVE = /^\s*(?:(?:Although|Though|While|Whereas|But|And|Yet|Still|Meanwhile|However|Instead|Separately|Earlier|Later|On|In|At|After|Before|When|Since)\b[^,;:"“”()]{0,80},\s+)?((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)(?:\s+(?![\p{Ll}-]+ed\s)[\p{L}\d’'.-]+){1,5}|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+who\s+(?!\p{Lu}|(?:he|she|they|we|you|it)\s)[^,;:"“”()]{2,100}$/u;
/** "accused a neighboring business owner of saying, ", "criticised Ann Lee for writing ": whom a verb of blame holds to the words (group 1). */
const ACCUSED_OF_SAYING = /(?<![\p{L}])(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing))\s+((?:the|a|an|\p{Lu})[^,;:"“”]{0,60}?)\s+(?:of|for)\s+(?:saying|writing|tweeting|posting|telling\s+[^,;:"“”]{1,40}?)\s*[,:]?\s*$/u;
/** A relative clause closed by a comma at the end of a head: ", who was senior adviser to Obama in the White House,". */
const CLOSED_RELATIVE = /(?<=\p{Lu}[\p{L}’'.-]*),\s+who\s[^,;:"“”]{2,120},\s*$/u;

export const REPORT_VERBS_EN = 'says|said|say|suggests|claims|claimed|claim|reported|reports|notes|noted|told|tells|explained|explains|wrote|writes|added|adds|stated|states|announced|announces|observed|admitted|argued|argues|warned|warns|insisted|recalled|believes|believed|thinks|replied|answered|confirmed|denied|suggested|estimated|predicted|expressed';
const REPORT_VERBS_FR = 'annonce|a annoncé|affirme|a affirmé|déclare|a déclaré|estime|a estimé|explique|a expliqué|indique|a indiqué|rappelle|a rappelé|précise|a précisé|souligne|a souligné|assure|a assuré|dit|a dit|recommande';

export interface Report {
  phrase: Phrase;
  /** The reported words. */
  text: string;
  from: number;
  to: number;
}

/** A verb that reports someone's words, before a noun of speech in its sentence. */
const REPORTED_BEFORE = /(?<![\p{L}])(?:said|says|told|tells|added|wrote|writes)(?![\p{L}])/u;

/** Between a reporter and the verb: "X also said …", "X now claims that …", "X has repeatedly said …". */
const REPORT_ADVERB = String.raw`(?:(?:has|have)\s+)?(?:(?:also|now|still|later|then|again|once|often|repeatedly|previously|recently|reportedly|publicly|privately)\s+)?`;

/** A day after a verb of speech: "X said on Friday he met …", "X said late Tuesday the talks …". */
const WHEN = String.raw`(?:(?:(?:on|late|early|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?,?\s+|(?:yesterday|today|tonight)\s+)?`;

/** Indirect speech in one sentence of narration: "X claims that …", "X says …", "…, X notes." */
export function indirectReport(sentence: string, lang: string): Report | undefined {
  const verbs = lang.toLowerCase().startsWith('fr') ? REPORT_VERBS_FR : REPORT_VERBS_EN;
  const that = new RegExp(`^(.{1,160}?)\\s+${REPORT_ADVERB}(?:${verbs})(?![\\p{L}])(?:\\s+[^,.;]{0,40}?)?\\s+(?:that|que|qu['’])\\s*(.+)$`, 'u').exec(sentence);
  // "officials have not said why …", "she never claimed that …": a denied report reports nothing
  const negated = (head: string): boolean => /(?:^|\s)(?:not|never|n[’']t)\s*$/iu.test(head);
  if (that && !negated(that[1]!)) {
    // "X and Y have been feuding since he announced that …": the verb's own subject, right before it, first
    const own = /(?:^|[\s,])(he|she|they|it)\s*$/u.exec(that[1]!);
    const phrase = own ? { kind: 'pronoun' as const, text: own[1]! } : nearestSubject(that[1]!) ?? subjectOf(that[1]!, lang);
    if (phrase) return { phrase, text: that[2]!.trim(), from: 0, to: sentence.length };
  }
  const aside = new RegExp(`^(.{6,}?|[Tt]h(?:at|is)),\\s+(?:(${verbs})\\s+([^,]{2,60})|([^,]{2,60}?)\\s+(?:${verbs})(?![\\p{L}])[^,]{0,40}),\\s+(.{6,})$`, 'u').exec(sentence);
  if (aside) {
    // ("…, and as The Daily Post reported, agency director Ann Lee told a crowd … that …": the source of the news set
    // off before a report of its own; that report's speaker)
    const own = aside[4] && /^\s*(?:(?:and|but)\s+)?as\s/iu.test(aside[4]) ? indirectReport(aside[5]!, lang) : undefined;
    if (own) return { ...own, from: sentence.length - aside[5]!.length + own.from, to: sentence.length - aside[5]!.length + own.to };
    const phrase = aside[3] ? phraseAfter(aside[3]) : readPhrase(aside[4]!);
    if (phrase) return { phrase, text: `${aside[1]!.trim()} ${aside[5]!.trim()}`, from: aside[1]!.length, to: sentence.length - aside[5]!.length };
  }
  const according = new RegExp(`^(?:${ACCORDING.source}([^,]{2,80}),\\s*(.{8,})|(.{8,}?),?\\s+${ACCORDING.source}([^,.;]{2,80})[.!]?)$`, 'iu').exec(sentence);
  if (according) {
    const phrase = readPhrase((according[1] ?? according[4])!);
    if (phrase) return { phrase, text: (according[2] ?? according[3])!.trim(), from: 0, to: sentence.length };
  }
  // ("Clapton, alongside BB King, also introduced Buddy Guy and recalled …": a clause that goes on is no closing "X notes")
  const final = new RegExp(`^(.{12,}?),\\s+((?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Ss]ome)\\s|\\p{Lu})[^,]{1,59}?)\\s+(?:${verbs})(?![\\p{L}])[^,.;]{0,60}[.!]?$`, 'u').exec(sentence);
  if (final) {
    const phrase = readPhrase(final[2]!);
    if (phrase) return { phrase, text: final[1]!.trim(), from: final[1]!.length, to: sentence.length };
  }
  // "…, said the firm's technical director Ann Lee.": the verb before the reporter, at the end of the sentence
  const inverted = new RegExp(`^(.{12,}?),\\s+(?:${verbs})\\s+([^,;:]{2,80}?)[.!]?$`, 'u').exec(sentence);
  if (inverted) {
    // (only a name the sentence ends on: "…, said the police had a duty to …" goes on with a clause of its own)
    const phrase = phraseAfter(inverted[2]!);
    if (phrase?.kind === 'name' && inverted[2]!.endsWith(phrase.text)) return { phrase, text: inverted[1]!.trim(), from: inverted[1]!.length, to: sentence.length };
  }
  const bare = new RegExp(`^(.{1,140}?)\\s+${REPORT_ADVERB}(?:${verbs})(?![\\p{L}])\\s+${WHEN}(?!to\\b|in\\b|on\\b|at\\b|by\\b|with\\b|for\\b|about\\b|nothing\\b|so\\b|this\\b|it\\b|[.,;:])(.{8,})$`, 'u').exec(sentence);
  // ("One of the central claims of Obama's speech does not stand up": a noun of speech before "of" is no verb)
  const nounOf = bare !== null && /^\s+(?:claims|reports|notes|remarks|comments|warnings)\s+of\s/u.test(sentence.slice(bare[1]!.length));
  if (bare && !negated(bare[1]!) && !nounOf) {
    // ("Sales could slow, but Ms Lee said it was too early to tell.": the subject of a later clause, right before its verb)
    const phrase = laterClauseName(bare[1]!) ?? (bare[1]!.split(/\s+/).length <= 14 ? subjectOf(bare[1]!, lang) : undefined);
    if (phrase) return { phrase, text: bare[2]!.trim(), from: 0, to: sentence.length };
  }
  return undefined;
}
