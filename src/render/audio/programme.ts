/**
 * The programme: every utterance in order with the silence between them,
 * handed out as read-only Float32 chunks. Where an utterance's samples come
 * from is the caller's choice: held in memory (short programmes: nothing is
 * read twice) or read back from the cache on every pass (long ones: memory
 * stays flat). Its analysis for the limiter model is put together from each
 * utterance's (analysis.ts); a pass over it applies a gain and the limiter,
 * measures the result, and feeds any writers.
 */
import { Limiter } from './limiter.js';
import { predictLoudness, type BlockProfile } from './limiter-model.js';
import { analyseSpeech, BLOCK, PEAK_STEPS, type SpeechAnalysis } from './analysis.js';
import { PeakEnvelope } from './oversample.js';
import { LoudnessMeter } from './loudness.js';
import type { PcmSink } from './sinks.js';
import type { Timeline } from './timeline.js';

/** Samples [start, end) of the programme held under a ceiling of their own (dBTP), lower than the pass's. */
export interface LoweredStretch {
  start: number;
  end: number;
  ceilingDb: number;
}

export interface PassResult {
  lufs: number;
  truePeak: number;
}

/** The samples of utterance `index`, 16-bit at the programme's rate. */
export type SpeechReader = (index: number) => Promise<Int16Array>;

/** Samples per chunk: small enough to stay in the processor's cache. */
const CHUNK = 1 << 14;

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
   * The programme's loudness and, per block, what the limiter model needs
   * (K-weighted energy, largest true peak), put together from each
   * utterance's analysis (analysis.ts). `known[i]`, when given, is utterance
   * i's (made while it was synthesised; taken out of the array once used);
   * the others are made here. With cached peaks, the per-sample peaks are
   * kept for the pass that writes.
   */
  async analyse(known: (SpeechAnalysis | undefined)[] = []): Promise<{ lufs: number; profile: BlockProfile }> {
    const { total, sampleRate, placed } = this.timeline;
    const keep = this.options.cachePeaks === true;
    const blocks = Math.ceil(total / BLOCK);
    const energy = new Float32Array(blocks);
    const blockPeaks = new Float32Array(blocks);
    const cache = keep ? new Uint16Array(total + Limiter.latencyAt(sampleRate)) : undefined;
    let floor = 0;
    for (let i = 0; i < placed.length; i++) {
      const { start } = placed[i]!;
      let a = known[i];
      known[i] = undefined;
      if (!a || (keep && !a.peaks)) a = analyseSpeech(await this.speech(i), sampleRate, keep);
      if (a.floor > floor) floor = a.floor;
      // Utterances start on a block (timeline.ts); a hand-made time line that does not is placed to the block.
      const first = Math.floor(start / BLOCK);
      for (let b = 0, last = Math.min(a.energy.length, blocks - first); b < last; b++) energy[first + b] += a.energy[b]!;
      for (let b = 0; b < a.blockPeaks.length; b++) {
        const at = first + b - 1;
        const p = a.blockPeaks[b]! / PEAK_STEPS;
        if (at >= 0 && at < blocks && p > blockPeaks[at]!) blockPeaks[at] = p;
      }
      if (cache && a.peaks) {
        const peaks = a.peaks.subarray(0, Math.min(a.peaks.length, cache.length - start));
        for (let k = 0; k < peaks.length; k++) if (peaks[k]! > cache[start + k]!) cache[start + k] = peaks[k]!;
      }
    }
    // A quieter utterance kept peaks below this floor: they are true peaks, and too low to make the limiter act.
    if (cache) this.peakCache = { peaks: cache, floor };
    const profile: BlockProfile = { sampleRate, blockSize: BLOCK, total, energy, peak: blockPeaks, floor };
    return { lufs: predictLoudness(profile, 0, Infinity), profile };
  }

  /**
   * One pass: gain, limiter, measurement, and (when given) the writers.
   * `measure`: 'full' (loudness and true peak), 'loudness' (truePeak is
   * NaN) or 'none' (both NaN: the caller measures what the writers made).
   * `lower`: stretches of the programme held under a ceiling of their own,
   * under `ceilingDb` (sorted, not overlapping).
   */
  async process(
    gainDb: number,
    ceilingDb: number,
    sinks: readonly PcmSink[] = [],
    measure: 'full' | 'loudness' | 'none' = 'full',
    lower: readonly LoweredStretch[] = [],
  ): Promise<PassResult> {
    const gain = 10 ** (gainDb / 20);
    const stretches = lower.map((s) => ({ start: s.start, end: s.end, ceiling: 10 ** (s.ceilingDb / 20) }));
    const ceiling = 10 ** (ceilingDb / 20);
    const limiter = new Limiter(this.sampleRate, ceiling, undefined, undefined, stretches);
    const meter = measure === 'none' ? undefined : new LoudnessMeter(this.sampleRate, { truePeak: measure === 'full' });
    const emit = async (out: Float32Array): Promise<void> => {
      meter?.push(out);
      for (const sink of sinks) await sink.write(out);
    };
    // Peaks at or below ceiling / gain never make the limiter act.
    const floor = Limiter.lowestCeiling(ceiling, stretches) / gain;
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
    return meter ? { lufs: meter.integrated(), truePeak: meter.truePeakDbtp() } : { lufs: NaN, truePeak: NaN };
  }
}
