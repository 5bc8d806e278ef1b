/**
 * A look-ahead true-peak limiter (streaming). The gain it needs at each
 * sample (ceiling / true peak around it) goes through a sliding minimum over
 * the look-ahead window, an exponential release, and a moving average as long
 * as the window; so the gain is down in time for every peak without clicks.
 * Output lags input by `latency` samples; `flush()` returns the tail.
 */
import { INTERPOLATION_DELAY, peakAfter } from './oversample.js';

export class Limiter {
  readonly latency: number;
  private readonly size: number;
  private readonly mask: number;
  private readonly x: Float64Array;
  private readonly r: Float64Array;
  private readonly g: Float64Array;
  private readonly window: number;
  private readonly release: number;
  /** Sliding-minimum deque of sample indices into r (monotonic). */
  private readonly deque: Int32Array;
  private dqHead = 0;
  private dqTail = 0;
  private m = 0; // samples received
  private peakPrev = 0;
  private gPrev = 1;
  private gSum: number;
  /** The last samples seen, for the true-peak interpolation across blocks. */
  private history = new Float64Array(2 * INTERPOLATION_DELAY - 1);
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
    this.size = size;
    this.mask = size - 1;
    this.x = new Float64Array(size);
    this.r = new Float64Array(size);
    this.g = new Float64Array(size).fill(1);
    this.deque = new Int32Array(size);
    this.gSum = this.window;
  }

  /** Feed samples; returns the (delayed) limited samples that are ready. */
  process(input: Float32Array): Float32Array {
    // The true peak around each sample, over the block at once: ext holds the previous
    // 2·HALF−1 samples and the input, so peakAfter(ext, i) is centred on x[m_i − HALF].
    const keep = this.history.length;
    const ext = new Float64Array(keep + input.length);
    ext.set(this.history);
    ext.set(input, keep);
    this.history = ext.slice(ext.length - keep);
    const out = new Float32Array(input.length);
    let produced = 0;
    for (let i = 0; i < input.length; i++) {
      const y = this.step(input[i]!, peakAfter(ext, i));
      if (y !== undefined) out[produced++] = y;
    }
    return produced === out.length ? out : out.subarray(0, produced);
  }

  /** The last `latency` samples. */
  flush(): Float32Array {
    return this.process(new Float32Array(this.latency));
  }

  private step(sample: number, peak: number): number | undefined {
    const { mask, x, r, g, window, deque } = this;
    const m = this.m++;
    x[m & mask] = sample;
    const n = m - INTERPOLATION_DELAY; // the sample whose surrounding peak is now known
    if (n < 0) return undefined;
    const q = Math.max(peak, this.peakPrev);
    this.peakPrev = peak;
    const need = q > this.ceiling ? this.ceiling / q : 1;
    r[n & mask] = need;
    // Sliding minimum of r over [j, j + window - 1].
    while (this.dqTail > this.dqHead && r[deque[(this.dqTail - 1) & mask]! & mask]! >= need) this.dqTail--;
    deque[this.dqTail++ & mask] = n;
    const j = n - window + 1;
    if (j < 0) return undefined;
    while (deque[this.dqHead & mask]! < j) this.dqHead++;
    const h = r[deque[this.dqHead & mask]! & mask]!;
    const gj = Math.min(h, this.gPrev + (1 - this.gPrev) * this.release);
    this.gPrev = gj;
    // Moving average of g over [j - window + 1, j].
    this.gSum += gj - g[(j - window) & mask]!;
    g[j & mask] = gj;
    if ((j & 0xffff) === 0) {
      let s = 0;
      for (let k = 0; k < window; k++) s += g[(j - k) & mask]!;
      this.gSum = s;
    }
    const gain = Math.min(1, this.gSum / window);
    if (gain < this.minGain) this.minGain = gain;
    return x[j & mask]! * gain;
  }
}
