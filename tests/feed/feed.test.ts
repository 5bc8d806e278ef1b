import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildFeed, writeFeed, type FeedOptions } from '../../src/feed/index.js';
import { LecternError } from '../../src/errors.js';
import { sineMp3 } from '../render/epub/mp3.js';
import { findTool, runTool } from '../support/tools.js';

const TRICKY_TITLE = `Q&A: café <owners> say “no” & 'yes'`;
const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-feed-'));
const out = path.join(root, 'output');
const options: FeedOptions = { title: 'Lectern & friends', url: 'https://example.org/news audio', author: 'The <Desk>', description: 'Articles, read aloud.' };

/** An edition folder as the build leaves it: files plus a manifest that lists them. */
function edition(name: string, files: Record<string, Uint8Array | string>, editionInfo?: Record<string, unknown>): void {
  const dir = path.join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(path.join(dir, file), data);
  const manifest = {
    lectern: '0.1.0',
    inputHash: 'x',
    files: Object.keys(files).map((file) => ({ path: file, bytes: statSync(path.join(dir, file)).size, sha256: '' })),
    ...(editionInfo ? { edition: editionInfo } : {}),
  };
  writeFileSync(path.join(dir, '.lectern-manifest.json'), JSON.stringify(manifest));
}

const chapters = JSON.stringify({ version: '1.2.0', chapters: [{ startTime: 0, title: 'Start' }] });

