import { createRequire } from 'node:module';
import type { ArticleMeta } from '../model/article.js';
import { primaryLanguage } from '../model/lang.js';

type Tinyld = typeof import('tinyld');
let tinyld: Tinyld | undefined;
/**
 * tinyld's statistical guesser, loaded the first time a text needs it: it
 * builds its model as it loads (some 150 ms of a cold start), and most
 * articles' everyday words settle their language without it.
 */
const statistics = (): Tinyld => (tinyld ??= createRequire(import.meta.url)('tinyld') as Tinyld);
/** Whether the statistical guesser has been loaded in this process (for tests). */
export const statisticsLoaded = (): boolean => tinyld !== undefined;

/** Front-matter style metadata as the parsers find it; all optional. */
export interface FoundMeta {
  title?: string;
  byline?: string;
  source?: string;
  date?: string;
  lang?: string;
}

/** What a source may say beyond its metadata: speaker corrections in front matter (`speakers:`), checked by detect. */
export interface FoundExtras {
  speakers?: unknown;
}

const DATE_LINE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{4}-\d{2}-\d{2})$/;

export function looksLikeDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

/** A readable title from a file name: `bakhmut-trenches.txt` → `Bakhmut trenches`. */
export function titleFromFileName(sourceName: string): string {
  const base = sourceName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const words = base.replace(/[-_.]+/g, ' ').trim();
  if (!words) return 'Untitled article';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Language of the text as a BCP 47 primary tag, `en` when unsure. A text
 * whose everyday words are plainly one known language's (two words or more,
 * at least 8% of its words, twice as many as any other known language's) is
 * that language, with no statistical guess at all: the guess alone took
 * English news for Dutch, Portuguese or Irish, and "Labour backbencher
 * Stephen Pound labelled …" for French. Otherwise the statistical guess is
 * checked the same way against the language it names, when its everyday
 * words are known.
 */
export function guessLanguage(sample: string): string {
  const text = sample.slice(0, 4000);
  const words = wordsOf(text);
  const hits = new Map(Object.keys(FUNCTION_WORDS).map((lang) => [lang, everydayWords(words, lang)]));
  const [best, most] = [...hits].reduce((a, b) => (b[1] > a[1] ? b : a));
  // (two words at least: one "no" does not make "Voters remembered …: “No new taxes.”" Spanish)
  const plain = (than: number): boolean => most >= 2 && most >= 0.08 * words.length && most >= 2 * than;
  // Everyday words plainly one known language's settle it, without the statistical guess.
  if (plain(Math.max(0, ...[...hits].filter(([lang]) => lang !== best).map(([, n]) => n)))) return best;
  const guess = statistics().detect(text) || 'en';
  if (!FUNCTION_WORDS[guess]) return guess;
  return best !== guess && plain(hits.get(guess)!) ? best : guess;
}

/** The words of a text, lower-cased. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/** How many of `words` are among the everyday words of `lang` (0 for a language whose words we do not list). */
function everydayWords(words: readonly string[], lang: string): number {
  const common = FUNCTION_WORDS[lang];
  return common ? words.filter((w) => common.has(w)).length : 0;
}

export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function buildMeta(found: FoundMeta, fallbackTitle: string, bodySample: string): ArticleMeta {
  return {
    title: found.title ?? fallbackTitle,
    titleDerived: found.title === undefined,
    byline: found.byline,
    source: found.source,
    date: found.date,
    lang: found.lang ?? guessLanguage(bodySample),
  };
}

/** Words a passage needs before its own language is guessed at all. */
const MIN_PASSAGE_WORDS = 8;

/**
 * The language of a passage when it is clearly not the document's (a French
 * paragraph in an English article), else undefined. Deliberately cautious:
 * a wrong /Lang makes a screen reader mispronounce a whole paragraph.
 */
export function passageLanguage(text: string, documentLang: string): string | undefined {
  const words = wordsOf(text);
  const doc = primaryLanguage(documentLang);
  // Only for languages whose everyday words we know: the statistical guess alone
  // takes plain English sentences full of place names for Slovak or Esperanto.
  if (!FUNCTION_WORDS[doc] || words.length < MIN_PASSAGE_WORDS) return undefined;
  if (everydayWords(words, doc) / words.length >= 0.08) return undefined;
  const ranked = statistics().detectAll(text);
  const top = ranked[0];
  if (!top || top.lang === doc || top.accuracy < 0.9) return undefined;
  const docScore = ranked.find((r) => r.lang === doc)?.accuracy ?? 0;
  return docScore < 0.05 ? top.lang : undefined;
}

/** The commonest short words of some languages: a passage full of them is in that language. */
const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    en: 'the of and to a in is that it was for on with as from by at his her he she they we you i not be are this have had but',
    fr: 'le la les de des et un une est que qui dans pour pas sur au du ce il elle nous vous je ne se en a avec',
    de: 'der die das und ist nicht ein eine zu den von mit sich auf für im dem des es ich sie wir',
    es: 'el la los las de y que en un una es por con para no se del al lo como su',
    it: 'il la lo gli le di e che un una è per con non si del della in al come',
  }).map(([lang, list]) => [lang, new Set(list.split(' '))]),
);
