import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';

/**
 * The build manifest kept in each edition's folder: the hash of everything
 * that went into the edition, and the files it wrote. An edition whose inputs
 * hash the same and whose files are all still there is not built again.
 */
export interface Manifest {
  lectern: string;
  inputHash: string;
  /** What the edition is, for tools that list editions (the podcast feed). */
  edition?: EditionInfo;
  files: { path: string; bytes: number; sha256: string }[];
}

export interface EditionInfo {
  title: string;
  byline?: string;
  source?: string;
  date?: string;
  lang: string;
  durationSec?: number;
}

export const MANIFEST_NAME = '.lectern-manifest.json';

export function hashInputs(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export async function readManifest(editionDir: string): Promise<Manifest | undefined> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(editionDir, MANIFEST_NAME), 'utf8')) as Manifest;
    return typeof data.inputHash === 'string' && Array.isArray(data.files) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** True when the manifest matches the inputs and every file it lists is still there, unchanged in size. */
export async function isUpToDate(editionDir: string, inputHash: string): Promise<Manifest | undefined> {
  const manifest = await readManifest(editionDir);
  if (!manifest || manifest.inputHash !== inputHash || manifest.files.length === 0) return undefined;
  for (const f of manifest.files) {
    try {
      const stat = await fs.stat(path.join(editionDir, f.path));
      if (stat.size !== f.bytes) return undefined;
    } catch {
      return undefined;
    }
  }
  return manifest;
}

export async function writeManifest(editionDir: string, lectern: string, inputHash: string, edition: EditionInfo, files: string[]): Promise<void> {
  const entries = [];
  for (const file of files) {
    const data = await fs.readFile(file);
    entries.push({ path: path.relative(editionDir, file), bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
  }
  const manifest: Manifest = { lectern, inputHash, edition, files: entries };
  await writeFileAtomic(path.join(editionDir, MANIFEST_NAME), JSON.stringify(manifest, null, 2) + '\n');
}
