import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import type { OutputFormat } from './types.js';

export const CONFIG_FILE_NAME = 'lectern.config.json';

/** What a `lectern.config.json` may hold: defaults for the build flags. */
export interface ConfigFile {
  out?: string;
  formats?: OutputFormat[];
  template?: string;
  narration?: string;
  engine?: string;
  lang?: string;
  strict?: boolean;
  /** Where the path was found, for messages. */
  path?: string;
}

const KNOWN: Record<keyof Omit<ConfigFile, 'path'>, 'string' | 'boolean' | 'formats'> = {
  out: 'string',
  formats: 'formats',
  template: 'string',
  narration: 'string',
  engine: 'string',
  lang: 'string',
  strict: 'boolean',
};

export const ALL_FORMATS: readonly OutputFormat[] = ['pdf', 'mp3', 'wav', 'epub'];

export function parseFormats(value: string | string[], where: string): OutputFormat[] {
  const list = (Array.isArray(value) ? value : value.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (list.length === 0) throw new LecternError('usage', `${where}: no output formats given; choose from ${ALL_FORMATS.join(', ')}`);
  for (const f of list) {
    if (!(ALL_FORMATS as readonly string[]).includes(f)) {
      throw new LecternError('usage', `${where}: unknown output format "${f}"; choose from ${ALL_FORMATS.join(', ')}`);
    }
  }
  return [...new Set(list)] as OutputFormat[];
}

/** Finds `lectern.config.json` in `from` or the nearest folder above it. */
export async function findConfigFile(from: string): Promise<string | undefined> {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    try {
      await fs.access(candidate);
      return candidate;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

/** A template named by a file (it has a slash or ends in .json) rather than by a built-in name. */
export function isTemplatePath(nameOrPath: string): boolean {
  return /[\\/]|\.json$/i.test(nameOrPath);
}

export async function loadConfigFile(file: string): Promise<ConfigFile> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new LecternError('inputUnreadable', `cannot read config file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new LecternError('templateInvalid', `config file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new LecternError('templateInvalid', `config file ${file} must hold a JSON object`);
  }
  const config: ConfigFile = { path: file };
  const base = path.dirname(file);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key.startsWith('//') || key === '$comment') continue;
    const kind = KNOWN[key as keyof typeof KNOWN];
    if (!kind) throw new LecternError('templateInvalid', `config file ${file}: unknown setting "${key}"; known: ${Object.keys(KNOWN).join(', ')}`);
    if (kind === 'formats') {
      config.formats = parseFormats(value as string | string[], `config file ${file}`);
    } else if (typeof value !== kind) {
      throw new LecternError('templateInvalid', `config file ${file}: "${key}" must be a ${kind}`);
    } else if (kind === 'boolean') {
      config.strict = value as boolean;
    } else {
      const s = value as string;
      // Paths in a config file are relative to the file, not to where lectern runs.
      const isPath = key === 'out' || ((key === 'template' || key === 'narration') && isTemplatePath(s));
      (config as Record<string, unknown>)[key] = isPath ? path.resolve(base, s) : s;
    }
  }
  return config;
}
