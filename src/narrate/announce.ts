/**
 * How the narration names a speaker it announces before a quotation (pure):
 * a story's first-person narrator (the speaker detect calls "I") as "I"; in
 * English, a name the text writes after "the" nearly every time ("the
 * Hatter", "the March Hare") with it, so that the cue reads "The Hatter
 * said:" rather than "Hatter said:"; anyone else by name.
 */
import type { Article, Block, Speaker } from '../model/article.js';
import { primaryLanguage } from '../model/lang.js';
import { blockText, escapeRegExp } from '../model/text.js';

/** Of a name's mentions, at least this share must follow "the" for the announcement to keep it. */
const WITH_THE = 0.8;

/** The words of every block, for counting how the text writes a name. */
export function articleText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}

export function announcedName(speaker: Speaker, text: string, lang: string): string {
  if (speaker.aliases.includes('I')) return 'I';
  const name = speaker.name;
  if (primaryLanguage(lang) !== 'en' || /^(?:the|a|an)\s/iu.test(name)) return name;
  const escaped = escapeRegExp(name);
  const count = (pattern: string): number => text.match(new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'giu'))?.length ?? 0;
  const all = count(escaped);
  return all > 0 && count(`the\\s+${escaped}`) / all >= WITH_THE ? `the ${name}` : name;
}
