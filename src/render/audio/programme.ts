/**
 * The programme: every utterance in order with the silence between them,
 * handed out as read-only Float32 chunks. Where an utterance's samples come
 * from is the caller's choice: held in memory (short programmes: nothing is
 * read twice) or read back from the cache on every pass (long ones: memory
 * stays flat). A pass over it applies a gain and the limiter, measures the
 * result, and feeds any writers.
 */
import { Limiter } from './limiter.js';
import { LoudnessMeter } from './loudness.js';
import type { PcmSink } from './sinks.js';
import type { Timeline } from './timeline.js';

export interface PassResult {
  lufs: number;
  truePeak: number;
}

/** The samples of utterance `index`, 16-bit at the programme's rate. */
export type SpeechReader = (index: number) => Promise<Int16Array>;

/** Samples per chunk: small enough to stay in the processor's cache. */
const CHUNK = 1 << 14;

export class Programme {
  private readonly scratch = new Float32Array(CHUNK);
  private readonly zeros = new Float32Array(CHUNK);

  constructor(
    readonly timeline: Timeline,
    private readonly speech: SpeechReader,
  ) {}

  get sampleRate(): number {
    return this.timeline.sampleRate;
  }

  /** The programme in chunks; each chunk is read-only and valid until the next is asked for. */
  async *chunks(): AsyncGenerator<Float32Array> {
    const { placed, tail } = this.timeline;
    for (let i = 0; i < placed.length; i++) {
      yield* this.silence(placed[i]!.gap);
      const pcm = await this.speech(i);
      for (let at = 0; at < pcm.length; at += CHUNK) {
        const n = Math.min(CHUNK, pcm.length - at);
        const out = this.scratch;
        for (let k = 0; k < n; k++) out[k] = pcm[at + k]! / 32768;
        yield n === CHUNK ? out : out.subarray(0, n);
      }
    }
    yield* this.silence(tail);
  }

  private *silence(length: number): Generator<Float32Array> {
    for (let left = length; left > 0; left -= CHUNK) yield this.zeros.subarray(0, Math.min(CHUNK, left));
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
    for await (const chunk of this.chunks()) await emit(limiter.process(chunk, gain));
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