beforeAll(() => {
  // With an `edition` object in the manifest: title, date, language and duration come from there.
  edition(
    'cafe-owners',
    { 'cafe-owners.mp3': sineMp3(2), 'cafe-owners.vtt': 'WEBVTT\n', 'cafe-owners.chapters.json': chapters, 'cafe-owners.pdf': '%PDF' },
    { title: TRICKY_TITLE, byline: 'Ann & Bo', date: '2024-05-01', lang: 'fr', durationSec: 3725.4 },
  );
  // Without one (an older build): duration and title are read from the MP3, the date from its mtime.
  edition('old édition', { 'old édition.mp3': sineMp3(5, { title: 'Old ID3 title' }), 'old édition.vtt': 'WEBVTT\n' });
  utimesSync(path.join(out, 'old édition', 'old édition.mp3'), new Date('2023-01-02T03:04:05Z'), new Date('2023-01-02T03:04:05Z'));
  // Not audio editions: a PDF-only edition, a folder without manifest, a hidden folder.
  edition('print-only', { 'print-only.pdf': '%PDF' }, { title: 'Print', lang: 'en' });
  mkdirSync(path.join(out, 'stray'));
  writeFileSync(path.join(out, 'stray', 'stray.mp3'), sineMp3(1));
  mkdirSync(path.join(out, '.cache'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Item = {
  title: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  enclosure: { '@url': string; '@length': string; '@type': string };
  'itunes:duration': string;
  'podcast:transcript'?: { '@url': string; '@type': string };
  'podcast:chapters'?: { '@url': string; '@type': string };
};
type Channel = { title: string; link: string; description: string; language: string; 'itunes:author': string; 'itunes:explicit': string; item: Item[] };

function parse(xml: string): Channel {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss: { '@version': string; '@xmlns:itunes': string; '@xmlns:podcast': string; channel: Channel };
  };
  expect(parsed.rss['@version']).toBe('2.0');
  expect(parsed.rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
  expect(parsed.rss['@xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
  return parsed.rss.channel;
}

describe('the podcast feed', () => {
  it('describes the channel', async () => {
    const channel = parse(await buildFeed(out, options));
    expect(channel.title).toBe('Lectern & friends');
    expect(channel.link).toBe('https://example.org/news%20audio/');
    expect(channel.description).toBe('Articles, read aloud.');
    expect(channel.language).toBe('fr');
    expect(channel['itunes:author']).toBe('The <Desk>');
    expect(channel['itunes:explicit']).toBe('false');
  });

  it('has one item per audio edition, newest first, with a stable guid', async () => {
    const items = parse(await buildFeed(out, options)).item;
    expect(items.map((i) => i.title)).toEqual([TRICKY_TITLE, 'Old ID3 title']);
    expect(items.map((i) => i.guid)).toEqual([
      { '#text': 'lectern:cafe-owners', '@isPermaLink': 'false' },
      { '#text': 'lectern:old édition', '@isPermaLink': 'false' },
    ]);
    expect(items[0]!.pubDate).toBe('Wed, 01 May 2024 00:00:00 GMT');
    expect(items[1]!.pubDate).toBe('Mon, 02 Jan 2023 03:04:05 GMT');
  });

  it('keeps a title with &, <, >, curly and straight quotes exactly', async () => {
    const xml = await buildFeed(out, options);
    expect(parse(xml).item[0]!.title).toBe(TRICKY_TITLE);
    expect(xml).toContain('<title>Q&amp;A: café &lt;owners&gt; say “no” &amp; &apos;yes&apos;</title>');
  });

  it('encloses each MP3 with its URL, exact byte length and type', async () => {
    const items = parse(await buildFeed(out, options)).item;
    expect(items[0]!.enclosure).toEqual({
      '@url': 'https://example.org/news%20audio/cafe-owners/cafe-owners.mp3',
      '@length': String(statSync(path.join(out, 'cafe-owners', 'cafe-owners.mp3')).size),
      '@type': 'audio/mpeg',
    });
    expect(items[1]!.enclosure['@url']).toBe('https://example.org/news%20audio/old%20%C3%A9dition/old%20%C3%A9dition.mp3');
    expect(items[1]!.enclosure['@length']).toBe(String(statSync(path.join(out, 'old édition', 'old édition.mp3')).size));
  });

  it('gives durations as HH:MM:SS, from the manifest or else measured in the MP3', async () => {
    const items = parse(await buildFeed(out, options)).item;
    expect(items[0]!['itunes:duration']).toBe('01:02:05');
    expect(items[1]!['itunes:duration']).toBe('00:00:05');
  });

  it('links the WebVTT transcript and the JSON chapters when the edition has them', async () => {
    const items = parse(await buildFeed(out, options)).item;
    expect(items[0]!['podcast:transcript']).toMatchObject({ '@url': 'https://example.org/news%20audio/cafe-owners/cafe-owners.vtt', '@type': 'text/vtt' });
    expect(items[0]!['podcast:chapters']).toEqual({ '@url': 'https://example.org/news%20audio/cafe-owners/cafe-owners.chapters.json', '@type': 'application/json+chapters' });
    expect(items[1]!['podcast:transcript']?.['@url']).toBe('https://example.org/news%20audio/old%20%C3%A9dition/old%20%C3%A9dition.vtt');
    expect(items[1]!['podcast:chapters']).toBeUndefined();
  });

  it('names its own address and derives its podcast:guid from it', async () => {
    const xml = await buildFeed(out, options);
    expect(xml).toContain('<atom:link href="https://example.org/news%20audio/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toMatch(/<podcast:guid>[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/podcast:guid>/);
    const elsewhere = readFileSync(await writeFeed(out, options, path.join(root, 'elsewhere.xml')), 'utf8');
    expect(elsewhere).not.toContain('atom:link');
    expect(elsewhere).not.toContain('podcast:guid');
  });

  it('writes feed.xml atomically into the output folder', async () => {
    const file = await writeFeed(out, options);
    expect(file).toBe(path.join(out, 'feed.xml'));
    expect(readFileSync(file, 'utf8')).toBe(await buildFeed(out, options));
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  const xmllint = findTool('xmllint');
  const reason = 'xmllint is not installed (Debian: apt-get install libxml2-utils); the feed was only checked by fast-xml-parser';
  if (!xmllint) console.warn(`SKIPPED: ${reason}`);
  it.skipIf(!xmllint)(`is well-formed for xmllint (${xmllint ? 'xmllint --noout' : reason})`, async () => {
    const file = await writeFeed(out, options, path.join(root, 'checked.xml'));
    const result = runTool(xmllint!, ['--noout', file]);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('feed errors a user can fix', () => {
  const code = async (p: Promise<unknown>): Promise<string | undefined> =>
    p.then(
      () => undefined,
      (e: unknown) => (e instanceof LecternError ? e.code : `not a LecternError: ${String(e)}`),
    );

  it('refuses a base URL that is not http(s)', async () => {
    expect(await code(buildFeed(out, { ...options, url: 'ftp://example.org/' }))).toBe('usage');
    expect(await code(buildFeed(out, { ...options, url: 'output/' }))).toBe('usage');
  });

  it('says so when the folder has no audio editions, or does not exist', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    expect(await code(buildFeed(empty, options))).toBe('inputNotFound');
    expect(await code(buildFeed(path.join(root, 'nowhere'), options))).toBe('inputNotFound');
    await expect(buildFeed(empty, options)).rejects.toThrow(/no audio editions in .*--formats mp3/);
  });
});
