import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import { CONFIG_FILE_NAME } from './file.js';
import { DEFAULTS } from './settings.js';

/** A starter config: every setting at its default, each explained by a "//" key (JSON has no comments). */
export function starterConfig(): string {
  const lines = {
    '// out': 'Folder the editions are written to, one sub-folder per article. Relative to this file.',
    out: DEFAULTS.out,
    '// formats': 'Outputs to build: any of "pdf", "mp3", "wav". Audio comes with a .vtt transcript and a .chapters.json.',
    formats: DEFAULTS.formats,
    '// template': 'Print template: "large-print" (18 pt), "giant-print" (24 pt), "high-contrast", or a path to your own JSON.',
    template: DEFAULTS.template,
    '// narration': 'Narration template: "podcast", "talking-book", or a path to your own JSON.',
    narration: DEFAULTS.narration,
    '// engine': 'Speech engine; "lectern voices" lists the engines usable here.',
    engine: DEFAULTS.engine,
    '// strict': 'true: any warning about the content stops the build.',
    strict: false,
  };
  return JSON.stringify(lines, null, 2) + '\n';
}

export async function writeStarterConfig(dir: string, overwrite: boolean): Promise<string> {
  const file = path.join(dir, CONFIG_FILE_NAME);
  try {
    await fs.writeFile(file, starterConfig(), { flag: overwrite ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new LecternError('usage', `${file} already exists; use --force to overwrite it`);
    }
    throw new LecternError('outputFailed', `cannot write ${file}: ${(e as Error).message}`);
  }
  return file;
}
