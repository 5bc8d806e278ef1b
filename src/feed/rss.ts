/** RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, from a list of editions. Pure. */
import { attrs, escapeXml, XML_DECLARATION } from '../render/epub/xml.js';
import type { FeedEdition } from './editions.js';
import { podcastGuid } from './guid.js';

export interface ChannelInfo {
  title: string;
  /** Base URL where the output folder is published, ending in `/`. */
  baseUrl: string;
  description: string;
  language: string;
  author?: string;
  image?: string;
  category: string;
  /** Where the feed itself is published, when known: gives `atom:link rel="self"` and `podcast:guid`. */
  feedUrl?: string;
}

/** Encodes each segment of a relative path and joins it to the base URL. */
export function publishedUrl(baseUrl: string, relativePath: string): string {
  return baseUrl + relativePath.split('/').map(encodeURIComponent).join('/');
}

/** `HH:MM:SS`, as `itunes:duration` wants it. */
export function itunesDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** RFC 822 date, as RSS wants it: `Tue, 07 May 2024 00:00:00 GMT`. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

function textElement(name: string, value: string | undefined, attributes: Record<string, string | undefined> = {}): string {
  return value === undefined ? '' : `<${name}${attrs(attributes)}>${escapeXml(value)}</${name}>`;
}

function itemXml(edition: FeedEdition, channel: ChannelInfo): string {
  const description = [edition.byline, edition.source].filter((s): s is string => Boolean(s)).join(' · ') || edition.title;
  const lines = [
    textElement('title', edition.title),
    textElement('description', description),
    textElement('guid', `lectern:${edition.name}`, { isPermaLink: 'false' }),
    textElement('pubDate', rfc822(edition.published)),
    `<enclosure${attrs({ url: publishedUrl(channel.baseUrl, edition.audioPath), length: edition.audioBytes, type: 'audio/mpeg' })}/>`,
    textElement('itunes:duration', itunesDuration(edition.durationSec)),
    textElement('itunes:author', edition.byline ?? channel.author),
    '<itunes:explicit>false</itunes:explicit>',
    '<itunes:episodeType>full</itunes:episodeType>',
    edition.transcriptPath
      ? `<podcast:transcript${attrs({ url: publishedUrl(channel.baseUrl, edition.transcriptPath), type: 'text/vtt', language: edition.lang })}/>`
      : '',
    edition.chaptersPath
      ? `<podcast:chapters${attrs({ url: publishedUrl(channel.baseUrl, edition.chaptersPath), type: 'application/json+chapters' })}/>`
      : '',
  ].filter(Boolean);
  return `<item>\n${lines.map((l) => `  ${l}`).join('\n')}\n</item>`;
}

export function rssXml(channel: ChannelInfo, editions: readonly FeedEdition[]): string {
  const head = [
    channel.feedUrl ? `<atom:link${attrs({ href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' })}/>` : '',
    textElement('title', channel.title),
    textElement('link', channel.baseUrl),
    textElement('description', channel.description),
    textElement('language', channel.language),
    textElement('generator', 'Lectern'),
    textElement('itunes:author', channel.author),
    `<itunes:category${attrs({ text: channel.category })}/>`,
    '<itunes:explicit>false</itunes:explicit>',
    '<itunes:type>episodic</itunes:type>',
    channel.feedUrl ? textElement('podcast:guid', podcastGuid(channel.feedUrl)) : '',
    channel.image ? `<itunes:image${attrs({ href: channel.image })}/>` : '',
    channel.image
      ? `<image>${textElement('url', channel.image)}${textElement('title', channel.title)}${textElement('link', channel.baseUrl)}</image>`
      : '',
  ].filter(Boolean);
  return (
    XML_DECLARATION +
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">\n' +
    `<channel>\n${head.map((l) => `${l}\n`).join('')}${editions.map((e) => `${itemXml(e, channel)}\n`).join('')}</channel>\n</rss>\n`
  );
}
