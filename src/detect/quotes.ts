/**
 * Quotations over a whole article: the text units (paragraphs, headings,
 * captions, list items, cells), the quotations in each, quotations that run
 * on into the next block, interview answers, and writing `quote` nodes back.
 */
import type { Block, BlockQuoteBlock, Evidence, Inline, QuoteInline } from '../model/article.js';
import type { DiagnosticBag } from '../model/diagnostics.js';
import { flatText, spanAt, wrapRegions, type WrapRegion } from './inlines.js';
import { dialogueDashSpans, opensWithDash, scanMarks, strayCloser, type MarkSpan } from './marks.js';
import { wordRegExp } from './lexicon.js';
import { pullQuoteSignature } from './signature.js';

export interface Unit {
  index: number;
  inlines: Inline[];
  text: string;
  lang: string;
  kind: Block['type'] | 'cell';
  /** The blocks array holding this unit's outermost block, and its place there (lists: the list). */
  container: Block[];
  at: number;
  list?: Block;
  blockquote?: BlockQuoteBlock;
  write: (inlines: Inline[]) => void;
  /** Interview label ("Richman" in `**Richman:** Yes, …`), or the speaker of the transcript turn this unit belongs to. */
  label?: string;
  /** The unit is part of a transcript turn: all its words are the label's speaker's (no label inside it). */
  turn?: boolean;
  /** The unit is nothing but a label (`**Jerod Santo:**`): it opens a turn (or, for `Break:`, only ends one). */
  labelOnly?: boolean;
  /** A pull quote's signature: the paragraph's words (up to its markless span's end) are this person's. */
  signature?: { name: string; title?: string };
  spans: QuoteSpan[];
}

export interface QuoteSpan extends MarkSpan {
  unit: Unit;
  quoteId: string;
  depth: number;
  continued: boolean;
  continues: boolean;
  kind: 'speech' | 'term';
  /** Entity key in the registry. */
  speaker?: number;
  evidence?: Evidence;
  strength: number;
  /** A term by the form and place of a title (terms.ts, namedTitle): no one's words, whatever else the sentence says. */
  settled?: boolean;
  /** All parts of a quotation running over several blocks (shared array). */
  chain: QuoteSpan[];
}

/** Walks the (already copied) blocks and lists every run of inline text, in reading order. */
export function collectUnits(blocks: Block[], lang: string): Unit[] {
  const units: Unit[] = [];
  const visit = (container: Block[], at: number, block: Block, top: { container: Block[]; at: number; list?: Block; bq?: BlockQuoteBlock }): void => {
    const add = (inlines: Inline[], kind: Unit['kind'], write: (x: Inline[]) => void, blockLang?: string): void => {
      units.push({
        index: units.length, inlines, text: flatText(inlines), lang: blockLang ?? lang, kind,
        container: top.container, at: top.at, list: top.list, blockquote: top.bq, write, spans: [],
      });
    };
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        add(block.children, block.type, (x) => (block.children = x), block.lang);
        break;
      case 'caption':
        add(block.children, 'caption', (x) => (block.children = x));
        break;
      case 'list':
        for (const item of block.children) item.children.forEach((b, i) => visit(item.children, i, b, { ...top, list: top.list ?? block }));
        break;
      case 'blockquote':
        block.children.forEach((b, i) => visit(block.children, i, b, { ...top, bq: top.bq ?? block }));
        break;
      case 'table':
        for (const row of block.rows) row.forEach((cell, c) => add(cell, 'cell', (x) => (row[c] = x)));
        break;
      default:
        break;
    }
  };
  blocks.forEach((b, i) => visit(blocks, i, b, { container: blocks, at: i }));
  return units;
}

