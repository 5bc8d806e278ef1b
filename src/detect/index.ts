/**
 * detect: Article (plain inlines) → Article with `quote` inlines, speaker
 * labels on block quotes, a speaker registry and a list of quotations.
 * Pure: no I/O, the input is not changed.
 */
import type { Article, Quotation, Span } from '../model/article.js';
import { DiagnosticBag, type Diagnostic } from '../model/diagnostics.js';
import { Attributor } from './attribution.js';
import { spanAt } from './inlines.js';
import { applyCorrections, applyPins } from './corrections.js';
import { applyQuotes, collectUnits, findQuotes, type QuoteSpan } from './quotes.js';
import { SpeakerRegistry } from './speakers.js';
import { betweenQuotes, namedBack } from './continuity.js';
import { headlineSpeakers, markTitle } from './headline.js';
import { attributeEchoes, attributeFragments, fragmentCases, type FragmentCase, type FragmentWeights } from './fragments.js';
import { FRAGMENT_WEIGHTS } from './fragment-weights.js';

export interface SpeakerCorrections {
  /** Speaker id or name → the name to show. */
  rename?: Record<string, string>;
  /** Groups of speaker ids or names that are one speaker. */
  merge?: string[][];
  /** Speaker id or name → voice id. */
  voices?: Record<string, string>;
  /** Give a quotation (by the start of its text, or its id) to a speaker (id or name). */
  pin?: { quote: string; speaker: string }[];
}

export interface DetectResult {
  article: Article;
  diagnostics: Diagnostic[];
}

/** For learning and measuring the model of unattributed quotations (bench/heldout/train-fragments.js). */
export interface DetectOptions {
  /** The model's weights; null leaves unattributed quotations as the rules left them. */
  fragmentWeights?: FragmentWeights | null;
  /** Sees the unattributed quotations and their candidates before the model decides. */
  onFragments?: (cases: FragmentCase[]) => void;
}

