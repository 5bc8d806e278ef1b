import { detect as detectLanguage } from 'tinyld';
import type { ArticleMeta } from '../model/article.js';

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

/** Language of the text as a BCP 47 primary tag, `en` when unsure. */
export function guessLanguage(sample: string): string {
  const found = detectLanguage(sample.slice(0, 4000));
  return found || 'en';
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
