import type { Block, Inline, ListItem, Span } from '../model/article.js';
import { LineIndex } from './positions.js';
import { looksLikeDateLine, type FoundExtras, type FoundMeta } from './meta.js';
import { splitCaption } from './caption.js';

/** A run of non-blank lines, with where each line starts in the source. */
interface Chunk {
  lines: { text: string; offset: number }[];
  start: number;
  end: number;
}

const BULLET = /^\s*([•\-*–·▪●◦‣])\s+(?=\S)/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(?=\S)/;
const FINAL_PUNCTUATION = /[.!?,;:…"”’»)\]]$/u;

export interface ParsedBody {
  blocks: Block[];
  found: FoundMeta;
  extras?: FoundExtras;
}

/**
 * Plain text → blocks. Paragraphs are split on blank lines; lines of a
 * paragraph are joined (hard-wrapped books read as one paragraph); bullet
 * lines become a list; a short line without final punctuation between
 * paragraphs becomes a subheading; the first such line is the title.
 */
export function parsePlainText(text: string): ParsedBody {
  const index = new LineIndex(text);
  const chunks = splitChunks(text);
  const blocks: Block[] = [];
  const found: FoundMeta = {};

  chunks.forEach((chunk, i) => {
    const span = index.span(chunk.start, chunk.end);
    const first = chunk.lines[0]!.text.trim();

    if (i === 0 && (isHeadingChunk(chunk, true) || (chunks.length > 1 && isHeadlineSentence(chunk)))) {
      found.title = joinHeading(chunk);
      return;
    }
    if (blocks.length === 0 && found.title !== undefined && !found.date && chunk.lines.length === 1 && looksLikeDateLine(first)) {
      found.date = first;
      return;
    }
    if (BULLET.test(chunk.lines[0]!.text) || NUMBERED.test(chunk.lines[0]!.text)) {
      const list = parseList(chunk, index);
      const previous = blocks[blocks.length - 1];
      if (previous?.type === 'list' && previous.ordered === list.ordered && previous.marker === list.marker) {
        previous.children.push(...list.children);
        if (previous.position && list.position) previous.position = { start: previous.position.start, end: list.position.end };
      } else {
        blocks.push(list);
      }
      return;
    }
    if (/^\[Illustration\b/i.test(first)) {
      const inside = joinLines(chunk).replace(/^\[Illustration:?\s*/i, '').replace(/\]\s*$/, '').replace(/[·]/g, '').trim();
      blocks.push({ type: 'caption', children: inside ? [{ type: 'text', value: inside, position: span }] : [], imageAlt: inside || 'Illustration', position: span });
      return;
    }
    if (isHeadingChunk(chunk)) {
      blocks.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: joinHeading(chunk), position: span }], position: span });
      return;
    }
    const joined = joinLines(chunk);
    const caption = splitCaption(joined);
    if (caption) {
      blocks.push({ type: 'caption', children: textInlines(caption.text, span), credit: caption.credit, position: span });
      return;
    }
    blocks.push({ type: 'paragraph', children: textInlines(joined, span), position: span });
  });

  if (blocks.length === 0 && found.title !== undefined) {
    // A one-line file: that line is the article, not only its title.
    const line = found.title;
    const span = index.span(chunks[0]!.start, chunks[0]!.end);
    blocks.push({ type: 'paragraph', children: [{ type: 'text', value: line, position: span }], position: span });
    delete found.title;
  }
  return { blocks, found };
}

function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      current = undefined;
    } else {
      if (!current) {
        current = { lines: [], start: offset, end: offset };
        chunks.push(current);
      }
      current.lines.push({ text: line, offset });
      current.end = offset + line.length;
    }
    offset += line.length + 1;
  }
  return chunks;
}

function joinLines(chunk: Chunk): string {
  return chunk.lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/[ \t\u00a0]{2,}/g, ' ');
}

