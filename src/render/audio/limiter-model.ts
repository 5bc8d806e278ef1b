/**
 * The limiter, simulated on blocks (pure): from each block's K-weighted
 * energy and largest true peak, measured once on the raw programme, it
 * predicts the integrated loudness after gain and limiting in a few
 * milliseconds, so the gain is searched on the model instead of on passes
 * over the audio. The model follows Limiter step by step at block rate
 * (needed gain, sliding minimum over the look-ahead, release, moving
 * average); on espeak speech it lands within 0.1 LU of the real limiter
 * (tests/render/audio/limiter-model.test.ts), and the pass that writes
 * measures the truth.
 */
import { gatedLoudness } from './loudness.js';

/** What the model needs to know about the raw programme. */
export interface BlockProfile {
  sampleRate: number;
  /** Samples per block. */
  blockSize: number;
  /** Programme length in samples. */
  total: number;
  /** K-weighted sum of squares of each block. */
  energy: ArrayLike<number>;
  /** Largest true peak in each block; 0 where it is certainly ≤ `floor`. */
  peak: ArrayLike<number>;
  floor: number;
}

export interface LimiterShape {
  lookaheadMs: number;
  releaseMs: number;
}

const DEFAULT_SHAPE: LimiterShape = { lookaheadMs: 5, releaseMs: 60 };

/** The model can say nothing about gains that lift peaks at or below `floor` over the ceiling. */
export function modelCovers(profile: BlockProfile, gainDb: number, ceilingDb: number): boolean {
  return profile.floor * 10 ** (gainDb / 20) <= 10 ** (ceilingDb / 20);
}

/** Predicted integrated loudness (LUFS) of the programme × gain through the limiter. */
export function predictLoudness(profile: BlockProfile, gainDb: number, ceilingDb: number, shape: LimiterShape = DEFAULT_SHAPE): number {
  const { sampleRate: rate, blockSize: size, energy, peak } = profile;
  const gain = 10 ** (gainDb / 20);
  const ceiling = 10 ** (ceilingDb / 20);
  const n = energy.length;
  const window = Math.max(2, Math.round((rate * shape.lookaheadMs) / 1000));
  const span = Math.ceil(window / size); // blocks the look-ahead and the average reach
  const release = 1 - Math.exp((-1 / ((rate * shape.releaseMs) / 1000)) * size);
  const hop = Math.round(rate / 10);
  const hops = new Float64Array(Math.floor(profile.total / hop));
  const need = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    const q = gain * peak[b]!;
    need[b] = q > ceiling ? ceiling / q : 1;
  }
  const smoothed = new Float64Array(n);
  let g = 1;
  let sum = 0;
  for (let b = 0; b < n; b++) {
    let h = 1;
    for (let k = b, last = Math.min(n - 1, b + span); k <= last; k++) if (need[k]! < h) h = need[k]!;
    const released = g + (1 - g) * release;
    g = h < released ? h : released;
    smoothed[b] = g;
    sum += g - (b >= span ? smoothed[b - span]! : 1);
    const average = (sum + span) / span; // blocks before the start count as 1
    const at = Math.floor((b * size) / hop);
    if (at < hops.length) hops[at] += gain * gain * average * average * energy[b]!;
  }
  for (let i = 0; i < hops.length; i++) hops[i]! /= hop;
  return gatedLoudness(hops);
}

/**
 * The gain (dB) at which the model reaches `targetLufs`, by the secant
 * method from the unlimited gain `startDb` (to within 0.01 LU).
 */
export function modelGain(profile: BlockProfile, targetLufs: number, ceilingDb: number, startDb: number): number {
  let gainDb = startDb;
  let lufs = predictLoudness(profile, gainDb, ceilingDb);
  let slope = 0.5;
  for (let i = 0; i < 8 && Math.abs(targetLufs - lufs) > 0.01; i++) {
    const next = gainDb + Math.max(-12, Math.min(12, (targetLufs - lufs) / slope));
    const nextLufs = predictLoudness(profile, next, ceilingDb);
    if (Math.abs(next - gainDb) > 1e-6) slope = Math.min(1.2, Math.max(0.05, (nextLufs - lufs) / (next - gainDb)));
    gainDb = next;
    lufs = nextLufs;
  }
  return gainDb;
}
