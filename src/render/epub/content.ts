import type { Article, Block, Inline, Speaker } from '../../model/article.js';
import { narrationText, plainText, renderInlines, type InlineContext } from './inlines.js';
import { attrs, escapeXml, XML_DECLARATION } from './xml.js';

/** A heading as the navigation document lists it. */
export interface HeadingEntry {
  level: number;
  text: string;
  /** Fragment id in the content document. */
  id: string;
}

export interface ContentDocument {
  xhtml: string;
  /** Fragment id of each top-level block (and of the title, under TITLE_BLOCK). */
  ids: Map<number, string>;
  headings: HeadingEntry[];
}

export const TITLE_ID = 'title';

export function blockId(index: number): string {
  return `b${index}`;
}

interface BlockContext {
  article: Article;
  speakers: ReadonlyMap<string, Speaker>;
  /** Id of the top-level block being rendered, undefined inside nested blocks. */
  id?: string;
}

function langAttrs(lang: string | undefined, article: Article): { lang?: string; 'xml:lang'?: string } {
  return lang && lang !== article.meta.lang ? { lang, 'xml:lang': lang } : {};
}

function inlineContext(children: readonly Inline[], context: BlockContext): InlineContext {
  return { speakers: context.speakers, narrationText: narrationText(children) };
}

type BlockHandlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, context: BlockContext) => string };

const handlers: BlockHandlers = {
  heading: (node, context) => {
    const level = Math.min(6, Math.max(2, node.depth));
    return `<h${level}${attrs({ id: context.id, ...langAttrs(node.lang, context.article) })}>${renderInlines(node.children, inlineContext(node.children, context))}</h${level}>`;
  },
  paragraph: (node, context) =>
    `<p${attrs({ id: context.id, ...langAttrs(node.lang, context.article) })}>${renderInlines(node.children, inlineContext(node.children, context))}</p>`,
  list: (node, context) => {
    const tag = node.ordered ? 'ol' : 'ul';
    const items = node.children
      .map((item) => `<li>${renderBlocks(item.children, { ...context, id: undefined })}</li>`)
      .join('');
    return `<${tag}${attrs({ id: context.id, start: node.ordered && node.start !== 1 ? node.start : undefined })}>${items}</${tag}>`;
  },
  blockquote: (node, context) => {
    const speaker = node.speakerId ? context.speakers.get(node.speakerId) : undefined;
    const body = renderBlocks(node.children, { ...context, id: undefined });
    const lang = langAttrs(node.lang, context.article);
    if (!speaker) return `<blockquote${attrs({ id: context.id, ...lang })}>${body}</blockquote>`;
    // The speaker's name is text a screen reader reads, not only an attribute.
    return (
      `<div${attrs({ id: context.id, class: 'quotation' })}>` +
      `<p class="speaker"><b>${escapeXml(speaker.name)}:</b></p>` +
      `<blockquote${attrs({ 'data-speaker': speaker.name, ...lang })}>${body}</blockquote></div>`
    );
  },
  caption: (node, context) => {
    const text = renderInlines(node.children, inlineContext(node.children, context));
    const alt =
      node.imageAlt && node.imageAlt.trim() !== plainText(node.children).trim()
        ? `<p class="image-alt">${escapeXml(node.imageAlt)}</p>`
        : '';
    const credit = node.credit ? ` <span class="credit">${escapeXml(node.credit)}</span>` : '';
    return `<figure${attrs({ id: context.id })}>${alt}<figcaption>${text}${credit}</figcaption></figure>`;
  },
  code: (node, context) => {
    const language = node.lang?.replace(/[^A-Za-z0-9_+-]/g, '');
    return `<pre${attrs({ id: context.id })}><code${attrs({ class: language ? `language-${language}` : undefined })}>${escapeXml(node.value)}</code></pre>`;
  },
  thematicBreak: (_node, context) => `<hr${attrs({ id: context.id })}/>`,
  table: (node, context) => {
    const [head, ...body] = node.rows;
    const cell = (tag: 'th' | 'td', inlines: Inline[]): string =>
      `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${renderInlines(inlines, inlineContext(inlines, context))}</${tag}>`;
    const thead = head ? `<thead><tr>${head.map((c) => cell('th', c)).join('')}</tr></thead>` : '';
    const tbody = body.length ? `<tbody>${body.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('')}</tbody>` : '';
    if (!thead && !tbody) return `<div${attrs({ id: context.id })}></div>`;
    return `<table${attrs({ id: context.id })}>${thead}${tbody}</table>`;
  },
};

function renderBlock(node: Block, context: BlockContext): string {
  const handler = handlers[node.type] as ((n: Block, c: BlockContext) => string) | undefined;
  if (!handler) throw new Error(`EPUB renderer has no handler for block node type "${(node as { type: string }).type}"`);
  return handler(node, context);
}

function renderBlocks(blocks: readonly Block[], context: BlockContext): string {
  return blocks.map((b) => renderBlock(b, context)).join('\n');
}

/** The one XHTML content document of the book, with an id on the title and on every top-level block. */
export function buildContentDocument(article: Article, titleBlock: number): ContentDocument {
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const ids = new Map<number, string>([[titleBlock, TITLE_ID]]);
  const headings: HeadingEntry[] = [{ level: 1, text: article.meta.title, id: TITLE_ID }];
  const body: string[] = [];
  article.blocks.forEach((block, index) => {
    // A level-1 heading that repeats the title is the title itself, shown (and read) once already.
    if (block.type === 'heading' && block.depth === 1 && plainText(block.children).trim() === article.meta.title.trim()) return;
    const id = blockId(index);
    ids.set(index, id);
    if (block.type === 'heading') headings.push({ level: Math.min(6, Math.max(2, block.depth)), text: plainText(block.children), id });
    body.push(renderBlock(block, { article, speakers, id }));
  });

  const { title, byline, source, date, lang } = article.meta;
  const dateline = [source, date].filter((s): s is string => Boolean(s?.trim())).map(escapeXml).join(' · ');
  const header =
    `<header${attrs({ id: TITLE_ID })}>` +
    `<h1>${article.meta.titleInlines ? renderInlines(article.meta.titleInlines, inlineContext(article.meta.titleInlines, { article, speakers })) : escapeXml(title)}</h1>` +
    (byline ? `<p class="byline">${escapeXml(byline)}</p>` : '') +
    (dateline ? `<p class="dateline">${dateline}</p>` : '') +
    `</header>`;

  const xhtml =
    XML_DECLARATION +
    '<!DOCTYPE html>\n' +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${attrs({ lang, 'xml:lang': lang })}>\n` +
    `<head>\n<meta charset="UTF-8"/>\n<title>${escapeXml(title)}</title>\n<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n` +
    `<body>\n<main epub:type="bodymatter">\n<article>\n${header}\n${body.join('\n')}\n</article>\n</main>\n</body>\n</html>\n`;
  return { xhtml, ids, headings };
}
