/**
 * What the limiter model needs to know about one utterance's speech (pure):
 * its loudest sample, its K-weighted energy per block and its true peaks.
 * Each utterance is analysed on its own, as soon as it is synthesised (on a
 * thread of its own when one is available: analysis-thread.ts), so the
 * programme's analysis is ready when synthesis ends; Programme.analyse()
 * puts the pieces on the time line. Silence between utterances adds
 * nothing but the ring-out of the filters, which is analysed with its
 * utterance.
 */
import { LoudnessMeter } from './loudness.js';
import { INTERPOLATION_DELAY, INTERPOLATION_HISTORY, PeakEnvelope } from './oversample.js';

/** Samples per block of the limiter model (limiter-model.ts); utterances start on a block (timeline.ts). */
export const BLOCK = 32;
/** True peaks this far below the utterance's loudest sample are left out (0). */
export const PEAK_FLOOR_DB = -18;
/** Peaks are stored as 16-bit steps of 1/PEAK_STEPS full scale, rounded up (never under the true value). */
export const PEAK_STEPS = 16384;
/** Silence analysed after the speech, for the K-weighting filters' ring-out. */
const RING = 32 * BLOCK;

export interface SpeechAnalysis {
  /** The largest |sample| (1 = full scale). */
  loudest: number;
  /** Peaks at or below this were not interpolated (they are 0 here). */
  floor: number;
  /** K-weighted sum of squares of each block from the first sample, through the ring-out after the speech. */
  energy: Float32Array;
  /**
   * Largest true peak (in PEAK_STEPS) of each block, over every sample whose
   * interpolation reaches the speech; entry 0 is the block before the first
   * sample (the interpolation reaches back into the silence).
   */
  blockPeaks: Uint16Array;
  /**
   * With `samplePeaks`: the true peak (in PEAK_STEPS) at each position k =
   * 0 … length + INTERPOLATION_HISTORY − 1 of the limiter's input, which is
   * the peak of sample k − INTERPOLATION_DELAY.
   */
  peaks?: Uint16Array;
}

/** Analyse one utterance's 16-bit speech; `samplePeaks` keeps the per-sample peaks (2 bytes a sample) for the limiter. */
export function analyseSpeech(pcm: Int16Array, sampleRate: number, samplePeaks: boolean): SpeechAnalysis {
  const n = pcm.length;
  let loudestInt = 0;
  for (let k = 0; k < n; k++) {
    const v = pcm[k]!;
    if (v > loudestInt) loudestInt = v;
    else if (-v > loudestInt) loudestInt = -v;
  }
  const loudest = loudestInt / 32768;
  const floor = loudest * 10 ** (PEAK_FLOOR_DB / 20);
  // Followed by silence as far as the interpolation of the last samples reaches.
  const signal = new Float32Array(n + INTERPOLATION_HISTORY);
  for (let k = 0; k < n; k++) signal[k] = pcm[k]! / 32768;

  const meter = new LoudnessMeter(sampleRate, { truePeak: false, blockSize: BLOCK });
  meter.push(signal.subarray(0, n));
  const padded = Math.ceil((n + RING) / BLOCK) * BLOCK;
  meter.push(new Float32Array(padded - n));
  const energy = Float32Array.from(meter.blockEnergies());

  // Position k carries the peak of sample k − INTERPOLATION_DELAY.
  const raw = new PeakEnvelope(floor).push(signal);
  const blockPeaks = new Uint16Array(Math.floor((raw.length - 1 - INTERPOLATION_DELAY) / BLOCK) + 2);
  const peaks = samplePeaks ? new Uint16Array(raw.length) : undefined;
  for (let k = 0; k < raw.length; k++) {
    const p = raw[k]!;
    if (p === 0) continue;
    const q = Math.min(65535, Math.ceil(p * PEAK_STEPS));
    if (peaks) peaks[k] = q;
    const b = Math.floor((k - INTERPOLATION_DELAY) / BLOCK) + 1;
    if (q > blockPeaks[b]!) blockPeaks[b] = q;
  }
  return peaks ? { loudest, floor, energy, blockPeaks, peaks } : { loudest, floor, energy, blockPeaks };
}
