/**
 * Who says each quotation. Units are read in order; each quotation gets the
 * strongest rule that applies:
 *   5 interview label · 4 a verb of speech next to it (either side, either
 *   order), a dash attribution, "according to" · 3 a lead-in ("X said:"),
 *   another quotation in the same paragraph · 2 the subject of a report of
 *   speech in the same paragraph · 1 turn-taking in dialogue.
 * Names, pronouns and descriptions are resolved through the registry.
 */
import type { Block, BlockQuoteBlock, Evidence, Quotation } from '../model/article.js';
import { spanAt } from './inlines.js';
import { genderOf, HONORIFIC, ISSUING_VERBS, looksLikeOrganisation, PRONOUNS, SPEECH_VERB_EN, WRITING_WORDS } from './lexicon.js';
import { AGE, descriptionHead, PERSON_NOUNS, plausibleSpeaker, readPhrase, type Phrase } from './names.js';
import { lastSentence, sentenceStarts } from './sentences.js';
import { brokenBetween, type QuoteSpan, type Unit } from './quotes.js';
import { continuing, creditedCaption, loneTurn, TURN_REACH, vocatives, type LastSpeech } from './continuity.js';
import { attributionAfter, attributionBefore, indirectReport, mentions, type Found } from './rules.js';
import { agentAfter } from './owners.js';
import { attributedLeadIn, leadIn, stanceLeadIn, subjectLeadIn } from './leadins.js';
import { namedInSentence, opensWithPronoun, previousSubject, subjectOfSentence, talksAbout } from './pronouns.js';
import { DEMONYMS, FUNCTION_CAPS, isRoleWord, NAME_WORD, TITLE_WORDS } from './nouns.js';
import { isTerm, namedTitle, STRONG_NAMING } from './terms.js';
import { crowdVoice } from './crowds.js';
import { noteNames } from './mentioned.js';
import { givenNameGender } from './given-names.js';
import { headOf, heOrSheFits, namedWithin, type Entity, type SpeakerRegistry } from './speakers.js';

/** The verb of a publication that reports a sentence holding someone's words ("…,” the Times reported"). */
const RELAYED = /(?<![\p{L}])report(?:ed|s)(?![\p{L}])/iu;

export interface IndirectReport {
  quotation: Quotation;
  speaker: number;
}

/** Words that speak for their author: "the lyrics", "the chorus", "her tweet", "Tweets No3 and No4". */
const WORDS_OF_SOMEONE = /^(?:(?:the|her|his|their|its)\s+)?(?:lyrics|chorus|verse|tweets?|post|caption)(?:\s+No\.?\s?\d+(?:\s+and\s+No\.?\s?\d+)?)?$/iu;

/** Nouns of a trade or office by which a text goes on about the person it just named ("the actress explained"). */
const PROFESSION = /^(?:actress|actor|singer|comedian|rapper|musician|star|author|novelist|filmmaker|director|senator|congressman|congresswoman|governor|candidate|nominee|billionaire|mogul|businessman|businesswoman|host|anchor)$/u;

