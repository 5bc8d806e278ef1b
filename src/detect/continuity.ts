/**
 * When no rule of a quotation's sentence or paragraph names its speaker: in
 * fiction-like dialogue the two most recent speakers take turns; in news a
 * run of quotations with no new attribution goes on with the last speaker
 * (AP style attributes once, then lets the quotations run), as long as no
 * other person has been named since.
 */
import type { QuoteSpan, Unit } from './quotes.js';
import { PRONOUNS, SPEECH_VERB_EN as SPEECH_VERB } from './lexicon.js';
import { plausibleSpeaker, readPhrase } from './names.js';
import type { Entity, SpeakerRegistry } from './speakers.js';
import { FUNCTION_CAPS } from './nouns.js';

/** Who spoke (directly or in reported speech) last: the entity, its unit, and the registry's clock just after. */
export interface LastSpeech {
  speaker: number;
  unit: number;
  at: number;
}

/** Words that read as a sentence of speech, not a title ("Playing With Fire.") or a fragment: four words or more, some in lower case. */
function sentenceLike(content: string): boolean {
  const words = content.trim().split(/\s+/u);
  return words.length >= 4 && words.slice(1).some((w) => /^\p{Ll}{3,}/u.test(w));
}

/**
 * How many paragraphs (not headings or captions) back the last speaker's attributed quotation may be and
 * still go on speaking: a run that goes on does not carry the reach with it (a list of teasers at the foot
 * of a page is not the speaker's, however many quotations it holds).
 */
const REACH = 8;

/** The full names ("Ann Lee", two capitalised words) in a stretch of text. */
const fullNames = (text: string): string[] => text.match(/[\p{Lu}][\p{Ll}’'-]+\s+[\p{Lu}][\p{Ll}’'-]+/gu) ?? [];

/** Whether a name is one the registry knows as this speaker. */
function isSpeaker(registry: SpeakerRegistry, name: string, speaker: Entity): boolean {
  const e = registry.find(name);
  return e !== undefined && registry.resolve(e) === speaker;
}

/**
 * The last speaker, when every person mentioned since is that speaker:
 * bodies, pronouns and page furniture do not interrupt the run, another
 * person named (even in passing) does.
 */
