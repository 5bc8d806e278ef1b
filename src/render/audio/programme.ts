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
    const meter = new LoudnessMeter(this.sampleRate, { truePeak: false });
    for await (const chunk of this.chunks()) meter.push(chunk);
    return meter.integrated();
  }

  /**
   * One pass: gain, limiter, measurement, and (when given) the writers.
   * `truePeak: false` measures loudness only (truePeak is then NaN).
   */
  async process(gainDb: number, ceilingDb: number, sinks: readonly PcmSink[] = [], truePeak = true): Promise<PassResult> {
    const gain = 10 ** (gainDb / 20);
    const limiter = new Limiter(this.sampleRate, 10 ** (ceilingDb / 20));
    const meter = new LoudnessMeter(this.sampleRate, { truePeak });
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
   * `tolerance`), by the secant method from `startDb`. Limiting makes loudness
   * grow more slowly than gain (espeak speech: about 0.3–0.5 dB per dB), so the
   * first step assumes half. The limiter holds the ceiling; the final pass
   * measures the true peak.
   */
  async findGain(targetLufs: number, ceilingDb: number, startDb: number, tolerance = 0.2): Promise<number> {
    let gainDb = startDb;
    let slope = 0.5;
    let previous: { gainDb: number; lufs: number } | undefined;
    for (let pass = 0; pass < 6; pass++) {
      const trial = await this.process(gainDb, ceilingDb, [], false);
      const off = targetLufs - trial.lufs;
      if (Math.abs(off) < tolerance) break;
      if (previous && Math.abs(gainDb - previous.gainDb) > 0.01) {
        slope = Math.min(1.2, Math.max(0.2, (trial.lufs - previous.lufs) / (gainDb - previous.gainDb)));
      }
      previous = { gainDb, lufs: trial.lufs };
      gainDb += off / slope;
    }
    return gainDb;
  }
}
