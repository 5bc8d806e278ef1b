import path from 'node:path';
import type { NarrationTemplate, OutputFormat, PrintTemplate } from './types.js';
import { findConfigFile, isTemplatePath, loadConfigFile, parseFormats, type ConfigFile } from './file.js';

/** What a caller (the CLI, or a program using the library) asks for. Unset means "not said". */
export interface BuildOptions {
  inputs: string[];
  out?: string;
  formats?: OutputFormat[] | string;
  title?: string;
  lang?: string;
  /** Print template: a built-in name or a path to a JSON file. */
  template?: string;
  /** Narration template: a built-in name or a path to a JSON file. */
  narration?: string;
  engine?: string;
  strict?: boolean;
  dryRun?: boolean;
  /** Build even when the edition is up to date. */
  force?: boolean;
  /** How many articles to build at once (default: one per core). */
  jobs?: number;
  /** A config file to use instead of looking for `lectern.config.json`; `false` to use none. */
  config?: string | false;
  /** Where to look for the config file (default: the current folder). */
  cwd?: string;
  cacheDir?: string;
}

export const DEFAULTS = {
  out: 'output',
  formats: ['pdf', 'mp3'] as OutputFormat[],
  template: 'large-print',
  narration: 'podcast',
  engine: 'espeak-ng-wasm',
};

/** Settings resolved once, in a fixed order: flag, then config file, then template, then default. */
export interface Settings {
  outDir: string;
  formats: OutputFormat[];
  title?: string;
  lang?: string;
  engine: string;
  strict: boolean;
  dryRun: boolean;
  force: boolean;
  cacheDir: string;
  configPath?: string;
  printTemplate(): Promise<PrintTemplate>;
  narrationTemplate(): Promise<NarrationTemplate>;
}

export async function resolveSettings(options: BuildOptions): Promise<Settings> {
  const cwd = options.cwd ?? process.cwd();
  let config: ConfigFile = {};
  if (options.config !== false) {
    const file = options.config ?? (await findConfigFile(cwd));
    if (file) config = await loadConfigFile(file);
  }
  const formats =
    options.formats === undefined
      ? (config.formats ?? DEFAULTS.formats)
      : parseFormats(options.formats, typeof options.formats === 'string' ? '--formats' : 'formats');
  const outDir = path.resolve(cwd, options.out ?? config.out ?? DEFAULTS.out);
  const templateName = asPathIfPath(cwd, options.template ?? config.template ?? DEFAULTS.template);
  const narrationName = asPathIfPath(cwd, options.narration ?? config.narration ?? DEFAULTS.narration);

  let narration: Promise<NarrationTemplate> | undefined;
  let print: Promise<PrintTemplate> | undefined;
  return {
    outDir,
    formats,
    title: options.title,
    lang: options.lang ?? config.lang,
    engine: options.engine ?? config.engine ?? DEFAULTS.engine,
    strict: options.strict ?? config.strict ?? false,
    dryRun: options.dryRun ?? false,
    force: options.force ?? false,
    cacheDir: options.cacheDir ?? path.join(outDir, '.cache'),
    configPath: config.path,
    printTemplate() {
      print ??= import('../render/pdf/index.js').then(({ loadPrintTemplate }) => loadPrintTemplate(templateName));
      return print;
    },
    narrationTemplate() {
      narration ??= import('../narrate/index.js').then(({ loadNarrationTemplate }) => loadNarrationTemplate(narrationName));
      return narration;
    },
  };
}

/** A template given as a file (it has a slash or ends in .json) is resolved against the working folder. */
function asPathIfPath(cwd: string, nameOrPath: string): string {
  return isTemplatePath(nameOrPath) ? path.resolve(cwd, nameOrPath) : nameOrPath;
}
