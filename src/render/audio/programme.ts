/**
 * The programme: every utterance in order with the silence between them,
 * handed out as read-only Float32 chunks. Where an utterance's samples come
 * from is the caller's choice: held in memory (short programmes: nothing is
 * read twice) or read back from the cache on every pass (long ones: memory
 * stays flat). One pass analyses it for the limiter model; a pass over it
 * applies a gain and the limiter, measures the result, and feeds any writers.
 */
import { Limiter } from './limiter.js';
import type { BlockProfile } from './limiter-model.js';
import { INTERPOLATION_DELAY, PeakEnvelope } from './oversample.js';
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

/** Samples per block of the limiter model (limiter-model.ts). */
const BLOCK = 32;
/** True peaks this far below the loudest sample are left out of the analysis. */
const PEAK_FLOOR_DB = -18;
/** Cached peaks are stored as 16-bit steps of 1/PEAK_STEPS full scale, rounded up (never under the true value). */
const PEAK_STEPS = 16384;
/** A cache built for a pass serves later passes with up to this much more gain (or a lower ceiling). */
const PEAK_CACHE_HEADROOM = 2;

export class Programme {
  private readonly scratch = new Float32Array(CHUNK);
  private readonly zeros = new Float32Array(CHUNK);
  /** The programme's true peaks (PeakEnvelope positions), 0 where ≤ floor; kept across passes. */
  private peakCache: { peaks: Uint16Array; floor: number } | undefined;

  /** `cachePeaks`: keep the true peaks between passes (2 bytes a sample; for programmes held in memory). */
  constructor(
    readonly timeline: Timeline,
    private readonly speech: SpeechReader,
    private readonly options: { cachePeaks?: boolean } = {},
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

  /**
   * One pass over the programme as synthesised: its loudness and, per block,
   * what the limiter model needs (K-weighted energy, largest true peak).
   * True peaks more than PEAK_FLOOR_DB below the loudest sample are not
   * interpolated (a gain that lifts them to the ceiling would limit the loudest
   * peak by more than that). When peaks are cached, the cache is filled here.
   */
  async analyse(): Promise<{ lufs: number; profile: BlockProfile }> {
    const { total, sampleRate, placed } = this.timeline;
    let loudest = 0;
    for (let i = 0; i < placed.length; i++) {
      const pcm = await this.speech(i);
      for (let k = 0; k < pcm.length; k++) {
        const v = pcm[k]!;
        if (v > loudest) loudest = v;
        else if (-v > loudest) loudest = -v;
      }
    }
    const floor = (loudest / 32768) * 10 ** (PEAK_FLOOR_DB / 20);
    const meter = new LoudnessMeter(sampleRate, { truePeak: false, blockSize: BLOCK });
    const envelope = new PeakEnvelope(floor);
    const blockPeaks = new Float32Array(Math.ceil(total / BLOCK));
    const latency = Limiter.latencyAt(sampleRate);
    const cache = this.options.cachePeaks ? new Uint16Array(total + latency) : undefined;
    let at = 0;
    const take = (chunk: Float32Array): void => {
      const peaks = envelope.push(chunk);
      for (let i = 0; i < chunk.length; i++) {
        const p = peaks[i]!;
        if (p === 0) continue; // at or below the floor: the cache and the block peaks already hold 0
        if (cache) cache[at + i] = Math.min(65535, Math.ceil(p * PEAK_STEPS));
        const b = ((at + i - INTERPOLATION_DELAY) / BLOCK) | 0; // the peak belongs to the sample INTERPOLATION_DELAY earlier
        if (p > blockPeaks[b]!) blockPeaks[b] = p;
      }
      at += chunk.length;
    };
    for await (const chunk of this.chunks()) {
      meter.push(chunk);
      take(chunk);
    }
    take(new Float32Array(latency));
    if (cache) this.peakCache = { peaks: cache, floor };
    const profile: BlockProfile = { sampleRate, blockSize: BLOCK, total, energy: meter.blockEnergies(), peak: blockPeaks, floor };
    return { lufs: meter.integrated(), profile };
  }

  /**
   * One pass: gain, limiter, measurement, and (when given) the writers.
   * `truePeak: false` measures loudness only (truePeak is then NaN).
   */
  async process(gainDb: number, ceilingDb: number, sinks: readonly PcmSink[] = [], truePeak = true): Promise<PassResult> {
    const gain = 10 ** (gainDb / 20);
    const ceiling = 10 ** (ceilingDb / 20);
    const limiter = new Limiter(this.sampleRate, ceiling);
    const meter = new LoudnessMeter(this.sampleRate, { truePeak });
    const emit = async (out: Float32Array): Promise<void> => {
      meter.push(out);
      for (const sink of sinks) await sink.write(out);
    };
    // Peaks at or below ceiling / gain never make the limiter act.
    const floor = ceiling / gain;
    const cache = this.peakCache && this.peakCache.floor <= floor ? this.peakCache : undefined;
    let building: { peaks: Uint16Array; floor: number; envelope: PeakEnvelope } | undefined;
    if (!cache && this.options.cachePeaks) {
      const buildFloor = floor / PEAK_CACHE_HEADROOM;
      building = { peaks: new Uint16Array(this.timeline.total + limiter.latency), floor: buildFloor, envelope: new PeakEnvelope(buildFloor) };
    }
    let at = 0;
    const step = (chunk: Float32Array): Float32Array => {
      const n = chunk.length;
      if (building) {
        const raw = building.envelope.push(chunk);
        const store = building.peaks;
        for (let i = 0; i < n; i++) store[at + i] = Math.min(65535, Math.ceil(raw[i]! * PEAK_STEPS));
      }
      const known = (cache ?? building)?.peaks.subarray(at, at + n);
      at += n;
      return limiter.process(chunk, gain, known, 1 / PEAK_STEPS);
    };
    for await (const chunk of this.chunks()) await emit(step(chunk));
    await emit(step(new Float32Array(limiter.latency)));
    if (building) this.peakCache = { peaks: building.peaks, floor: building.floor };
    return { lufs: meter.integrated(), truePeak: meter.truePeakDbtp() };
  }
}
