/**
 * Getting every utterance's speech: from the cache when it is there,
 * otherwise from the engine (and then into the cache). Utterances are asked
 * for grouped by voice, so an engine switches voice as rarely as possible,
 * and handed back in script order. A short programme's samples stay in memory,
 * so later passes never read the cache again; past `maxInMemorySeconds`
 * they are read back from the cache on each pass. Each utterance is handed
 * to the analyser (analyser.ts) as soon as its samples are at hand.
 */
import type { Utterance } from '../../model/script.js';
import type { Engine, SynthesisRequest } from '../../engines/types.js';
import { cacheKey, type AudioCache, type CacheEntryInfo } from './cache.js';
import type { SpeechReader } from './programme.js';
import { resampleInt16, resampledLength } from './resample.js';
import { SpeechAnalyser } from './analyser.js';
import type { SpeechAnalysis } from './analysis.js';

export interface SpeechEntry {
  key: string;
  info: CacheEntryInfo;
}

export interface Speech {
  /** In script order. */
  entries: SpeechEntry[];
  /** Samples of utterance i at `sampleRate`. */
  read: SpeechReader;
  /** Whether `read` hands out samples held in memory (rather than reading the cache). */
  inMemory: boolean;
  /** Utterance analyses made along the way (missing ones are made by Programme.analyse()). */
  analyses: (SpeechAnalysis | undefined)[];
}

export interface GatherOptions {
  sampleRate: number;
  /** Keep samples in memory while the programme is at most this long (default 30 minutes). */
  maxInMemorySeconds?: number;
  onProgress?: (done: number, total: number) => void;
}

/** More characters a second than any narration speaks: a script longer than this for the budget is surely too long to hold. */
const LONG_CHARACTERS_PER_SECOND = 30;

/** Cache writes allowed in flight before synthesis waits for one to finish. */
const MAX_PENDING_WRITES = 8;

const requestOf = (u: Utterance): SynthesisRequest => ({ text: u.text, voice: u.voice, rate: u.rate, pitch: u.pitch, lang: u.lang });

/** Indices grouped by voice settings (groups in order of first appearance, script order within each). */
export function voiceOrder(utterances: readonly Utterance[], indices: readonly number[] = utterances.map((_, i) => i)): number[] {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const u = utterances[i]!;
    const id = JSON.stringify([u.voice, u.rate, u.pitch, u.lang]);
    const group = groups.get(id);
    if (group) group.push(i);
    else groups.set(id, [i]);
  }
  return [...groups.values()].flat();
}

export async function gatherSpeech(engine: Engine, cache: AudioCache, utterances: readonly Utterance[], options: GatherOptions): Promise<Speech> {
  const { sampleRate } = options;
  const budget = (options.maxInMemorySeconds ?? 30 * 60) * sampleRate;
  const keys = utterances.map((u) => cacheKey(engine.id, requestOf(u)));
  const found = await Promise.all(keys.map((key) => cache.info(key)));
  const infos: (CacheEntryInfo | undefined)[] = [...found];
  let done = infos.filter(Boolean).length;
  if (done) options.onProgress?.(done, utterances.length);

  // Synthesise what is missing.
  let held: (Int16Array | undefined)[] | undefined = new Array<Int16Array | undefined>(utterances.length);
  let heldSamples = 0;
  const writes: Promise<void>[] = [];
  const inFlight = new Set<Promise<void>>();
  // A programme that will clearly be too long to hold (speech runs at some 15 characters a second)
  // is analysed as it streams past, after synthesis: no thread, no analyses held.
  const characters = utterances.reduce((n, u) => n + u.text.length, 0);
  const analyser = new SpeechAnalyser(sampleRate, characters < (budget / sampleRate) * LONG_CHARACTERS_PER_SECOND);
  try {
    for (const i of voiceOrder(utterances, utterances.map((_, i) => i).filter((i) => !infos[i]))) {
      const result = await engine.synthesize(requestOf(utterances[i]!));
      const info: CacheEntryInfo = { sampleRate: result.sampleRate, length: result.samples.length };
      if (result.words) info.words = result.words;
      infos[i] = info;
      // Written while the next utterance is synthesised; awaited before anything reads the cache.
      const write = cache.put(keys[i]!, result.samples, info);
      write.catch(() => undefined); // reported by Promise.all below
      writes.push(write);
      // An engine that synthesises without giving the event loop a turn would let every
      // write (and its samples) wait until the end: a book would sit whole in memory.
      inFlight.add(write);
      void write.finally(() => inFlight.delete(write)).catch(() => undefined);
      if (inFlight.size >= MAX_PENDING_WRITES) await Promise.race(inFlight).catch(() => undefined);
      if (held) {
        const speech = resampleInt16(result.samples, info.sampleRate, sampleRate);
        analyser.add(i, speech);
        held[i] = speech;
        heldSamples += speech.length;
        if (heldSamples > budget) {
          held = undefined; // too long to hold: read back from the cache on each pass, and analysed then
          analyser.stopTaking();
        }
      }
      options.onProgress?.(++done, utterances.length);
      // A turn of the event loop: finished writes, the analyser's answers, progress on screen.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(writes);

    const entries = keys.map((key, i) => ({ key, info: infos[i]! }));
    const total = entries.reduce((n, e) => n + resampledLength(e.info.length, e.info.sampleRate, sampleRate), 0);
    const fromCache = async (i: number): Promise<Int16Array> => resampleInt16(await cache.samples(keys[i]!), infos[i]!.sampleRate, sampleRate);
    if (!held || total > budget) {
      analyser.stopTaking();
      return { entries, read: fromCache, inMemory: false, analyses: await analyser.results() };
    }
    const memory = held;
    await Promise.all(
      entries.map(async (_, i) => {
        if (memory[i]) return;
        memory[i] = await fromCache(i);
        analyser.add(i, memory[i]);
      }),
    );
    return { entries, read: async (i) => memory[i]!, inMemory: true, analyses: await analyser.results() };
  } finally {
    await analyser.close();
  }
}