/** "The Republican candidate", "the Democratic presidential nominee": a role qualified by a party's word, of someone named. */
const PARTY_ROLE = /^[Tt]he\s+\p{Lu}[\p{L}’'-]*\s+(?:\p{Ll}+\s+)?(?:candidate|nominee|front-?runner|hopeful|contender)$/u;

/** A pronoun telling someone named after the words ("“…,” he told Hale"): group 1 the one told. */
const TOLD = /^\s*,?["”’]?\s*(?:he|she)\s+(?:\p{Ll}+ly\s+)?(?:told|asked|assured|reminded|warned|informed|answered)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)/u;

/** A writing named again as the subject of a verb of speech ("the statement said", "her letter explained"): group 2 its noun. */
const WRITING_AGAIN = new RegExp(`^([Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${WRITING_WORDS})$`, 'u');
/** How many units back a writing named again ("the statement said") looks for the author the text gave it. */
const WRITER_REACH = 6;
/** Nouns of a body named by whom it works for ("the Sanders campaign", "his campaign"). */
const BODY_NOUNS = 'campaign|administration|department|ministry|office|committee|team|board';
/** A body so named, at the end of an author's name. */
const BODY_NAMED = new RegExp(`\\s(?:${BODY_NOUNS})$`, 'u');
/** Who a writing is by, as the text named it: "the Sanders campaign", "Cook", "the Acme Trust board". */
// ("his campaign sent out a fundraising email": or a body named by whose it is)
const AUTHOR = String.raw`((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}[\p{L}.&’'-]*(?:\s+(?:${BODY_NOUNS}))?|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:${BODY_NOUNS}))`;
const ISSUED = `(?:${ISSUING_VERBS})`;

/**
 * The author of a writing the text mentioned before ("a statement issued by the Sanders campaign", "Cook provided a
 * written statement", "Ann Lee said in a letter"): the last such in `text`, as written.
 */
function authorOf(noun: string, text: string): string | undefined {
  const kind = String.raw`(?:[\p{L}’'-]+\s+){0,3}${noun}(?![\p{L}])`;
  const forms = [
    // ("an email was sent from the club’s executive director, Jeremy Boreing": in the passive, and a name in apposition)
    new RegExp(String.raw`${noun}\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:${ISSUED}\s+)?(?:by|from)\s+(?:the\s+(?:[\p{L}’'-]+\s+){1,4}?[\p{Ll}-]+,\s+)?${AUTHOR}`, 'gu'),
    // ("Rob Calabrese, a radio host in Cape Breton, Nova Scotia, has set up a website": past an apposition, and "has")
    new RegExp(String.raw`${AUTHOR}(?:,\s+(?:a|an|the)\s[^,;:.]{2,60}(?:,\s+[^,;:.]{2,30})?,)?\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?${ISSUED}\s+(?:a|an|the|his|her|their|its)\s+${kind}`, 'gu'),
    new RegExp(String.raw`${AUTHOR}\s+(?:said|wrote|explained|added)\s+in\s+(?:a|an|the|his|her|their|its)\s+${kind}`, 'gu'),
  ];
  let last: { at: number; name: string } | undefined;
  for (const re of forms) for (const m of text.matchAll(re)) if (!last || m.index >= last.at) last = { at: m.index, name: m[1]! };
  return last?.name;
}

/** "the Tottenham striker", "the former Leeds manager": a person described by a club or place, in capitals, before the noun. */
const EPITHET = /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+\p{Ll}[\p{Ll}-]*$/u;

/** The verbs of speech after a surname that is also a word ("Will wrote"), and, before a quotation, of description too. */
const SURNAME_SPEECH = 'said|says|wrote|writes|added|adds|told|argued|argues|noted|explained|insisted|warned|declared|claimed|claims';
/** Right after a quotation: a capitalised word and a verb of speech ("“…,” Will wrote."). */
const SURNAME_AFTER = new RegExp(String.raw`^[\s,.!?;:]*["”’]?[\s,]*(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:${SURNAME_SPEECH})\b`, 'u');
/** Opening the sentence that leads into a quotation: a capitalised word and a verb of speech or of description ("Will described Trump as"). */
const SURNAME_BEFORE = new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:${SURNAME_SPEECH}|described|describes|called|calls|urged|urges|praised|praises)\b`, 'u');

/** Surnames that are also common words, which the rules do not take for a name where the text writes the word too. */
const WORD_SURNAMES = /^(?:Will|May|Young|Long|Little|Rich|Hope|Grace|Joy|Faith|Page|Bush|Brown|White|Black|Green|Gray|Grey|Price|Rice|Cash|King|Love|Good|Bell|Hall|Wall|Rose|Stone|Wells|Mills)$/u;

/** Two capitalised words: a given name and a surname, perhaps ("rapped skipper Olof Mellberg"). */
// (the second word is looked ahead at, so that "Marcel Lehel Lazar" gives "Marcel Lehel" and "Lehel Lazar")
const GIVEN_AND_SURNAME = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{2,})\s+(?=(\p{Lu}[\p{L}'’-]+)(?![\p{L}]))/gu;

/** The subject of an opening clause: as a sentence's, else the name it opens with ("Ann Lee, the manager was asked …,"). */
function openingSubject(clause: string): (Phrase & { verb: string }) | undefined {
  const subject = subjectOfSentence(clause);
  if (subject) return subject;
  const lead = /^\s*((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)(?=,)/u.exec(clause);
  const phrase = lead ? readPhrase(lead[1]!) : undefined;
  return phrase?.kind === 'name' ? { ...phrase, verb: '' } : undefined;
}

/** A clause that opens a sentence before its main one: "When …", "After …", "Although …". */
const SUBORDINATE_OPENING = /^\s*(?:When|After|As|While|Once|Before|Although|Though|Since|If|Because)\s+(?=\p{Lu})/u;

/** The name or "the" and a noun that opens a sentence, before a comma or its verb: "The National Shooting Sports Foundation, which …", "The union". */
const OPENING_NAME = /^\s*(The\s+\p{Ll}+)(?=\s*,|\s+\p{Ll})|^\s*(?:The\s+)?((?:\p{Lu}[\p{L}’'.&-]*\s+){0,5}\p{Lu}[\p{L}’'.&-]*)(?=\s*,|\s+\p{Ll})/u;

export class Attributor {
  readonly indirect: IndirectReport[] = [];
  /** Speaker of the last speech quotation in each unit index that had one. */
  private readonly turns = new Map<number, number>();
  /** The same, in order. */
  private readonly history: { unit: number; speaker: number }[] = [];
  /** Fiction-like dialogue: many paragraphs that are nothing but a quotation. */
  dialogue = false;
  private indirectCount = 0;
  /** The capitalised words written right before each capitalised word so far: the given names a surname may have had. */
  private readonly before = new Map<string, Set<string>>();
  /** Units that are photo captions without quotations: a lone quotation after one still follows the paragraph before it. */
  private readonly asides = new Set<number>();
  /** The last speaker, for a run of quotations with no new attribution. */
  private lastSpeech: LastSpeech | undefined;
  private paragraphs = 0;
  /** The last unit that is not a photo caption: the narration a pronoun after a caption goes back to. */
  private body: Unit | undefined;
  /** The unit before the one being read. */
  private previous: Unit | undefined;
  /** The units before the one being read, the nearest first: where a writing named again may have been given its author. */
  private readonly earlier: Unit[] = [];

  constructor(
    private readonly registry: SpeakerRegistry,
    private readonly sourceLang: string,
  ) {}

  /** Reads one unit: mentions and reports of speech in its narration, then each quotation in it. */
  /** Speakers of Markdown block quotes, from a lead-in before them ("X said:") or a "— Name" line closing them. */
  readonly blockQuoteSpeakers = new Map<BlockQuoteBlock, { speaker: number; evidence: Evidence }>();
  /** The speaker of the last block quotation, while later ones in the same section may be more of the same source. */
  private blockSource: { speaker: number; evidence: Evidence; container: Block[]; at: number } | undefined;

  unit(u: Unit, previous: Unit | undefined): void {
    this.previous = previous;
    if (previous && this.earlier[0] !== previous) {
      this.earlier.unshift(previous);
      this.earlier.length = Math.min(this.earlier.length, WRITER_REACH);
    }
    if (u.kind === 'paragraph') this.paragraphs++;
    for (const m of u.text.matchAll(GIVEN_AND_SURNAME)) {
      if (FUNCTION_CAPS.has(m[1]!)) continue; // ("Yesterday Mellberg said": no given name)
      const seen = this.before.get(m[2]!);
      if (seen) seen.add(m[1]!);
      else this.before.set(m[2]!, new Set([m[1]!]));
    }
    // ("… not through with Bernie Sanders. … Sanders asked …": a person known by a surname alone has the gender of the
    // given names the text wrote with it, when they agree; "she said" after his name is then not his)
    for (const e of this.registry.all()) {
      if (e.kind !== 'person' || e.nameGender !== undefined || e.names.length !== 1 || !/^\p{Lu}[\p{L}’'-]+$/u.test(e.names[0]!)) continue;
      const given = [...(this.before.get(e.names[0]!) ?? [])].map((g) => givenNameGender(`${g} ${e.names[0]}`));
      if (given.length > 0 && given.every((g) => g !== undefined && g === given[0])) e.nameGender = given[0];
    }
    if (u.kind === 'heading' || u.labelOnly) this.blockSource = undefined;
    // a photo caption is read for its own quotations but is no narration: whom it names is not whom "she said" means next
    const aside = u.kind === 'caption' || creditedCaption(u.text);
    if (aside && (u.spans.length === 0 || u.kind === 'paragraph')) this.asides.add(u.index);
    const state = aside ? { seen: new Map(this.registry.all().map((e) => [e.key, e.lastSeen])), speech: this.lastSpeech } : undefined;
    if (u.blockquote && !this.blockQuoteSpeakers.has(u.blockquote)) this.blockQuote(u, previous);
    const top = u.spans.filter((s) => s.depth === 0);
    let cursor = 0;
    let lastFromAfter: { span: QuoteSpan; segment: string } | undefined;
    let reported: number | undefined;
    top.forEach((s, k) => {
      const before = u.text.slice(cursor, s.start);
      const next = top[k + 1];
      const after = u.text.slice(s.end, next ? next.start : u.text.length);
      reported = this.narration(u, cursor, before, k > 0, true) ?? reported;
      if (isTerm(s, before, after)) {
        s.kind = 'term';
        s.settled = namedTitle(s, before, after);
        this.namedByTerm(s, before);
      } else {
        const quoteEnds = /[.!?…]\s*$/u.test(u.text.slice(s.contentStart, s.contentEnd));
        this.attribute(u, s, { before, after, cursor, previous, k, reported, lastFromAfter, quoteEnds });
        if (s.evidence?.rule === 'verb-after' || s.evidence?.rule === 'dash-attribution') lastFromAfter = { span: s, segment: after };
        vocatives(this.registry, u.text.slice(s.contentStart, s.contentEnd));
      }
      cursor = s.end;
    });
    reported = this.narration(u, cursor, u.text.slice(cursor), top.length > 0, false) ?? reported;
    if (state) {
      for (const e of this.registry.all()) e.lastSeen = state.seen.get(e.key) ?? 0;
      this.lastSpeech = state.speech;
      return;
    }
    this.body = u;
    const lastSpeech = [...top].reverse().find((s) => s.kind === 'speech' && s.speaker !== undefined);
    const turn = lastSpeech?.speaker ?? reported;
    if (turn !== undefined) {
      this.turns.set(u.index, turn);
      this.history.push({ unit: u.index, speaker: turn });
    }
  }

  private attribute(
    u: Unit,
    s: QuoteSpan,
    c: { before: string; after: string; cursor: number; previous: Unit | undefined; k: number; reported: number | undefined; lastFromAfter: { span: QuoteSpan; segment: string } | undefined; quoteEnds: boolean },
  ): void {
    const lang = u.lang || this.sourceLang;
    if (u.label) {
      const e = this.registry.register(u.label, { salient: true });
      if (u.turn) return this.assign(s, e, 5, { rule: 'transcript-turn', text: `${u.label}:` });
      return this.assign(s, e, 5, { rule: 'interview-label', text: `${u.label}:`, position: spanAt(u.inlines, 0, s.contentStart) });
    }
    if (u.signature && s.markless && s.start === u.text.length - u.text.trimStart().length) {
      const e = this.registry.register(u.signature.name, { kind: 'person', salient: true, title: u.signature.title });
      return this.assign(s, e, 4, { rule: 'signature', text: u.text.slice(s.contentEnd).trim(), position: spanAt(u.inlines, s.contentEnd, u.text.trimEnd().length) });
    }
    const evidence = (f: Found, base: number): Evidence => ({
      rule: f.rule,
      text: u.text.slice(base + f.from, base + f.to).replace(/^[\s,.;:!?—–-]+|[\s,;:]+$/gu, ''),
      position: spanAt(u.inlines, base + f.from, base + f.to),
    });
    // the attribution before the quotation, read once, and only when a rule below asks for it
    let readBefore: { found: Found | undefined } | undefined;
    const foundBefore = (): Found | undefined => (readBefore ??= { found: attributionBefore(c.before, lang) }).found;
    // ("X said, “…,” Obama “opted for …”": a bare name between two quotations, with no comma, is the subject of the
    // next one, no citation of this one, when a report before names the speaker)
    const cited = attributionAfter(c.after, lang, c.quoteEnds);
    const bareName = cited?.rule === 'citation' && !/,/u.test(c.after) && s.end + c.after.length < u.text.length && /[,:]\s*$/u.test(c.before);
    const after = bareName && foundBefore() ? undefined : cited;
    // ("often labeled as a “witch hunt” by Democrats": the agent of a passive verb of naming)
    const agent = agentAfter(c.before, c.after, lang);
    const labeller = agent && this.resolve(agent.phrase, u, s);
    if (labeller) return this.assign(s, labeller, 4, evidence({ phrase: agent!.phrase, rule: 'verb-after', from: 0, to: agent!.length }, s.end));
    // the quotation's own sentence up to its opening mark, read by several rules below
    const sentenceBefore = lastSentence(c.before);
    // ("“…,” Will wrote.", "Will described Trump as “…”": a known person's surname that is also a word of the language,
    // where the rules found no one)
    const wordName = after ? undefined : this.surnameWord(c.after, foundBefore() ? '' : c.before);
    if (wordName) return this.assign(s, wordName.entity, 4, { rule: wordName.rule, text: wordName.text });
    // he or she: the subject of the sentence before, here or at the end of the paragraph before (the mark read as “: a ' could be an apostrophe)
    const paragraph = `${u.text.slice(0, s.start)}“`;
    const previous = c.previous && this.asides.has(c.previous.index) ? this.body : c.previous;
    const previousText = previous?.kind === 'paragraph' && u.kind === 'paragraph' ? previous.text : undefined;
    // "X said: “…” He added: “…”", "X said: “…,” he said.": after a colon that names the speaker, he or she after is the same one or the next's
    // ("Tom Hale said: “…,” the Herald reported.", "The witness said the order was to “…,” according to the report.": the paper
    // or document that reports the sentence is not the one the sentence names as speaking before the words)
    // (and so is a digest's credit in brackets after them: "Sanders said his rival is in “serious trouble.” [NYT.]")
    // "X said on “The View” that he had been “…”": read the whole sentence when only terms were quoted earlier in it
    const whole = u.text.slice(0, s.start);
    // (nor words quoted inside the sentence that found no speaker: "Kerpen needled the CNN “reporter,” saying, “…”")
    const sentenceStart = whole.length - lastSentence(whole).length;
    const unspoken = (x: QuoteSpan): boolean => x.kind === 'speech' && x.speaker === undefined && /\p{L}/u.test(u.text.slice(sentenceStart, x.start));
    const termsOnly = c.k > 0 && sentenceStarts(c.before).length === 1 && u.spans.every((x) => x.depth > 0 || x.start >= s.start || x.kind === 'term' || unspoken(x) || x.end <= sentenceStart);
    // ("Canova “bristled” and said, “No comment,” The Miami Herald reported.": the whole sentence, past a term quoted in
    // it, the term's marks read as spaces)
    const relays = after !== undefined && after.phrase.kind !== 'pronoun' && (after.rule === 'according-to' || RELAYED.test(c.after.slice(after.from, after.to)) || (after.rule === 'citation' && /^\s*\[/u.test(c.after)));
    const relayed = relays ? (foundBefore() ?? (termsOnly ? attributionBefore(unmarkedTerms(u, whole), lang) : undefined)) : undefined;
    const named = relayed ?? (after?.phrase.kind === 'pronoun' && /:\s*$/u.test(c.before) ? foundBefore() : undefined);
    // ("Andrean High School fans also chanted, “…,” the Chicago Tribune reports.": nor is a crowd the sentence gives the words to)
    const crowd = crowdVoice(sentenceBefore);
    if (after && !named && !(relays && crowd)) {
      // ("Burger was crowned …. “It's his first year …,” he said.": words about him are not his, unless the sentence before reports him speaking)
      const aboutThem = after.phrase.kind === 'pronoun' && talksAbout(u.text.slice(s.contentStart, s.contentEnd), after.phrase.text);
      const subject =
        after.phrase.kind === 'pronoun'
          ? this.called(this.reporterBefore(sentenceBefore, after.phrase.text) ?? this.goesOn(u, s, c.after, after.phrase.text) ?? previousSubject(this.registry, paragraph, after.phrase.text, previousText, aboutThem), after.phrase.text)
          : undefined;
      let e = subject ?? this.resolve(after.phrase, u, s);
      // ("… rapped skipper Olof Mellberg. Mellberg spoke of …. “I've had a quiet word with Olof …,” he told …": words that
      // name someone in the third person are not theirs: the "he" is the one before them who fits)
      const g = after.phrase.kind === 'pronoun' ? PRONOUNS[after.phrase.text.toLowerCase()] : undefined;
      // (the words up to a mark that closes them: a quotation read too long may hold narration that names its speaker)
      const words = u.text.slice(s.contentStart, s.contentEnd).split(/[.!?,]["”]\s/u)[0]!;
      if (e && (g === 'male' || g === 'female') && namedWithin(e, words, (surname) => this.before.get(surname) ?? [])) {
        e = this.registry.resolvePronoun(g, new Set([e.key])) ?? e;
      }
      // ("Hale asked Reed about the wall. “…,” he told Hale.": not the one he tells)
      const told = g === 'male' || g === 'female' ? TOLD.exec(c.after)?.[1] : undefined;
      const addressee = told ? this.registry.find(told) : undefined;
      if (e && addressee && this.registry.resolve(addressee).key === this.registry.resolve(e).key) e = this.registry.resolvePronoun(g as 'male' | 'female', new Set([e.key]));
      if (e) return this.assign(s, e, 4, evidence(after, s.end));
    }
    // "“…,” said X. “…”" goes on with X; not when a new sentence with words of its own comes between
    // (nor when a verb after the attribution has a named subject of its own: "…,” he said Sunday, only for Trump to tweet that “…”")
    const carried = c.lastFromAfter && c.lastFromAfter.segment === c.before && c.lastFromAfter.span.speaker !== undefined && sentenceStarts(c.before.trim()).length === 1 ? c.lastFromAfter.span : undefined;
    if (carried) {
      const speaker = this.registry.get(carried.speaker!);
      const own = foundBefore();
      const ownName = own?.phrase.kind === 'name' ? this.registry.find(own.phrase.text) : undefined;
      // (nor when someone described has a verb of their own before the colon: "“…,” Cruz said as the heckler yelled: “…”")
      const described = own?.phrase.kind === 'description' && /:\s*$/u.test(c.before);
      if (!described && (ownName === undefined || this.registry.resolve(ownName).key === this.registry.resolve(speaker).key)) return this.assign(s, speaker, 4, { ...carried.evidence!, rule: 'split-quote' });
    }
    // ("Sanders protesters interrupted her, shouting “…”", "delegates erupted in chants of “…”": the crowd's voice, not the
    // one the sentence names as the crowd's side or whom they interrupt)
    if (crowd) {
      const at = c.cursor + c.before.length - sentenceBefore.length;
      const e = this.registry.register(crowd.name);
      return this.assign(s, e, 4, { rule: 'crowd', text: sentenceBefore.slice(crowd.from).trim(), position: spanAt(u.inlines, at + crowd.from, at + crowd.to) });
    }
    const before = named ?? foundBefore() ?? (termsOnly ? attributionBefore(whole, lang) : undefined);
    const base = before && before.to > c.before.length ? 0 : c.cursor;
    if (before) {
      const pronoun = before.phrase.kind === 'pronoun' ? before.phrase.text : undefined;
      const e =
        (pronoun
          ? this.called(namedInSentence(this.registry, sentenceBefore, pronoun) ?? this.reportingSubject(sentenceBefore, pronoun) ?? previousSubject(this.registry, u.text.slice(0, s.start), pronoun, previousText) ?? this.notNamedAfter(sentenceBefore, pronoun), pronoun)
          : undefined) ?? this.resolve(before.phrase, u, s);
      if (e) return this.assign(s, e, 4, evidence(before, base));
    }
    // ("Ann Reed visited the “Morning Show” to discuss her rival, saying “…”": when the words since the last term name no
    // one the text can take, the whole sentence does)
    if (termsOnly && before && before === readBefore?.found && before.phrase.kind !== 'pronoun') {
      const fromWhole = attributionBefore(whole, lang);
      const e = fromWhole && fromWhole.phrase.kind !== 'pronoun' ? this.resolve(fromWhole.phrase, u, s) : undefined;
      if (e) return this.assign(s, e, 4, evidence(fromWhole!, 0));
    }
    if (c.k === 0 && c.before.trim() === '' && c.previous && c.previous.index === u.index - 1 && c.previous.spans.length === 0) {
      const lead = leadIn(c.previous.text, lang);
      if (lead) {
        // ("George Wallace was the symbol of segregation …. In a 1963 speech, he declared: ¶ “…”": he or she is the
        // subject of the sentence before, as when the words follow in the same paragraph)
        const pronoun = lead.phrase.kind === 'pronoun' ? lead.phrase.text : undefined;
        const subject = pronoun ? this.called(namedInSentence(this.registry, lastSentence(c.previous.text), pronoun) ?? previousSubject(this.registry, c.previous.text, pronoun), pronoun) : undefined;
        const e = subject ?? this.resolve(lead.phrase, u, s);
        if (e) return this.assign(s, e, 3, { rule: 'lead-in', text: c.previous.text.slice(lead.from, lead.to).trim(), position: spanAt(c.previous.inlines, lead.from, lead.to) });
      }
    }
    // ("“…,” he said." where "he" found no one: not someone "he" cannot mean)
    const pronounAfter = after?.phrase.kind === 'pronoun' ? PRONOUNS[after.phrase.text.toLowerCase()] : undefined;
    const unfit = (key: number): boolean => (pronounAfter === 'male' || pronounAfter === 'female') && !heOrSheFits(this.registry.resolve(this.registry.get(key)), pronounAfter);
    const sibling = u.spans.filter((x) => x.depth === 0 && x.kind === 'speech' && x.start < s.start && x.speaker !== undefined && x.strength >= 3).pop();
    // ("“…,” said Nadal. US coach Patrick McEnroe wants …. “…”": a sentence between whose subject is someone else the text has named hands the words on)
    const between = sibling ? subjectOfSentence(lastSentence(c.before.trim())) : undefined;
    const met = between?.kind === 'name' ? this.registry.find(between.text) : undefined;
    // (one not met before counts too when it is a full name: not a capital at the head of a sentence, "Foreign exchange reserves
    // may …", "—Grand is no name for it, said Buck Mulligan. Wonderful entirely. …")
    const handedOn = met ? this.registry.resolve(met).key !== this.registry.resolve(this.registry.get(sibling!.speaker!)).key : between?.kind === 'name' && /\s/u.test(between.text);
    // (a sentence right before the quotation that leads into it is the evidence for the one it names)
    const leadEvidence = (found: Found): Evidence => ({ rule: 'lead-in', text: c.before.slice(found.from, found.to).trim(), position: spanAt(u.inlines, c.cursor + found.from, c.cursor + found.to) });
    // ("I am reminded of a quote attributed to Thomas Jefferson. “…”": whose the saying is, named right before it)
    const attributed = attributedLeadIn(c.before);
    const credited = attributed && this.resolve(attributed.phrase, u, s);
    if (attributed && credited) return this.assign(s, credited, 2, leadEvidence(attributed));
    if (sibling && !unfit(sibling.speaker!) && !handedOn) return this.assign(s, this.registry.get(sibling.speaker!), 3, { rule: 'same-paragraph', text: sibling.evidence?.text ?? '', position: sibling.evidence?.position });
    if (c.reported !== undefined && !unfit(c.reported)) return this.assign(s, this.registry.get(c.reported), 2, { rule: 'paragraph-subject', text: this.registry.get(c.reported).names[0]! });
    const stance = stanceLeadIn(c.before);
    const taken = stance && this.resolve(stance.phrase, u, s);
    if (stance && taken) return this.assign(s, taken, 2, leadEvidence(stance));
    const turn = loneTurn(this.history, u, s, c.after, this.dialogue, this.asides);
    if (turn) return this.assign(s, this.registry.get(turn.speaker), 1, { rule: turn.rule, text: '' });
    // (dialogue's turn-taking needs two voices: when one person alone has spoken lately, as in an interview retold in
    // news, "Trump spoke only in evasive bromides. “We have to …” “We have to …”", the last speaker goes on)
    const going = this.dialogue && this.twoVoices(u) ? undefined : continuing(this.registry, this.lastSpeech, this.paragraphs, u.text.slice(s.contentStart, s.contentEnd), u.text.slice(s.end), sentenceBefore);
    if (going !== undefined && !unfit(going)) return this.assign(s, this.registry.get(going), 1, { rule: 'continuing', text: '' });
  }

  private blockQuote(u: Unit, previous: Unit | undefined): void {
    const bq = u.blockquote!;
    const signed = /^\s*(?:—|―|–|--?)\s*([\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s*$/u.exec(u.text);
    // the paragraph before may be narration, or a turn of a transcript ("Here's Armin Ronacher:")
    const narrated = previous && previous.blockquote !== bq && (previous.spans.length === 0 || previous.turn === true);
    const lead = narrated ? (leadIn(previous.text, u.lang || this.sourceLang) ?? subjectLeadIn(previous.text)) : undefined;
    const found = signed ? { phrase: { kind: 'name' as const, text: signed[1]! }, rule: 'signature', text: u.text.trim(), at: u } : lead ? { phrase: lead.phrase, rule: 'lead-in', text: previous!.text.slice(lead.from, lead.to).trim(), at: previous! } : undefined;
    const e = found ? this.resolve(found.phrase, u) : undefined;
    const first = previous?.blockquote !== bq;
    if (!e || !found) {
      // a later extract from the source quoted last, in the same section, with no one else quoted in between
      const source = this.blockSource;
      if (first && source && source.container === u.container && !brokenBetween(u.container, source.at, u.at)) {
        this.blockQuoteSpeakers.set(bq, { speaker: source.speaker, evidence: { ...source.evidence, rule: 'same-source' } });
      }
      return;
    }
    const target = this.registry.resolve(e);
    target.spoke = true;
    this.registry.touch(target);
    const evidence: Evidence = { rule: found.rule, text: found.text };
    this.blockQuoteSpeakers.set(bq, { speaker: target.key, evidence });
    this.blockSource = { speaker: target.key, evidence, container: u.container, at: u.at };
  }

  /** Someone else speaks: a later block quotation can no longer be taken for the same source's. */
  private otherSpeaker(key: number, rule: string): void {
    if (rule !== 'transcript-turn' && this.blockSource && this.blockSource.speaker !== key) this.blockSource = undefined;
  }

  private assign(s: QuoteSpan, e: Entity, strength: number, evidence: Evidence): void {
    const target = this.registry.resolve(e);
    s.speaker = target.key;
    s.strength = strength;
    s.evidence = evidence;
    this.otherSpeaker(target.key, evidence.rule);
    target.spoke = true;
    if (target.evidence.length < 5 && evidence.text) target.evidence.push(evidence);
    this.registry.touch(target);
    this.lastSpeech = { speaker: target.key, unit: evidence.rule === 'continuing' && this.lastSpeech ? this.lastSpeech.unit : this.paragraphs, at: target.lastSeen };
  }

  /**
   * "A statement issued by the Sanders campaign … ¶ … the statement said": a writing named again speaks for the author
   * the text gave it before, in this paragraph or the one before; "her statement" for whom "her" means.
   */
  private writer(text: string, u: Unit, s?: QuoteSpan): Entity | undefined {
    const m = WRITING_AGAIN.exec(text);
    if (!m) return undefined;
    const owner = m[1]!.toLowerCase();
    if (owner === 'his' || owner === 'her') {
      // (a person the text has shown to be a man or a woman, by a pronoun, an honorific or a given name: not a place)
      const g = owner === 'his' ? 'male' : 'female';
      const e = this.registry.resolvePronoun(g);
      return e && e.kind === 'person' && (e.gender ?? e.nameGender) === g ? e : undefined;
    }
    let name = authorOf(m[2]!, u.text.slice(0, s?.start ?? u.text.length));
    for (const before of this.previous ? this.earlier : []) name ??= authorOf(m[2]!, before.text);
    // ("his campaign sent out a fundraising email": the body of the man or woman "his" or "her" means, by surname)
    const whose = name ? /^(his|her)\s+(\p{Ll}+)$/iu.exec(name) : null;
    if (whose) {
      const owner = this.registry.resolvePronoun(whose[1]!.toLowerCase() === 'his' ? 'male' : 'female');
      const surname = owner?.kind === 'person' ? owner.names.find((n) => /^\p{Lu}/u.test(n) && n !== 'I')?.split(/\s+/u).pop() : undefined;
      name = surname ? `${surname} ${whose[2]!}` : undefined;
    }
    // ("the Sanders campaign": a body named by whom it works for)
    const phrase = name ? (readPhrase(name) ?? (BODY_NAMED.test(name) ? { kind: 'description' as const, text: name } : undefined)) : undefined;
    if (!phrase || phrase.kind === 'pronoun' || WRITING_AGAIN.test(phrase.text)) return undefined;
    return this.resolve(phrase, u, s);
  }

  /**
   * "Marcel Lehel Lazar … Lazar admitted … ¶ his wife, Gabriela Violeta Lazar, wrote": a full name whose surname the
   * registry knows only bare, when the text wrote that surname after another given name, is someone else of the name.
   */
  private anotherOfTheName(p: Phrase): boolean {
    if (p.kind !== 'name') return false;
    const words = p.text.split(/\s+/u);
    if (words.length < 2) return false;
    const surname = words[words.length - 1]!;
    const known = this.registry.find(p.text);
    if (!known || known.kind !== 'person' || !known.names.every((n) => n === surname || n.startsWith(`${surname}'`) || n.startsWith(`${surname}’`))) return false;
    const given = /^\p{Lu}\p{Ll}+$/u;
    return [...(this.before.get(surname) ?? [])].some((g) => given.test(g) && !words.includes(g) && !FUNCTION_CAPS.has(g) && !TITLE_WORDS.test(g) && !HONORIFIC.test(g));
  }

  /** The person, other than the narrator, who spoke most recently. */
  private lastPersonWhoSpoke(): Entity | undefined {
    return this.registry.all().filter((e) => e.spoke && !e.narrator && e.kind === 'person').sort((a, b) => b.lastSeen - a.lastSeen)[0];
  }

  /**
   * "Although Hale admitted to the paper that they had been “…,” he claimed": a he or she after the words is the one
   * their own sentence names as reporting before them (past a word that opens a clause), when the pronoun fits.
   */
  private reporterBefore(sentence: string, pronoun: string): Entity | undefined {
    const g = PRONOUNS[pronoun.toLowerCase()];
    // (only words inside the sentence: one closed before them is the previous sentence's)
    if ((g !== 'male' && g !== 'female') || !/\S/u.test(sentence) || /[.!?…:]["”’)]?\s*$/u.test(sentence)) return undefined;
    const subject = subjectOfSentence(sentence.replace(/^\s*(?:Although|Though|While|Whereas|Even\s+though|When|As|After|Because|Since|If)\s+(?=\p{Lu})/u, ''));
    if (subject?.kind !== 'name' || !SPEECH_VERB_EN.test(subject.verb)) return undefined;
    const e = this.registry.find(subject.text) ?? this.registry.register(subject.text, { kind: 'person' });
    const meant = this.registry.resolve(e);
    return meant.kind === 'person' && heOrSheFits(meant, g) ? meant : undefined;
  }

  /**
   * "“…,” Clinton said. ¶ “…,” she continued.": one who goes on is the one who spoke last, in this paragraph or the
   * one before, when the pronoun fits them.
   */
  private goesOn(u: Unit, s: QuoteSpan, after: string, pronoun: string): Entity | undefined {
    const g = PRONOUNS[pronoun.toLowerCase()];
    if ((g !== 'male' && g !== 'female') || !/^\s*,?["”’]?\s*(?:he|she)\s+(?:continued|went\s+on)\b/iu.test(after)) return undefined;
    const here = u.spans.filter((x) => x.depth === 0 && x.end <= s.start && x.kind === 'speech' && x.speaker !== undefined).at(-1);
    const last = this.history.at(-1);
    const key = here?.speaker ?? (last && last.unit === u.index - 1 ? last.speaker : undefined);
    if (key === undefined) return undefined;
    const e = this.registry.resolve(this.registry.get(key));
    return heOrSheFits(e, g) ? e : undefined;
  }

  /**
   * "“…,” Will wrote." / "Will described Trump as “…”", of a text that named George Will: a word the rules take for a
   * function word ("Will", "May", "Young" …) before a verb of speech, right after the quotation or opening the sentence
   * that leads into it, is the surname of the one known person who bears it.
   */
  private surnameWord(after: string, before: string): { entity: Entity; rule: string; text: string } | undefined {
    const find = (word: string): Entity | undefined => {
      if (!FUNCTION_CAPS.has(word) && !WORD_SURNAMES.test(word)) return undefined;
      const bearers = this.registry.all().filter((e) => e.kind === 'person' && !e.narrator && e.names.some((n) => /^\p{Lu}[\p{L}.'’-]+\s+/u.test(n) && n.split(/\s+/u).pop() === word));
      if (bearers.length === 1) return this.registry.resolve(bearers[0]!);
      // (or one the text wrote with a given name the list knows, "… contributor George Will reignited …", and no other)
      const given = [...(this.before.get(word) ?? [])].filter((g) => givenNameGender(`${g} ${word}`) !== undefined);
      return bearers.length === 0 && given.length === 1 ? this.registry.resolve(this.registry.register(`${given[0]} ${word}`, { kind: 'person' })) : undefined;
    };
    const next = SURNAME_AFTER.exec(after);
    const e1 = next ? find(next[1]!) : undefined;
    if (e1) return { entity: e1, rule: 'verb-after', text: next![0].replace(/^[\s,.!?;:"”’]+/u, '').trim() };
    const opening = SURNAME_BEFORE.exec(lastSentence(before));
    const e2 = opening ? find(opening[1]!) : undefined;
    return e2 ? { entity: e2, rule: 'verb-before', text: opening![0].trim() } : undefined;
  }

  /**
   * "Spokesman Eric Ferrero said observers went with the marchers, whom he described as “…”": a person named as the
   * subject of a verb of speech that opens the pronoun's sentence, registered if need be, when "he" or "she" fits them.
   * With any verb when the pronoun stands in a relative clause ("what she called") or opens the main clause after an
   * opening one ("When Ann Lee … was asked …, she laughed and said").
   */
  private reportingSubject(sentence: string, pronoun: string): Entity | undefined {
    const g = PRONOUNS[pronoun.toLowerCase()];
    // ("When Ann Lee, the campaign's manager, was asked …, she laughed and said": the subject of the opening clause,
    // whatever its verb, when the pronoun opens the main one)
    const opening = SUBORDINATE_OPENING.exec(sentence);
    const main = opening ? new RegExp(`,\\s*${pronoun}\\s`, 'iu').exec(sentence) : null;
    const subject = subjectOfSentence(sentence) ?? (main ? openingSubject(sentence.slice(opening![0].length, main.index + 1)) : undefined);
    // ("Ann Lee quit the show over what she called “…”": in a relative clause, the pronoun is the subject's, whatever its verb)
    const relative = new RegExp(`(?<![\\p{L}])(?:what|which|whom|who)\\s+${pronoun}\\s`, 'iu').test(sentence);
    const anyVerb = main !== null || relative;
    // ("The National Shooting Sports Foundation, which represents …, attributes what it calls “…”": "it" in a relative
    // clause is the subject's when that is a body)
    if (g === 'neuter') {
      const body = !relative ? undefined : subject?.kind === 'name' ? subject.text : OPENING_NAME.exec(sentence)?.slice(1).find(Boolean);
      return body && looksLikeOrganisation(body) ? (this.registry.find(body) ?? this.registry.register(body, { kind: 'organisation' })) : undefined;
    }
    if ((g !== 'male' && g !== 'female') || subject?.kind !== 'name' || !(anyVerb || SPEECH_VERB_EN.test(subject.verb)) || looksLikeOrganisation(subject.text)) return undefined;
    const e = this.registry.find(subject.text) ?? this.registry.register(subject.text, { kind: 'person', title: subject.title });
    return e.kind === 'person' && heOrSheFits(e, g) ? e : undefined;
  }

  /**
   * "He lambasted the deal made by Ann Lee, who he noted was “…”": a "he" or "she" that opens its sentence is none of
   * the people the sentence names after it; the one most recent who fits, of the others.
   */
  private notNamedAfter(sentence: string, pronoun: string): Entity | undefined {
    const g = PRONOUNS[pronoun.toLowerCase()];
    if ((g !== 'male' && g !== 'female') || !opensWithPronoun(sentence, pronoun)) return undefined;
    const named = this.registry.all().filter((e) => namedWithin(e, sentence));
    return named.length > 0 ? this.registry.resolvePronoun(g, new Set(named.map((e) => e.key))) : undefined;
  }

  /** A person `pronoun` ("he", "she") stands for is of that gender from now on: "She added" makes a later "he" someone else. */
  private called(e: Entity | undefined, pronoun: string): Entity | undefined {
    const g = PRONOUNS[pronoun.toLowerCase()];
    if (e && e.kind === 'person' && e.gender === undefined && (g === 'male' || g === 'female')) e.gender = g;
    return e;
  }

  /** Finds the entity a phrase names: a pronoun, a description or a name. */
  resolve(p: Phrase, u: Unit, s?: QuoteSpan): Entity | undefined {
    // "The lyrics insisted that …", "Tweet No6 explained …": written or sung words speak for whoever spoke last
    const author = WORDS_OF_SOMEONE.test(p.text) ? this.lastPersonWhoSpoke() : undefined;
    if (author) return author;
    const writer = p.kind === 'description' ? this.writer(p.text, u, s) : undefined;
    if (writer) return writer;
    if (!plausibleSpeaker(p)) return undefined;
    if (p.kind === 'pronoun') {
      const g = PRONOUNS[p.text.toLowerCase()];
      if (g === 'first') return p.text.toLowerCase() === 'we' || p.text.toLowerCase() === 'nous' ? undefined : this.registry.narrator();
      // (a person once called "he" is not "she" later)
      return this.called(g ? this.registry.resolvePronoun(g) : undefined, p.text);
    }
    // "tweeted one resident. … tweeted another": another of the kind last introduced with "one" or "a"
    if (p.kind === 'description' && /^another$/i.test(p.text)) {
      const kind = [...this.registry.all()].reverse().map((e) => /^(?:one|a|an)\s+(\p{Ll}[\p{Ll}-]+)$/u.exec(e.names[0] ?? '')?.[1]).find(Boolean);
      p = { kind: 'description', text: kind ? `another ${kind}` : 'another' };
    }
    if (p.kind === 'description' && /^(?:a|an|one|un|une|another)(?:\s|$)/i.test(p.text)) {
      // an indefinite description introduces someone new
      const e = this.registry.register(p.text, { fresh: true, salient: true });
      if (e.kind === 'unknown' && PERSON_NOUNS.test(headOf(p.text))) e.kind = 'person';
      return e;
    }
    if (p.kind === 'description') {
      const known = this.registry.find(p.text);
      if (known) return this.registry.alias(known, p.text);
      const head = p.text.replace(/^(?:the|his|her|my|their|la|le)\s+/i, '').split(/\s+(?:of|de|du|des|by|from|at|on|in)\s+/)[0]!.split(/\s+/).pop()!.replace(/[.,]$/u, '');
      const other = /^my\s/i.test(p.text) ? this.lastPersonWhoSpoke() : undefined;
      if (other) return this.registry.alias(other, p.text);
      const partyRole = PARTY_ROLE.test(p.text);
      if (/^the\s/i.test(p.text) && (/^\p{Lu}/u.test(head) || PERSON_NOUNS.test(head) || (EPITHET.test(p.text) && PROFESSION.test(head)) || partyRole || AGE.test(descriptionHead(p.text))) && s) {
        const prev = this.turns.get(u.index - 1) ?? this.turns.get(u.index);
        const turn = prev !== undefined ? this.registry.get(prev) : undefined;
        const speaking = turn && turn.kind === 'person' && !turn.narrator ? turn : undefined;
        // "the 51-year-old actor", "said the Scot": someone of an age or a country is someone named, the last named
        // (and so is someone of a club or a place: "said the Tottenham striker", "the former Leeds manager")
        // ("The Republican candidate": one who has spoken, not whoever was named last, a host or a rival)
        const byKind = /\b\d+-year-old\b/u.test(p.text) || DEMONYMS.test(head) || EPITHET.test(p.text) || (PROFESSION.test(head) && !/\s(?:of|for|at)\s/u.test(p.text));
        const named = partyRole ? this.lastPersonWhoSpoke() : byKind ? this.registry.lastNamedPerson() : undefined;
        const e = named && (!speaking || named.lastSeen > speaking.lastSeen) ? named : speaking;
        if (e) return this.registry.alias(e, p.text);
      }
      // ("the England coach added that …" in narration: an epithet no one was given is not someone new)
      if (!s && EPITHET.test(p.text)) return undefined;
    }
    const e = this.registry.register(p.text, { title: p.title, fresh: this.anotherOfTheName(p) });
    if (p.kind === 'description' && e.kind === 'unknown' && PERSON_NOUNS.test(p.text.split(/\s+/).pop() ?? '')) e.kind = 'person';
    return e;
  }

  /** Narration: people introduced with an apposition, known names mentioned, reports of speech. Returns the last reporter's key. */
  private narration(u: Unit, base: number, text: string, followsQuote: boolean, leadsIntoQuote: boolean): number | undefined {
    const starts = sentenceStarts(text);
    // The names of each sentence are noted as it is read: "She said …" or "The 14-year-old said …" is not
    // someone named further on. (Then the reporters are seen again, in order: the last of them is the one
    // a later "he" or "she" means before anyone merely named.)
    const reporters: Entity[] = [];
    let noted = 0;
    const note = (upTo: number): void => {
      if (upTo > noted) noteNames(this.registry, text.slice(noted, upTo), u.text);
      noted = Math.max(noted, upTo);
    };
    starts.forEach((st, i) => {
      const end = starts[i + 1] ?? text.length;
      if (i === 0 && followsQuote) return note(end);
      const sentence = text.slice(st, end).trim();
      if ((i === starts.length - 1 && leadsIntoQuote && !/[.!?]$/u.test(sentence)) || sentence.length < 12) return note(end);
      const report = indirectReport(sentence, u.lang || this.sourceLang);
      if (report?.phrase.kind === 'name') note(end);
      const e = report ? this.resolve(report.phrase, u) : undefined;
      note(end);
      if (!report || !e) return;
      const target = this.registry.resolve(e);
      target.spoke = true;
      this.registry.touch(target);
      this.otherSpeaker(target.key, 'indirect');
      this.lastSpeech = { speaker: target.key, unit: this.paragraphs, at: target.lastSeen };
      reporters.push(target);
      const position = spanAt(u.inlines, base + st, base + st + sentence.length);
      const evidence: Evidence = { rule: 'indirect', text: sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence, position };
      if (target.evidence.length < 5) target.evidence.push(evidence);
      this.indirect.push({ speaker: target.key, quotation: { id: `r${++this.indirectCount}`, kind: 'indirect', text: report.text, evidence, position } });
    });
    note(text.length);
    for (const r of reporters) this.registry.touch(r);
    const reporter = reporters[reporters.length - 1];
    if (reporter && this.lastSpeech?.speaker === reporter.key) this.lastSpeech.at = reporter.lastSeen;
    return reporter?.key;
  }

  /** Whether two speakers or more took turns in the last units before `u` (the reach of turn-taking, loneTurn). */
  private twoVoices(u: Unit): boolean {
    const recent = this.history.filter((t) => t.unit >= u.index - TURN_REACH).map((t) => this.registry.resolve(this.registry.get(t.speaker)).key);
    return new Set(recent).size >= 2;
  }

  /** `the soldier … called “Polyak”`: the term names a person who may speak later. */
  private namedByTerm(s: QuoteSpan, before: string): void {
    const content = s.unit.text.slice(s.contentStart, s.contentEnd).trim();
    if (!STRONG_NAMING.test(before) || !/^[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,2}$/u.test(content)) return;
    const sentence = before.slice(sentenceStarts(before).pop());
    if (!sentence.split(/[\s,]+/).some((w) => PERSON_NOUNS.test(w))) return;
    const e = this.registry.register(content, { kind: 'person', salient: true });
    e.gender ??= genderOf(sentence);
  }
}

/** `text` (the start of `u`'s text) with the marks of the terms quoted in it read as spaces, its length kept. */
function unmarkedTerms(u: Unit, text: string): string {
  let t = text;
  for (const x of u.spans) {
    if (x.depth !== 0 || x.kind !== 'term' || x.end > text.length) continue;
    t = `${t.slice(0, x.start)}${' '.repeat(x.contentStart - x.start)}${t.slice(x.contentStart, x.contentEnd)}${' '.repeat(x.end - x.contentEnd)}${t.slice(x.end)}`;
  }
  return t;
}
