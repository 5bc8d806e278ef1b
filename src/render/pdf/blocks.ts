/**
 * Block nodes → tagged, laid-out text, one handler per node type.
 * An unknown block type is a bug and throws.
 */
import type {
  Block,
  BlockQuoteBlock,
  CaptionBlock,
  CodeBlock,
  HeadingBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  ThematicBreakBlock,
} from '../../model/article.js';
import { canDraw } from './fonts.js';
import { langOption, type BlockScope, type RenderContext } from './context.js';
import { bodyStyle, layoutInlines } from './text-block.js';
import { continuedQuote, findSpeaker, formatLabel, plainText, wholeQuote } from './speakers.js';
import type { StructNode } from './structure.js';
import { renderTable } from './table.js';
import { baselineOf } from './typeset.js';
import type { Line } from './line-builder.js';
import type { Rule } from './pager.js';

type BlockHandler<T extends Block> = (block: T, scope: BlockScope, ctx: RenderContext) => void;
type BlockHandlers = { [K in Block['type']]: BlockHandler<Extract<Block, { type: K }>> };

function afterBlock(ctx: RenderContext): void {
  ctx.pager.gap(ctx.template.paragraphSpacing * ctx.template.sizes.body);
}

function textBlock(type: string, inlines: readonly Inline[], lang: string | undefined, scope: BlockScope, ctx: RenderContext): void {
  const node = scope.parent.child(type, langOption(lang, scope.lang));
  const lines = layoutInlines(node, inlines, bodyStyle(ctx), scope, ctx, { consumeLabel: true });
  ctx.typesetter.flow(lines, scope.x, ctx.pager);
  node.end();
  afterBlock(ctx);
}

/**
 * A block quotation: `BlockQuote`, the speaker's name in bold first, a rule
 * at the left, the blocks indented. Paragraphs that are wholly one quotation
 * come here too, so a screen reader announces them and says who speaks.
 */
function quoteGroup(children: readonly Block[], speakerId: string | undefined, lang: string | undefined, scope: BlockScope, ctx: RenderContext): void {
  const { template, pager } = ctx;
  const node = scope.parent.child('BlockQuote', langOption(lang, scope.lang));
  const speaker = findSpeaker(ctx.article, speakerId);
  const named = new Set(scope.named);
  if (speaker) named.add(speaker.id);
  const inner: BlockScope = {
    parent: node,
    x: scope.x + template.quotes.indent,
    width: scope.width - template.quotes.indent,
    lang: lang ?? scope.lang,
    named,
    inQuote: true,
  };
  if (speaker && template.quotes.speakerLabel) inner.label = { text: formatLabel(template.quotes.labelFormat, speaker.name), used: false };
  pager.ensure(Math.max(template.sizes.body * template.lineSpacing, shortQuoteHeight(children, inner, ctx)));
  const rule = template.quotes.rule ? startQuoteRule(scope, ctx) : undefined;
  if (inner.label && children[0]?.type !== 'paragraph') textBlock('P', [], undefined, inner, ctx);
  renderBlocks(children, inner, ctx);
  if (rule) pager.endRule(rule);
  node.end();
}

/** The rule at the left of a block quotation (or of the lines that go on with one), from here down. */
function startQuoteRule(scope: BlockScope, ctx: RenderContext): Rule {
  const { template } = ctx;
  return ctx.pager.startRule(scope.x + Math.max(2, template.quotes.indent / 3), template.colors.quoteRule, Math.max(2, template.sizes.body / 6));
}

/**
 * The height of a block quotation of paragraphs short enough (a third of a
 * page) to keep on one page, so its speaker label and words are seen
 * together; 0 for longer ones or other content. Measures on copies: the
 * label and the quote bookkeeping are left as they are.
 */
function shortQuoteHeight(children: readonly Block[], scope: BlockScope, ctx: RenderContext): number {
  const limit = (ctx.pager.bottom - ctx.pager.top) / 3;
  if (!children.every((c) => c.type === 'paragraph')) return 0;
  const trial: RenderContext = { ...ctx, attributedQuotes: new Set(ctx.attributedQuotes) };
  const trialScope: BlockScope = { ...scope, ...(scope.label ? { label: { ...scope.label } } : {}) };
  let height = 0;
  for (const [i, block] of children.entries()) {
    if (block.type !== 'paragraph') return 0;
    if (i > 0) height += ctx.template.paragraphSpacing * ctx.template.sizes.body;
    const lines = layoutInlines(scope.parent.child('P'), block.children, bodyStyle(ctx), trialScope, trial, { consumeLabel: true });
    for (const line of lines) height += line.height;
    if (height > limit) return 0;
  }
  return height;
}

