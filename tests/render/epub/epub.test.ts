import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildEpub, buildEpubFiles, writeEpub, type EpubInput } from '../../../src/render/epub/index.js';
import { LecternError } from '../../../src/errors.js';
import { sampleArticle, sampleTimeline } from './article.js';
import { sineMp3 } from './mp3.js';

const audio = sineMp3(10);
const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-epub-'));
const audioFile = path.join(dir, 'sample.mp3');
writeFileSync(audioFile, audio);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function input(overrides: Partial<EpubInput> = {}): EpubInput {
  return { article: sampleArticle(), audioFile, audioDurationMs: 10_000, timeline: sampleTimeline(), modified: '2024-05-02T10:00:00.123Z', ...overrides };
}

const book = buildEpub(input(), audio);
const entries = unzipSync(book);
const text = (name: string): string => strFromU8(entries[name]!);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute, textNodeName: '#text' });
type Node = Record<string, unknown>;

function metas(): { property: string; refines?: string; value: string }[] {
  const opf = parser.parse(text('EPUB/package.opf')) as { package: { metadata: { meta: Node[] }[] }[] };
  return opf.package[0]!.metadata[0]!.meta.map((m) => ({
    property: String(m['@property']),
    refines: m['@refines'] as string | undefined,
    value: String(m['#text']),
  }));
}

