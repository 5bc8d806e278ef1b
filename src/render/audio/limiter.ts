/**
 * A look-ahead true-peak limiter (streaming). The gain it needs at each
 * sample (ceiling / true peak around it) goes through a sliding minimum over
 * the look-ahead window, an exponential release, and a moving average as long
 * as the window; so the gain is down in time for every peak without clicks.
 * Output lags input by `latency` samples; `flush()` returns the tail.
 *
 * Only blocks that can reach the ceiling are interpolated (PeakEnvelope), or
 * none when the caller already knows the peaks; everything else is one
 * tight loop over typed arrays. A few stretches of the stream may have a
 * lower ceiling of their own (`stretches`).
 */
import { INTERPOLATION_DELAY, PeakEnvelope } from './oversample.js';

/** Samples [start, end) of the input, counted from the first, held under `ceiling` (linear) rather than the limiter's own. */
export interface CeilingStretch {
  start: number;
  end: number;
  ceiling: number;
}

export class Limiter {
  readonly latency: number;
  private readonly mask: number;
  /** Ring buffers: input samples, needed gain, smoothed gain, and the sliding-minimum deque (indices into r). */
  private readonly x: Float64Array;
  private readonly r: Float64Array;
  private readonly g: Float64Array;
  private readonly deque: Int32Array;
  private readonly window: number;
  private readonly release: number;
  private dqHead = 0;
  private dqTail = 0;
  private m = 0; // samples received
  private peakPrev = 0;
  private gPrev = 1;
  private gSum: number;
  private readonly envelope: PeakEnvelope;
  /** The smallest gain applied so far (1 = never limited). */
  minGain = 1;
  /** The first of `stretches` that has not ended yet. */
  private stretch = 0;

  /** `stretches`: sorted, not overlapping, each with a ceiling under `ceiling`. */
  constructor(
    sampleRate: number,
    private readonly ceiling: number,
    lookaheadMs = 5,
    releaseMs = 60,
    private readonly stretches: readonly CeilingStretch[] = [],
  ) {
    this.window = Math.max(2, Math.round((sampleRate * lookaheadMs) / 1000));
    this.release = 1 - Math.exp(-1 / ((sampleRate * releaseMs) / 1000));
    this.latency = Limiter.latencyAt(sampleRate, lookaheadMs);
    let size = 1;
    while (size < this.window + 4 * INTERPOLATION_DELAY + 4) size <<= 1;
    this.mask = size - 1;
    this.x = new Float64Array(size);
    this.r = new Float64Array(size);
    this.g = new Float64Array(size).fill(1);
    this.deque = new Int32Array(size);
    this.gSum = this.window;
    this.envelope = new PeakEnvelope(Limiter.lowestCeiling(ceiling, stretches));
  }

  /** The lowest ceiling anywhere in the stream: no peak at or under it makes the limiter act. */
  static lowestCeiling(ceiling: number, stretches: readonly CeilingStretch[]): number {
    return Math.min(ceiling, ...stretches.map((s) => s.ceiling));
  }

  /** The latency of a limiter with this look-ahead at this rate. */
  static latencyAt(sampleRate: number, lookaheadMs = 5): number {
    return Math.max(2, Math.round((sampleRate * lookaheadMs) / 1000)) - 1 + INTERPOLATION_DELAY;
  }

  /**
   * Feed samples (multiplied by `gain` first); returns the (delayed) limited
   * samples that are ready. `knownPeaks` (optional) are the input's true
   * peaks as a PeakEnvelope of the ungained input gives them, times
   * `knownScale`: then no interpolation is done here.
   */
  process(input: Float32Array, gain = 1, knownPeaks?: ArrayLike<number>, knownScale = 1): Float32Array {
    const n = input.length;
    const peaks = knownPeaks ?? this.envelope.push(input, gain);
    const peakScale = knownPeaks ? knownScale * gain : 1;
    const out = new Float32Array(Math.max(0, Math.min(n, this.m + n - this.latency)));
    this.run(input, gain, peaks, peakScale, out);
    return out;
  }

  /** The last `latency` samples. */
  flush(): Float32Array {
    return this.process(new Float32Array(this.latency));
  }

  private run(input: Float32Array, gain: number, peaks: ArrayLike<number>, peakScale: number, out: Float32Array): void {
    const { mask, x, r, g, window, deque, ceiling, release, stretches } = this;
    let { m, dqHead, dqTail, peakPrev, gPrev, gSum, minGain, stretch } = this;
    let produced = 0;
    for (let i = 0, n = input.length; i < n; i++, m++) {
      x[m & mask] = input[i]! * gain;
      const k = m - INTERPOLATION_DELAY; // the sample whose surrounding peak is now known
      if (k < 0) continue;
      const peak = peaks[i]! * peakScale;
      const q = peak > peakPrev ? peak : peakPrev;
      peakPrev = peak;
      // Sliding minimum of the needed gain over [j, k]: the deque holds only the samples that need
      // less than 1 (in increasing order of need), so an empty deque means 1.
      let c = ceiling;
      if (stretch < stretches.length) {
        while (stretch < stretches.length && stretches[stretch]!.end <= k) stretch++;
        const here = stretches[stretch];
        if (here && k >= here.start) c = here.ceiling;
      }
      if (q > c) {
        const need = c / q;
        r[k & mask] = need;
        while (dqTail > dqHead && r[deque[(dqTail - 1) & mask]! & mask]! >= need) dqTail--;
        deque[dqTail++ & mask] = k;
      }
      // The gain is worked out from j = 1 − window on, so that the moving average of the first output samples is made
      // of gains that looked ahead too (the ring's starting ones would let a peak in the first window through).
      const j = k - window + 1;
      while (dqTail > dqHead && deque[dqHead & mask]! < j) dqHead++;
      const h = dqTail > dqHead ? r[deque[dqHead & mask]! & mask]! : 1;
      // Release towards 1 (snapped to 1 once within 1e-12, where the float steps would stall).
      let released = gPrev;
      if (released < 1) {
        released += (1 - released) * release;
        if (released > 1 - 1e-12) released = 1;
      }
      const gj = h < released ? h : released;
      gPrev = gj;
      // Moving average of g over [j - window + 1, j].
      gSum += gj - g[(j - window) & mask]!;
      g[j & mask] = gj;
      if ((j & 0xffff) === 0) {
        let s = 0;
        for (let t = 0; t < window; t++) s += g[(j - t) & mask]!;
        gSum = s;
      }
      if (j < 0) continue;
      const avg = gSum / window;
      const g1 = avg < 1 ? avg : 1;
      if (g1 < minGain) minGain = g1;
      out[produced++] = x[j & mask]! * g1;
    }
    Object.assign(this, { m, dqHead, dqTail, peakPrev, gPrev, gSum, minGain, stretch });
  }
}
