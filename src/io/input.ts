import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { decodeSource, MAX_INPUT_BYTES, tooLargeError } from '../parse/source.js';

const ARTICLE_EXTENSIONS = /\.(txt|text|md|markdown|mdown|mkd)$/i;

/** A name the user typed, taken from `cwd`; kept as typed when `cwd` is the process's own folder. */
export function inputPath(name: string, cwd = process.cwd()): string {
  return path.isAbsolute(name) || path.resolve(cwd) === process.cwd() ? name : path.join(cwd, name);
}

/**
 * Expands the inputs a user named: files as they are, folders to the articles
 * inside them. Relative names are taken from `cwd` (and kept as typed when
 * `cwd` is the process's own folder, so that messages show what the user wrote).
 */
export async function expandInputs(names: string[], cwd = process.cwd()): Promise<string[]> {
  if (names.length === 0) throw new LecternError('usage', 'no input files given; name one or more .txt or .md articles');
  const inputs = names.map((n) => inputPath(n, cwd));
  const files: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new LecternError('inputNotFound', `${input}: no such file or folder`);
      throw new LecternError('inputUnreadable', `${input}: cannot read it (${code ?? (e as Error).message})`);
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(input)).filter((n) => ARTICLE_EXTENSIONS.test(n) && !n.startsWith('.')).sort();
      if (entries.length === 0) throw new LecternError('inputNotFound', `${input}: the folder holds no .txt or .md articles`);
      files.push(...entries.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

/** Reads an article file as clean text, or fails with a one-line reason. */
export async function readArticle(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    // Refuse a huge file before reading it all into memory.
    if (size > MAX_INPUT_BYTES) throw tooLargeError(file, size);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof LecternError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LecternError('inputNotFound', `${file}: no such file`);
    if (code === 'EISDIR') throw new LecternError('inputUnreadable', `${file} is a folder, not an article file`);
    if (code === 'EACCES' || code === 'EPERM') throw new LecternError('inputUnreadable', `${file}: permission denied; check the file's read permission`);
    throw new LecternError('inputUnreadable', `${file}: cannot read it (${code ?? (e as Error).message})`);
  }
  return decodeSource(bytes, file);
}

/** Reads a JSON file beside the article (`<article>.speakers.json`, `<article>.lexicon.json`), if there is one. */
export async function readSidecar(file: string, suffix = '.speakers.json'): Promise<{ path: string; data: unknown } | undefined> {
  const sidecar = file.replace(/\.[^./\\]+$/, '') + suffix;
  let raw: string;
  try {
    raw = await fs.readFile(sidecar, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return { path: sidecar, data: JSON.parse(raw) };
  } catch (e) {
    throw new LecternError('inputInvalid', `${sidecar} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A pronunciation lexicon file: an object of "word": "how to say it". */
export function parseLexicon(data: unknown, where: string): Record<string, string> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LecternError('inputInvalid', `${where} must be a JSON object of "word": "how to say it" pairs`);
  }
  const out: Record<string, string> = {};
  for (const [word, said] of Object.entries(data)) {
    if (typeof said !== 'string' || !said.trim()) throw new LecternError('inputInvalid', `${where}: "${word}" must map to a non-empty string`);
    out[word] = said;
  }
  return out;
}

/** The output folder name for an article: its file name, made safe; never taken from article text. */
export function editionName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const safe = base.normalize('NFKC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+|-+$/g, '');
  return safe || 'article';
}
