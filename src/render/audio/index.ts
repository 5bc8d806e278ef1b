/**
 * renderAudio: Script + engine → the audio edition. Each utterance is
 * synthesised once (a content-addressed cache skips what is unchanged),
 * placed on a time line with its pauses, measured (EBU R128), brought to the
 * template's loudness with a gain and a true-peak limiter, and streamed to
 * MP3 (ID3 tags and chapters) and/or WAV; the WebVTT transcript and the
 * chapters JSON follow the same time line. A programme under 30 minutes is
 * held in memory as 16-bit speech; a longer one is streamed from the cache.
 */
import os from 'node:os';
import path from 'node:path';
import type { Script, Utterance } from '../../model/script.js';
import type { Diagnostic } from '../../model/diagnostics.js';
import type { NarrationTemplate } from '../../config/types.js';
import type { Engine } from '../../engines/types.js';
import { LecternError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { AudioCache, type CacheEntryInfo } from './cache.js';
import { id3Tag } from './id3.js';
import { master, type OpenedSinks } from './master.js';
import { Programme } from './programme.js';
import { resampledLength } from './resample.js';
import { gatherSpeech } from './speech.js';
import { Mp3Sink, type Mp3BytesListener } from './mp3-sink.js';
import { ENCODER_DELAY, planMp3Parts } from './mp3-split.js';
import { prepareMp3Threads } from './mp3-thread.js';
import { WavSink, type PcmSink } from './sinks.js';
import { layOut, samplesToMs, type Timeline } from './timeline.js';
import { chaptersJson, webVtt, type ChapterMark, type TimedCue } from './transcript.js';

export interface AudioOutputs {
  mp3?: string;
  wav?: string;
  vtt?: string;
  chaptersJson?: string;
}

export interface AudioMeta {
  title: string;
  artist: string;
  album?: string;
  date?: string;
  lang: string;
}

export interface AudioResult {
  durationSec: number;
  integratedLufs: number;
  truePeakDbtp: number;
  /** How many times the programme was written: more than once when a write missed the loudness or peak target. */
  writes: number;
  chapters: { title: string; startMs: number }[];
  /** Where each utterance of the script is heard, in script order (for synchronised text, e.g. EPUB media overlays). */
  utteranceTimes: { startMs: number; endMs: number }[];
  written: string[];
  diagnostics: Diagnostic[];
}

export interface RenderAudioOptions {
  /** Where synthesised utterances are kept between builds; default `.lectern-cache/audio` beside the output folder. */
  cacheDir?: string;
  /** Called after each utterance is synthesised or found in the cache. */
  onProgress?: (done: number, total: number) => void;
}

/** The MP3 is encoded in this many parts at once (mp3-split.ts), on a machine with that many cores… */
const MP3_PARTS = Math.max(1, Math.min(2, os.availableParallelism()));
/** …when the programme is at least this long. */
const MIN_SPLIT_SECONDS = 30;

export async function renderAudio(
  script: Script,
  engine: Engine,
  template: NarrationTemplate,
  outputs: AudioOutputs,
  meta: AudioMeta,
  options: RenderAudioOptions = {},
): Promise<AudioResult> {
  if (!engine.capabilities.exportsAudio) {
    throw new LecternError('engineUnavailable', `speech engine "${engine.id}" cannot hand back audio here; choose another with --engine`);
  }
  // The MP3 encoder threads start now (unless an earlier render left them), while speech is synthesised on this thread.
  if (outputs.mp3) prepareMp3Threads(MP3_PARTS);
  const diagnostics: Diagnostic[] = [];
  const sampleRate = template.mp3.sampleRate;
  const cache = new AudioCache(options.cacheDir ?? defaultCacheDir(outputs));
  const utterances = script.utterances;

  // 1. Synthesise what the cache does not have.
  const { entries, read, inMemory, analyses } = await gatherSpeech(engine, cache, utterances, { sampleRate, onProgress: options.onProgress });
  const timeline = layOut(utterances, entries.map((e) => resampledLength(e.info.length, e.info.sampleRate, sampleRate)), sampleRate);
  const programme = new Programme(timeline, read, { cachePeaks: inMemory });
  // An MP3 player hears everything ENCODER_DELAY samples late (no gapless data is written): times say when it is heard.
  const heardAt = (sample: number): number => samplesToMs(sample + (outputs.mp3 ? ENCODER_DELAY : 0), sampleRate);
  const chapters = chapterMarks(utterances, timeline, heardAt);

  // 2. Measure, then find the gain that lands on the target after limiting; encode;
  //    check the MP3 as a player decodes it and, if encoding moved it off target, again.
  const target = template.loudness.integratedLufs;
  const peakLimit = template.loudness.truePeakDbtp;
  const analysis = await programme.analyse(analyses);
  const silent = !Number.isFinite(analysis.lufs);
  if (silent) {
    diagnostics.push({ severity: 'warning', rule: 'audio-silent', message: `the ${engine.id} engine produced no sound; the audio edition is silent` });
  }
  // Encoding in parts at once holds the later part's MP3 bytes until the earlier one is done:
  // worth it for a programme held in memory, not for a book streamed from the cache.
  const final = await master(programme, analysis, { integratedLufs: target, truePeakDbtp: peakLimit, mp3: outputs.mp3 !== undefined }, (onMp3, split) =>
    openSinks(outputs, meta, template, chapters, timeline, onMp3, split && inMemory),
  );
  const written: string[] = [];
  if (outputs.mp3) written.push(outputs.mp3);
  if (outputs.wav) written.push(outputs.wav);
  if (!silent && Math.abs(final.lufs - target) > 1) {
    diagnostics.push({
      severity: 'warning',
      rule: 'loudness-off-target',
      message: `the audio measures ${final.lufs.toFixed(1)} LUFS, more than 1 LU from the target ${target} LUFS`,
    });
  }
  if (!silent && final.truePeak > peakLimit + 0.5) {
    diagnostics.push({
      severity: 'warning',
      rule: 'true-peak-over',
      message: `the audio peaks at ${final.truePeak.toFixed(1)} dBTP, above the limit of ${peakLimit} dBTP`,
    });
  }

  // 3. Transcript and chapters.
  if (outputs.vtt) {
    await writeFileAtomic(outputs.vtt, webVtt(cues(utterances, entries, timeline, engine.capabilities.marks, heardAt), meta.lang));
    written.push(outputs.vtt);
  }
  if (outputs.chaptersJson) {
    await writeFileAtomic(outputs.chaptersJson, chaptersJson(chapters));
    written.push(outputs.chaptersJson);
  }

  return {
    durationSec: timeline.total / sampleRate,
    integratedLufs: final.lufs,
    truePeakDbtp: final.truePeak,
    writes: final.writes,
    chapters,
    utteranceTimes: timeline.placed.map((p) => ({ startMs: Math.round(heardAt(p.start)), endMs: Math.round(heardAt(p.start + p.length)) })),
    written,
    diagnostics,
  };
}

async function openSinks(
  outputs: AudioOutputs,
  meta: AudioMeta,
  template: NarrationTemplate,
  chapters: ChapterMark[],
  timeline: Timeline,
  onMp3: Mp3BytesListener,
  split: boolean,
): Promise<OpenedSinks> {
  const all: PcmSink[] = [];
  let mp3: Mp3Sink | undefined;
  try {
    if (outputs.mp3) {
      const totalMs = samplesToMs(timeline.total + ENCODER_DELAY, timeline.sampleRate);
      const tag = id3Tag({
        title: meta.title,
        artist: meta.artist,
        album: meta.album,
        date: meta.date,
        genre: 'Speech',
        chapters: chapters.map((c, i) => ({ title: c.title, startMs: c.startMs, endMs: chapters[i + 1]?.startMs ?? totalMs })),
      });
      const parts = split && timeline.total > MIN_SPLIT_SECONDS * timeline.sampleRate ? planMp3Parts(timeline, MP3_PARTS) : undefined;
      mp3 = await Mp3Sink.open(outputs.mp3, timeline.sampleRate, template.mp3.bitrateKbps, tag, { onEncoded: onMp3, parts });
      all.push(mp3);
    }
    if (outputs.wav) all.push(await WavSink.open(outputs.wav, timeline.sampleRate));
  } catch (e) {
    for (const sink of all) await sink.abort().catch(() => undefined);
    throw new LecternError('outputFailed', `cannot write the audio edition: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return { mp3, mp3Parts: mp3?.partCount, all };
}

/** The title (or intro) and every heading start a chapter; a chapter begins where the silence before it begins. */
function chapterMarks(utterances: readonly Utterance[], timeline: Timeline, heardAt: (sample: number) => number): ChapterMark[] {
  const marks: ChapterMark[] = [];
  utterances.forEach((u, i) => {
    if (!u.chapter) return;
    const place = timeline.placed[i]!;
    const startMs = i === 0 ? 0 : heardAt(place.start - place.gap);
    marks.push({ title: u.chapter, startMs: Math.round(startMs) });
  });
  return marks;
}

/** One cue per utterance; with word timings, the cue spans the words rather than the engine's silence around them. */
function cues(
  utterances: readonly Utterance[],
  entries: { info: CacheEntryInfo }[],
  timeline: Timeline,
  useWords: boolean,
  heardAt: (sample: number) => number,
): TimedCue[] {
  return utterances.map((u, i) => {
    const place = timeline.placed[i]!;
    const startMs = heardAt(place.start);
    const lengthMs = samplesToMs(place.length, timeline.sampleRate);
    const words = useWords ? entries[i]!.info.words : undefined;
    const first = words?.[0];
    const last = words?.[words.length - 1];
    return {
      startMs: startMs + (first ? Math.min(first.startMs, lengthMs) : 0),
      endMs: startMs + (last ? Math.min(last.endMs, lengthMs) : lengthMs),
      speaker: u.speakerName,
      text: u.displayText,
    };
  });
}

function defaultCacheDir(outputs: AudioOutputs): string {
  const first = outputs.mp3 ?? outputs.wav ?? outputs.vtt ?? outputs.chaptersJson;
  if (!first) return path.join(os.tmpdir(), 'lectern-cache', 'audio');
  return path.join(path.dirname(path.dirname(path.resolve(first))), '.lectern-cache', 'audio');
}

export { measureLoudness, LoudnessMeter } from './loudness.js';
export { webVtt, chaptersJson } from './transcript.js';
