/**
 * Inline nodes → styled spans, one handler per node type.
 *
 * Emphasis of either strength is bold (large print has no italics). A quote
 * becomes a `Quote` element holding its marks and words, preceded by its
 * speaker label when the paragraph needs one; a link becomes a `Link`
 * element with an annotation; inline code a `Code` element.
 */
import type { Inline, QuoteInline } from '../../model/article.js';
import type { StructNode } from './structure.js';
import type { InlineSpan, LinkTarget, TextStyle } from './typeset.js';
import { plainText } from './speakers.js';

export interface InlineState {
  owner: StructNode;
  style: TextStyle;
  link?: LinkTarget;
  /** Labels to put before quotations (see speakers.ts). */
  labels: ReadonlyMap<QuoteInline, string>;
  colors: { link: string; speakerLabel: string };
}

type InlineHandler<T extends Inline> = (node: T, state: InlineState, out: InlineSpan[]) => void;
type InlineHandlers = { [K in Inline['type']]: InlineHandler<Extract<Inline, { type: K }>> };

function text(value: string, state: InlineState, out: InlineSpan[], position: Inline['position']): void {
  if (!value) return;
  const span: InlineSpan = { kind: 'text', text: value, style: state.style, owner: state.owner };
  if (state.link) span.link = state.link;
  if (position) span.position = position;
  out.push(span);
}

const bold = new WeakMap<TextStyle, TextStyle>();
function bolder(style: TextStyle): TextStyle {
  if (style.weight === 700) return style;
  let b = bold.get(style);
  if (!b) {
    b = { ...style, weight: 700 };
    bold.set(style, b);
  }
  return b;
}

const handlers: InlineHandlers = {
  text(node, state, out) {
    text(node.value, state, out, node.position);
  },
  emphasis(node, state, out) {
    renderInlines(node.children, { ...state, style: bolder(state.style) }, out);
  },
  link(node, state, out) {
    const words = plainText(node.children).trim();
    const contents = words && words !== node.url ? `${words} (link to ${node.url})` : `Link to ${node.url}`;
    renderInlines(
      node.children,
      {
        ...state,
        owner: state.owner.child('Link'),
        style: { ...state.style, color: state.colors.link, underline: true },
        link: { url: node.url, contents },
      },
      out,
    );
  },
  inlineCode(node, state, out) {
    text(node.value, { ...state, owner: state.owner.child('Code') }, out, node.position);
  },
  break(_node, _state, out) {
    out.push({ kind: 'break' });
  },
  quote(node, state, out) {
    const label = state.labels.get(node);
    if (label) {
      const labelStyle = { ...state.style, weight: 700 as const, color: state.colors.speakerLabel, underline: false };
      out.push({ kind: 'text', text: label + ' ', style: labelStyle, owner: state.owner, ...(node.position ? { position: node.position } : {}) });
    }
    const inner: InlineState = { ...state, owner: state.owner.child('Quote') };
    text(node.open, inner, out, node.position);
    renderInlines(node.children, inner, out);
    text(node.close, inner, out, node.position);
  },
};

export function renderInline(node: Inline, state: InlineState, out: InlineSpan[]): void {
  const handler = (handlers as Partial<Record<string, InlineHandler<Inline>>>)[node.type];
  if (!handler) throw new Error(`render/pdf: no handler for inline node type "${String((node as { type: unknown }).type)}"`);
  handler(node, state, out);
}

export function renderInlines(nodes: readonly Inline[], state: InlineState, out: InlineSpan[]): void {
  for (const node of nodes) renderInline(node, state, out);
}
