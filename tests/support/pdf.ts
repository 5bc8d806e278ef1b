/** Reading a PDF back with pdfjs-dist, as a screen reader's PDF layer would. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  role: string;
  children: StructNode[];
  /** Text of the marked content under this node, when it is a leaf. */
  text?: string;
  lang?: string;
}

interface RawStruct {
  role?: string;
  type?: string;
  id?: string;
  lang?: string;
  children?: RawStruct[];
}

export interface PdfReadBack {
  numPages: number;
  info: Record<string, unknown>;
  metadataXml: string | null;
  /** Page text in content order, pages joined by newlines. */
  text: string;
  /** The structure tree of every page, in page order. */
  pages: StructNode[];
}

export async function readPdf(data: Uint8Array): Promise<PdfReadBack> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const { info, metadata } = await doc.getMetadata();
  const pages: StructNode[] = [];
  const texts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    let current: string | undefined;
    const pageText: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' && 'id' in item && item.id) current = item.id as string;
        else if (item.type === 'endMarkedContent') current = undefined;
        continue;
      }
      pageText.push(item.str + (item.hasEOL ? '\n' : ''));
      if (current) byId.set(current, (byId.get(current) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    }
    texts.push(pageText.join(''));
    const tree = (await page.getStructTree()) as RawStruct | null;
    pages.push(tree ? convert(tree, byId) : { role: 'none', children: [] });
  }
  const text = texts.join('\n');
  await doc.destroy();
  return { numPages: pages.length, info: info as Record<string, unknown>, metadataXml: metadata ? (metadata as unknown as { getRaw(): string }).getRaw() : null, text, pages };
}

function convert(node: RawStruct, byId: Map<string, string>): StructNode {
  if (node.type === 'content' && node.id) return { role: '#content', children: [], text: byId.get(node.id) ?? '' };
  return { role: node.role ?? node.type ?? '?', lang: node.lang, children: (node.children ?? []).map((c) => convert(c, byId)) };
}

/** All nodes of the given role, depth first. */
export function findAll(node: StructNode, role: string, out: StructNode[] = []): StructNode[] {
  if (node.role === role) out.push(node);
  for (const c of node.children) findAll(c, role, out);
  return out;
}

export function textOf(node: StructNode): string {
  return node.text ?? node.children.map(textOf).join('');
}
