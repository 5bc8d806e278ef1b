/**
 * Inline trees seen as flat text: flatten a list of inlines to one string,
 * cut the tree at offsets of that string, and find the source point of an
 * offset. Quote detection works on the flat string and uses these to put
 * `quote` nodes back into the tree.
 */
import type { Inline, Point, QuoteInline, Span, TextInline } from '../model/article.js';

/** Stands for an inline that has no text of its own (code, break): one character, never a quote mark. */
export const OPAQUE = '\uFFFC';

export function flatText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        out += node.value;
        break;
      case 'inlineCode':
      case 'break':
        out += OPAQUE;
        break;
      case 'emphasis':
      case 'link':
      case 'quote':
        out += flatText(node.children);
        break;
    }
  }
  return out;
}

function inlineLength(node: Inline): number {
  switch (node.type) {
    case 'text':
      return node.value.length;
    case 'inlineCode':
    case 'break':
      return 1;
    default:
      return node.children.reduce((n, c) => n + inlineLength(c), 0);
  }
}

/**
 * Moves `count` characters of `value` forward from `start`. Exact when the
 * text node holds its source verbatim; a best effort otherwise (joined lines).
 */
export function advance(start: Point, value: string, count: number): Point {
  let { line, column, offset } = start;
  for (let i = 0; i < count && i < value.length; i++) {
    if (value.charCodeAt(i) === 10) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    offset += 1;
  }
  return { line, column, offset };
}

function textSpan(node: TextInline, from: number, to: number): Span | undefined {
  const p = node.position;
  if (!p) return undefined;
  const verbatim = p.end.offset - p.start.offset === node.value.length;
  if (!verbatim && from === 0 && to === node.value.length) return p;
  return { start: advance(p.start, node.value, from), end: advance(p.start, node.value, to) };
}

/** The part of `inlines` that covers flat offsets [from, to); containers cut in two are cloned. */
export function sliceInlines(inlines: readonly Inline[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const node of inlines) {
    const len = inlineLength(node);
    const start = at;
    const end = at + len;
    at = end;
    if (len === 0 || end <= from || start >= to) continue;
    const a = Math.max(from, start) - start;
    const b = Math.min(to, end) - start;
    if (a === 0 && b === len) {
      out.push(node);
      continue;
    }
    switch (node.type) {
      case 'text': {
        const value = node.value.slice(a, b);
        if (value) out.push({ type: 'text', value, position: textSpan(node, a, b) });
        break;
      }
      case 'inlineCode':
      case 'break':
        out.push(node);
        break;
      default: {
        const children = sliceInlines(node.children, a, b);
        if (children.length > 0) out.push({ ...node, children } as Inline);
      }
    }
  }
  return out;
}

/** The source point of a flat offset (the start of the character there), when known. */
export function pointAt(inlines: readonly Inline[], offset: number, atEnd = false): Point | undefined {
  let at = 0;
  for (const node of inlines) {
    const len = inlineLength(node);
    const inside = atEnd ? offset > at && offset <= at + len : offset >= at && offset < at + len;
    if (inside) {
      const local = offset - at;
      if (node.type === 'text') {
        const p = node.position;
        if (!p) return undefined;
        return advance(p.start, node.value, local);
      }
      if (node.type === 'inlineCode' || node.type === 'break') {
        return atEnd ? node.position?.end : node.position?.start;
      }
      return pointAt(node.children, local, atEnd) ?? (atEnd ? node.position?.end : node.position?.start);
    }
    at += len;
  }
  return undefined;
}

export function spanAt(inlines: readonly Inline[], from: number, to: number): Span | undefined {
  const start = pointAt(inlines, from);
  const end = pointAt(inlines, to, true);
  if (!start) return undefined;
  return { start, end: end ?? start };
}

/** A region of the flat text to wrap as a quote; `children` are nested regions (absolute offsets). */
export interface WrapRegion {
  /** Where the region starts (its opening mark, if any). */
  start: number;
  /** Where the quoted words start and end (marks excluded). */
  contentStart: number;
  contentEnd: number;
  /** Where the region ends (after its closing mark, if any). */
  end: number;
  make: (children: Inline[], position: Span | undefined) => QuoteInline;
  children: WrapRegion[];
}

/** Puts quote nodes into `inlines` for the given (sorted, non-overlapping) regions; the marks go into `open`/`close`. */
export function wrapRegions(inlines: readonly Inline[], regions: readonly WrapRegion[], base = 0): Inline[] {
  if (regions.length === 0) return [...inlines];
  const total = inlineLength({ type: 'emphasis', strong: false, children: [...inlines] });
  const out: Inline[] = [];
  let cursor = 0;
  for (const r of regions) {
    const s = r.start - base;
    out.push(...sliceInlines(inlines, cursor, s));
    const inner = sliceInlines(inlines, r.contentStart - base, r.contentEnd - base);
    const children = wrapRegions(inner, r.children, r.contentStart);
    out.push(r.make(children, spanAt(inlines, s, r.end - base)));
    cursor = r.end - base;
  }
  out.push(...sliceInlines(inlines, cursor, total));
  return out;
}
