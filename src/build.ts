/**
 * The one place that runs the stages in order:
 * read → parse → detect → (pdf | narrate → engine → audio) → atomic writes.
 */
import path from 'node:path';
import { rm, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Article } from './model/article.js';
import type { Diagnostic } from './model/diagnostics.js';
import type { Script } from './model/script.js';
import type { NarrationTemplate, OutputFormat } from './config/types.js';
import type { Engine } from './engines/types.js';
import { availableParallelism } from 'node:os';
import { LecternError, isLecternError, type ErrorCode } from './errors.js';
import { buildInWorkers, workersAvailable } from './build-pool.js';
import { parseSource, formatFromName } from './parse/index.js';
import { detect, parseSpeakerCorrections, type SpeakerCorrections } from './detect/index.js';
import { editionName, expandInputs, parseLexicon, readArticle, readSidecar } from './io/input.js';
import { removeStaleTempFiles, writeFileAtomic } from './io/atomic.js';
import { resolveSettings, type BuildOptions, type Settings } from './config/settings.js';
import { hashInputs, isUpToDate, writeManifest } from './io/manifest.js';
import { version } from './version.js';

export type { BuildOptions } from './config/settings.js';

export interface WrittenFile {
  format: OutputFormat | 'vtt' | 'chapters';
  path: string;
}

export interface EditionReport {
  source: string;
  title: string;
  outDir: string;
  written: WrittenFile[];
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  audio?: { durationSec: number; integratedLufs: number; truePeakDbtp: number; chapters: number };
  /** True when the edition was already built from the same inputs and was left as it was. */
  upToDate?: boolean;
  /** With `dryRun`: the narration script that would be rendered. */
  script?: Script;
}

/** An article that could not be built, for a reason the user can fix. */
export interface EditionFailure {
  source: string;
  code: ErrorCode;
  exitCode: number;
  message: string;
}

export interface BuildReport {
  editions: EditionReport[];
  /** Articles that failed; the others were still built. */
  failures: EditionFailure[];
}

export type ProgressEvent = { kind: 'start' | 'stage' | 'done'; source: string; stage?: string; message?: string };

/** Reads one article and runs parse and detect: what `inspect` shows and `build` renders. */
export async function loadArticle(
  file: string,
  meta: { title?: string; lang?: string } = {},
): Promise<{ article: Article; diagnostics: Diagnostic[]; timings: Record<string, number>; inputs: unknown[]; lexicon?: Record<string, string> }> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const text = await readArticle(file);
  const parsed = parseSource(text, file, formatFromName(file), { meta });
  timings.parse = performance.now() - t;

  t = performance.now();
  const sidecar = await readSidecar(file);
  const corrections = combineCorrections(
    parsed.frontMatterSpeakers === undefined ? undefined : parseSpeakerCorrections(parsed.frontMatterSpeakers, `${file} (front matter "speakers")`),
    sidecar ? parseSpeakerCorrections(sidecar.data, sidecar.path) : undefined,
  );
  const detected = detect(parsed.article, corrections);
  timings.detect = performance.now() - t;
  const lexiconFile = await readSidecar(file, '.lexicon.json');
  const lexicon = lexiconFile ? parseLexicon(lexiconFile.data, lexiconFile.path) : undefined;
  return {
    lexicon,
    article: detected.article,
    diagnostics: [...parsed.diagnostics, ...detected.diagnostics],
    timings,
    inputs: [text, sidecar?.data ?? null, lexicon ?? null, meta],
  };
}

/**
 * Builds the editions of every input. Independent articles build in parallel
 * on worker threads (one per core) when there are several; an article that
 * fails is reported in `failures` and the others are still built.
 * Never prints; reports progress through `onProgress`.
 */
