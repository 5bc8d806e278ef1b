/**
 * Finds the audio editions in an output folder: each `<name>/` whose
 * `.lectern-manifest.json` lists `<name>.mp3` (and perhaps `.vtt` and
 * `.chapters.json`), with what a feed needs to know about each.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MANIFEST_NAME } from '../io/manifest.js';

export interface FeedEdition {
  /** The edition's folder name, which is also its file names' stem. */
  name: string;
  title: string;
  byline?: string;
  source?: string;
  lang?: string;
  /** Paths relative to the output folder, with `/` separators. */
  audioPath: string;
  transcriptPath?: string;
  chaptersPath?: string;
  audioBytes: number;
  durationSec: number;
  published: Date;
}

/** The `edition` object of a manifest, as far as it can be trusted. */
interface EditionInfo {
  title?: string;
  byline?: string;
  source?: string;
  date?: string;
  lang?: string;
  durationSec?: number;
}

interface ManifestView {
  files: string[];
  edition: EditionInfo;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

async function readManifestView(editionDir: string): Promise<ManifestView | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(path.join(editionDir, MANIFEST_NAME), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.files)) return undefined;
  const files = record.files
    .map((f: unknown) => (typeof f === 'object' && f !== null ? str((f as Record<string, unknown>).path) : undefined))
    .filter((f): f is string => f !== undefined)
    .map((f) => f.split(/[\\/]+/).join('/'));
  const raw = typeof record.edition === 'object' && record.edition !== null ? (record.edition as Record<string, unknown>) : {};
  const duration = raw.durationSec;
  return {
    files,
    edition: {
      title: str(raw.title),
      byline: str(raw.byline),
      source: str(raw.source),
      date: str(raw.date),
      lang: str(raw.lang),
      durationSec: typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? duration : undefined,
    },
  };
}

/** A date as written in an edition (`2024-05-01`, `May 7, 2024`, an ISO date-time …), or undefined. */
export function parseEditionDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*/i, ''));
  return Number.isNaN(time) ? undefined : new Date(time);
}

async function sizeOf(file: string): Promise<{ size: number; mtime: Date } | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? { size: stat.size, mtime: stat.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads what the MP3 itself says when the manifest does not: its duration and ID3 title. */
async function probeMp3(file: string): Promise<{ durationSec?: number; title?: string }> {
  const { parseFile } = await import('music-metadata');
  try {
    const metadata = await parseFile(file, { duration: true, skipCovers: true });
    return { durationSec: metadata.format.duration, title: str(metadata.common.title) };
  } catch {
    return {};
  }
}

async function readEdition(outputDir: string, name: string): Promise<FeedEdition | undefined> {
  const editionDir = path.join(outputDir, name);
  const manifest = await readManifestView(editionDir);
  if (!manifest) return undefined;
  const listed = (file: string): string | undefined => manifest.files.find((f) => f === file);
  const audio = listed(`${name}.mp3`) ?? manifest.files.find((f) => f.toLowerCase().endsWith('.mp3'));
  if (!audio) return undefined;
  const audioStat = await sizeOf(path.join(editionDir, audio));
  if (!audioStat) return undefined;

  const present = async (file: string | undefined): Promise<string | undefined> =>
    file && (await sizeOf(path.join(editionDir, file))) ? `${name}/${file}` : undefined;
  const { edition } = manifest;
  const probed = edition.durationSec === undefined || edition.title === undefined ? await probeMp3(path.join(editionDir, audio)) : {};
  return {
    name,
    title: edition.title ?? probed.title ?? name,
    byline: edition.byline,
    source: edition.source,
    lang: edition.lang,
    audioPath: `${name}/${audio}`,
    transcriptPath: await present(listed(`${name}.vtt`)),
    chaptersPath: await present(listed(`${name}.chapters.json`)),
    audioBytes: audioStat.size,
    durationSec: edition.durationSec ?? probed.durationSec ?? 0,
    published: parseEditionDate(edition.date) ?? audioStat.mtime,
  };
}

/** The audio editions of an output folder, newest first (then by name). */
export async function findAudioEditions(outputDir: string): Promise<FeedEdition[]> {
  const entries = await fs.readdir(outputDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  const editions: FeedEdition[] = [];
  for (const name of names) {
    const edition = await readEdition(outputDir, name);
    if (edition) editions.push(edition);
  }
  return editions.sort(
    (a, b) => b.published.getTime() - a.published.getTime() || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