function ids(xhtml: string): string[] {
  return [...xhtml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

function pars(): { src: string; begin: number; end: number; audio: string }[] {
  return [...text('EPUB/content.smil').matchAll(/<text src="([^"]+)"\/><audio src="([^"]+)" clipBegin="([\d.]+)s" clipEnd="([\d.]+)s"\/>/g)].map((m) => ({
    src: m[1]!,
    audio: m[2]!,
    begin: Number(m[3]),
    end: Number(m[4]),
  }));
}

describe('the EPUB package', () => {
  it('starts with the mimetype entry, stored uncompressed and without an extra field', () => {
    const bytes = Buffer.from(book);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // compression method: stored
    expect(bytes.readUInt16LE(26)).toBe('mimetype'.length);
    expect(bytes.readUInt16LE(28)).toBe(0); // extra field length
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString('latin1')).toBe('application/epub+zip');
    expect(Object.keys(entries)[0]).toBe('mimetype');
  });

  it('has a container that points at the package document, and well-formed XML everywhere', () => {
    expect(text('META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');
    for (const name of Object.keys(entries).filter((n) => /\.(xml|opf|xhtml|smil)$/.test(n))) {
      expect(XMLValidator.validate(text(name)), name).toBe(true);
    }
  });

  it('is the same bytes for the same input', () => {
    expect(Buffer.from(buildEpub(input(), audio)).equals(Buffer.from(book))).toBe(true);
  });
});

describe('the package metadata', () => {
  it('names the book with a stable identifier, its title, language, author and modification date', () => {
    const opf = text('EPUB/package.opf');
    const parsed = parser.parse(opf) as { package: { metadata: Node[] }[] };
    const metadata = parsed.package[0]!.metadata[0]!;
    const first = (key: string): string => {
      const v = (metadata[key] as unknown[])[0];
      return typeof v === 'object' && v !== null ? String((v as Node)['#text']) : String(v);
    };
    expect(first('dc:identifier')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first('dc:title')).toBe('Trenches & tea: <a> “report”');
    expect(first('dc:language')).toBe('en');
    expect(first('dc:creator')).toBe('Olena Koval & Sam O’Neil');
    expect(metas().find((m) => m.property === 'dcterms:modified')?.value).toBe('2024-05-02T10:00:00Z');
  });

  it('gives the same identifier to the same text and another to other text', () => {
    const idOf = (files: ReturnType<typeof buildEpubFiles>): string =>
      /<dc:identifier id="pub-id">([^<]+)</.exec(String(files.find((f) => f.path === 'EPUB/package.opf')!.data))![1]!;
    const again = idOf(buildEpubFiles(input({ modified: '2025-01-01T00:00:00Z' }), audio));
    const other = sampleArticle();
    other.blocks.push({ type: 'paragraph', children: [{ type: 'text', value: 'One more line.' }] });
    expect(again).toBe(idOf(buildEpubFiles(input(), audio)));
    expect(idOf(buildEpubFiles(input({ article: other }), audio))).not.toBe(again);
  });

  it('gives the duration of the book and of its Media Overlay, and the active class', () => {
    const durations = metas().filter((m) => m.property === 'media:duration');
    expect(durations).toEqual([
      { property: 'media:duration', refines: undefined, value: '0:00:10.000' },
      { property: 'media:duration', refines: '#content-overlay', value: '0:00:10.000' },
    ]);
    expect(metas().find((m) => m.property === 'media:active-class')?.value).toBe('-epub-media-overlay-active');
    expect(text('EPUB/style.css')).toContain('.-epub-media-overlay-active');
  });

  it('declares how the book can be read: textual, auditory, or both, with synchronised audio and no hazards', () => {
    const values = (p: string): string[] => metas().filter((m) => m.property === p).map((m) => m.value);
    expect(values('schema:accessMode').sort()).toEqual(['auditory', 'textual']);
    expect(values('schema:accessModeSufficient').sort()).toEqual(['auditory', 'textual', 'textual,auditory']);
    expect(values('schema:accessibilityFeature')).toEqual(
      expect.arrayContaining(['structuralNavigation', 'synchronizedAudioText', 'readingOrder', 'tableOfContents']),
    );
    expect(values('schema:accessibilityHazard')).toEqual(['none']);
    expect(values('schema:accessibilitySummary')[0]).toMatch(/\w+ .*\./);
  });

  it('lists the MP3 as audio/mpeg and ties the content document to its overlay', () => {
    const opf = text('EPUB/package.opf');
    expect(opf).toContain('<item id="audio" href="audio/sample.mp3" media-type="audio/mpeg"/>');
    expect(opf).toMatch(/<item id="content" href="content.xhtml" media-type="application\/xhtml\+xml" media-overlay="content-overlay"\/>/);
    expect(opf).toContain('<item id="content-overlay" href="content.smil" media-type="application/smil+xml"/>');
    expect(Buffer.from(entries['EPUB/audio/sample.mp3']!).equals(Buffer.from(audio))).toBe(true);
  });
});

describe('the content document', () => {
  const xhtml = text('EPUB/content.xhtml');

  it('is semantic XHTML in the article language, with the title as h1 and headings below it', () => {
    expect(xhtml).toContain('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">');
    expect(xhtml).toContain('<h1>Trenches &amp; tea: &lt;a&gt; “report”</h1>');
    expect(xhtml).toContain('<h2 id="b1">What the president said</h2>');
    expect(xhtml).toContain('<h3 id="b5">Numbers</h3>');
    expect(xhtml).toContain('<h2 id="b9" lang="fr" xml:lang="fr">Après la guerre</h2>');
    expect(xhtml).toContain('<ul id="b6"><li><p>Three villages</p></li><li><p>Two bridges</p></li></ul>');
    expect(xhtml).toContain('<pre id="b8"><code>if (a &lt; b &amp;&amp; c &gt; d) {}</code></pre>');
  });

  it('puts a caption in a figure with the credit inside the figcaption', () => {
    expect(xhtml).toMatch(/<figure id="b7"><figcaption>Soldiers near Bakhmut\. <span class="credit">Photo: A\. Photographer \/ Agency<\/span><\/figcaption><\/figure>/);
  });

  it('names the speaker of a block quotation in words before the blockquote', () => {
    expect(xhtml).toMatch(/<p class="speaker"><b>Volodymyr Zelenskyy:<\/b><\/p><blockquote[^>]*><p>Every town matters\./);
  });

  it('labels an inline quote whose speaker the paragraph does not name, and not one whose speaker it does', () => {
    expect(xhtml).toMatch(/<b class="speaker">Ministry of Defence:<\/b> <q[^>]*data-speaker="Ministry of Defence"[^>]*>“Losses are &lt;heavy&gt; &amp; rising”<\/q>/);
    expect(xhtml).toMatch(/<p id="b2">Zelenskyy said <q[^>]*data-speaker="Volodymyr Zelenskyy"[^>]*>“we will hold”<\/q> on Monday\.<\/p>/);
    expect(xhtml).not.toContain('<b class="speaker">Volodymyr Zelenskyy:</b>');
  });

  it('gives every block heard in the audio an id', () => {
    const present = new Set(ids(xhtml));
    for (const t of sampleTimeline()) expect(present.has(t.blockIndex < 0 ? 'title' : `b${t.blockIndex}`)).toBe(true);
  });
});

describe('the navigation document', () => {
  const nav = text('EPUB/nav.xhtml');

  it('has a table of contents whose entries are the headings, nested by level', () => {
    const toc = /<nav epub:type="toc"[^>]*>([\s\S]*?)<\/nav>/.exec(nav)![1]!;
    const links = [...toc.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['content.xhtml#title', 'Trenches &amp; tea: &lt;a&gt; “report”'],
      ['content.xhtml#b1', 'What the president said'],
      ['content.xhtml#b5', 'Numbers'],
      ['content.xhtml#b9', 'Après la guerre'],
    ]);
    expect(toc).toContain('What the president said</a><ol><li><a href="content.xhtml#b5">Numbers</a></li></ol></li>');
  });

  it('has landmarks for the contents and the start of the article', () => {
    expect(nav).toMatch(/<nav epub:type="landmarks"[\s\S]*epub:type="bodymatter" href="content.xhtml"/);
  });
});

describe('the Media Overlay', () => {
  it('has one par per block heard, each pointing at an id of the content document', () => {
    const present = new Set(ids(text('EPUB/content.xhtml')));
    const list = pars();
    expect(list.map((p) => p.src)).toEqual(['title', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b9', 'b10'].map((id) => `content.xhtml#${id}`));
    for (const p of list) {
      expect(present.has(p.src.split('#')[1]!)).toBe(true);
      expect(entries[`EPUB/${p.audio}`]).toBeDefined();
    }
  });

  it('merges the pieces of one block and plays clips forward, within the audio', () => {
    const list = pars();
    expect(list[3]).toMatchObject({ src: 'content.xhtml#b2', begin: 2.6, end: 3.7 });
    let last = 0;
    for (const p of list) {
      expect(p.begin).toBeGreaterThanOrEqual(last);
      expect(p.end).toBeGreaterThan(p.begin);
      expect(p.end).toBeLessThanOrEqual(10);
      last = p.end;
    }
  });

  it('clamps clips to the audio and drops empty or backward ones', () => {
    const files = buildEpubFiles(
      input({
        timeline: [
          { blockIndex: 0, startMs: -50, endMs: 1000 },
          { blockIndex: 1, startMs: 800, endMs: 2000 },
          { blockIndex: 2, startMs: 1500, endMs: 1500 },
          { blockIndex: 3, startMs: 9000, endMs: 12_000 },
        ],
      }),
      audio,
    );
    const smil = String(files.find((f) => f.path === 'EPUB/content.smil')!.data);
    expect(smil).toContain('<text src="content.xhtml#b0"/><audio src="audio/sample.mp3" clipBegin="0.000s" clipEnd="1.000s"/>');
    expect(smil).toContain('<text src="content.xhtml#b1"/><audio src="audio/sample.mp3" clipBegin="1.000s" clipEnd="2.000s"/>');
    expect(smil).not.toContain('#b2"');
    expect(smil).toContain('clipBegin="9.000s" clipEnd="10.000s"');
  });
});

describe('writeEpub', () => {
  it('writes the book atomically, leaving no temporary file', async () => {
    const out = path.join(dir, 'out', 'sample.epub');
    await writeEpub(input(), out);
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(book))).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['sample.epub']);
  });

  it('says which audio file is missing', async () => {
    const out = path.join(dir, 'missing.epub');
    const error = await writeEpub(input({ audioFile: path.join(dir, 'nope.mp3') }), out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).code).toBe('inputNotFound');
    expect((error as LecternError).message).toContain('nope.mp3');
    expect(existsSync(out)).toBe(false);
  });

  it('states an undetermined language rather than none, and marks English labels in a book in another language', () => {
    const article = sampleArticle();
    article.meta.lang = '';
    const files = buildEpubFiles(input({ article }), audio);
    const file = (name: string): string => String(files.find((f) => f.path === name)!.data);
    expect(file('EPUB/package.opf')).toContain('<dc:language>und</dc:language>');
    expect(file('EPUB/content.xhtml')).toContain('lang="und" xml:lang="und"');
    expect(file('EPUB/nav.xhtml')).toContain('<h2><span lang="en" xml:lang="en">Contents</span></h2>');
  });

  it('refuses a modification date that is not a date', () => {
    expect(() => buildEpubFiles(input({ modified: 'yesterday' }), audio)).toThrow(LecternError);
  });
});
