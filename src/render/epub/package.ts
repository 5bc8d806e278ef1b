import { createHash } from 'node:crypto';
import type { Article } from '../../model/article.js';
import { LecternError } from '../../errors.js';
import { clockValue } from './timing.js';
import { attrs, escapeXml, XML_DECLARATION } from './xml.js';

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
  mediaOverlay?: string;
}

export interface PackageOptions {
  article: Article;
  modified: string;
  durationMs: number;
  /** Manifest item id of the Media Overlay, whose duration is given too. */
  overlayId?: string;
  items: readonly ManifestItem[];
  spine: readonly { idref: string; linear?: boolean }[];
}

/** A stable `urn:uuid:` from the article's text: the same article gets the same identifier. */
export function bookIdentifier(article: Article): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ title: article.meta.title, byline: article.meta.byline ?? null, blocks: article.blocks }, (key, value: unknown) => (key === 'position' ? undefined : value)))
    .digest('hex');
  // Shape it as a name-based (version 5 style) UUID: version nibble 5, variant 10xx.
  const variant = ((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

/** `dcterms:modified` must be `CCYY-MM-DDThh:mm:ssZ`. */
export function modifiedValue(modified: string): string {
  const date = new Date(modified);
  if (Number.isNaN(date.getTime())) {
    throw new LecternError('usage', `"${modified}" is not a date and time for the EPUB's modification date; pass an ISO 8601 value such as 2024-05-01T12:00:00Z`);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A `dc:date` only when the article's date is already in the W3C date format; free text is left out. */
function w3cDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const trimmed = date.trim();
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(trimmed) ? trimmed : undefined;
}

const ACCESSIBILITY_FEATURES = [
  'structuralNavigation',
  'tableOfContents',
  'readingOrder',
  'synchronizedAudioText',
  'displayTransformability',
];

function meta(property: string, value: string, extra: Record<string, string> = {}): string {
  return `<meta${attrs({ property, ...extra })}>${escapeXml(value)}</meta>`;
}

export function buildPackageDocument(options: PackageOptions): string {
  const { article, items, spine } = options;
  const { title, byline, source, lang } = article.meta;
  const date = w3cDate(article.meta.date);
  const duration = clockValue(options.durationMs);
  const metadata = [
    `<dc:identifier id="pub-id">${escapeXml(bookIdentifier(article))}</dc:identifier>`,
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:language>${escapeXml(lang)}</dc:language>`,
    byline ? `<dc:creator>${escapeXml(byline)}</dc:creator>` : '',
    source ? `<dc:source>${escapeXml(source)}</dc:source>` : '',
    date ? `<dc:date>${escapeXml(date)}</dc:date>` : '',
    meta('dcterms:modified', modifiedValue(options.modified)),
    meta('media:duration', duration),
    options.overlayId ? meta('media:duration', duration, { refines: `#${options.overlayId}` }) : '',
    meta('media:active-class', '-epub-media-overlay-active'),
    meta('media:narrator', 'Synthetic speech (Lectern)'),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessMode', 'auditory'),
    meta('schema:accessModeSufficient', 'textual'),
    meta('schema:accessModeSufficient', 'auditory'),
    meta('schema:accessModeSufficient', 'textual,auditory'),
    ...ACCESSIBILITY_FEATURES.map((f) => meta('schema:accessibilityFeature', f)),
    meta('schema:accessibilityHazard', 'none'),
    meta(
      'schema:accessibilitySummary',
      'The full text of the article with a synchronised narration of every block: headings give structure, ' +
        'block quotations and inline quotations are marked up and the speaker of each is named in the text, ' +
        'and the audio can be heard on its own.',
    ),
  ].filter(Boolean);

  const manifest = items.map(
    (i) => `<item${attrs({ id: i.id, href: i.href, 'media-type': i.mediaType, properties: i.properties, 'media-overlay': i.mediaOverlay })}/>`,
  );
  const itemrefs = spine.map((s) => `<itemref${attrs({ idref: s.idref, linear: s.linear === false ? 'no' : undefined })}/>`);

  return (
    XML_DECLARATION +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id"${attrs({ 'xml:lang': lang })}>\n` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n${metadata.join('\n')}\n</metadata>\n` +
    `<manifest>\n${manifest.join('\n')}\n</manifest>\n` +
    `<spine>\n${itemrefs.join('\n')}\n</spine>\n</package>\n`
  );
}
