/**
 * renderAudio: Script + engine → the audio edition. Each utterance is
 * synthesised once (a content-addressed cache skips what is unchanged),
 * placed on a time line with its pauses, measured (EBU R128), brought to the
 * template's loudness with a gain and a true-peak limiter, and streamed to
 * MP3 (ID3 tags and chapters) and/or WAV; the WebVTT transcript and the
 * chapters JSON follow the same time line. Audio is streamed utterance by
 * utterance from the cache: no whole-programme buffer is held in memory.
 */
import os from 'node:os';
import path from 'node:path';
import type { Script, Utterance } from '../../model/script.js';
import type { Diagnostic } from '../../model/diagnostics.js';
import type { NarrationTemplate } from '../../config/types.js';
import type { Engine, SynthesisRequest } from '../../engines/types.js';
import { LecternError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { AudioCache, cacheKey, type CacheEntryInfo } from './cache.js';
import { id3Tag } from './id3.js';
import { Limiter } from './limiter.js';
import { LoudnessMeter } from './loudness.js';
import { resample, resampledLength } from './resample.js';
import { Mp3Sink, WavSink, type PcmSink } from './sinks.js';
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
  chapters: { title: string; startMs: number }[];
  written: string[];
  diagnostics: Diagnostic[];
}

export interface RenderAudioOptions {
  /** Where synthesised utterances are kept between builds; default `.lectern-cache/audio` beside the output folder. */
  cacheDir?: string;
  /** Called after each utterance is synthesised or found in the cache. */
  onProgress?: (done: number, total: number) => void;
}

/** Headroom kept below the template's true-peak limit for what MP3 encoding adds. */
const ENCODER_MARGIN_DB = 0.4;
/** Loudness is within this many LU of the target before the final pass. */
const LOUDNESS_TOLERANCE = 0.15;

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
  const diagnostics: Diagnostic[] = [];
  const sampleRate = template.mp3.sampleRate;
  const cache = new AudioCache(options.cacheDir ?? defaultCacheDir(outputs));
  const utterances = script.utterances;

  // 1. Synthesise what the cache does not have.
  const entries: { key: string; info: CacheEntryInfo }[] = [];
  for (const [i, u] of utterances.entries()) {
    entries.push(await synthesiseOrReuse(engine, cache, u));
    options.onProgress?.(i + 1, utterances.length);
  }
  const timeline = layOut(utterances, entries.map((e) => resampledLength(e.info.length, e.info.sampleRate, sampleRate)), sampleRate);

  // 2. The programme, streamed from the cache: silence, utterance, silence, …
  async function* programme(): AsyncGenerator<Float32Array> {
    for (const [i, place] of timeline.placed.entries()) {
      if (place.gap) yield new Float32Array(place.gap);
      const { key, info } = entries[i]!;
      const pcm = await cache.samples(key);
      const floats = new Float32Array(pcm.length);
      for (let k = 0; k < pcm.length; k++) floats[k] = pcm[k]! / 32768;
      yield resample(floats, info.sampleRate, sampleRate);
    }
    if (timeline.tail) yield new Float32Array(timeline.tail);
  }

  // 3. Measure, then find the gain that lands on the target after limiting.
  const target = template.loudness.integratedLufs;
  const peakLimit = template.loudness.truePeakDbtp - ENCODER_MARGIN_DB;
  const raw = new LoudnessMeter(sampleRate);
  for await (const chunk of programme()) raw.push(chunk);
  const rawLufs = raw.integrated();
  let gainDb = 0;
  let ceilingDb = peakLimit;
  if (Number.isFinite(rawLufs)) {
    gainDb = target - rawLufs;
    for (let pass = 0; pass < 5; pass++) {
      const trial = await processPass(programme, sampleRate, gainDb, ceilingDb);
      const off = target - trial.lufs;
      const over = trial.truePeak - peakLimit;
      if (Math.abs(off) < LOUDNESS_TOLERANCE && over <= 0) break;
      gainDb += off;
      if (over > 0) ceilingDb -= over + 0.05;
    }
  } else {
    diagnostics.push({ severity: 'warning', rule: 'audio-silent', message: `the ${engine.id} engine produced no sound; the audio edition is silent` });
  }

  // 4. The final pass writes the audio files.
  const chapters = chapterMarks(utterances, timeline);
  const sinks: PcmSink[] = [];
  const written: string[] = [];
  let final: PassResult;
  try {
    if (outputs.mp3) {
      const tag = id3Tag({
        title: meta.title,
        artist: meta.artist,
        album: meta.album,
        date: meta.date,
        genre: 'Speech',
        chapters: chapters.map((c, i) => ({ title: c.title, startMs: c.startMs, endMs: chapters[i + 1]?.startMs ?? samplesToMs(timeline.total, sampleRate) })),
      });
      sinks.push(await Mp3Sink.open(outputs.mp3, sampleRate, template.mp3.bitrateKbps, tag));
      written.push(outputs.mp3);
    }
    if (outputs.wav) {
      sinks.push(await WavSink.open(outputs.wav, sampleRate));
      written.push(outputs.wav);
    }
    final = await processPass(programme, sampleRate, gainDb, ceilingDb, sinks);
    for (const sink of sinks) await sink.commit();
  } catch (e) {
    for (const sink of sinks) await sink.abort().catch(() => undefined);
    throw e;
  }
  if (Number.isFinite(final.lufs) && Math.abs(final.lufs - target) > 1) {
    diagnostics.push({
      severity: 'warning',
      rule: 'loudness-off-target',
      message: `the audio measures ${final.lufs.toFixed(1)} LUFS, more than 1 LU from the target ${target} LUFS`,
    });
  }

  // 5. Transcript and chapters.
  if (outputs.vtt) {
    await writeFileAtomic(outputs.vtt, webVtt(cues(utterances, entries, timeline, engine.capabilities.marks), meta.lang));
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
    chapters,
    written,
    diagnostics,
  };
}

