/**
 * Article → tagged large-print PDF (PDF/UA-1).
 *
 * The document is drawn top to bottom in one pass: front matter, then the
 * blocks through a table of handlers (blocks.ts, inlines.ts). Every word is
 * marked content of a structure element; page furniture is artifacts.
 */
import type { Article, Span as SourceSpan } from '../../model/article.js';
import { DiagnosticBag, type Diagnostic } from '../../model/diagnostics.js';
import type { PrintTemplate } from '../../config/types.js';
import { renderBlocks } from './blocks.js';
import type { RenderContext } from './context.js';
import { pageFurniture, renderFrontMatter } from './front.js';
import { Pager } from './pager.js';
import { addXmpLanguage, collect, createDocument, omitCidSets, outlineRoot } from './pdfkit-internals.js';
import { StructNode } from './structure.js';
import { resolvePageSize } from './template.js';
import { Typesetter } from './typeset.js';

export { loadPrintTemplate, validatePrintTemplate, resolvePageSize, BUILT_IN_PRINT_TEMPLATES } from './template.js';

export interface PdfResult {
  pdf: Buffer;
  diagnostics: Diagnostic[];
}

/** Used when the article has no parseable date, so that output stays byte-for-byte reproducible. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function creationDate(date: string | undefined): Date {
  const t = date ? Date.parse(date) : NaN;
  return Number.isFinite(t) ? new Date(t) : FIXED_DATE;
}

function documentLang(lang: string, bag: DiagnosticBag): string {
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) return lang;
  bag.warn('lang-invalid', `language tag "${lang}" is not a BCP 47 tag; the PDF declares "und" (undetermined) instead`);
  return 'und';
}

function codePoint(char: string): string {
  return [...char].map((c) => 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')).join(' ');
}

/** One message per source node for all the characters dropped from it. */
function missingGlyphMessage(chars: string[]): string {
  const shown = chars.slice(0, 8).map((c) => `"${c}" (${codePoint(c)})`);
  const more = chars.length > 8 ? ` and ${chars.length - 8} more` : '';
  return chars.length === 1
    ? `no bundled font has the character ${shown[0]}; it is left out of the PDF`
    : `no bundled font has the characters ${shown.join(', ')}${more}; they are left out of the PDF`;
}

export async function renderPdf(article: Article, template: PrintTemplate): Promise<PdfResult> {
  const bag = new DiagnosticBag(article.sourceName);
  const meta = article.meta;
  const lang = documentLang(meta.lang, bag);
  const size = resolvePageSize(template, lang);
  const title = meta.title.replace(/\s+/g, ' ').trim() || article.sourceName;
  const info = {
    Title: title,
    CreationDate: creationDate(meta.date),
    ...(meta.byline ? { Author: meta.byline.replace(/^\s*by\s+/i, '').trim() } : {}),
    ...(meta.source ? { Subject: meta.source } : {}),
  };
  const doc = createDocument({ size, margins: template.margins, lang, info });
  addXmpLanguage(doc, lang);
  const bytes = collect(doc);

  const typesetter = new Typesetter(doc);
  let pagerRef: Pager | undefined;
  const pager = new Pager(doc, { size, margins: template.margins }, pageFurniture(doc, template, typesetter, title, () => pagerRef as Pager));
  pagerRef = pager;

  const missing = new Map<string, { position: SourceSpan | undefined; chars: Set<string> }>();
  const ctx: RenderContext = {
    doc,
    article,
    template,
    pager,
    typesetter,
    diagnostics: bag,
    outline: [{ level: 0, item: outlineRoot(doc) }],
    headingLevel: 1,
    attributedQuotes: new Set(),
    reportMissingGlyph(char, position) {
      const key = position ? `${position.start.offset}` : 'none';
      let entry = missing.get(key);
      if (!entry) missing.set(key, (entry = { position, chars: new Set() }));
      entry.chars.add(char);
    },
  };

  const root = StructNode.root(doc);
  const scope = { parent: root, x: pager.left, width: pager.width, lang, named: new Set<string>(), inQuote: false };
  pager.newPage();
  renderFrontMatter(scope, ctx);
  renderBlocks(article.blocks, scope, ctx);
  pager.closeMark();
  for (const { position, chars } of missing.values()) bag.warn('missing-glyph', missingGlyphMessage([...chars]), position);
  root.end();
  omitCidSets(doc);
  doc.end();
  return { pdf: await bytes, diagnostics: bag.items };
}
