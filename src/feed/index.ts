/**
 * A podcast feed (RSS 2.0 + iTunes + Podcasting 2.0) over the audio editions
 * of an output folder, as published at a base URL.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { findAudioEditions } from './editions.js';
import { publishedUrl, rssXml, type ChannelInfo } from './rss.js';

export type { FeedEdition } from './editions.js';

export interface FeedOptions {
  title: string;
  /** Base URL where the output folder is published. */
  url: string;
  description?: string;
  author?: string;
  /** BCP 47 tag; by default the language most editions are in. */
  language?: string;
  /** URL of the cover image (square JPEG or PNG, 1400–3000 px for podcast directories). */
  image?: string;
  /** iTunes category; `News` by default. */
  category?: string;
}

export const DEFAULT_FEED_FILE = 'feed.xml';

function httpUrl(value: string, what: string, flag: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new LecternError('usage', `${flag} must be an http(s) address ${what}, e.g. https://example.org/lectern/; got "${value}"`);
  }
  return url;
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * The RSS XML of the feed, as it will be published at `<url>/feed.xml`.
 * Throws a LecternError when the URL is not http(s) or the folder holds no audio edition.
 */
export async function buildFeed(outputDir: string, options: FeedOptions): Promise<string> {
  return renderFeed(outputDir, options, DEFAULT_FEED_FILE);
}

/** `feedPath`: where the feed lies relative to the output folder (`/` separators), if inside it. */
async function renderFeed(outputDir: string, options: FeedOptions, feedPath: string | undefined): Promise<string> {
  const base = httpUrl(options.url, 'where the output folder is published', '--url');
  if (options.image !== undefined) httpUrl(options.image, 'of the cover image', '--image');
  const title = options.title.trim();
  if (!title) throw new LecternError('usage', 'the feed needs a title: pass --title "…"');

  try {
    if (!(await fs.stat(outputDir)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    throw new LecternError('inputNotFound', `output folder ${outputDir} not found; build editions into it first (lectern build … --out ${outputDir})`, { cause: e });
  }
  const editions = await findAudioEditions(outputDir);
  if (editions.length === 0) {
    throw new LecternError('inputNotFound', `no audio editions in ${outputDir}; build them with --formats mp3 first`);
  }

  base.search = '';
  base.hash = '';
  const baseUrl = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const channel: ChannelInfo = {
    title,
    baseUrl,
    description: options.description?.trim() || title,
    language: options.language ?? mostCommon(editions.map((e) => e.lang)) ?? 'en',
    author: options.author,
    image: options.image,
    category: options.category ?? 'News',
    feedUrl: feedPath === undefined ? undefined : publishedUrl(baseUrl, feedPath),
  };
  return rssXml(channel, editions);
}

/** Builds the feed and writes it atomically (to `<outputDir>/feed.xml` by default); returns the path written. */
export async function writeFeed(outputDir: string, options: FeedOptions, file?: string): Promise<string> {
  const target = path.resolve(file ?? path.join(outputDir, DEFAULT_FEED_FILE));
  const relative = path.relative(path.resolve(outputDir), target);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const xml = await renderFeed(outputDir, options, inside ? relative.split(path.sep).join('/') : undefined);
  try {
    await writeFileAtomic(target, xml);
  } catch (e) {
    throw new LecternError('outputFailed', `cannot write the feed to ${target}: ${(e as Error).message}; check that the folder is writable`, { cause: e });
  }
  return target;
}
