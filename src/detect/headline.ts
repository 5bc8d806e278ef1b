/**
 * The people a headline names as speaking, by the two conventions headlines
 * use for it: "Ann Lee: I will not stand again" (the speaker, a colon, their
 * words) and "Ann Lee says …" / "Ann Lee tells …" / "Ann Lee warns …". An
 * article may then open with "He added:" and name nobody in its body: the
 * headline's speaker is whom the pronoun means.
 */
import type { Article, HeadingBlock } from '../model/article.js';
import { DiagnosticBag } from '../model/diagnostics.js';
import { looksLikeOrganisation } from './lexicon.js';
import { NAME_WORD } from './nouns.js';
import { applyQuotes, collectUnits, findQuotes } from './quotes.js';

const FULL_NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sir|Lady|Lord)\.?\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){1,2})`;
const COLON = new RegExp(`^\\s*${FULL_NAME}\\s*:\\s+\\S`, 'u');
const SAYS = new RegExp(`^\\s*${FULL_NAME}\\s+(?:says|said|tells|told|insists|warns|admits|claims|denies|vows|urges|reveals|defends)\\s`, 'u');
/** Headline labels that take a colon and are no one ("Breaking News: …", "Live Updates: …"). */
const LABEL_WORDS = /^(?:breaking|news|live|update|updates|exclusive|opinion|analysis|review|watch|video|interview|comment|explainer|factbox|timeline|world|sport|business|politics)$/iu;

/** The full names a headline gives as speaking ("Tony Lee: …", "Tony Lee says …"), not organisations or places. */
export function headlineSpeakers(title: string): string[] {
  const m = COLON.exec(title) ?? SAYS.exec(title);
  const name = m?.[1];
  if (!name || looksLikeOrganisation(name) || name.split(/\s+/u).some((w) => LABEL_WORDS.test(w))) return [];
  // a title-case headline capitalises every word: "Council Says No" names no one
  if (/^(?:\S+\s+){3,}/u.test(title) && title.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w)).length === 0) return [];
  return [name];
}

/**
 * Marks the quotations of the title ("All-inclusive stays 'may not work out
 * cheapest'") in `article.meta.titleInlines`. A headline's quotation is a
 * term: the body says who spoke. (Markdown's `# Title` is the title, not a
 * body block: parse takes it out.)
 */
export function markTitle(article: Article, lang: string): void {
  const { title } = article.meta;
  if (article.meta.titleDerived || !title.trim()) return;
  const block: HeadingBlock = { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] };
  const units = collectUnits([block], lang);
  findQuotes(units, new DiagnosticBag(article.sourceName)); // (an unclosed mark in a title ends with it; nothing to point at)
  const spans = units.flatMap((u) => u.spans);
  if (!spans.length) return;
  for (const s of spans) {
    s.quoteId = `title-${s.quoteId}`;
    if (s.depth === 0) s.kind = 'term';
  }
  applyQuotes(units, () => undefined);
  article.meta.titleInlines = block.children;
}
