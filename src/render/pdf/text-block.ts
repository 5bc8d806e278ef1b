/** Inline content of one block (paragraph, heading, caption, cell) laid out into lines. */
import type { Inline } from '../../model/article.js';
import type { BlockScope, RenderContext } from './context.js';
import { renderInlines } from './inlines.js';
import { inlineQuoteLabels } from './speakers.js';
import type { StructNode } from './structure.js';
import type { InlineSpan, Line, TextStyle } from './typeset.js';

export function bodyStyle(ctx: RenderContext, overrides: Partial<TextStyle> = {}): TextStyle {
  return { weight: 400, size: ctx.template.sizes.body, color: ctx.template.colors.text, underline: false, ...overrides };
}

/** Lays out inlines (plus any pending speaker label) as the content of `node`. */
export function layoutInlines(
  node: StructNode,
  inlines: readonly Inline[],
  style: TextStyle,
  scope: BlockScope,
  ctx: RenderContext,
  options: { preserve?: boolean; consumeLabel?: boolean; width?: number } = {},
): Line[] {
  const spans: InlineSpan[] = [];
  if (options.consumeLabel && scope.label && !scope.label.used) {
    const labelStyle: TextStyle = { ...style, weight: 700, color: ctx.template.colors.speakerLabel };
    spans.push({ kind: 'text', text: scope.label.text + ' ', style: labelStyle, owner: node });
    scope.label.used = true;
  }
  const labels = inlineQuoteLabels(ctx.article, inlines, scope.named, ctx.attributedQuotes);
  renderInlines(inlines, { owner: node, style, labels, colors: ctx.template.colors }, spans);
  return ctx.typesetter.layout(spans, {
    width: options.width ?? scope.width,
    lineSpacing: ctx.template.lineSpacing,
    preserve: options.preserve ?? false,
    onMissing: (char, position) => ctx.reportMissingGlyph(char, position),
  });
}
