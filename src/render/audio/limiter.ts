/**
 * A look-ahead true-peak limiter (streaming). The gain it needs at each
 * sample (ceiling / true peak around it) goes through a sliding minimum over
 * the look-ahead window, an exponential release, and a moving average as long
 * as the window; so the gain is down in time for every peak without clicks.
 * Output lags input by `latency` samples; `flush()` returns the tail.
 *
 * Only blocks that can reach the ceiling are interpolated (see
 * truePeaksAbove); everything else is one tight loop over typed arrays.
 */
import { INTERPOLATION_DELAY, INTERPOLATION_HISTORY, truePeaksAbove } from './oversample.js';

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
  /** The gained input with INTERPOLATION_HISTORY samples of history in front; grows as needed. */
  private ext = new Float32Array(INTERPOLATION_HISTORY + 4096);
  private peaks = new Float32Array(4096);
  /** The smallest gain applied so far (1 = never limited). */
  minGain = 1;

  constructor(
    sampleRate: number,
    private readonly ceiling: number,
    lookaheadMs = 5,
    releaseMs = 60,
  ) {
    this.window = Math.max(2, Math.round((sampleRate * lookaheadMs) / 1000));
    this.release = 1 - Math.exp(-1 / ((sampleRate * releaseMs) / 1000));
    this.latency = this.window - 1 + INTERPOLATION_DELAY;
    let size = 1;
    while (size < this.window + 4 * INTERPOLATION_DELAY + 4) size <<= 1;
    this.mask = size - 1;
    this.x = new Float64Array(size);
    this.r = new Float64Array(size);
    this.g = new Float64Array(size).fill(1);
    this.deque = new Int32Array(size);
    this.gSum = this.window;
  }

  /** Feed samples (multiplied by `gain` first); returns the (delayed) limited samples that are ready. */
  process(input: Float32Array, gain = 1): Float32Array {
    const n = input.length;
    const keep = INTERPOLATION_HISTORY;
    if (this.ext.length < keep + n) {
      const grown = new Float32Array(keep + n);
      grown.set(this.ext.subarray(0, keep));
      this.ext = grown;
      this.peaks = new Float32Array(n);
    }
    const { ext, peaks } = this;
    for (let i = 0; i < n; i++) ext[keep + i] = input[i]! * gain;
    // peaks[i] is the true peak around the sample INTERPOLATION_DELAY before input i (0 where far below the ceiling).
    truePeaksAbove(ext, n, this.ceiling, peaks);
    const out = new Float32Array(Math.max(0, Math.min(n, this.m + n - this.latency)));
    this.run(n, out);
    ext.copyWithin(0, n, n + keep);
    return out;
  }

  /** The last `latency` samples. */
  flush(): Float32Array {
    return this.process(new Float32Array(this.latency));
  }

  private run(n: number, out: Float32Array): void {
    const { mask, x, r, g, window, deque, ext, peaks, ceiling, release } = this;
    const keep = INTERPOLATION_HISTORY;
    let { m, dqHead, dqTail, peakPrev, gPrev, gSum, minGain } = this;
    let produced = 0;
    for (let i = 0; i < n; i++, m++) {
      x[m & mask] = ext[keep + i]!;
      const k = m - INTERPOLATION_DELAY; // the sample whose surrounding peak is now known
      if (k < 0) continue;
      const peak = peaks[i]!;
      const q = peak > peakPrev ? peak : peakPrev;
      peakPrev = peak;
      const need = q > ceiling ? ceiling / q : 1;
      r[k & mask] = need;
      // Sliding minimum of r over [j, j + window - 1].
      while (dqTail > dqHead && r[deque[(dqTail - 1) & mask]! & mask]! >= need) dqTail--;
      deque[dqTail++ & mask] = k;
      const j = k - window + 1;
      if (j < 0) continue;
      while (deque[dqHead & mask]! < j) dqHead++;
      const h = r[deque[dqHead & mask]! & mask]!;
      const released = gPrev + (1 - gPrev) * release;
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
      const avg = gSum / window;
      const gain = avg < 1 ? avg : 1;
      if (gain < minGain) minGain = gain;
      out[produced++] = x[j & mask]! * gain;
    }
    Object.assign(this, { m, dqHead, dqTail, peakPrev, gPrev, gSum, minGain });
  }
}
