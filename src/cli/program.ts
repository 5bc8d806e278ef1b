import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { build, type BuildOptions } from '../build.js';
import { inspect } from '../inspect.js';
import { listVoices } from '../voices.js';
import { ExitCode, isLecternError } from '../errors.js';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostics.js';
import { DEFAULTS } from '../config/settings.js';
import { formatBuildSummary, formatInspection } from './format.js';
import { Progress } from './progress.js';
import { inputPath } from '../io/input.js';
import { CONFIG_FILE_NAME } from '../config/file.js';
import { writeStarterConfig } from '../config/init.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stderr is a terminal (progress is drawn in place there, printed as lines otherwise). */
  isTTY?: boolean;
}

function showDiagnostics(io: Io, diagnostics: Diagnostic[], quiet: boolean) {
  if (quiet) return;
  for (const d of diagnostics) io.stderr(formatDiagnostic(d) + '\n');
}

/** Some articles failed; their errors are already printed. */
class BuildFailed extends Error {
  constructor(readonly exitCode: number) {
    super('build failed');
  }
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

export function createProgram(io: Io, version: string): Command {
  const program = new Command('lectern')
    .description('Turn an article (plain text or Markdown) into accessible editions: a tagged large-print PDF and a narrated audio edition that mark every quotation and every change of speaker.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  lectern build article.md                      PDF and MP3 in output/article/
  lectern build issue-12/ -f pdf,epub -o site   every article in a folder
  lectern inspect article.txt                   quotations and speakers as detected

Exit codes: 0 ok, 1 internal error, 2 usage, 3 input not found, 4 input unreadable,
5 input empty, 6 input invalid, 7 speech engine unavailable, 8 template or config invalid,
9 output not written, 10 warnings under --strict`,
    );

  program
    .command('build')
    .description('build the editions of one or more articles (files or folders of .txt/.md files)')
    .argument('<inputs...>', 'article files (.txt, .md) or folders holding them')
    .option('-o, --out <dir>', `folder the editions are written to, one sub-folder per article (default: "${DEFAULTS.out}")`)
    .option('-f, --formats <list>', `comma-separated outputs: pdf, mp3, wav, epub (a talking book, text and narration in sync); audio always comes with a .vtt transcript and a .chapters.json (default: "${DEFAULTS.formats.join(',')}")`)
    .option('--title <title>', 'title of the article, instead of the one found in the file')
    .option('--lang <tag>', 'language of the article as a BCP 47 tag (en, en-US, fr, uk …), instead of the detected one')
    .option('-t, --template <name|file>', `print template: large-print, giant-print, high-contrast, or a path to your own JSON (default: "${DEFAULTS.template}")`)
    .option('-n, --narration <name|file>', `narration template: podcast, talking-book, or a path to your own JSON (default: "${DEFAULTS.narration}")`)
    .option('-e, --engine <id>', `speech engine (see "lectern voices") (default: "${DEFAULTS.engine}")`)
    .option('--config <file>', 'use this config file instead of looking for lectern.config.json')
    .option('--no-config', 'ignore lectern.config.json')
    .option('--strict', 'treat every warning about the content as an error')
    .option('--dry-run', 'write nothing; print the narration script as JSON on stdout (with the voices the chosen engine will use)')
    .option('--force', 'build even the editions that are up to date')
    .option('-j, --jobs <n>', 'how many articles to build at once (default: one per core)', parsePositiveInt)
    .option('--json', 'print a machine-readable summary of the build on stdout')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (inputs: string[], opts: Record<string, string | boolean | number | undefined>) => {
      const options: BuildOptions = {
        inputs,
        cwd: io.cwd,
        out: opts.out as string | undefined,
        formats: opts.formats as string | undefined,
        title: opts.title as string | undefined,
        lang: opts.lang as string | undefined,
        template: opts.template as string | undefined,
        narration: opts.narration as string | undefined,
        engine: opts.engine as string | undefined,
        config: opts.config === false ? false : (opts.config as string | undefined),
        strict: opts.strict === true ? true : undefined,
        dryRun: opts.dryRun === true,
        force: opts.force === true,
        jobs: opts.jobs as number | undefined,
      };
      const quiet = opts.quiet === true;
      const progress = new Progress(io, quiet);
      const report = await build(options, (e) => progress.update(e));
      progress.finish();
      for (const f of report.failures) io.stderr(`lectern: error: ${f.message}\n`);
      for (const e of report.editions) showDiagnostics(io, e.diagnostics, quiet);
      if (options.dryRun) {
        const scripts = report.editions.map((e) => ({ source: e.source, script: e.script }));
        io.stdout(JSON.stringify(scripts.length === 1 ? scripts[0]!.script : scripts, null, 2) + '\n');
      } else if (opts.json) {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
      }
      if (!quiet && !options.dryRun) io.stderr(formatBuildSummary(report, io.cwd));
      if (report.failures.length > 0) {
        throw new BuildFailed(report.failures[0]!.exitCode);
      }
    });

  program
    .command('inspect')
    .description('show the article as Lectern understands it: blocks, quotations with their speakers, speakers with aliases and evidence, warnings')
    .argument('<file>', 'article file (.txt or .md)')
    .option('--title <title>', 'title of the article, instead of the one found in the file')
    .option('--lang <tag>', 'language of the article, instead of the detected one')
    .option('--json', 'print the same as JSON on stdout')
    .action(async (file: string, opts: { json?: boolean; title?: string; lang?: string }) => {
      const result = await inspect(inputPath(file, io.cwd), { title: opts.title, lang: opts.lang });
      if (opts.json) {
        io.stdout(JSON.stringify(result, null, 2) + '\n');
      } else {
        io.stdout(formatInspection(result));
        showDiagnostics(io, result.diagnostics, false);
      }
    });

  program
    .command('feed')
    .description('write a podcast feed (RSS 2.0 with iTunes and Podcasting 2.0 tags) of the audio editions in an output folder')
    .argument('<output-dir>', 'the folder the editions were built into (e.g. output)')
    .requiredOption('--title <title>', 'title of the podcast')
    .requiredOption('--url <url>', 'the http(s) address where the output folder is published')
    .option('--description <text>', 'description of the podcast (default: built from the title)')
    .option('--author <name>', 'author shown by podcast apps')
    .option('--language <tag>', 'language of the podcast (default: the language most editions are in)')
    .option('--image <url>', 'http(s) address of the cover image')
    .option('--category <name>', 'iTunes category (default: "News")')
    .option('--file <path>', 'where to write the feed (default: <output-dir>/feed.xml)')
    .action(async (outputDir: string, opts: { title: string; url: string; description?: string; author?: string; language?: string; image?: string; category?: string; file?: string }) => {
      const { writeFeed } = await import('../feed/index.js');
      const { file, ...feedOptions } = opts;
      const written = await writeFeed(path.resolve(io.cwd, outputDir), feedOptions, file === undefined ? undefined : path.resolve(io.cwd, file));
      io.stderr(`wrote ${path.relative(io.cwd, written) || written}\n`);
    });

  program
    .command('init')
    .description(`write a starter ${CONFIG_FILE_NAME} in the current folder, with every setting explained`)
    .option('--force', 'overwrite an existing config file')
    .action(async (opts: { force?: boolean }) => {
      const file = await writeStarterConfig(io.cwd, opts.force === true);
      io.stderr(`wrote ${file}\n`);
    });

  program
    .command('voices')
    .description('list every speech engine, whether it is usable here (and why not), and its voices')
    .option('--json', 'print the list as JSON on stdout')
    .action(async (opts: { json?: boolean }) => {
      const engines = await listVoices();
      if (opts.json) {
        io.stdout(JSON.stringify(engines, null, 2) + '\n');
        return;
      }
      for (const e of engines) {
        io.stdout(`${e.id}  ${e.probe.usable ? 'usable' : `not usable: ${e.probe.reason ?? 'unknown reason'}`}\n  ${e.description}\n`);
        if (e.voices.length) {
          const shown = e.voices.slice(0, 12).map((v) => v.id);
          io.stdout(`  voices (${e.voices.length}): ${shown.join(', ')}${e.voices.length > shown.length ? ', …' : ''}\n`);
        }
      }
    });

  return program;
}

/** Runs the CLI; returns the exit code. Never throws for a user's mistake. */
export async function runCli(argv: string[], io: Io, version: string): Promise<number> {
  const program = createProgram(io, version);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (e instanceof BuildFailed) return e.exitCode;
    if (isLecternError(e)) {
      io.stderr(`lectern: error: ${e.message}\n`);
      return e.exitCode;
    }
    // A bug: show everything that helps fix it.
    io.stderr(`lectern: internal error (please report it): ${(e as Error)?.stack ?? String(e)}\n`);
    return ExitCode.internal;
  }
}

