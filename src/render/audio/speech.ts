/**
 * Getting every utterance's speech: from the cache when it is there,
 * otherwise from the engine (and then into the cache). Utterances are asked
 * for grouped by voice, so an engine switches voice as rarely as possible,
 * and handed back in script order. A short programme's samples stay in
 * memory, so later passes never read the cache again; past
 * `maxInMemorySeconds` they are read back from the cache on each pass.
 */
import type { Utterance } from '../../model/script.js';
import type { Engine, SynthesisRequest } from '../../engines/types.js';
import { cacheKey, type AudioCache, type CacheEntryInfo } from './cache.js';
import type { SpeechReader } from './programme.js';
import { resampleInt16 } from './resample.js';

export interface SpeechEntry {
  key: string;
  info: CacheEntryInfo;
}

export interface Speech {
  /** In script order. */
  entries: SpeechEntry[];
  /** Samples of utterance i at `sampleRate`. */
  read: SpeechReader;
}

export interface GatherOptions {
  sampleRate: number;
  /** Keep samples in memory while the programme is at most this long (default 30 minutes). */
  maxInMemorySeconds?: number;
  onProgress?: (done: number, total: number) => void;
}

const requestOf = (u: Utterance): SynthesisRequest => ({ text: u.text, voice: u.voice, rate: u.rate, pitch: u.pitch, lang: u.lang });

/** Script indices grouped by voice settings (groups in order of first appearance, script order within each). */
export function voiceOrder(utterances: readonly Utterance[]): number[] {
  const groups = new Map<string, number[]>();
  utterances.forEach((u, i) => {
    const id = JSON.stringify([u.voice, u.rate, u.pitch, u.lang]);
    const group = groups.get(id);
    if (group) group.push(i);
    else groups.set(id, [i]);
  });
  return [...groups.values()].flat();
}

export async function gatherSpeech(engine: Engine, cache: AudioCache, utterances: readonly Utterance[], options: GatherOptions): Promise<Speech> {
  const { sampleRate } = options;
  const budget = (options.maxInMemorySeconds ?? 30 * 60) * sampleRate;
  const entries: SpeechEntry[] = new Array<SpeechEntry>(utterances.length);
  let held: (Int16Array | undefined)[] | undefined = new Array<Int16Array | undefined>(utterances.length);
  let heldSamples = 0;
  const writes: Promise<void>[] = [];
  let done = 0;
  for (const i of voiceOrder(utterances)) {
    const req = requestOf(utterances[i]!);
    const key = cacheKey(engine.id, req);
    let info = await cache.info(key);
    let samples: Int16Array | undefined;
    if (!info) {
      const result = await engine.synthesize(req);
      info = { sampleRate: result.sampleRate, length: result.samples.length };
      if (result.words) info.words = result.words;
      samples = result.samples;
      // Written while the next utterance is synthesised; awaited before anything reads the cache.
      const write = cache.put(key, samples, info);
      write.catch(() => undefined); // reported by Promise.all below
      writes.push(write);
    }
    entries[i] = { key, info };
    if (held) {
      samples ??= await cache.samples(key);
      const atRate = resampleInt16(samples, info.sampleRate, sampleRate);
      heldSamples += atRate.length;
      if (heldSamples <= budget) held[i] = atRate;
      else held = undefined; // too long to hold: read back from the cache on each pass
    }
    options.onProgress?.(++done, utterances.length);
  }
  await Promise.all(writes);
  const memory = held;
  const read: SpeechReader = memory
    ? async (i) => memory[i]!
    : async (i) => resampleInt16(await cache.samples(entries[i]!.key), entries[i]!.info.sampleRate, sampleRate);
  return { entries, read };
}
