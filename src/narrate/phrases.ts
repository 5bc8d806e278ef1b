/**
 * The few words the narration adds of its own, in the article's language:
 * a French article is announced "Febelfin a dit :", not "Febelfin said:".
 * Languages not listed here use English. A template's own words (intro,
 * outro, quotation cues) may be given per language too.
 */
import type { Localised } from '../config/types.js';
import { primaryLanguage } from '../model/lang.js';

export interface Phrases {
  /**
   * Announces a speaker before their quotation; `verb`, the text's own
   * ("asked", "thought"), and `manner`, the words after it ("indignantly"),
   * where the language takes them.
   */
  said(name: string, verb?: string, manner?: string): string;
  /** Read before a photo caption. */
  photoCaption: string;
}

const PHRASES: Record<string, Phrases> = {
  en: { said: (name, verb, manner) => `${name} ${verb ?? 'said'}${manner ? ` ${manner}` : ''}:`, photoCaption: 'Photo caption:' },
  fr: { said: (name) => `${name} a dit :`, photoCaption: 'Légende de la photo :' },
  de: { said: (name) => `${name} sagte:`, photoCaption: 'Bildunterschrift:' },
  es: { said: (name) => `${name} dijo:`, photoCaption: 'Pie de foto:' },
  it: { said: (name) => `${name} ha detto:`, photoCaption: 'Didascalia:' },
};

export function phrasesFor(lang: string): Phrases {
  return PHRASES[primaryLanguage(lang)] ?? PHRASES.en!;
}

/** A template's words in the article's language: its own text, else the English one, else the first given. */
export function inLanguage(words: Localised, lang: string): string {
  if (typeof words === 'string') return words;
  return words[primaryLanguage(lang)] ?? words['en'] ?? Object.values(words)[0] ?? '';
}