function paragraph(block: ParagraphBlock, scope: BlockScope, ctx: RenderContext): void {
  const quote = scope.inQuote ? undefined : wholeQuote(block.children);
  if (quote) {
    quoteGroup([block], quote.speakerId, block.lang, scope, ctx);
    return;
  }
  if (!scope.inQuote && ctx.template.quotes.rule && continuedQuote(block.children)) {
    continuingParagraph(block, scope, ctx);
    return;
  }
  textBlock('P', block.children, block.lang, scope, ctx);
}

/**
 * A paragraph that opens by going on with a quotation from the block before
 * and then returns to narration (`…for them,” Zelenskyy said.`): a `P` as
 * usual, indented like the block quotation it continues, with the rule at
 * the left beside the lines that hold the quoted words, so the eye sees the
 * quotation go on where the text has no opening mark.
 */
function continuingParagraph(block: ParagraphBlock, scope: BlockScope, ctx: RenderContext): void {
  const { template, pager } = ctx;
  const node = scope.parent.child('P', langOption(block.lang, scope.lang));
  const indent = template.quotes.indent;
  const inner: BlockScope = { ...scope, x: scope.x + indent, width: scope.width - indent };
  const lines = layoutInlines(node, block.children, bodyStyle(ctx), inner, ctx, { consumeLabel: true });
  const quoted = lastQuotedLine(lines, node) + 1;
  pager.ensure(lines.slice(0, 2).reduce((h, l) => h + l.height, 0));
  const rule = startQuoteRule(scope, ctx);
  ctx.typesetter.flow(lines.slice(0, quoted), inner.x, pager);
  pager.endRule(rule);
  ctx.typesetter.flow(lines.slice(quoted), inner.x, pager);
  node.end();
  afterBlock(ctx);
}

/** The index of the last line holding words of the first quotation under `paragraph`. */
function lastQuotedLine(lines: readonly Line[], paragraph: StructNode): number {
  const quoteOf = (owner: StructNode | undefined): StructNode | undefined => {
    let top: StructNode | undefined;
    for (let n = owner; n && n !== paragraph; n = n.parent) if (n.type === 'Quote') top = n;
    return top;
  };
  let quote: StructNode | undefined;
  let last = 0;
  lines.forEach((line, i) => {
    for (const piece of line.pieces) {
      const q = quoteOf(piece.owner);
      if (q && !quote) quote = q;
      if (q && q === quote) last = i;
    }
  });
  return last;
}

function heading(block: HeadingBlock, scope: BlockScope, ctx: RenderContext): void {
  const { template, pager } = ctx;
  const level = Math.min(6, Math.max(2, Math.min(block.depth, ctx.headingLevel + 1)));
  ctx.headingLevel = level;
  const node = scope.parent.child(`H${level}`, langOption(block.lang, scope.lang));
  const size = level === 2 ? template.sizes.h2 : template.sizes.h3;
  const style = bodyStyle(ctx, { weight: 700, size, color: template.colors.heading });
  const lines = layoutInlines(node, block.children, style, scope, ctx);
  pager.gap(template.sizes.body * 0.5);
  // Keep the heading with the first two lines after it (a paragraph's first line is never left alone).
  const height = lines.reduce((h, l) => h + l.height, 0);
  pager.ensure(height + template.paragraphSpacing * template.sizes.body + 2 * template.sizes.body * template.lineSpacing);
  while (ctx.outline.length > 1 && (ctx.outline.at(-1)?.level ?? 0) >= level) ctx.outline.pop();
  const parentItem = ctx.outline.at(-1)?.item;
  const title = plainText(block.children).replace(/\s+/g, ' ').trim();
  if (parentItem && title) {
    ctx.outline.push({ level, item: parentItem.addItem(title, { top: pager.y, left: pager.pageWidth }) });
  }
  ctx.typesetter.flow(lines, scope.x, pager);
  node.end();
  afterBlock(ctx);
}