async function synthesiseOrReuse(engine: Engine, cache: AudioCache, u: Utterance): Promise<{ key: string; info: CacheEntryInfo }> {
  const req: SynthesisRequest = { text: u.text, voice: u.voice, rate: u.rate, pitch: u.pitch, lang: u.lang };
  const key = cacheKey(engine.id, req);
  const cached = await cache.info(key);
  if (cached) return { key, info: cached };
  const result = await engine.synthesize(req);
  const info: CacheEntryInfo = { sampleRate: result.sampleRate, length: result.samples.length };
  if (result.words) info.words = result.words;
  await cache.put(key, result.samples, info);
  return { key, info };
}

interface PassResult {
  lufs: number;
  truePeak: number;
}

/** One pass over the programme: gain, limiter, measurement, and (when given) the writers. */
async function processPass(
  programme: () => AsyncGenerator<Float32Array>,
  sampleRate: number,
  gainDb: number,
  ceilingDb: number,
  sinks: PcmSink[] = [],
): Promise<PassResult> {
  const gain = 10 ** (gainDb / 20);
  const limiter = new Limiter(sampleRate, 10 ** (ceilingDb / 20));
  const meter = new LoudnessMeter(sampleRate);
  const emit = async (out: Float32Array): Promise<void> => {
    meter.push(out);
    if (!sinks.length) return;
    const pcm = new Int16Array(out.length);
    for (let i = 0; i < out.length; i++) {
      const v = Math.round(out[i]! * 32767);
      pcm[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
    }
    for (const sink of sinks) await sink.write(pcm);
  };
  for await (const chunk of programme()) {
    for (let i = 0; i < chunk.length; i++) chunk[i]! *= gain;
    await emit(limiter.process(chunk));
  }
  await emit(limiter.flush());
  return { lufs: meter.integrated(), truePeak: meter.truePeakDbtp() };
}

/** The title (or intro) and every heading start a chapter; a chapter begins where the silence before it begins. */
function chapterMarks(utterances: readonly Utterance[], timeline: Timeline): ChapterMark[] {
  const marks: ChapterMark[] = [];
  utterances.forEach((u, i) => {
    if (!u.chapter) return;
    const place = timeline.placed[i]!;
    const startMs = i === 0 ? 0 : samplesToMs(place.start - place.gap, timeline.sampleRate);
    marks.push({ title: u.chapter, startMs: Math.round(startMs) });
  });
  return marks;
}

/** One cue per utterance; with word timings, the cue spans the words rather than the engine's silence around them. */
function cues(utterances: readonly Utterance[], entries: { info: CacheEntryInfo }[], timeline: Timeline, useWords: boolean): TimedCue[] {
  return utterances.map((u, i) => {
    const place = timeline.placed[i]!;
    const startMs = samplesToMs(place.start, timeline.sampleRate);
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
