/**
 * Quote-mark scanning: find the quotations in one block's flat text.
 *
 * Pairs “ ” ‘ ’ " ' « » „ “ ‹ › (nested), tells an apostrophe (it’s,
 * Mendes’, 'tis, rock 'n' roll) from a closing single quote, and reads a
 * line opened by a dash (— or --) as a line of dialogue.
 */
import { OPAQUE } from './inlines.js';
import { verbPattern } from './lexicon.js';

export interface MarkSpan {
  /** Offset of the opening mark (or of the first quoted character when there is none). */
  start: number;
  contentStart: number;
  contentEnd: number;
  /** Offset just after the closing mark (or the last quoted character). */
  end: number;
  open: string;
  close: string;
  /** False when the text ended before the closing mark. */
  closed: boolean;
  /** Opened by a dialogue dash (or an interview label), not by a quote mark. */
  markless?: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
// (marks that set the direction of text, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069, are invisible: a quote
// mark after one opens as after a space, and before one closes)
const OPEN_CONTEXT = /[\s(\[{—–\-/„“‘«‹"'\u00a0\uFFFC:\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}—–\-…»›"'”’\uFFFC\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// (a whole word: 'emergency' and 'boutique' are quoted words; 'bot is robot cut short)
const ELISION = /^(?:(?:tis|twas|twere|twill|em|til|cause|bout|round|neath|ere|bots?)(?![\p{L}])|n['’‘]|\d{2}s?\b)/iu;
/** "Sophie in 't Veld", "van 't Hoff": the Dutch article cut short, before a capitalised name. */
const ARTICLE_T = /^t\s+\p{Lu}/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
/** How many `mark`s follow position `i` in `text`. */
const laterMarks = (text: string, i: number, mark: string): number => text.slice(i + 1).split(mark).length - 1;
const opensHere = (prev: string | undefined, next: string | undefined): boolean =>
  (prev === undefined || OPEN_CONTEXT.test(prev) || prev === OPAQUE) && next !== undefined && !SPACE.test(next);
const closesHere = (prev: string | undefined, next: string | undefined): boolean =>
  (next === undefined || CLOSE_CONTEXT.test(next)) && prev !== undefined && !SPACE.test(prev);

/** Languages that write „…“ (and »…« for guillemets). */
const LOW_NINE = /^(?:de|cs|sk|sl|hr|sr|bs|lt|lv|et|bg|is|ka|da)\b/i;

interface Opener {
  mark: string;
  closers: string;
  at: number;
}

/** True when the mark at `i` (' ’ ‘) is an apostrophe rather than a quotation mark. */
export function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return true; // it’s, don't, rock’n’roll
  const rest = text.slice(i + 1);
  if (!isLetter(prev) && (ELISION.test(rest) || ARTICLE_T.test(rest))) return true; // 'tis, 'n', '90s, 't Veld
  if (prev === 'n' && /\s['‘’]n$/u.test(text.slice(Math.max(0, i - 3), i + 1))) return true; // the second mark of 'n'
  return false;
}

/**
 * A plural possessive (the girls’ books) or a dropped g (tryin’ too hard)
 * that could be taken for a closing mark: a later closer follows that no
 * later opener takes and that is not shaped like one itself (in "'Music of
 * Black Origin' has … 'black' or 'white'" the later marks pair among
 * themselves, so Origin' closes).
 */
function possessiveBeforeLaterCloser(text: string, i: number): boolean {
  if (!possessiveShaped(text, i)) return false;
  let opened = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if ((c !== '’' && c !== "'" && c !== '‘') || isApostrophe(text, j)) continue;
    if (closesHere(text[j - 1], text[j + 1])) {
      if (opened > 0) opened--;
      // (a later mark shaped like a possessive too, "the All Blacks' inclusion", is no better a closer than this one)
      else if (!possessiveShaped(text, j)) return true;
    } else if (opensHere(text[j - 1], text[j + 1])) opened++;
  }
  return false;
}

/** A mark after s, z, x or a dropped g (…in), with a word in lower case or a number after it: the girls’ books, tryin’ too hard, the All Blacks’ 2-3-2 scrum. */
function possessiveShaped(text: string, i: number): boolean {
  const prev = text[i - 1];
  const droppedG = /\p{L}{2}in$/u.test(text.slice(Math.max(0, i - 6), i));
  return (prev === 's' || prev === 'z' || prev === 'x' || droppedG) && /^\s+[\p{Ll}\p{N}]/u.test(text.slice(i + 1));
}

/** A markup tag with attributes, as pasted from a web page: `<a href="…">`, `<tweet tweet-id="…"/>`. */
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>]+))?)+\s*\/?>/gu;

/** Scans `text` for quotations opened and closed by marks. Unclosed inner quotes are dropped; an unclosed outer one runs to the end. */
export function scanMarks(text: string, lang: string): MarkSpan[] {
  return scan(text, lang).spans;
}

/**
 * The first closing mark that closes nothing, before any quotation opens: the
 * end of a quotation carried over from the previous block without a new
 * opening mark.
 */
export function strayCloser(text: string, lang: string): { at: number; mark: string } | undefined {
  return scan(text, lang).stray;
}

function scan(text: string, lang: string): { spans: MarkSpan[]; stray?: { at: number; mark: string } } {
  const lowNine = LOW_NINE.test(lang);
  const spans: MarkSpan[] = [];
  const stack: Opener[] = [];
  let stray: { at: number; mark: string } | undefined;
  let seenOpen = false;
  const push = (mark: string, closers: string, at: number): void => {
    seenOpen = true;
    stack.push({ mark, closers, at });
  };
  const closeWith = (c: string, i: number, length = 1): boolean => {
    if (stack.length === 0 && !seenOpen && !stray) stray = { at: i, mark: c };
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.closers.includes(c)) {
        const o = stack[k]!;
        stack.length = k;
        spans.push({ start: o.at, contentStart: o.at + o.mark.length, contentEnd: i, end: i + length, open: o.mark, close: c, closed: true });
        return true;
      }
    }
    return false;
  };
  const hasOpen = (closer: string): boolean => stack.some((o) => o.closers.includes(closer));
  /**
   * A slip of typing: the straight mark at `i` closes the quotation on top, opened by the other kind (`opener`),
   * when it follows punctuation, can close, and leaves the double marks after it in pairs. The opener then
   * takes it as a closer.
   */
  const slipCloses = (opener: string, i: number): boolean => {
    const top = stack[stack.length - 1];
    const prev = text[i - 1];
    if (top?.mark !== opener || !/[.,!?…]/u.test(prev ?? '') || !closesHere(prev, text[i + 1]) || laterMarks(text, i, '"') % 2 !== 0) return false;
    top.closers += text[i]!;
    return true;
  };
  const topIsSingle = (): boolean => {
    const top = stack[stack.length - 1];
    return top !== undefined && (top.closers.includes('’') || top.closers.includes("'"));
  };