function list(block: ListBlock, scope: BlockScope, ctx: RenderContext): void {
  const { template, pager, typesetter } = ctx;
  const node = scope.parent.child('L');
  const style = bodyStyle(ctx);
  const bullet = block.marker && block.marker.trim() && [...block.marker.trim()].every((c) => canDraw(c)) ? block.marker.trim() : '•';
  const markers = block.children.map((_, i) => (block.ordered ? `${block.start + i}.` : bullet));
  const labelLines = markers.map((m, i) => {
    const lbl = node.child('LI').child('Lbl');
    return { lbl, line: typesetter.layout([{ kind: 'text', text: m, style, owner: lbl }], { width: Infinity, lineSpacing: template.lineSpacing })[0], index: i };
  });
  const markerWidth = Math.max(0, ...labelLines.map(({ line }) => (line ? line.pieces.reduce((w, p) => w + p.width, 0) : 0)));
  const indent = markerWidth + template.sizes.body * 0.6;
  block.children.forEach((item, i) => {
    const entry = labelLines[i];
    if (!entry) return;
    const li = entry.lbl.parent as StructNode;
    const body = li.child('LBody');
    const label = entry.line;
    if (label) {
      // Drawn with the first line of the item's body, on the same baseline.
      pager.addMarker((top, height, size) => {
        const labelTop = baselineOf(top, height, size) - (baselineOf(0, label.height, label.size));
        typesetter.drawLine(label, scope.x, labelTop, pager);
        entry.lbl.end();
      });
    }
    renderBlocks(item.children, { ...scope, parent: body, x: scope.x + indent, width: scope.width - indent, inQuote: scope.inQuote, label: undefined }, ctx);
    const pending = pager.takeMarkers();
    if (pending.length && label) {
      // Nothing in the item drew a line of text: the label gets a line of its own.
      pager.ensure(label.height);
      for (const marker of pending) marker(pager.y, label.height, label.size);
      pager.y += label.height;
      afterBlock(ctx);
    }
    li.end();
  });
  node.end();
}

function caption(block: CaptionBlock, scope: BlockScope, ctx: RenderContext): void {
  const node = scope.parent.child('Caption');
  const inlines: Inline[] = [];
  const text = plainText(block.children).trim();
  if (block.imageAlt && block.imageAlt.trim() && block.imageAlt.trim() !== text) {
    inlines.push({ type: 'text', value: `Image: ${block.imageAlt.trim()}` }, { type: 'break' });
  }
  inlines.push(...block.children);
  if (block.credit) inlines.push({ type: 'break' }, { type: 'text', value: block.credit });
  const lines = layoutInlines(node, inlines, bodyStyle(ctx, { size: ctx.template.sizes.meta }), scope, ctx, { consumeLabel: true });
  ctx.typesetter.flow(lines, scope.x, ctx.pager);
  node.end();
  afterBlock(ctx);
}

function code(block: CodeBlock, scope: BlockScope, ctx: RenderContext): void {
  const node = scope.parent.child('Code');
  const lines = layoutInlines(node, [{ type: 'text', value: block.value }], bodyStyle(ctx), scope, ctx, { preserve: true });
  ctx.typesetter.flow(lines, scope.x, ctx.pager);
  node.end();
  afterBlock(ctx);
}

function thematicBreak(_block: ThematicBreakBlock, scope: BlockScope, ctx: RenderContext): void {
  const { pager, template } = ctx;
  const height = template.sizes.body * template.lineSpacing;
  pager.ensure(height);
  const y = pager.y + height / 2;
  const x0 = scope.x + scope.width * 0.3;
  pager.artifact(() => {
    ctx.doc.save().moveTo(x0, y).lineTo(x0 + scope.width * 0.4, y).lineWidth(2).strokeColor(template.colors.text).stroke().restore();
  });
  pager.y += height;
  pager.contentBottom = pager.y;
  afterBlock(ctx);
}

const handlers: BlockHandlers = {
  heading,
  paragraph,
  list,
  blockquote: (block: BlockQuoteBlock, scope, ctx) => quoteGroup(block.children, block.speakerId, block.lang, scope, ctx),
  caption,
  code,
  thematicBreak,
  table: renderTable,
};

export function renderBlock(block: Block, scope: BlockScope, ctx: RenderContext): void {
  const handler = (handlers as Partial<Record<string, BlockHandler<Block>>>)[block.type];
  if (!handler) throw new Error(`render/pdf: no handler for block type "${String((block as { type: unknown }).type)}"`);
  handler(block, scope, ctx);
}

/**
 * Renders blocks in order. Outside block quotations, a run of paragraphs
 * that are each wholly part of one quotation (same quote id) becomes one
 * BlockQuote with one speaker label.
 */
export function renderBlocks(blocks: readonly Block[], scope: BlockScope, ctx: RenderContext): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const quote = !scope.inQuote && block.type === 'paragraph' ? wholeQuote(block.children) : undefined;
    if (!quote || block.type !== 'paragraph') {
      renderBlock(block, scope, ctx);
      continue;
    }
    const group: Block[] = [block];
    while (i + 1 < blocks.length) {
      const next = blocks[i + 1] as Block;
      const nextQuote = next.type === 'paragraph' ? wholeQuote(next.children) : undefined;
      if (!nextQuote || nextQuote.quoteId !== quote.quoteId) break;
      group.push(next);
      i++;
    }
    quoteGroup(group, quote.speakerId, block.lang, scope, ctx);
  }
}
