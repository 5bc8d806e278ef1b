/**
 * The programme: every utterance from the cache, in order, with the silence
 * between them, streamed one utterance at a time. A pass over it applies a
 * gain and the limiter, measures the result, and feeds any writers.
 */
import type { AudioCache, CacheEntryInfo } from './cache.js';
import { Limiter } from './limiter.js';
import { LoudnessMeter } from './loudness.js';
import { resample } from './resample.js';
import type { PcmSink } from './sinks.js';
import type { Timeline } from './timeline.js';

export interface PassResult {
  lufs: number;
  truePeak: number;
}

export class Programme {
  constructor(
    private readonly cache: AudioCache,
    private readonly entries: readonly { key: string; info: CacheEntryInfo }[],
    readonly timeline: Timeline,
  ) {}

  get sampleRate(): number {
    return this.timeline.sampleRate;
  }

  /** Fresh chunks (callers may change them in place). */
  async *chunks(): AsyncGenerator<Float32Array> {
    for (const [i, place] of this.timeline.placed.entries()) {
      if (place.gap) yield new Float32Array(place.gap);
      const { key, info } = this.entries[i]!;
      const pcm = await this.cache.samples(key);
      const floats = new Float32Array(pcm.length);
      for (let k = 0; k < pcm.length; k++) floats[k] = pcm[k]! / 32768;
      yield resample(floats, info.sampleRate, this.sampleRate);
    }
    if (this.timeline.tail) yield new Float32Array(this.timeline.tail);
  }

  /** Loudness of the programme as synthesised. */
  async measure(): Promise<number> {
    const meter = new LoudnessMeter(this.sampleRate);
    for await (const chunk of this.chunks()) meter.push(chunk);
    return meter.integrated();
  }

  /** One pass: gain, limiter, measurement, and (when given) the writers. */
  async process(gainDb: number, ceilingDb: number, sinks: readonly PcmSink[] = []): Promise<PassResult> {
    const gain = 10 ** (gainDb / 20);
    const limiter = new Limiter(this.sampleRate, 10 ** (ceilingDb / 20));
    const meter = new LoudnessMeter(this.sampleRate);
    const emit = async (out: Float32Array): Promise<void> => {
      meter.push(out);
      for (const sink of sinks) await sink.write(out);
    };
    for await (const chunk of this.chunks()) {
      for (let i = 0; i < chunk.length; i++) chunk[i]! *= gain;
      await emit(limiter.process(chunk));
    }
    await emit(limiter.flush());
    return { lufs: meter.integrated(), truePeak: meter.truePeakDbtp() };
  }

  /**
   * The gain that brings the limited programme to `targetLufs` (within
   * `tolerance`), found by the secant method from `startDb`; the limiter's
   * ceiling is lowered if a pass still overshoots it.
   */
  async findGain(targetLufs: number, ceilingDb: number, startDb: number, tolerance = 0.15): Promise<{ gainDb: number; ceilingDb: number }> {
    let gainDb = startDb;
    let ceiling = ceilingDb;
    let previous: { gainDb: number; lufs: number } | undefined;
    for (let pass = 0; pass < 6; pass++) {
      const trial = await this.process(gainDb, ceiling);
      const off = targetLufs - trial.lufs;
      const over = trial.truePeak - ceilingDb;
      if (Math.abs(off) < tolerance && over <= 0) break;
      if (over > 0) ceiling -= over + 0.05;
      let slope = 1;
      if (previous && Math.abs(gainDb - previous.gainDb) > 0.01) {
        slope = Math.min(1.2, Math.max(0.25, (trial.lufs - previous.lufs) / (gainDb - previous.gainDb)));
      }
      previous = { gainDb, lufs: trial.lufs };
      gainDb += off / slope;
    }
    return { gainDb, ceilingDb: ceiling };
  }
}
