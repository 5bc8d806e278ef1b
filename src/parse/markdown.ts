import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { parse as parseYaml } from 'yaml';
import type * as md from 'mdast';
import type { Block, Inline, ListItem, Span } from '../model/article.js';
import type { DiagnosticBag } from '../model/diagnostics.js';
import { normaliseDate, type FoundExtras, type FoundMeta } from './meta.js';
import { splitCaption } from './caption.js';
import type { ParsedBody } from './text.js';
import { plainText } from '../model/text.js';

function spanOf(node: md.Node): Span | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

/** Markdown (CommonMark + GFM, YAML front matter) → blocks, through mdast. */
export function parseMarkdown(text: string, diagnostics: DiagnosticBag): ParsedBody {
  const tree = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const converter = new Converter(diagnostics, tree);
  const { found, extras } = converter.frontMatter();
  const blocks = converter.blocks(tree.children);

  // A first `# Heading` is the title when front matter gave none (or gave the same).
  const first = blocks[0];
  if (first?.type === 'heading' && converter.firstHeadingWasTop) {
    const headingText = plainText(first.children);
    if (found.title === undefined || found.title === headingText) {
      found.title = headingText;
      blocks.shift();
    }
  }
  normaliseHeadingDepths(blocks);
  return { blocks, found, extras };
}

/** Body headings start at level 2 (the title is level 1) and never skip a level. */
function normaliseHeadingDepths(blocks: Block[]): void {
  let previous = 1;
  const headings = blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
  const shallowest = Math.min(...headings.map((h) => h.depth));
  for (const h of headings) {
    const wanted = Math.max(2, h.depth - shallowest + 2);
    h.depth = Math.min(wanted, previous + 1, 6);
    previous = h.depth;
  }
}

export { plainText };

class Converter {
  firstHeadingWasTop = false;
  private readonly definitions = new Map<string, string>();
  constructor(
    private readonly diagnostics: DiagnosticBag,
    private readonly tree: md.Root,
  ) {
    for (const node of tree.children) if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
  }

  frontMatter(): { found: FoundMeta; extras: FoundExtras } {
    const node = this.tree.children.find((n): n is md.Yaml => n.type === 'yaml');
    if (!node) return { found: {}, extras: {} };
    let data: unknown;
    try {
      data = parseYaml(node.value);
    } catch (e) {
      this.diagnostics.warn('front-matter-invalid', `front matter is not valid YAML and was ignored (${(e as Error).message.split('\n')[0]})`, spanOf(node));
      return { found: {}, extras: {} };
    }
    if (!data || typeof data !== 'object') return { found: {}, extras: {} };
    const record = data as Record<string, unknown>;
    const str = (v: unknown): string | undefined =>
      typeof v === 'string' && v.trim() ? v.trim() : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(', ') || undefined : undefined;
    const found = {
      title: str(record.title),
      byline: str(record.byline ?? record.author ?? record.authors ?? record.by),
      source: str(record.source ?? record.publisher),
      date: normaliseDate(record.date),
      lang: str(record.lang ?? record.language),
    };
    return { found, extras: { speakers: record.speakers } };
  }

  blocks(nodes: md.RootContent[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) out.push(...this.block(node));
    return out;
  }

  private block(node: md.RootContent): Block[] {
    const position = spanOf(node);
    switch (node.type) {
      case 'heading':
        if (node.depth === 1 && !this.seenBlock) this.firstHeadingWasTop = true;
        this.seenBlock = true;
        return [{ type: 'heading', depth: node.depth, children: this.inlines(node.children), position }];
      case 'paragraph': {
        this.seenBlock = true;
        return this.paragraph(node, position);
      }
      case 'list':
        this.seenBlock = true;
        return [
          {
            type: 'list',
            ordered: node.ordered === true,
            start: node.start ?? 1,
            children: node.children.map((item): ListItem => ({ type: 'listItem', children: this.blocks(item.children), position: spanOf(item) })),
            position,
          },
        ];
      case 'blockquote':
        this.seenBlock = true;
        return [{ type: 'blockquote', children: this.blocks(node.children), position }];
      case 'code':
        this.seenBlock = true;
        return [{ type: 'code', value: node.value, lang: node.lang ?? undefined, position }];
      case 'thematicBreak':
        return [{ type: 'thematicBreak', position }];
      case 'table':
        this.seenBlock = true;
        return [{ type: 'table', rows: node.children.map((row) => row.children.map((cell) => this.inlines(cell.children))), position }];
      case 'html': {
        const text = stripHtml(node.value);
        return text ? [{ type: 'paragraph', children: [{ type: 'text', value: text, position }], position }] : [];
      }
      case 'footnoteDefinition': {
        const body = this.blocks(node.children);
        const first = body[0];
        if (first?.type === 'paragraph') first.children.unshift({ type: 'text', value: `Note ${node.label ?? node.identifier}: ` });
        return body;
      }
      case 'yaml':
      case 'definition':
        return [];
      default:
        throw new Error(`Markdown block node of type '${node.type}' has no handler`);
    }
  }
  private seenBlock = false;

  private paragraph(node: md.Paragraph, position: Span | undefined): Block[] {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only && (only.type === 'image' || only.type === 'imageReference')) {
      const url = only.type === 'image' ? only.url : this.definitions.get(only.identifier);
      const alt = only.alt ?? '';
      return [{ type: 'caption', children: alt ? [{ type: 'text', value: alt, position }] : [], imageAlt: alt, imageUrl: url, position }];
    }
    const raw = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    if (node.children.every((c) => c.type === 'text') && /^\{\{[^}]*\}\}$/.test(raw.trim())) {
      this.diagnostics.warn('template-directive', `skipped a site template directive: ${raw.trim()}`, position);
      return [];
    }
    const children = this.inlines(node.children);
    if (node.children.every((c) => c.type === 'text')) {
      const caption = splitCaption(raw);
      if (caption) return [{ type: 'caption', children: [{ type: 'text', value: caption.text, position }], credit: caption.credit, position }];
    }
    return [{ type: 'paragraph', children, position }];
  }

  private inlines(nodes: md.PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) out.push(...this.inline(node));
    return out;
  }

  private inline(node: md.PhrasingContent): Inline[] {
    const position = spanOf(node);
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value.replace(/\n/g, ' '), position }];
      case 'emphasis':
        return [{ type: 'emphasis', strong: false, children: this.inlines(node.children), position }];
      case 'strong':
        return [{ type: 'emphasis', strong: true, children: this.inlines(node.children), position }];
      case 'delete':
        return this.inlines(node.children);
      case 'link':
        return [{ type: 'link', url: node.url, children: this.inlines(node.children), position }];
      case 'linkReference': {
        const url = this.definitions.get(node.identifier);
        const children = this.inlines(node.children);
        return url ? [{ type: 'link', url, children, position }] : children;
      }
      case 'image':
      case 'imageReference':
        return node.alt ? [{ type: 'text', value: node.alt, position }] : [];
      case 'inlineCode':
        return [{ type: 'inlineCode', value: node.value, position }];
      case 'break':
        return [{ type: 'break', position }];
      case 'html': {
        const text = stripHtml(node.value);
        return text ? [{ type: 'text', value: text, position }] : [];
      }
      case 'footnoteReference':
        return [{ type: 'text', value: `[${node.label ?? node.identifier}]`, position }];
      default:
        throw new Error(`Markdown inline node of type '${(node as md.Node).type}' has no handler`);
    }
  }
}

function stripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
