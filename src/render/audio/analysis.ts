/**
 * What the limiter model needs to know about one utterance's speech (pure):
 * its loudest sample, its K-weighted energy per block and its true peaks.
 * Each utterance is analysed on its own, as soon as it is synthesised (on a
 * thread of its own when one is available: analyser.ts), so the
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
  /** Peaks at or below this may have been left out: 0 means at most this. */
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

/** Samples analysed at a time: the analysis of a long utterance allocates nothing in proportion to its length but its results. */
const CHUNK = 1 << 14;
const scratch = new Float32Array(CHUNK);

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

  // The speech, then silence: as far as the filters ring out (whole blocks) for the energy, and as far
  // as the interpolation of the last samples reaches for the peaks. Position k carries the peak of
  // sample k − INTERPOLATION_DELAY.
  const metered = Math.ceil((n + RING) / BLOCK) * BLOCK;
  const peaked = n + INTERPOLATION_HISTORY;
  const meter = new LoudnessMeter(sampleRate, { truePeak: false, blockSize: BLOCK });
  const envelope = new PeakEnvelope(floor);
  const blockPeaks = new Uint16Array(Math.floor((peaked - 1 - INTERPOLATION_DELAY) / BLOCK) + 2);
  const peaks = samplePeaks ? new Uint16Array(peaked) : undefined;
  for (let at = 0, end = Math.max(metered, peaked); at < end; at += CHUNK) {
    const x = scratch.subarray(0, Math.min(CHUNK, end - at));
    for (let k = 0; k < x.length; k++) x[k] = at + k < n ? pcm[at + k]! / 32768 : 0;
    if (at < metered) meter.push(x.subarray(0, Math.min(x.length, metered - at)));
    if (at >= peaked) continue;
    const raw = envelope.push(x.subarray(0, Math.min(x.length, peaked - at)));
    for (let k = 0; k < raw.length; k++) {
      const p = raw[k]!;
      if (p === 0) continue;
      const q = Math.min(65535, Math.ceil(p * PEAK_STEPS));
      if (peaks) peaks[at + k] = q;
      const b = Math.floor((at + k - INTERPOLATION_DELAY) / BLOCK) + 1;
      if (q > blockPeaks[b]!) blockPeaks[b] = q;
    }
  }
  const energy = Float32Array.from(meter.blockEnergies());
  return peaks ? { loudest, floor, energy, blockPeaks, peaks } : { loudest, floor, energy, blockPeaks };
}