  // (`<tweet tweet-id="7858…"><tweet/>`: the marks of a markup tag's attributes quote no one)
  const tags = new Map<number, number>();
  for (const m of text.matchAll(MARKUP_TAG)) tags.set(m.index, m.index + m[0].length);
  for (let i = 0; i < text.length; i++) {
    const tagEnd = tags.get(i);
    if (tagEnd !== undefined) {
      i = tagEnd - 1;
      continue;
    }
    const c = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    switch (c) {
      case '„':
        push(c, '“”', i);
        break;
      case '“':
        if (hasOpen('“') && (closesHere(prev, next) || !opensHere(prev, next))) closeWith(c, i);
        // (`called “Cape Breton If Donald Trump Wins“ that …`: a left mark that can only close, with one of its kind
        // open on top, is a slip for the right one)
        else if (!lowNine && stack[stack.length - 1]?.mark === '“' && closesHere(prev, next) && !opensHere(prev, next)) {
          stack[stack.length - 1]!.closers += c;
          closeWith(c, i);
        }
        else if (!lowNine || opensHere(prev, next)) push(c, '”', i);
        break;
      case '”':
        // `"You will be so happy.”`: a straight mark opened it, a curly one closes it, when no curly one is open
        if (!hasOpen('”') && stack[stack.length - 1]?.mark === '"') stack[stack.length - 1]!.closers += c;
        // (`”Sorry Sarah, you should have said it!!” posted Ann Lee.`: a right mark that can only open, with none open
        // that it could close and one of its kind after it, opens the quotation that one closes)
        else if (!hasOpen('”') && opensHere(prev, next) && !closesHere(prev, next) && laterMarks(text, i, '”') >= 1) {
          push(c, '”', i);
          break;
        }
        closeWith(c, i);
        break;
      case '«':
        if (hasOpen('«')) closeWith(c, i);
        else push(c, '»', i);
        break;
      case '»':
        if (hasOpen('»')) closeWith(c, i);
        else if (lowNine) push(c, '«', i);
        break;
      case '‹':
        if (hasOpen('‹')) closeWith(c, i);
        else push(c, '›', i);
        break;
      case '›':
        if (hasOpen('›')) closeWith(c, i);
        else if (lowNine) push(c, '‹', i);
        break;
      case '"':
        // `"… Yes. "It's a blow …"`: a mark that opens a new sentence inside the open quotation marks where a paragraph
        // of it began (in text whose paragraphs were run together); the quotation goes on
        if (stack[stack.length - 1]?.mark === '"' && /[.!?…]\s+$/u.test(text.slice(Math.max(0, i - 3), i)) && /[\p{Lu}\d]/u.test(next ?? '')) break;
        // `"… its selection of "Top Dentists," signals …"`: a mark that can only open (a space before, a letter after),
        // with two more to come in the paragraph, opens a quotation inside the one open
        if (hasOpen('"') && opensHere(prev, next) && !closesHere(prev, next) && laterMarks(text, i, '"') >= 2) push(c, '"', i);
        else if (hasOpen('"')) closeWith(c, i);
        // `“We will win so much," Hale said`: a straight mark that can only close, with a curly one open and no straight one
        else if (stack[stack.length - 1]?.mark === '“' && closesHere(prev, next) && !opensHere(prev, next)) {
          stack[stack.length - 1]!.closers += c;
          closeWith(c, i);
        }
        // `'Networks like … revenue," it said`: a quotation opened with a straight single mark, closed with a double one
        else if (slipCloses("'", i)) closeWith(c, i);
        // `Richards" injury`: a straight mark between a letter and a space, with nothing open, was typed for an apostrophe
        else if (/\p{L}/u.test(prev ?? '') && SPACE.test(next ?? '')) break;
        else if (next !== undefined && /\S/u.test(text.slice(i + 1))) push(c, '"', i);
        break;
      case '‘':
        if (!isApostrophe(text, i) && opensHere(prev, next)) push(c, '’', i);
        break;
      case '’':
      case "'":
        // (`"… their own children,'' he sided …`: two straight single marks, as some wire copy writes the closing
        // double mark, close the straight double one open on top)
        if (c === "'" && next === "'" && stack[stack.length - 1]?.mark === '"' && closesHere(prev, text[i + 2])) {
          stack[stack.length - 1]!.closers += "''";
          closeWith("''", i, 2);
          i++;
          break;
        }
        if (isApostrophe(text, i)) break;
        if ((topIsSingle() || (stack.length === 0 && !seenOpen && !stray && /[.,!?…]/u.test(prev ?? ''))) && closesHere(prev, next) && !possessiveBeforeLaterCloser(text, i)) {
          closeWith(c, i);
        } else if (c === "'" && slipCloses('"', i)) {
          // `"… exponentially high bandwidth.' "It can't …"`: the other slip, a double mark closed by a single one
          closeWith(c, i);
        } else if (c === "'" && opensHere(prev, next) && !isLetter(prev)) {
          push(c, "'’", i);
        }
        break;
    }
  }
  // Only the outermost unclosed quotation survives: it runs to the end of the block.
  const outer = stack[0];
  if (outer) {
    const end = text.replace(/\s+$/u, '').length;
    spans.push({ start: outer.at, contentStart: outer.at + outer.mark.length, contentEnd: end, end, open: outer.mark, close: '', closed: false });
    // closed spans that began inside the unclosed one stay; those begun after and still open are gone.
  }
  return { spans: spans.sort((a, b) => a.start - b.start || b.end - a.end), stray };
}

