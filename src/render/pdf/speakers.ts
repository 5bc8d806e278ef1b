/**
 * Speaker labels. Screen readers announce a BlockQuote but not an inline
 * Quote, and skip quote marks at default settings, so the speaker's name has
 * to be in the words themselves, next to the quotation:
 *
 * - a block quotation (or a paragraph that is wholly one quotation) starts
 *   with the name in bold, per the template's `quotes.labelFormat`;
 * - an inline quotation whose speaker is not named in the rest of its
 *   paragraph gets a bold `[Name]` before it.
 */
import type { Article, Inline, QuoteInline, Speaker } from '../../model/article.js';
import { escapeRegExp, plainText } from '../../model/text.js';

export const INLINE_LABEL_FORMAT = '[{name}]';

export function findSpeaker(article: Article, id: string | undefined): Speaker | undefined {
  if (!id) return undefined;
  return article.speakers.find((s) => s.id === id);
}

export function formatLabel(format: string, name: string): string {
  return format.split('{name}').join(name);
}

function isBlank(inline: Inline): boolean {
  return inline.type === 'text' && inline.value.trim() === '';
}

/** The quotation a paragraph consists of, when it is nothing but one top-level quote. */
export function wholeQuote(children: readonly Inline[]): QuoteInline | undefined {
  const content = children.filter((c) => !isBlank(c));
  const only = content[0];
  // A quoted term (kind 'term': a nickname, a title) is not someone speaking.
  if (content.length === 1 && only && only.type === 'quote' && !('kind' in only && only.kind === 'term')) return only;
  return undefined;
}

/**
 * The quotation a paragraph opens with when it goes on from an earlier block
 * and the paragraph does not consist of it alone (`…them,” Zelenskyy said.`).
 */
export function continuedQuote(children: readonly Inline[]): QuoteInline | undefined {
  const first = children.find((c) => !isBlank(c));
  if (first?.type !== 'quote' || !first.continued || first.kind === 'term') return undefined;
  return wholeQuote(children) ? undefined : first;
}

export { plainText };

/** Text of a paragraph outside its top-level quotations. */
function textAroundQuotes(children: readonly Inline[]): string {
  let out = '';
  for (const c of children) {
    if (c.type === 'quote') out += ' ';
    else if (c.type === 'emphasis' || c.type === 'link') out += textAroundQuotes(c.children);
    else if (c.type === 'text' || c.type === 'inlineCode') out += c.value;
    else out += ' ';
  }
  return out;
}

/** Top-level quotations in reading order (not those nested in another quote). */
function topLevelQuotes(children: readonly Inline[], out: QuoteInline[] = []): QuoteInline[] {
  for (const c of children) {
    if (c.type === 'quote') out.push(c);
    else if (c.type === 'emphasis' || c.type === 'link') topLevelQuotes(c.children, out);
  }
  return out;
}

/** The ways a text may name a speaker: the name, its aliases, and a person's surname. */
function namesOf(speaker: Speaker): string[] {
  const names = [speaker.name, ...speaker.aliases];
  if (speaker.kind === 'person') {
    const last = speaker.name.trim().split(/\s+/).at(-1);
    if (last && last.length >= 3) names.push(last);
  }
  return names.map((n) => n.trim()).filter((n) => n.length > 0);
}

export function isNamedIn(text: string, speaker: Speaker): boolean {
  return namesOf(speaker).some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text),
  );
}

/**
 * Which inline quotations of a paragraph need a `[Name]` label.
 *
 * `named` holds speakers already named nearby (a block label); `attributed`
 * holds quotation ids already labelled or named, so a quotation continued
 * from an earlier paragraph is not labelled again. Both are updated.
 */
export function inlineQuoteLabels(
  article: Article,
  children: readonly Inline[],
  named: ReadonlySet<string>,
  attributed: Set<string>,
): Map<QuoteInline, string> {
  const labels = new Map<QuoteInline, string>();
  const around = textAroundQuotes(children);
  const labelledHere = new Set<string>();
  for (const quote of topLevelQuotes(children)) {
    const speaker = findSpeaker(article, quote.speakerId);
    if (!speaker) continue;
    const skip =
      named.has(speaker.id) ||
      labelledHere.has(speaker.id) ||
      (quote.continued && attributed.has(quote.quoteId)) ||
      isNamedIn(around, speaker);
    attributed.add(quote.quoteId);
    if (skip) continue;
    labels.set(quote, formatLabel(INLINE_LABEL_FORMAT, speaker.name));
    labelledHere.add(speaker.id);
  }
  return labels;
}