function isHeadingChunk(chunk: Chunk, opening = false): boolean {
  const lines = chunk.lines.map((l) => l.text.trim());
  if (lines.some((l) => !/[\p{L}\p{N}]/u.test(l))) return false;
  if (lines.length === 1) {
    const line = lines[0]!;
    // (a line that opens with a quote mark is dialogue, unless it is the first line: a headline may be a quotation,
    // “'I was only trying to amuse'”, or end with one, “Review of Glee, "The First Time"”; the marks themselves end nothing)
    if (/^["“„«‘'—–-]/u.test(line) && !/[—–-]$/u.test(line) && !(opening && /^["“„«‘']/u.test(line))) return false;
    const end = opening ? withoutClosingMarks(line) : line;
    if (headingLength(line) && !FINAL_PUNCTUATION.test(end)) return true;
  }
  // Book-style headings: "CHAPTER VII." + "A Mad Tea-Party", or "THE CASK OF AMONTILLADO."
  if (lines.length <= 3 && lines.every((l) => l.length <= 60)) {
    const head = lines[0]!;
    if (/^(chapter|part|book|section)\b/i.test(head)) return true;
    if (lines.length === 1 && head === head.toUpperCase() && /\p{Lu}{3}/u.test(head) && head.split(/\s+/).length <= 10) return true;
  }
  return false;
}

/** A line short enough for a heading: at most 100 characters and 14 words. */
const headingLength = (line: string): boolean => line.length <= 100 && line.split(/\s+/).length <= 14;

/**
 * A line short enough for a headline over the body: at most 160 characters and 24 words. News headlines run longer
 * than subheadings ("OK Gov Fallin: Trump Is ‘Trying To Campaign As A Racial Healer,’ ‘That Has Been Part of His
 * Message.’" has 17 words); an opening paragraph of one sentence rarely stays under 25.
 */
const headlineLength = (line: string): boolean => line.length <= 160 && line.split(/\s+/).length <= 24;

/** A line without the closing quote marks at its end, which end nothing ("Review of Glee, "The First Time""). */
const withoutClosingMarks = (line: string): string => line.replace(/["”’»]+$/u, '');

/**
 * A first line written as a headline with a full stop ("Mayor calls the plan ‘reckless.’"), as some archives print
 * them: one short line of one sentence, with the body after it.
 */
function isHeadlineSentence(chunk: Chunk): boolean {
  if (chunk.lines.length !== 1) return false;
  const line = chunk.lines[0]!.text.trim();
  const end = withoutClosingMarks(line);
  return headlineLength(line) && /[^.]\.$/u.test(end) && !FINAL_PUNCTUATION.test(end.slice(0, -1)) && !/[.!?]["”’»]?\s/u.test(end) && /[\p{L}]/u.test(line);
}

function joinHeading(chunk: Chunk): string {
  const lines = chunk.lines.map((l) => l.text.trim());
  return lines.reduce((acc, line) => (acc ? (FINAL_PUNCTUATION.test(acc) ? `${acc} ${line}` : `${acc}: ${line}`) : line), '');
}

function parseList(chunk: Chunk, index: LineIndex): Extract<Block, { type: 'list' }> {
  const items: ListItem[] = [];
  const ordered = !BULLET.test(chunk.lines[0]!.text);
  let marker: string | undefined;
  let start = 1;
  let item: { parts: string[]; from: number; to: number } | undefined;
  const flush = () => {
    if (!item) return;
    const span = index.span(item.from, item.to);
    const value = item.parts.join(' ');
    items.push({ type: 'listItem', children: [{ type: 'paragraph', children: textInlines(value, span), position: span }], position: span });
  };
  for (const line of chunk.lines) {
    const bullet = BULLET.exec(line.text);
    const number = bullet ? null : NUMBERED.exec(line.text);
    if (bullet || number) {
      flush();
      if (bullet && marker === undefined) marker = bullet[1];
      if (number && items.length === 0) start = Number(number[1]);
      const head = (bullet ?? number)![0].length;
      item = { parts: [line.text.slice(head).trim()], from: line.offset + head, to: line.offset + line.text.length };
    } else if (item) {
      item.parts.push(line.text.trim());
      item.to = line.offset + line.text.length;
    }
  }
  flush();
  return { type: 'list', ordered, start, marker, children: items, position: index.span(chunk.start, chunk.end) };
}

/** Text of a plain-text paragraph, with Gutenberg-style `_emphasis_` turned into emphasis. */
export function textInlines(value: string, position: Span): Inline[] {
  const inlines: Inline[] = [];
  const pattern = /(^|[^\p{L}\p{N}_])_([^_\n]+?)_(?=$|[^\p{L}\p{N}_])/gu;
  let last = 0;
  for (const m of value.matchAll(pattern)) {
    const at = m.index! + m[1]!.length;
    if (at > last) inlines.push({ type: 'text', value: value.slice(last, at), position });
    inlines.push({ type: 'emphasis', strong: false, children: [{ type: 'text', value: m[2]!, position }], position });
    last = at + m[2]!.length + 2;
  }
  if (last < value.length) inlines.push({ type: 'text', value: value.slice(last), position });
  return inlines;
}