export async function build(options: BuildOptions, onProgress?: (e: ProgressEvent) => void): Promise<BuildReport> {
  const settings = await resolveSettings(options);
  const files = await expandInputs(options.inputs, options.cwd);
  const jobs = Math.min(files.length, options.jobs ?? availableParallelism());
  if (jobs > 1 && !settings.dryRun && workersAvailable()) {
    return buildInWorkers(files, { ...options, config: settings.configPath ?? false }, jobs, onProgress);
  }
  const report: BuildReport = { editions: [], failures: [] };
  for (const file of files) {
    onProgress?.({ kind: 'start', source: file });
    try {
      report.editions.push(await buildEdition(file, settings, onProgress));
    } catch (e) {
      if (!isLecternError(e)) throw e;
      report.failures.push({ source: file, code: e.code, exitCode: e.exitCode, message: e.message });
    }
    onProgress?.({ kind: 'done', source: file });
  }
  return report;
}

/** Builds one article's editions with resolved settings (what each worker thread runs). */
export async function buildEdition(file: string, settings: Settings, onProgress?: (e: ProgressEvent) => void): Promise<EditionReport> {
  const { article, diagnostics, timings, inputs, lexicon } = await loadArticle(file, { title: settings.title, lang: settings.lang });
  if (settings.strict && diagnostics.length > 0) {
    throw new LecternError(
      'strictDiagnostics',
      `${file}: ${diagnostics.length} warning(s) and --strict is on; fix them or build without --strict`,
    );
  }
  const name = editionName(file);
  const outDir = path.resolve(settings.outDir, name);
  const report: EditionReport = { source: file, title: article.meta.title, outDir, written: [], diagnostics, timings };
  const wantsEpub = settings.formats.includes('epub');
  const wantsAudio = wantsEpub || settings.formats.includes('mp3') || settings.formats.includes('wav');

  if (settings.dryRun) {
    // The script as the chosen engine would speak it: an engine with voices of its own is loaded to fit them.
    const { createEngine, usable } = await import('./engines/registry.js');
    const named = await createEngine(settings.engine);
    const engine = named.capabilities.templateVoices ? named : await usable(named);
    report.script = await scriptFor(article, await settings.narrationTemplate(), lexicon, engine, diagnostics);
    return report;
  }

  // Everything that shapes the edition goes into its hash; an unchanged one is not built again.
  const printTemplate = settings.formats.includes('pdf') ? await settings.printTemplate() : null;
  const narrationTemplate = wantsAudio ? await settings.narrationTemplate() : null;
  const inputHash = hashInputs([version, inputs, settings.formats, settings.engine, printTemplate, narrationTemplate]);
  await removeStaleTempFiles(outDir);
  if (!settings.force) {
    const manifest = await isUpToDate(outDir, inputHash);
    if (manifest) {
      report.upToDate = true;
      report.written = manifest.files
        .map((f) => ({ format: formatOfFile(f.path), path: path.join(outDir, f.path) }))
        .filter((w): w is WrittenFile => w.format !== undefined);
      return report;
    }
  }

  if (settings.formats.includes('pdf')) {
    onProgress?.({ kind: 'stage', source: file, stage: 'pdf' });
    const t = performance.now();
    const { renderPdf } = await import('./render/pdf/index.js');
    const pdf = await renderPdf(article, printTemplate!);
    const target = path.join(outDir, `${name}.pdf`);
    await writeFileAtomic(target, pdf.pdf);
    report.written.push({ format: 'pdf', path: target });
    diagnostics.push(...pdf.diagnostics);
    timings.pdf = performance.now() - t;
  }

  if (wantsAudio) {
    onProgress?.({ kind: 'stage', source: file, stage: 'audio' });
    const t = performance.now();
    const [{ loadEngine }, { renderAudio }] = await Promise.all([import('./engines/registry.js'), import('./render/audio/index.js')]);
    const template = narrationTemplate!;
    const engine = await loadEngine(settings.engine);
    const script = await scriptFor(article, template, lexicon, engine, diagnostics);
    const base = path.join(outDir, name);
    // The EPUB carries the MP3 inside it; when the MP3 was not asked for, it is made beside it and removed after.
    const mp3Wanted = settings.formats.includes('mp3');
    const outputs = {
      mp3: mp3Wanted ? `${base}.mp3` : wantsEpub ? `${base}.epub-audio.mp3` : undefined,
      wav: settings.formats.includes('wav') ? `${base}.wav` : undefined,
      vtt: `${base}.vtt`,
      chaptersJson: `${base}.chapters.json`,
    };
    const audio = await renderAudio(
      script,
      engine,
      template,
      outputs,
      {
        title: article.meta.title,
        artist: article.meta.byline ?? article.meta.source ?? 'Lectern',
        album: article.meta.source,
        date: article.meta.date,
        lang: article.meta.lang,
      },
      { cacheDir: settings.cacheDir },
    );
    if (wantsEpub) {
      const { writeEpub, timelineFromUtterances } = await import('./render/epub/index.js');
      const target = `${base}.epub`;
      try {
        await writeEpub(
          {
            article,
            audioFile: outputs.mp3!,
            audioDurationMs: Math.round(audio.durationSec * 1000),
            timeline: timelineFromUtterances(script.utterances, audio.utteranceTimes),
            modified: await modifiedDate(file),
          },
          target,
        );
      } finally {
        // The MP3 made only to go inside the EPUB is not left behind, whether or not the EPUB was written.
        if (!mp3Wanted) await rm(outputs.mp3!, { force: true });
      }
      report.written.push({ format: 'epub', path: target });
    }
    if (mp3Wanted) report.written.push({ format: 'mp3', path: outputs.mp3! });
    if (outputs.wav) report.written.push({ format: 'wav', path: outputs.wav });
    report.written.push({ format: 'vtt', path: outputs.vtt }, { format: 'chapters', path: outputs.chaptersJson });
    diagnostics.push(...audio.diagnostics);
    report.audio = {
      durationSec: audio.durationSec,
      integratedLufs: audio.integratedLufs,
      truePeakDbtp: audio.truePeakDbtp,
      chapters: audio.chapters.length,
    };
    timings.audio = performance.now() - t;
  }
  const { title, byline, source, date, lang } = article.meta;
  await writeManifest(outDir, version, inputHash, { title, byline, source, date, lang, durationSec: report.audio?.durationSec }, report.written.map((w) => w.path));
  return report;
}