export function continuing(registry: SpeakerRegistry, last: LastSpeech | undefined, unit: number, content: string, rest: string, sentence: string): number | undefined {
  if (!last || unit - last.unit > REACH || !sentenceLike(content)) return undefined;
  // "The dozen, boasting …, said Australia “…”": a sentence with a reporter of its own, even one not read, is not the run
  if (SPEECH_VERB.test(sentence) && !/(?:^|\s)(?:he|she|they)\s/iu.test(sentence)) return undefined;
  const speaker = registry.resolve(registry.get(last.speaker));
  // "“…?” - Tory MP Ann Lee clashes with …": a full name later in the paragraph may be the speaker; after a quotation
  // that opens its sentence, only one in the next sentence, and not when it is this speaker's ("“…” Mr Kennedy also …")
  const opens = sentence.trim() === '';
  // ("“…” A South Wales Police spokeswoman confirmed …": capitals after "a" or "the" name a body, not a person)
  // (and only near its start, where its subject is: "“…” Victory over England … in this year's Six Nations." names no speaker)
  const after = opens
    ? (rest.trimStart().split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '').split(/\s+/u).slice(0, 6).join(' ').replace(/(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\p{Lu}][\p{L}’'-]+\s+)+/gu, ' ')
    : rest;
  if (fullNames(after).some((n) => !opens || !isSpeaker(registry, n, speaker))) return undefined;
  if (speaker.narrator) return undefined;
  const interrupted = registry.all().some((e) => e.lastSeen > last.at && e.names.length > 0 && !e.narrator && e.kind !== 'organisation' && registry.resolve(e) !== speaker);
  return interrupted ? undefined : speaker.key;
}

/** How many units back the speaker before the last one may have spoken and still take the next turn in dialogue. */
export const TURN_REACH = 8;

/**
 * A quotation alone in its paragraph, in dialogue: the speaker before the
 * last one answers (turn-taking); outside dialogue, the last speaker goes on
 * when only photo captions (`asides`) stand in between.
 */
export function loneTurn(history: readonly { unit: number; speaker: number }[], u: Unit, s: QuoteSpan, after: string, dialogue: boolean, asides: ReadonlySet<number>): { speaker: number; rule: string } | undefined {
  const alone = u.text.slice(0, s.start).trim() === '' && after.replace(/[\s.,;:!?—–-]/gu, '') === '';
  const last = history[history.length - 1];
  if (!alone || !last || last.unit < u.index - 6) return undefined;
  const other = dialogue ? [...history].reverse().find((t) => t.speaker !== last.speaker && t.unit >= last.unit - TURN_REACH) : undefined;
  if (other) return { speaker: other.speaker, rule: 'turn-taking' };
  const between = Array.from({ length: u.index - last.unit - 1 }, (_, k) => last.unit + 1 + k);
  return between.every((k) => asides.has(k)) ? { speaker: last.speaker, rule: 'previous-speaker' } : undefined;
}

/**
 * A photo caption pasted into the text as a paragraph, known by the credit
 * that ends it: "… with a well-wisher. (Photo: Ann Lee/Agency)", "(AP Photo/…)",
 * "(Getty Images)", "… in the rain. Picture: Ann Lee".
 */
export function creditedCaption(text: string): boolean {
  const t = text.trim();
  if (/\((?:[\p{Lu}][\p{L}.]*\s+)?(?:Photo|Photograph|Picture|Pic|Image|Credit|Foto)s?\b[^()]{0,80}\)$/u.test(t)) return true;
  if (/\((?:[^()]{0,60}\/\s*)?(?:Getty Images|Reuters|AFP|AP|PA|EPA|Shutterstock)\)$/u.test(t)) return true;
  return /(?:^|[.!?"”]\s+)(?:Photo|Photograph|Picture|Pic|Image)s?\s*:\s*[^.!?:]{1,60}$/u.test(t) && t.length < 400;
}

/** "My dear Fortunato, …" / "Come up, Kinch!": the one addressed is likely to answer. */
export function vocatives(registry: SpeakerRegistry, content: string): void {
  let start = /^(?:(?:[Mm]y|[Oo]h|O)\s+(?:dear\s+)?)?((?:Mr\.|Mrs\.|Miss|Dr\.)?\s*[\p{Lu}][\p{L}’'-]+)\s*,/u.exec(content.trim());
  const end = /,\s*((?:Mr\.|Mrs\.|Miss|Dr\.)?\s*[\p{Lu}][\p{L}’'-]+)\s*[!?.]$/u.exec(content.trim());
  if (start && content.trim().length - start[0].length < 3) start = null; // "Drink," is a word, not someone addressed
  // ("Trust, plain-speaking and straightforwardness are …": the first of a list of nouns, not someone addressed)
  if (start && /^\s*[\p{Ll}][\p{L}’'-]*(?:,\s+[\p{Ll}][\p{L}’'-]*)*,?\s+and\s+(?:[\p{Ll}][\p{L}’'-]*\s+){1,2}(?:are|is|were|was|have|has|matter|matters)\b/u.test(content.trim().slice(start[0].length))) start = null;
  // ("Gamers, especially those on PCs, are …": words that go on with the noun, not a sentence said to someone)
  if (start && /^\s*(?:especially|particularly|notably|including|like|such|who|whose|which|as\s+well\s+as|along\s+with|together\s+with)\b/u.test(content.trim().slice(start[0].length))) start = null;
  // ("… are “Latino, non-Latino, Mexican, non-Mexican, Caucasian.”": the first or last of a list of short words, no one addressed)
  const parts = content.trim().replace(/[!?.]$/u, '').split(/,\s*/u);
  const listed = parts.length >= 4 && parts.every((p) => p.split(/\s+/u).length <= 3);
  for (const m of listed ? [] : [start, end]) {
    const name = m?.[1]?.trim();
    if (!name || /^(?:Yes|No|Oh|Well|Why|Come|Now|Then|And|But|So|God|Sir|Madam|Here|There|What|How|True|Good|Enough|Non|Oui|Mais|Alors|Bon|Eh|Ah|Hélas|Enfin|Bien|However|Indeed)$/i.test(name)) continue;
    // ("Obviously, I don't know …", "Frankly, …": a word that opens a sentence, no one addressed)
    // ("He, with his alternate right, …": a pronoun is no one addressed)
    if (/^(?:My|Oh|O)$/i.test(name) || FUNCTION_CAPS.has(name) || PRONOUNS[name.toLowerCase()] !== undefined || !plausibleSpeaker({ kind: 'name', text: name })) continue;
    registry.register(name, { kind: 'person', salient: true });
  }
}

/**
 * "“…,” said Ann Lee. [someone else named in passing] “…” … “…,” she added.": a quotation that no rule gave a
 * speaker, standing between two quotations of one speaker in the same or the next paragraph on each side, is
 * that speaker's (the run goes on through the interruption), with the evidence of the one before. Not in
 * dialogue, where speakers take turns. Runs after every unit is read.
 */
export function betweenQuotes(tops: readonly QuoteSpan[], registry: SpeakerRegistry, dialogue: boolean): void {
  if (dialogue) return; // in dialogue the speakers take turns
  const said = (s: QuoteSpan): boolean => s.kind === 'speech' && s.speaker !== undefined;
  // the nearest attributed quotation before and after each one, in one pass each way (before any is given here)
  const previous: (QuoteSpan | undefined)[] = [];
  const next: (QuoteSpan | undefined)[] = [];
  tops.forEach((s, i) => (previous[i] = i > 0 && said(tops[i - 1]!) ? tops[i - 1] : previous[i - 1]));
  for (let i = tops.length - 1; i >= 0; i--) next[i] = i + 1 < tops.length && said(tops[i + 1]!) ? tops[i + 1] : next[i + 1];
  const same = (a: number, b: number): boolean => registry.resolve(registry.get(a)) === registry.resolve(registry.get(b));
  tops.forEach((s, i) => {
    if (s.kind !== 'speech' || s.speaker !== undefined || s.chain[0] !== s || s.unit.kind !== 'paragraph') return;
    if (!sentenceLike(s.chain.map((p) => p.unit.text.slice(p.contentStart, p.contentEnd)).join(' '))) return;
    if (!/(?:^|[.!?…]["”’]?)\s*$/u.test(s.unit.text.slice(0, s.start))) return; // it opens a sentence: a phrase inside narration may be anyone's
    const end = s.chain[s.chain.length - 1]!;
    const before = previous[i];
    const after = next[Math.max(i, tops.indexOf(end))];
    if (!before || !after || s.unit.index - before.unit.index > 1 || after.unit.index - end.unit.index > 1 || !same(before.speaker!, after.speaker!)) return;
    const speaker = registry.resolve(registry.get(before.speaker!));
    // ("“…?” - Tory MP Ann Lee clashes with …": a full name after it in its sentence may be whose it is; a new sentence is not its)
    const tail = end.unit.text.slice(end.end);
    const rest = /^\s*\p{Lu}/u.test(tail) ? '' : (tail.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '');
    if (fullNames(rest).some((n) => !isSpeaker(registry, n, speaker))) return;
    for (const part of s.chain) {
      part.speaker = speaker.key;
      part.strength = 1;
      part.evidence = { rule: 'between-quotes', text: before.evidence?.text ?? '', position: before.evidence?.position };
    }
  });
}

/** Up to six words ending in a capitalised one (the name, with any role before it), then an apposition between commas. */
const NAMED_AS = String.raw`((?:[^,.;:!?"“”\s]+\s+){0,6}?\p{Lu}[\p{L}’'.-]*)(?:,[^;:!?"“”]{2,100}?,)?`;
/**
 * "“…” That quote from county commissioner Tom Reed appeared …", "“…” ¶ That was how Jeffrey Bewkes, the chief
 * executive, once described …": the sentence right after a quotation that no rule gave a speaker names whose words
 * they were, looking back at them.
 */
const NAMED_BACK = new RegExp(
  String.raw`^\s*(?:(?:That|This|Those|These)\s+(?:quote|quotation|remark|comment|line|words?)\s+(?:came\s+)?(?:from|by|of)\s+${NAMED_AS}\s+(?:\p{Ll}+ly\s+)?\p{Ll}+` +
    String.raw`|(?:That|This|Those|These)\s+(?:was|were|is|are)\s+how\s+${NAMED_AS}\s+(?:once\s+|later\s+|then\s+|has\s+|had\s+)?(?:described|put|summed|summarised|summarized|explained|characteri[sz]ed|said|wrote|told|recalled)\b)`,
  'u',
);

/** Gives each quotation with no speaker the one the sentence right after it names as looking back at its words. */
export function namedBack(units: readonly Unit[], tops: readonly QuoteSpan[], registry: SpeakerRegistry): void {
  for (const s of tops) {
    if (s.kind !== 'speech' || s.speaker !== undefined || s.chain[0] !== s) continue;
    const end = s.chain[s.chain.length - 1]!;
    const rest = end.unit.text.slice(end.end);
    // (right after it: in its paragraph, or opening the next one when the quotation ends its own)
    const next = units[end.unit.index + 1];
    const tail = rest.trim() !== '' ? rest : next?.kind === 'paragraph' && next.spans.length === 0 ? next.text : '';
    const m = NAMED_BACK.exec(tail);
    const phrase = m ? readPhrase((m[1] ?? m[2])!) : undefined;
    if (phrase?.kind !== 'name' || !plausibleSpeaker(phrase)) continue;
    const e = registry.resolve(registry.register(phrase.text, { kind: 'person', title: phrase.title, salient: true }));
    e.spoke = true;
    for (const part of s.chain) {
      part.speaker = e.key;
      part.strength = 2;
      part.evidence = { rule: 'verb-after', text: m![0].trim() };
    }
  }
}
