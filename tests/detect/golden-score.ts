/**
 * Scores detect's output against a hand-written expected file: quotation
 * precision/recall/F1, speaker accuracy, and the speakers detect listed that
 * the text gives no ground for (a clause subject taken for a reporter, an
 * exclamation taken for a name). A Markdown block quotation counts as one
 * quotation, spoken by its block's speaker.
 */
import type { Article, Block, Inline, Speaker } from '../../src/model/article.js';
import { fitsKey, looseSpeakerNames, normQuote, quoteKey, sameSpeakerNames } from './quote-matching.js';

export interface Expected {
  source: string;
  quotes: { text: string; speaker: string | null; kind?: 'term' }[];
  speakers: { name: string; kind: string; aliases: string[] }[];
}

export interface DetectedQuote {
  text: string;
  kind: 'speech' | 'term';
  speaker?: Speaker;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  matched: number;
  expected: number;
  detected: number;
  misses: string[];
  wrongSpeakers: string[];
  /** Quotations matched with the right speaker by the loose name match used up to round 156 (looseSpeakerNames), for comparison. */
  rightSpeakerLoose: number;
  /** Speakers in the registry that match none of the expected speakers (direct or indirect speech alike). */
  unsupportedSpeakers: string[];
  speakerCount: number;
}

/** The words of some inlines with the marks of nested quotations, as an expected key quotes them ("We say 'I like this'. …"). */
const flat = (xs: Inline[]): string =>
  xs.map((x) => (x.type === 'text' ? x.value : x.type === 'quote' ? x.open + flat(x.children) + x.close : 'children' in x ? flat(x.children) : ' ')).join('');

/** Depth-0 quotations in reading order, the parts of one running over blocks joined. */
export function detectedQuotes(article: Article): DetectedQuote[] {
  const byId = new Map<string, DetectedQuote>();
  const visitInlines = (xs: Inline[]): void => {
    for (const x of xs) {
      if (x.type === 'quote' && x.depth === 0) {
        const seen = byId.get(x.quoteId);
        if (seen) seen.text += ` ${flat(x.children)}`;
        else byId.set(x.quoteId, { text: flat(x.children), kind: x.kind ?? 'speech', speaker: article.speakers.find((s) => s.id === x.speakerId) });
      } else if ('children' in x) visitInlines(x.children);
    }
  };
  let blockQuotes = 0;
  const visit = (bs: Block[]): void => {
    for (const b of bs) {
      if (b.type === 'list') b.children.forEach((i) => visit(i.children));
      else if (b.type === 'blockquote') {
        const text = b.children.map((c) => ('children' in c && c.type !== 'list' && c.type !== 'blockquote' ? flat(c.children) : '')).filter(Boolean).join(' ');
        byId.set(`block-quote-${++blockQuotes}`, { text, kind: 'speech', speaker: article.speakers.find((s) => s.id === b.speakerId) });
        visit(b.children);
      }
      else if (b.type === 'table') b.rows.forEach((r) => r.forEach(visitInlines));
      else if ('children' in b) visitInlines(b.children);
    }
  };
  // the title's quotations first
  visitInlines(article.meta.titleInlines ?? []);
  visit(article.blocks);
  return [...byId.values()];
}

const sameSpeaker = (forms: string[], speaker: Speaker): boolean => sameSpeakerNames(forms, [speaker.name, ...speaker.aliases]);

export function score(article: Article, expected: Expected): Score {
  const found = detectedQuotes(article);
  const used = new Set<number>();
  let cursor = 0;
  let matched = 0;
  let rightSpeaker = 0;
  let rightSpeakerLoose = 0;
  const misses: string[] = [];
  const wrongSpeakers: string[] = [];
  for (const q of expected.quotes) {
    const key = quoteKey(q.text);
    const fits = (i: number): boolean => !used.has(i) && fitsKey(normQuote(found[i]!.text), key);
    let at = -1;
    for (let i = cursor; i < Math.min(found.length, cursor + 6) && at < 0; i++) if (fits(i)) at = i;
    for (let i = 0; i < found.length && at < 0; i++) if (fits(i)) at = i;
    if (at < 0) {
      misses.push(q.text);
      continue;
    }
    used.add(at);
    cursor = at + 1;
    matched++;
    const d = found[at]!;
    const forms = q.speaker === null ? [] : [q.speaker, ...(expected.speakers.find((s) => s.name === q.speaker)?.aliases ?? [])];
    const ok = q.speaker === null ? d.speaker === undefined : d.speaker !== undefined && sameSpeaker(forms, d.speaker);
    if (q.speaker === null ? d.speaker === undefined : d.speaker !== undefined && looseSpeakerNames(forms, [d.speaker.name, ...d.speaker.aliases])) rightSpeakerLoose++;
    if (ok) rightSpeaker++;
    else wrongSpeakers.push(`${q.text.slice(0, 30)}… expected ${q.speaker ?? 'none'}, got ${d.speaker?.name ?? 'none'}`);
  }
  const precision = found.length ? matched / found.length : 1;
  const recall = expected.quotes.length ? matched / expected.quotes.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const unsupportedSpeakers = article.speakers
    .filter((sp) => !expected.speakers.some((e) => sameSpeaker([e.name, ...e.aliases], sp)) && !(sp.name === 'Narrator' && expected.speakers.some((e) => e.aliases.includes('Narrator'))))
    .map((sp) => sp.name);
  return {
    precision, recall, f1, speakerAccuracy: matched ? rightSpeaker / matched : 0, matched, expected: expected.quotes.length, detected: found.length, misses, wrongSpeakers, rightSpeakerLoose,
    unsupportedSpeakers, speakerCount: article.speakers.length,
  };
}