/** The narration script as `engine` will speak it: an engine with voices of its own gets the template's voices fitted to them. */
async function scriptFor(
  article: Article,
  template: NarrationTemplate,
  lexicon: Record<string, string> | undefined,
  engine: Engine,
  diagnostics: Diagnostic[],
): Promise<Script> {
  const [{ narrate }, { fitVoices }] = await Promise.all([import('./narrate/index.js'), import('./engines/fit-voices.js')]);
  const script = narrate(article, template, { lexicon });
  if (engine.capabilities.templateVoices) return script;
  const fitted = fitVoices(script, engine.id, await engine.voices());
  diagnostics.push(...fitted.diagnostics);
  return fitted.script;
}

function formatOfFile(file: string): WrittenFile['format'] | undefined {
  if (file.endsWith('.chapters.json')) return 'chapters';
  const ext = path.extname(file).slice(1);
  return (['pdf', 'mp3', 'wav', 'vtt', 'epub'] as const).find((f) => f === ext);
}

/** A fixed 'last modified' time for the EPUB (so that the same input gives the same book): SOURCE_DATE_EPOCH, else the source file's. */
async function modifiedDate(file: string): Promise<string> {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const ms = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : (await stat(file)).mtimeMs;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Front-matter corrections, then the speaker file's on top (the file wins where both name the same speaker). */
function combineCorrections(first?: SpeakerCorrections, second?: SpeakerCorrections): SpeakerCorrections | undefined {
  if (!first || !second) return first ?? second;
  return {
    rename: { ...first.rename, ...second.rename },
    voices: { ...first.voices, ...second.voices },
    merge: [...(first.merge ?? []), ...(second.merge ?? [])],
    pin: [...(first.pin ?? []), ...(second.pin ?? [])],
  };
}
