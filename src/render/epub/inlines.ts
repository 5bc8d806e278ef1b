import type { Inline, QuoteInline, Speaker } from '../../model/article.js';
import { attrs, escapeXml } from './xml.js';
import { escapeRegExp, plainText } from '../../model/text.js';

/** What inline rendering needs to know about the block around it. */
export interface InlineContext {
  speakers: ReadonlyMap<string, Speaker>;
  /** Lower-cased words of the block outside its quotations: a speaker named there needs no label. */
  narrationText: string;
}

export { plainText };

/** The text of a block outside its top-level quotations, lower-cased. */
export function narrationText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    if (node.type === 'quote') out += ' ';
    else if (node.type === 'emphasis' || node.type === 'link') out += narrationText(node.children);
    else if (node.type === 'break') out += ' ';
    else out += node.value;
  }
  return out.toLowerCase();
}

/** True when the block's own words name the speaker (full name, an alias, or a person's surname). */
export function isNamedNearby(speaker: Speaker, context: InlineContext): boolean {
  const names = [speaker.name, ...speaker.aliases];
  if (speaker.kind === 'person') {
    const surname = speaker.name.trim().split(/\s+/).pop();
    if (surname && surname.length > 2) names.push(surname);
  }
  return names.some((n) => containsWord(context.narrationText, n.trim().toLowerCase()));
}

/** True when `words` occur in `text` as whole words (not inside a longer word). */
function containsWord(text: string, words: string): boolean {
  if (!words) return false;
  const escaped = escapeRegExp(words);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const SAFE_LINK = /^(?:https?:|mailto:)/i;

type InlineHandlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>, context: InlineContext) => string };

const handlers: InlineHandlers = {
  text: (node) => escapeXml(node.value),
  inlineCode: (node) => `<code>${escapeXml(node.value)}</code>`,
  break: () => '<br/>',
  emphasis: (node, context) => {
    const tag = node.strong ? 'strong' : 'em';
    return `<${tag}>${renderInlines(node.children, context)}</${tag}>`;
  },
  link: (node, context) => {
    const content = renderInlines(node.children, context);
    return SAFE_LINK.test(node.url) ? `<a${attrs({ href: node.url })}>${content}</a>` : `<span>${content}</span>`;
  },
  quote: (node, context) => renderQuote(node, context),
};

/**
 * An inline quotation: `<q>` with the marks as written, the speaker in
 * `data-speaker`, and a bold spoken label in front when the block does not name
 * the speaker itself (screen readers do not announce `q`).
 */
function renderQuote(node: QuoteInline, context: InlineContext): string {
  const speaker = node.depth === 0 && node.speakerId ? context.speakers.get(node.speakerId) : undefined;
  const label = speaker && !isNamedNearby(speaker, context) ? `<b class="speaker">${escapeXml(speaker.name)}:</b> ` : '';
  const q = `<q${attrs({
    class: node.depth === 0 ? 'quote' : 'quote nested',
    'data-speaker': speaker?.name,
    'data-quote-id': node.quoteId,
  })}>${escapeXml(node.open)}${renderInlines(node.children, context)}${escapeXml(node.close)}</q>`;
  return label + q;
}

export function renderInlines(inlines: readonly Inline[], context: InlineContext): string {
  let out = '';
  for (const node of inlines) {
    const handler = handlers[node.type] as ((n: Inline, c: InlineContext) => string) | undefined;
    if (!handler) throw new Error(`EPUB renderer has no handler for inline node type "${(node as { type: string }).type}"`);
    out += handler(node, context);
  }
  return out;
}
