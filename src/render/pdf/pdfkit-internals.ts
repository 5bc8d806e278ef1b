/**
 * The one place that reaches into pdfkit 0.20.2 beyond its typed API, to work
 * around its PDF/UA faults without touching node_modules:
 *
 * - the XMP packet it writes is not XML-escaped (`Q&A <x>` breaks it);
 * - with `subset: 'PDF/UA'` it writes a font /CIDSet that misses the
 *   component glyphs of composite (accented) glyphs, which makes the set
 *   wrong; PDF/UA does not require a CIDSet, so none is written;
 * - `@types/pdfkit` lags: `subset: 'PDF/UA'`, outline `top`, annotation
 *   `/Contents`, opened fontkit fonts as font sources.
 */
import PDFDocument from 'pdfkit';
import type * as fontkit from 'fontkit';

export type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;
export type StructContent = PDFKit.PDFStructureContent;

export interface OutlineItem {
  /** `top` is measured from the page top; pass `left: pageWidth` for the left edge (pdfkit subtracts it from the width). */
  addItem(title: string, options?: { top?: number; left?: number; expanded?: boolean }): OutlineItem;
}

interface EmbeddableFont {
  embed?: () => void;
}

interface DocInternals {
  subset?: number;
  info: Record<string, unknown>;
  outline: OutlineItem;
  _fontFamilies: Record<string, EmbeddableFont>;
  _addInfo(): void;
  registerFont(name: string, src: fontkit.Font): void;
  link(x: number, y: number, w: number, h: number, url: string, options: Record<string, unknown>): void;
  markContent(tag: string, options?: Record<string, unknown>): void;
}

function internals(doc: Doc): DocInternals {
  return doc as unknown as DocInternals;
}

export interface DocumentSettings {
  size: [number, number];
  margins: { top: number; right: number; bottom: number; left: number };
  lang: string;
  info: { Title: string; Author?: string; Subject?: string; Keywords?: string; CreationDate: Date };
}

/** A tagged PDF 1.7 document set up for PDF/UA-1, with pages added by the caller. */
export function createDocument(settings: DocumentSettings): Doc {
  const info: Record<string, string | Date> = { ...stripUndefined(settings.info), Creator: 'Lectern', Producer: 'Lectern (pdfkit)' };
  const options = {
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    subset: 'PDF/UA',
    lang: settings.lang,
    size: settings.size,
    margins: settings.margins,
    autoFirstPage: false,
    bufferPages: false,
    info,
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  escapeXmpStrings(doc);
  return doc;
}

function stripUndefined<T extends object>(o: T): Record<string, string | Date> {
  const out: Record<string, string | Date> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' || v instanceof Date) out[k] = v;
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * pdfkit interpolates the info strings into the XMP packet as they are.
 * While it builds the packet, show it escaped copies; the Info dictionary,
 * written before, keeps the real strings.
 */
function escapeXmpStrings(doc: Doc): void {
  const d = internals(doc);
  const addInfo = d._addInfo;
  d._addInfo = function (this: DocInternals) {
    const real = this.info;
    const escaped: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(real)) escaped[k] = typeof v === 'string' ? escapeXml(v) : v;
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = real;
    }
  };
}

/** Adds a `dc:language` entry to the XMP packet. */
export function addXmpLanguage(doc: Doc, lang: string): void {
  doc.appendXML(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
  );
}

/**
 * Call just before `doc.end()`: fonts are embedded then, and pdfkit writes a
 * CIDSet only when `doc.subset === 1`. Hide the marker while each font
 * embeds; the pdfuaid XMP entry, written later, still sees it.
 */
export function omitCidSets(doc: Doc): void {
  const d = internals(doc);
  for (const font of new Set(Object.values(d._fontFamilies))) {
    const embed = font.embed;
    if (typeof embed !== 'function') continue;
    font.embed = function (this: EmbeddableFont) {
      const subset = d.subset;
      d.subset = undefined;
      try {
        embed.call(this);
      } finally {
        d.subset = subset;
      }
    };
  }
}

export function registerFace(doc: Doc, key: string, font: fontkit.Font): void {
  internals(doc).registerFont(key, font);
}

export function outlineRoot(doc: Doc): OutlineItem {
  return internals(doc).outline;
}

export function markArtifact(doc: Doc, type: 'Pagination' | 'Layout' | 'Page', subtype?: 'Header' | 'Footer' | 'Watermark' | 'Background'): void {
  // pdfkit only copies Type, BBox and Attached into the property list.
  internals(doc).markContent('Artifact', { type, ...(subtype === 'Header' ? { attached: ['Top'] } : subtype === 'Footer' ? { attached: ['Bottom'] } : {}) });
}

/** A link annotation with /Contents, placed under `structParent` (a `Link` element) as an OBJR. */
export function addLinkAnnotation(
  doc: Doc,
  rect: { x: number; y: number; w: number; h: number },
  url: string,
  contents: string,
  structParent: StructElement,
): void {
  internals(doc).link(rect.x, rect.y, rect.w, rect.h, url, { structParent, Contents: new String(contents) });
}

/** Collects the document's bytes; resolves once `doc.end()` has flushed. */
export function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