const DASH_LINE = /^(\s*)(—|―|–|--)\s*(?=[^\s—―–-])/u;

/** Whether a paragraph opens with a dash, as a line of dialogue does. */
export const opensWithDash = (text: string): boolean => DASH_LINE.test(text);

/**
 * A line of dialogue opened by a dash (`—Back to barracks! he said sternly.`):
 * the spoken parts, split around an attribution clause.
 */
export function dialogueDashSpans(text: string, lang: string): MarkSpan[] {
  const m = DASH_LINE.exec(text);
  if (!m) return [];
  const trimmed = text.replace(/\s+$/u, '');
  if (/[—―–]$/u.test(trimmed) && trimmed.length < 12) return []; // "— I —", a decorative line
  const dash = m[2]!;
  const contentStart = m[0].length;
  const end = trimmed.length;
  const verbs = verbPattern(lang);
  const subject = `(?:he|she|they|I|we|il|elle|je|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,2}|(?:the|his|her|my|their|our|la|le)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)`;
  const clause = new RegExp(
    `([,.!?…])\\s+(?:${subject}\\s+(?:\\p{Ll}+ly\\s+)?${verbs}|${verbs}\\s+${subject})\\b[^.:;!?]*?(?:[.:;!?]|$)`,
    'gu',
  );
  const spans: MarkSpan[] = [];
  let from = contentStart;
  clause.lastIndex = contentStart;
  let hit = clause.exec(trimmed);
  while (hit && hit.index < from) hit = clause.exec(trimmed);
  if (hit) {
    const keepPunct = hit[1] === ',' ? 0 : 1;
    const quoteEnd = hit.index + keepPunct;
    spans.push({ start: 0, contentStart: from, contentEnd: quoteEnd, end: quoteEnd, open: dash, close: '', closed: true, markless: true });
    from = hit.index + hit[0].length;
    while (from < end && SPACE.test(trimmed[from]!)) from++;
    if (from < end) spans.push({ start: from, contentStart: from, contentEnd: end, end, open: '', close: '', closed: true, markless: true });
  } else {
    spans.push({ start: 0, contentStart: from, contentEnd: end, end, open: dash, close: '', closed: true, markless: true });
  }
  // a dash line starts at the dash, after any indentation
  if (spans[0]) spans[0].start = m[1]!.length;
  return spans;
}
