/** What every block handler is given: the document being drawn and where it is. */
import type { Article, Span as SourceSpan } from '../../model/article.js';
import type { DiagnosticBag } from '../../model/diagnostics.js';
import type { PrintTemplate } from '../../config/types.js';
import type { Pager } from './pager.js';
import type { Doc, OutlineItem } from './pdfkit-internals.js';
import type { StructNode, StructOptions } from './structure.js';
import type { Typesetter } from './typeset.js';

export interface RenderContext {
  doc: Doc;
  article: Article;
  template: PrintTemplate;
  pager: Pager;
  typesetter: Typesetter;
  diagnostics: DiagnosticBag;
  /** Open bookmarks by heading level, the title's (level 1) first. */
  outline: { level: number; item: OutlineItem }[];
  /** Level of the last heading drawn (1: the title). */
  headingLevel: number;
  /** Quotation ids whose speaker has been labelled or named already. */
  attributedQuotes: Set<string>;
  reportMissingGlyph(char: string, position: SourceSpan | undefined): void;
}

/** A speaker label waiting to start the first paragraph of a block quotation. */
export interface PendingLabel {
  text: string;
  used: boolean;
}

export interface BlockScope {
  parent: StructNode;
  x: number;
  width: number;
  /** Language in effect here (the document's, or an enclosing block's). */
  lang: string;
  /** Speakers named by an enclosing label: their quotes need no inline label. */
  named: ReadonlySet<string>;
  label?: PendingLabel;
  /** Inside a BlockQuote: paragraphs that are wholly a quote are not wrapped again. */
  inQuote: boolean;
}

/** `/Lang` for a block whose language differs from the one around it. */
export function langOption(lang: string | undefined, around: string): StructOptions {
  return lang && lang.toLowerCase() !== around.toLowerCase() ? { lang } : {};
}
