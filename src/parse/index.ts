import type { Article } from '../model/article.js';
import { DiagnosticBag, type Diagnostic } from '../model/diagnostics.js';
import { buildMeta, passageLanguage, titleFromFileName, type FoundMeta } from './meta.js';
import type { Block } from '../model/article.js';
import { parsePlainText } from './text.js';
import { parseMarkdown, plainText } from './markdown.js';

export type SourceFormat = 'text' | 'markdown';

export interface ParseOptions {
  /** Overrides for what the source says (from flags or config). */
  meta?: FoundMeta;
}

export interface ParseResult {
  article: Article;
  diagnostics: Diagnostic[];
  /** Speaker corrections given in front matter (`speakers:`), unchecked: detect's `parseSpeakerCorrections` checks them. */
  frontMatterSpeakers?: unknown;
}

/** `.md`/`.markdown` are Markdown; everything else is read as plain text. */
export function formatFromName(name: string): SourceFormat {
  return /\.(md|markdown|mdown|mkd)$/i.test(name) ? 'markdown' : 'text';
}

/** Source text → Article (no quotations yet: that is `detect`'s job). Pure. */
export function parseSource(text: string, sourceName: string, format: SourceFormat, options: ParseOptions = {}): ParseResult {
  const diagnostics = new DiagnosticBag(sourceName);
  const body = format === 'markdown' ? parseMarkdown(text, diagnostics) : parsePlainText(text);
  const found: FoundMeta = { ...body.found };
  for (const [k, v] of Object.entries(options.meta ?? {}) as [keyof FoundMeta, string | undefined][]) if (v !== undefined) found[k] = v;

  const sample = body.blocks
    .slice(0, 40)
    .map((b) => ('children' in b && b.type !== 'list' && b.type !== 'blockquote' ? plainText(b.children) : ''))
    .join(' ');
  const meta = buildMeta(found, titleFromFileName(sourceName), sample || text.slice(0, 4000));
  markPassageLanguages(body.blocks, meta.lang);
  if (meta.titleDerived) {
    diagnostics.warn('title-derived', `no title found; using "${meta.title}" from the file name (set one with --title or a "title:" front matter line)`);
  }
  if (body.blocks.length === 0) {
    diagnostics.warn('empty-body', 'the article has a title but no body text');
  }
  return {
    article: { sourceName, meta, blocks: body.blocks, speakers: [], quotations: [] },
    diagnostics: diagnostics.items,
    frontMatterSpeakers: body.extras?.speakers,
  };
}

export { decodeSource, MAX_INPUT_BYTES } from './source.js';
export { plainText } from './markdown.js';

/** Sets `lang` on paragraphs, headings and block quotations written in another language than the article. */
function markPassageLanguages(blocks: Block[], documentLang: string): void {
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') {
      const lang = passageLanguage(plainText(block.children), documentLang);
      if (lang) block.lang = lang;
    } else if (block.type === 'blockquote') {
      markPassageLanguages(block.children, documentLang);
    } else if (block.type === 'list') {
      for (const item of block.children) markPassageLanguages(item.children, documentLang);
    }
  }
}