// ("“WALLACE: Let's start …": a transcript quoted a turn to a paragraph, each opening with the mark)
const LABEL = /^\s*["“]?([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})\s*:\s+(?=\S)/u;
/** Words before a colon that are no speaker: page furniture, and the numbers and names of questions ("Two: …", "Question 3: …"). */
const NOT_LABELS =
  /^(?:note|update|photo|image|source|video|audio|caption|credit|warning|related|see also|editor|step|tip|q|a|summary|update \d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|question(?: \d+)?|answer|q\d+|a\d+)$/i;
/** Labels in a transcript that mark a part of the show, not a speaker: they end a turn and start none. */
export const SEGMENT_LABELS = /^(?:break|ad|ads|advert|advertisement|sponsor|sponsors|sponsored|intro|introduction|outro|music|interlude|transition|theme|pause|silence|applause|laughter|crosstalk|inaudible|end|start|transcript|chapter|part|segment|cold open|teaser|credits|recap|(?:ad|mid-roll|pre-roll|post-roll) break|commercial(?: break)?)$/i;
const ONLY_LABEL = /^\s*([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}\d][\p{L}\d’'.-]*){0,3})\s*:\s*$/u;

/** Interview labels: `**Name:**` at a paragraph's start, or the same plain `Name:` form in three or more paragraphs; and transcript turns. */
export function findLabels(units: Unit[]): void {
  findTurns(units);
  const plain: { unit: Unit; name: string }[] = [];
  units.forEach((u, i) => {
    if (u.kind !== 'paragraph' || u.list || u.turn || u.labelOnly) return;
    const m = LABEL.exec(u.text);
    if (!m || NOT_LABELS.test(m[1]!) || isNameList(u.text.slice(m[0].length))) return;
    const first = u.inlines[0];
    if (first?.type === 'emphasis' && first.strong && /:\s*$/u.test(flatText(first.children))) u.label = m[1]!;
    else if (!subheading(m[1]!, u.text.slice(m[0].length), units[i + 1])) plain.push({ unit: u, name: m[1]! });
  });
  // the fields of a fact sheet are no speakers: "KNOWN FOR: …" (no name ends with "for"), "STATE: New Jersey" (never a sentence)
  const saidSentences = new Set(plain.filter((p) => SENTENCE_END.test(p.unit.text)).map((p) => p.name));
  const speakers = plain.filter((p) => !FIELD_END.test(p.name) && saidSentences.has(p.name));
  if (speakers.length >= 3) for (const p of speakers) p.unit.label = p.name;
}

const FIELD_END = /\s(?:for|of|in|to|by|with|at|on|from|the|and|or)$/iu;

/**
 * "Sanders: Win in a walk." over a paragraph that goes on about Sanders ("Vermont Sen. Bernie Sanders has led …"): a
 * subheading of a guide, a name and a few words that head the paragraph about that person, not an answer.
 */
function subheading(name: string, rest: string, next: Unit | undefined): boolean {
  if (rest.trim().split(/\s+/u).length > 6 || next?.kind !== 'paragraph' || LABEL.test(next.text)) return false;
  return name.split(/\s+/u).some((w) => w.length > 2 && wordRegExp(w).test(next.text));
}

const SENTENCE_END = /[.!?…]["”’»)]*\s*$/u;

/** "Lewsey; Sackey, Tait, Corry (capt), Moody": a line-up or list of names after a label is no one's answer. */
export function isNameList(text: string): boolean {
  const bare = text.replace(/\([^)]*\)/gu, ' ');
  const items = bare.split(/[,;]/u).map((x) => x.trim().replace(/[.]$/u, '')).filter(Boolean);
  return items.length >= 4 && items.every((x) => /^(?:[\p{Lu}][\p{L}’'.-]*|\d+)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|\d+))*$/u.test(x));
}

/**
 * Transcript turns: a paragraph that is nothing but a label (`**Jerod Santo:**`,
 * or the plain `Name:` form when it comes twice or more) gives the paragraphs
 * and list items after it to that speaker, up to the next label-only
 * paragraph, heading or thematic break. A label naming a part of the show
 * (`Break:`, `Music:`) ends the turn and starts none. Block quotations inside
 * a turn keep their own speakers.
 */
function findTurns(units: Unit[]): void {
  const labels = units.map((u) => {
    if (u.kind !== 'paragraph' || u.list || u.blockquote) return undefined;
    const m = ONLY_LABEL.exec(u.text);
    if (!m || NOT_LABELS.test(m[1]!)) return undefined;
    const first = u.inlines.find((x) => !(x.type === 'text' && x.value.trim() === ''));
    return { name: m[1]!, strong: first?.type === 'emphasis' && first.strong };
  });
  const plainNames = labels.filter((l) => l && !l.strong).map((l) => l!.name.toLowerCase());
  let speaker: string | undefined;
  let last: Unit | undefined;
  units.forEach((u, i) => {
    const label = labels[i];
    if (label && (label.strong || plainNames.filter((n) => n === label.name.toLowerCase()).length >= 2)) {
      u.labelOnly = true;
      speaker = SEGMENT_LABELS.test(label.name) ? undefined : label.name;
      last = u;
      return;
    }
    if (!speaker || !last) return;
    if (u.kind === 'heading' || u.container !== last.container || brokenBetween(u.container, last.at, u.at)) {
      speaker = undefined;
      return;
    }
    if (u.blockquote || u.kind === 'cell') return;
    u.label = speaker;
    u.turn = true;
    last = u;
  });
}

/** A heading or thematic break among the blocks between two places in a container. */
export function brokenBetween(container: Block[], from: number, to: number): boolean {
  return container.slice(from + 1, to).some((b) => b.type === 'heading' || b.type === 'thematicBreak');
}

function nest(spans: MarkSpan[]): { span: MarkSpan; depth: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { span: MarkSpan; depth: number }[] = [];
  const stack: MarkSpan[] = [];
  for (const s of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= s.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && (s.end > top.end || s.start < top.contentStart || s.end > top.contentEnd)) continue; // crossing: not a quotation
    out.push({ span: s, depth: stack.length });
    stack.push(s);
  }
  return out;
}

const family = (mark: string): string => ('“”„"'.includes(mark) ? '"' : '‘’\''.includes(mark) ? "'" : '«»'.includes(mark) ? '«' : '‹›'.includes(mark) ? '‹' : mark);

/** A list item's closing: a semicolon, with the full stop or "and"/"or" some writers put after it. */
const ITEM_END = /;\s*(?:\.|and|or)?\s*$/u;

/**
 * Paragraphs opened by a dash that are the items of a list, not lines of dialogue: a run of them after a paragraph
 * that ends with a colon, most of them (all but the last counted) closed by a semicolon ("The evidence is:" /
 * "— Nine months of …;" / "— His never backing down …;"); or all of them, when two or more quote in double marks.
 */
function dashListItems(units: readonly Unit[]): Set<Unit> {
  const items = new Set<Unit>();
  const dashed = (u: Unit | undefined): boolean => u?.kind === 'paragraph' && !u.list && opensWithDash(u.text);
  for (let i = 1; i < units.length; i++) {
    const before = units[i - 1]!;
    if (!dashed(units[i]) || dashed(before) || before.kind !== 'paragraph' || !/:\s*$/u.test(before.text)) continue;
    let j = i;
    while (dashed(units[j])) j++;
    const run = units.slice(i, j);
    const closed = run.slice(0, -1).filter((u) => ITEM_END.test(u.text)).length;
    if (run.length >= 2 && closed * 2 > run.length - 1) run.forEach((u) => items.add(u));
  }
  // ("-- Investigators “directly linked” Rahami to …": news set out in dashed points quotes in marks inside them, two
  // or more times; a line of dialogue quotes with its dash alone)
  const points = units.filter(dashed);
  if (points.filter((u) => QUOTED_IN_MARKS.test(u.text)).length >= 2) points.forEach((u) => items.add(u));
  return items;
}

/** A quotation in double marks. */
const QUOTED_IN_MARKS = /[“"][^“”"\n]{1,400}[”"]/u;

/** Finds every quotation, links those that run over blocks, and numbers them. */
export function findQuotes(units: Unit[], diagnostics: DiagnosticBag): void {
  findLabels(units);
  const listed = dashListItems(units);
  let pendingList: { label: string; chain: QuoteSpan[]; list?: Block; unit: Unit } | undefined;
  let open: QuoteSpan | undefined; // the previous block's quotation, left open at its end
  let turnOpen: QuoteSpan | undefined; // the last part of the transcript turn under way
  for (const u of units) {
    const found: MarkSpan[] = u.kind === 'cell' ? [] : scanMarks(u.text, u.lang);
    const lead = u.text.length - u.text.replace(/^\s+/u, '').length;
    const end = u.text.replace(/\s+$/u, '').length;
    let carried: MarkSpan | undefined;
    if (u.turn) {
      found.push({ start: lead, contentStart: lead, contentEnd: end, end, open: '', close: '', closed: true, markless: true });
    } else if (u.label) {
      const start = LABEL.exec(u.text)![0].length;
      found.push({ start, contentStart: start, contentEnd: end, end, open: '', close: '', closed: true, markless: true });
    } else if (pendingList && u.list && (u.list === pendingList.list || (u.container === pendingList.unit.container && u.at === pendingList.unit.at + 1))) {
      found.push({ start: lead, contentStart: lead, contentEnd: end, end, open: '', close: '', closed: true, markless: true });
    } else {
      const stray = open ? strayCloser(u.text, u.lang) : undefined;
      if (open && stray && family(stray.mark) === family(open.open)) {
        // the quotation goes on without repeating its opening mark and closes here
        carried = { start: lead, contentStart: lead, contentEnd: stray.at, end: stray.at + 1, open: '', close: stray.mark, closed: true };
        found.push(carried);
      } else if (u.kind === 'paragraph') {
        if (!listed.has(u)) found.push(...dialogueDashSpans(u.text, u.lang));
        const signed = !found.some((x) => x.markless) && !u.list && !u.blockquote ? pullQuoteSignature(u.text) : undefined;
        if (signed) {
          const contentEnd = signed.contentEnd;
          found.push({ start: lead, contentStart: lead, contentEnd, end: contentEnd, open: '', close: '', closed: true, markless: true });
          u.signature = { name: signed.name, ...(signed.title ? { title: signed.title } : {}) };
        }
      }
    }
    u.spans = nest(found).map(({ span, depth }) => ({
      ...span, unit: u, quoteId: '', depth, continued: false, continues: false, kind: 'speech', strength: 0, chain: [],
    }));
    for (const s of u.spans) s.chain = [s];

    const first = u.spans.find((s) => s.depth === 0);
    if (u.turn && first) {
      // a turn is one quotation over its blocks
      if (turnOpen) link(turnOpen, first);
      turnOpen = first;
    } else if (!u.blockquote) turnOpen = undefined; // a block quotation inside a turn does not end it
    if (open) {
      const repeats = first && first.start === lead && !first.markless && family(first.open) === family(open.open);
      if (first && (repeats || (carried && first.start === carried.start))) link(open, first);
      else {
        diagnostics.warn(
          'unclosed-quote',
          `a quotation opened with ${open.open} is never closed; it is taken to end with its paragraph (add the closing mark)`,
          spanAt(open.unit.inlines, open.start, open.start + 1),
        );
      }
    }
    const last = [...u.spans].reverse().find((s) => s.depth === 0);
    open = last && !last.closed && !last.markless ? last : undefined;

    // interview answers go on into a list right after them
    const top = u.spans.find((s) => s.depth === 0 && s.markless);
    if (u.turn) pendingList = undefined;
    else if (u.label && top) pendingList = { label: u.label, chain: top.chain, unit: u };
    else if (pendingList && u.list && top && !u.label) {
      const prev = pendingList.chain[pendingList.chain.length - 1]!;
      link(prev, top);
      pendingList.list = u.list;
      u.label = pendingList.label;
    } else pendingList = undefined;
  }
  if (open) {
    diagnostics.warn('unclosed-quote', `a quotation opened with ${open.open} is never closed; it is taken to end with its paragraph (add the closing mark)`, spanAt(open.unit.inlines, open.start, open.start + 1));
  }

  let n = 0;
  for (const u of units) {
    for (const s of u.spans) {
      if (s.quoteId) continue;
      const id = `q${++n}`;
      for (const part of s.chain) part.quoteId = id;
    }
  }
}

function link(prev: QuoteSpan, next: QuoteSpan): void {
  prev.continues = true;
  next.continued = true;
  prev.chain.push(next);
  next.chain = prev.chain;
}

/** Writes the quote nodes into each unit's inlines. */
export function applyQuotes(units: Unit[], idOf: (key: number | undefined) => string | undefined): void {
  for (const u of units) {
    if (u.spans.length === 0) continue;
    const region = (s: QuoteSpan, children: WrapRegion[]): WrapRegion => ({
      start: s.start, contentStart: s.contentStart, contentEnd: s.contentEnd, end: s.end, children,
      make: (kids, position): QuoteInline => {
        const q: QuoteInline = { type: 'quote', quoteId: s.quoteId, open: s.open, close: s.close, depth: s.depth, continued: s.continued, continues: s.continues, children: kids };
        if (s.depth === 0) q.kind = s.kind;
        const id = s.depth === 0 && s.kind === 'speech' ? idOf(s.speaker) : undefined;
        if (id) q.speakerId = id;
        if (position) q.position = position;
        return q;
      },
    });
    const build = (depth: number, from: number, to: number): WrapRegion[] =>
      u.spans
        .filter((s) => s.depth === depth && s.start >= from && s.end <= to)
        .map((s) => region(s, build(depth + 1, s.contentStart, s.contentEnd)));
    u.write(wrapRegions(u.inlines, build(0, 0, u.text.length)));
  }
}