export function detect(input: Article, corrections: SpeakerCorrections = {}, options: DetectOptions = {}): DetectResult {
  const article = structuredClone(input);
  const diagnostics = new DiagnosticBag(article.sourceName);
  const lang = article.meta.lang || 'en';
  const units = collectUnits(article.blocks, lang);
  findQuotes(units, diagnostics);

  const registry = new SpeakerRegistry();
  // "Ann Lee: …" as the headline, "He added:" in the body: the headline's speaker is known before the body names anyone
  if (!article.meta.titleDerived) for (const name of headlineSpeakers(article.meta.title)) registry.register(name, { kind: 'person' });
  const attributor = new Attributor(registry, lang);
  const alone = units.filter((u) => {
    if (u.turn) return false; // a transcript turn is not a line of dialogue
    // a paragraph that goes on with the quotation of the one before is no new line of dialogue
    const top = u.spans.filter((x) => x.depth === 0);
    return top.length === 1 && !top[0]!.continued && u.text.slice(0, top[0]!.start).trim() === '' && u.text.slice(top[0]!.end).replace(/[\s.,;:!?]/gu, '') === '';
  }).length;
  attributor.dialogue = alone >= 3 && alone >= 0.2 * units.filter((u) => u.spans.length > 0).length;
  units.forEach((u, i) => attributor.unit(u, units[i - 1]));

  // a quotation over several blocks has one speaker: the best-attested one; but a transcript quoted as one, a turn to a
  // paragraph ("“WALLACE: … ¶ “PENCE: …"), keeps each turn's speaker, and a paragraph with no label goes on with the turn before
  const tops: QuoteSpan[] = units.flatMap((u) => u.spans.filter((s) => s.depth === 0));
  for (const s of tops) {
    if (s.chain.length < 2 || s.chain[0] !== s) continue;
    const best = s.chain.reduce((a, b) => (b.strength > a.strength ? b : a));
    const labelled = s.chain.filter((p) => p.evidence?.rule === 'interview-label');
    const turns = new Set(labelled.map((p) => p.speaker)).size > 1 && labelled[0] === s;
    let from = best;
    for (const part of s.chain) {
      if (turns && part.evidence?.rule === 'interview-label') from = part;
      part.kind = s.chain.some((p) => p.kind === 'speech') ? 'speech' : 'term';
      part.speaker = from.speaker;
      part.evidence = from.evidence;
      part.strength = from.strength;
    }
  }

  betweenQuotes(tops, registry, attributor.dialogue);
  namedBack(units, tops, registry);
  const weights = options.fragmentWeights === undefined ? FRAGMENT_WEIGHTS : options.fragmentWeights;
  // echoes, then the model learnt from news (fiction's dialogue keeps to its turn-taking rules)
  if (!attributor.dialogue) {
    attributeEchoes(tops, registry);
    if (weights || options.onFragments) {
      const cases = fragmentCases(units, tops, registry);
      options.onFragments?.(cases);
      if (weights) attributeFragments(cases, weights);
    }
  }

  applyPins(tops, corrections, registry, diagnostics);
  applyCorrections(registry, corrections, diagnostics);
  const { speakers, idOf } = registry.toSpeakers();
  const id = (key: number | undefined): string | undefined => (key === undefined ? undefined : idOf.get(key));
  applyQuotes(units, id);

  const quotations: Quotation[] = [];
  for (const s of tops) {
    if (s.kind !== 'speech' || s.chain[0] !== s) continue;
    const text = s.chain.map((p) => p.unit.text.slice(p.contentStart, p.contentEnd).trim()).join('\n');
    const q: Quotation = { id: s.quoteId, kind: 'direct', text };
    const speakerId = id(s.speaker);
    if (speakerId) q.speakerId = speakerId;
    if (s.evidence) q.evidence = s.evidence;
    const first = s.chain[0]!;
    const last = s.chain[s.chain.length - 1]!;
    const start = spanOf(first, first.start, first.start + 1);
    const end = spanOf(last, last.end - 1, last.end);
    if (start && end) q.position = { start: start.start, end: end.end };
    quotations.push(q);
    if (!speakerId) {
      diagnostics.warn('unattributed-quote', `no speaker found for the quotation “${shorten(text)}” (name one in a speaker file with "pin")`, start && end ? { start: start.start, end: end.end } : undefined);
    }
  }
  for (const r of attributor.indirect) {
    const speakerId = id(r.speaker);
    quotations.push(speakerId ? { ...r.quotation, speakerId } : r.quotation);
  }
  quotations.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));

  // block quotes: the speaker of what they quote when it is one speaker, else the one a lead-in or signature names
  let blockQuotes = 0;
  for (const u of units) {
    const bq = u.blockquote;
    if (!bq || units.find((x) => x.blockquote === bq) !== u) continue;
    const inside = units.filter((x) => x.blockquote === bq);
    const ids = new Set(inside.flatMap((x) => x.spans.filter((s) => s.depth === 0 && s.kind === 'speech').map((s) => id(s.speaker))));
    const only = [...ids][0];
    const named = attributor.blockQuoteSpeakers.get(bq);
    if (ids.size === 1 && only) bq.speakerId = only;
    else if (ids.size === 0 && named) {
      const speakerId = id(named.speaker);
      if (speakerId) bq.speakerId = speakerId;
      const first = spanAt(inside[0]!.inlines, 0, 1);
      const q: Quotation = { id: `b${++blockQuotes}`, kind: 'direct', text: inside.map((x) => x.text.trim()).join('\n'), evidence: named.evidence };
      if (speakerId) q.speakerId = speakerId;
      if (bq.position ?? first) q.position = bq.position ?? { start: first!.start, end: first!.end };
      quotations.push(q);
    }
  }
  quotations.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));

  markTitle(article, lang);
  article.speakers = speakers;
  article.quotations = quotations;
  return { article, diagnostics: diagnostics.items };
}

function spanOf(s: QuoteSpan, from: number, to: number): Span | undefined {
  return spanAt(s.unit.inlines, from, to);
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 47)}…` : one;
}

export { parseSpeakerCorrections } from './sidecar.js';
