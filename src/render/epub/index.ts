/**
 * Article + narrated MP3 → EPUB 3 talking book: the text in semantic XHTML,
 * a navigation document that follows the headings, and a Media Overlay that
 * highlights each block while it is heard.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { buildContentDocument } from './content.js';
import { buildNavDocument } from './nav.js';
import { buildPackageDocument, modifiedValue, type ManifestItem } from './package.js';
import { buildSmil, orderPars } from './smil.js';
import { STYLESHEET } from './style.js';
import { mergeTimeline } from './timing.js';
import { TITLE_BLOCK, type EpubFile, type EpubInput } from './types.js';
import { XML_DECLARATION } from './xml.js';
import { zipEpub } from './zip.js';

export type { ClipTiming, EpubFile, EpubInput } from './types.js';
export { TITLE_BLOCK } from './types.js';
export { timelineFromUtterances } from './timing.js';

const ROOT = 'EPUB';
const CONTENT = 'content.xhtml';
const NAV = 'nav.xhtml';
const OVERLAY = 'content.smil';
const STYLE = 'style.css';

const CONTAINER =
  XML_DECLARATION +
  '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n' +
  `<rootfiles>\n<rootfile full-path="${ROOT}/package.opf" media-type="application/oebps-package+xml"/>\n</rootfiles>\n` +
  '</container>\n';

/** A file name safe inside the package (and inside a URL), from the MP3's own name. */
export function audioFileName(audioFile: string): string {
  const base = path.basename(audioFile, path.extname(audioFile)).normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${base || 'narration'}.mp3`;
}

/** The files of the book, in the order they are zipped (mimetype first). Pure: no disk, no clock. */
export function buildEpubFiles(input: EpubInput, audio: Uint8Array): EpubFile[] {
  // A book must state a language; `und` (undetermined) when the article has none.
  const article = { ...input.article, meta: { ...input.article.meta, lang: input.article.meta.lang.trim() || 'und' } };
  if (!Number.isFinite(input.audioDurationMs) || input.audioDurationMs <= 0) {
    throw new Error(`EPUB: audio duration must be a positive number of milliseconds, got ${input.audioDurationMs}`);
  }
  const audioHref = `audio/${audioFileName(input.audioFile)}`;
  const content = buildContentDocument(article, TITLE_BLOCK);
  const clips = mergeTimeline(input.timeline, input.audioDurationMs);
  const order = [TITLE_BLOCK, ...article.blocks.map((_b, i) => i)];
  const pars = orderPars(content.ids, clips, order);
  if (pars.length === 0) {
    throw new Error('EPUB: the audio timeline places no block of the article in the audio; nothing to synchronise');
  }

  const items: ManifestItem[] = [
    { id: 'nav', href: NAV, mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'content', href: CONTENT, mediaType: 'application/xhtml+xml', mediaOverlay: 'content-overlay' },
    { id: 'content-overlay', href: OVERLAY, mediaType: 'application/smil+xml' },
    { id: 'style', href: STYLE, mediaType: 'text/css' },
    { id: 'audio', href: audioHref, mediaType: 'audio/mpeg' },
  ];
  const opf = buildPackageDocument({
    article,
    modified: input.modified,
    durationMs: input.audioDurationMs,
    overlayId: 'content-overlay',
    items,
    // The navigation document is in the spine (out of the linear order) so that its landmarks may link to it.
    spine: [{ idref: 'nav', linear: false }, { idref: 'content' }],
  });
  const nav = buildNavDocument({ title: article.meta.title, lang: article.meta.lang, headings: content.headings, contentHref: CONTENT });
  const smil = buildSmil({ contentHref: CONTENT, audioHref, pars });

  return [
    { path: 'mimetype', data: 'application/epub+zip' },
    { path: 'META-INF/container.xml', data: CONTAINER },
    { path: `${ROOT}/package.opf`, data: opf },
    { path: `${ROOT}/${NAV}`, data: nav },
    { path: `${ROOT}/${CONTENT}`, data: content.xhtml },
    { path: `${ROOT}/${OVERLAY}`, data: smil },
    { path: `${ROOT}/${STYLE}`, data: STYLESHEET },
    { path: `${ROOT}/${audioHref}`, data: audio },
  ];
}

/** The zipped book as bytes. */
export function buildEpub(input: EpubInput, audio: Uint8Array): Uint8Array {
  const files = buildEpubFiles(input, audio);
  return zipEpub(files, new Date(modifiedValue(input.modified)));
}

/** Writes the EPUB atomically: a failed build leaves any earlier book in place. */
export async function writeEpub(input: EpubInput, outPath: string): Promise<void> {
  let audio: Uint8Array;
  try {
    audio = await fs.readFile(input.audioFile);
  } catch (e) {
    throw new LecternError(
      'inputNotFound',
      `cannot read the narration ${input.audioFile} for the EPUB; build the mp3 edition with it (--formats mp3,epub)`,
      { cause: e },
    );
  }
  const book = buildEpub(input, audio);
  try {
    await writeFileAtomic(outPath, book);
  } catch (e) {
    throw new LecternError('outputFailed', `cannot write ${outPath}: ${(e as Error).message}; check that the folder is writable`, { cause: e });
  }
}
