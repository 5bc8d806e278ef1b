/**
 * The Article: the one model every stage reads and writes.
 *
 * parse   → Article with blocks and plain text inlines (no quotes yet)
 * detect  → the same Article with `quote` inlines, `blockquote` speaker labels
 *           and a filled speaker registry
 * narrate / render/pdf read it and never change it.
 *
 * Every node keeps the span of source text it came from, so that a
 * diagnostic can point at `article.txt:14:3`.
 */

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset into the source text. */
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

interface Node {
  position?: Span;
}

export interface TextInline extends Node {
  type: 'text';
  value: string;
}

/** Emphasis and strong emphasis alike: large print renders both bold, never italic. */
export interface EmphasisInline extends Node {
  type: 'emphasis';
  strong: boolean;
  children: Inline[];
}

export interface LinkInline extends Node {
  type: 'link';
  url: string;
  children: Inline[];
}

export interface CodeInline extends Node {
  type: 'inlineCode';
  value: string;
}

export interface BreakInline extends Node {
  type: 'break';
}

/**
 * A direct quotation inside running text. `open`/`close` are the marks as
 * written ('' where the source had none, e.g. a dialogue dash line or a quote
 * that continues from the previous paragraph).
 */
export interface QuoteInline extends Node {
  type: 'quote';
  /** Identifier of the quotation this part belongs to (shared by the parts of a quotation that runs over several paragraphs). */
  quoteId: string;
  speakerId?: string;
  open: string;
  close: string;
  /** Nested quotations (a title or a word in quotes inside a quote) have depth ≥ 1 and no speaker of their own. */
  depth: number;
  /** True when this part continues a quotation opened in an earlier block. */
  continued: boolean;
  /** True when the quotation goes on in a later block. */
  continues: boolean;
  /**
   * 'speech' for words someone said or wrote; 'term' for a quoted word, name
   * or title in narration (called “Polyak”), which has no speaker and is not
   * read in another voice. Set by detect on depth-0 quotes.
   */
  kind?: 'speech' | 'term';
  children: Inline[];
}

export type Inline = TextInline | EmphasisInline | LinkInline | CodeInline | BreakInline | QuoteInline;

export interface HeadingBlock extends Node {
  type: 'heading';
  /** 1 is reserved for the article title; body headings start at 2. */
  depth: number;
  children: Inline[];
  lang?: string;
}

export interface ParagraphBlock extends Node {
  type: 'paragraph';
  children: Inline[];
  lang?: string;
}

export interface ListItem extends Node {
  type: 'listItem';
  children: Block[];
}

export interface ListBlock extends Node {
  type: 'list';
  ordered: boolean;
  start: number;
  /** The bullet character as written in a plain-text source (•, -, *), for display. */
  marker?: string;
  children: ListItem[];
}

/** A block quotation (Markdown `>` or a run of quoted list items / paragraphs). */
export interface BlockQuoteBlock extends Node {
  type: 'blockquote';
  speakerId?: string;
  children: Block[];
  lang?: string;
}

/** A photo caption; `credit` holds the "Photo: …" line when one was found. */
export interface CaptionBlock extends Node {
  type: 'caption';
  children: Inline[];
  credit?: string;
  /** For images: the alternative text and address. */
  imageAlt?: string;
  imageUrl?: string;
}

export interface CodeBlock extends Node {
  type: 'code';
  value: string;
  lang?: string;
}

export interface ThematicBreakBlock extends Node {
  type: 'thematicBreak';
}

/** One table, kept simple: rows of cells of inlines; the first row is the header. */
export interface TableBlock extends Node {
  type: 'table';
  rows: Inline[][][];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | BlockQuoteBlock
  | CaptionBlock
  | CodeBlock
  | ThematicBreakBlock
  | TableBlock;

export type SpeakerKind = 'person' | 'organisation' | 'unknown';

/** Why a quotation or a speaker name was attributed the way it was. */
export interface Evidence {
  /** Rule id, e.g. `verb-after`, `pronoun`, `title`, `continuation`, `interview-label`, `sidecar`. */
  rule: string;
  /** The words in the text that justify it, e.g. `the Ministry of Defense of Ukraine reported`. */
  text: string;
  position?: Span;
}

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
  kind: SpeakerKind;
  evidence: Evidence[];
  /** Voice asked for by a speaker file; engines interpret it. */
  voice?: string;
  /** A person's gender as the text shows it (an honorific, a given name, "he" or "she" for them); the narration picks a voice to fit. */
  gender?: 'male' | 'female';
}

/** One quotation (direct) or report of speech (indirect), as a list entry next to the tree. */
export interface Quotation {
  id: string;
  kind: 'direct' | 'indirect';
  speakerId?: string;
  text: string;
  evidence?: Evidence;
  position?: Span;
}

export interface ArticleMeta {
  title: string;
  /** True when no title was given and it was derived from the text or file name. */
  titleDerived: boolean;
  /**
   * The title with its quotations marked as `quote` inlines (set by detect
   * when the title holds any); its text is `title`'s.
   */
  titleInlines?: Inline[];
  byline?: string;
  source?: string;
  date?: string;
  /** BCP 47 tag, e.g. `en`, `fr`, `uk`. */
  lang: string;
}

export interface Article {
  /** Where the text came from (a path, or a name given by the caller); used in diagnostics. */
  sourceName: string;
  meta: ArticleMeta;
  blocks: Block[];
  speakers: Speaker[];
  quotations: Quotation[];
}
