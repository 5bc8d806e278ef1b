/** Reads a PDF back the way an assistive tool does: the tag tree, the tagged text, fonts and metadata (pdfjs-dist). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { firstMissingInOrder, hasTool, PDFUA_CHECK } from '../../support/tools.js';

export interface TagNode {
  role: string;
  lang?: string;
  children: TagNode[];
  /** Text of the marked content directly and indirectly inside this element. */
  text: string;
  page: number;
}

export interface TextRun {
  str: string;
  size: number;
  fontName: string;
  /** The real font name (e.g. `CZZZZZ+AtkinsonHyperlegible-Bold`). */
  font: string;
  /** Marked-content tag around it: a structure type, or `Artifact`. */
  tag: string | null;
  mcid: string | null;
  page: number;
  /** Where the run starts, in points from the left edge of the page. */
  x: number;
  /** Its baseline, in points from the top of the page. */
  y: number;
}

/** A vertical line drawn on a page (a block-quotation rule), in points from the left and from the top. */
export interface VerticalRule {
  page: number;
  x: number;
  top: number;
  bottom: number;
}

export interface ReadBack {
  pages: number;
  pageSizes: [number, number][];
  /** Top-level structure elements per page, in order (an element over a page break appears on both). */
  tags: TagNode[];
  runs: TextRun[];
  rules: VerticalRule[];
  info: Record<string, unknown>;
  xmpTitle: string | null;
  xmpRaw: string;
  outline: { title: string; items: { title: string; items: unknown[] }[] }[];
  annotations: { subtype: string; url?: string; contents: string; page: number }[];
}

interface RawStructNode {
  role?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawStructNode[];
}

function convert(raw: RawStructNode, textOf: Map<string, string>, page: number): TagNode {
  const children: TagNode[] = [];
  let text = '';
  for (const c of raw.children ?? []) {
    if (c.type === 'content' && c.id) {
      text += textOf.get(c.id) ?? '';
    } else if (c.role) {
      const node = convert(c, textOf, page);
      children.push(node);
      text += node.text;
    }
  }
  const node: TagNode = { role: raw.role ?? '', children, text, page };
  if (raw.lang) node.lang = raw.lang;
  return node;
}

export async function readPdf(pdf: Buffer): Promise<ReadBack> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, useSystemFonts: false }).promise;
  const tags: TagNode[] = [];
  const runs: TextRun[] = [];
  const rules: VerticalRule[] = [];
  const pageSizes: [number, number][] = [];
  const annotations: ReadBack['annotations'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view;
    pageSizes.push([Math.round(w ?? 0), Math.round(h ?? 0)]);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // getOperatorList loads the fonts, so their real names can be looked up.
    const ops = await page.getOperatorList();
    // Each path comes with its bounding box [x0, y0, x1, y1] in the page's drawing space, which
    // pdfkit sets up from the top of the page: a box with no width is a vertical line.
    ops.fnArray.forEach((fn, i) => {
      const box = (ops.argsArray[i] as unknown[] | undefined)?.[2] as ArrayLike<number> | undefined;
      if (fn !== OPS.constructPath || !box || box.length < 4) return;
      const [x0, y0, x1, y1] = [box[0]!, box[1]!, box[2]!, box[3]!];
      if (Math.abs(x1 - x0) < 0.01 && y1 - y0 > 1) rules.push({ page: n, x: x0, top: y0, bottom: y1 });
    });
    const textOf = new Map<string, string>();
    const stack: { tag: string | null; id: string | null }[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          // pdfjs passes the tag too, though its type does not say so.
          const tag = (item as { tag?: string }).tag;
          stack.push({ tag: tag ?? null, id: item.id ?? null });
        } else if (item.type === 'endMarkedContent') {
          stack.pop();
        }
        continue;
      }
      // pdfjs flags the last item of a line with hasEOL (sometimes on an empty item of its own).
      const str = item.str + (item.hasEOL ? '\n' : '');
      if (!str) continue;
      const top = stack.at(-1);
      const fontObj = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }) : undefined;
      runs.push({
        str,
        size: Math.abs(item.transform[0] ?? 0),
        fontName: item.fontName,
        font: fontObj?.name ?? '',
        tag: top?.tag ?? null,
        mcid: top?.id ?? null,
        page: n,
        x: item.transform[4] ?? 0,
        y: (h ?? 0) - (item.transform[5] ?? 0),
      });
      if (top?.id) textOf.set(top.id, (textOf.get(top.id) ?? '') + str);
    }
    const tree = (await page.getStructTree()) as RawStructNode | null;
    for (const top of tree?.children ?? []) {
      const converted = convert(top, textOf, n);
      tags.push(...(converted.role === 'Document' ? converted.children : [converted]));
    }
    for (const a of await page.getAnnotations()) {
      const ann = a as { subtype: string; url?: string; contentsObj?: { str: string } };
      annotations.push({ subtype: ann.subtype, ...(ann.url ? { url: ann.url } : {}), contents: ann.contentsObj?.str ?? '', page: n });
    }
  }
  const meta = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []) as ReadBack['outline'];
  const raw = pdf.toString('utf8');
  const start = raw.indexOf('<?xpacket begin');
  const end = raw.indexOf('<?xpacket end');
  const result: ReadBack = {
    pages: doc.numPages,
    pageSizes,
    tags,
    runs,
    rules,
    info: meta.info as Record<string, unknown>,
    xmpTitle: meta.metadata ? (meta.metadata.get('dc:title') as string | null) : null,
    xmpRaw: start >= 0 && end > start ? raw.slice(start, raw.indexOf('?>', end) + 2) : '',
    outline,
    annotations,
  };
  await doc.destroy();
  return result;
}

/** Every element in document order (depth first). */
export function flatten(nodes: readonly TagNode[]): TagNode[] {
  const out: TagNode[] = [];
  const walk = (n: TagNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/** Text a screen reader reads: everything not an artifact, in content order. */
export function taggedText(read: ReadBack): string {
  return read.runs
    .filter((r) => r.tag !== 'Artifact' && r.mcid)
    .map((r) => r.str)
    .join('');
}

export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** True when `expected` occurs in `actual` in the same order (other words may come between). */
export function inOrder(expected: readonly string[], actual: readonly string[]): { ok: boolean; missing?: string; at?: number } {
  const at = firstMissingInOrder(expected, actual);
  return at < 0 ? { ok: true } : { ok: false, missing: expected[at] as string, at };
}

export const hasPoppler = hasTool('pdftotext') && hasTool('pdffonts');
export { PDFUA_CHECK };
/** The checker prints its usage and exits 2 without arguments; anything else means it cannot run (no python3-pikepdf). */
export const hasPdfuaCheck = spawnSync(PDFUA_CHECK, [], { stdio: 'ignore' }).status === 2;

/** Runs a command-line tool on a PDF written to a temporary file. */
export function withPdfFile<T>(pdf: Buffer, run: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'lectern-pdf-'));
  const file = path.join(dir, 'test.pdf');
  writeFileSync(file, pdf);
  try {
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdftotext(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

export function pdffonts(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

export function pdfuaCheck(pdf: Buffer): { status: number; output: string } {
  return withPdfFile(pdf, (file) => {
    const r = spawnSync(PDFUA_CHECK, [file], { encoding: 'utf8' });
    return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
  });
}
