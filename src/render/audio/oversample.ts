/**
 * 4× oversampling interpolation (windowed sinc, 12 taps per phase), used to
 * find the true peak between samples (ITU-R BS.1770-4, Annex 2).
 *
 * Interpolating every sample is the costly part of true-peak work, and most
 * of speech is far below any limit: an interpolated value can never exceed
 * PEAK_BOUND × the largest sample among its taps, so a block whose samples
 * stay below threshold / PEAK_BOUND is skipped without changing the result.
 */

const HALF = 6; // taps each side: x[n-5] … x[n+6]
const TAPS = 2 * HALF;
const PHASES = [0.25, 0.5, 0.75];

function kernel(t: number): number {
  const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
  const window = 0.5 + 0.5 * Math.cos((Math.PI * t) / (HALF + 1));
  return sinc * window;
}

/** COEFFS[p][k]: weight of x[n + k - 5] in the value at n + PHASES[p]; each phase sums to 1. */
const COEFFS: Float64Array[] = PHASES.map((f) => {
  const c = new Float64Array(TAPS);
  for (let k = 0; k < TAPS; k++) c[k] = kernel(f - (k - (HALF - 1)));
  const sum = c.reduce((a, b) => a + b, 0);
  return c.map((v) => v / sum);
});

/** The three phases' coefficients in one array (12 each), for the unrolled loop below. */
const FLAT = Float64Array.from(COEFFS.flatMap((c) => [...c]));

/** Samples of look-ahead the interpolation needs after the sample it is centred on. */
export const INTERPOLATION_DELAY = HALF;

/** Samples of history the interpolation needs before (and including) the sample it is centred on. */
export const INTERPOLATION_HISTORY = TAPS - 1;

/** No interpolated value exceeds this multiple of the largest |sample| among its taps (the largest Σ|coefficient|). */
export const PEAK_BOUND = Math.max(1, ...COEFFS.map((c) => c.reduce((a, v) => a + Math.abs(v), 0)));

/**
 * The largest absolute value of the signal in [n, n+1) — the sample and the
 * three interpolated points after it. `x` holds x[n-5] … x[n+6] from `at`.
 */
export function peakAfter(x: ArrayLike<number>, at: number): number {
  const x0 = x[at]!, x1 = x[at + 1]!, x2 = x[at + 2]!, x3 = x[at + 3]!, x4 = x[at + 4]!, x5 = x[at + 5]!;
  const x6 = x[at + 6]!, x7 = x[at + 7]!, x8 = x[at + 8]!, x9 = x[at + 9]!, x10 = x[at + 10]!, x11 = x[at + 11]!;
  let peak = Math.abs(x5);
  for (let p = 0; p < 3; p++) {
    const c = FLAT;
    const o = p * 12;
    const y =
      x0 * c[o]! + x1 * c[o + 1]! + x2 * c[o + 2]! + x3 * c[o + 3]! + x4 * c[o + 4]! + x5 * c[o + 5]! +
      x6 * c[o + 6]! + x7 * c[o + 7]! + x8 * c[o + 8]! + x9 * c[o + 9]! + x10 * c[o + 10]! + x11 * c[o + 11]!;
    const a = y < 0 ? -y : y;
    if (a > peak) peak = a;
  }
  return peak;
}

/** Samples per block for the skip test. */
const BLOCK = 32;

/** The largest |sample| a block's interpolation can see: x[b, end + INTERPOLATION_HISTORY). */
function blockMaxAbs(x: ArrayLike<number>, b: number, end: number): number {
  let m = 0;
  for (let k = b, last = end + INTERPOLATION_HISTORY; k < last; k++) {
    const v = x[k]!;
    const a = v < 0 ? -v : v;
    if (a > m) m = a;
  }
  return m;
}

/**
 * peaks[i] = peakAfter(x, i) for i in [0, count), except that where the whole
 * block's true peak is certainly ≤ `floor`, peaks[i] is 0 and no
 * interpolation is done. `x` must hold count + INTERPOLATION_HISTORY samples.
 * With `floor` 0 every value is computed.
 */
export function truePeaksAbove(x: ArrayLike<number>, count: number, floor: number, peaks: Float32Array): void {
  const limit = floor / PEAK_BOUND;
  for (let b = 0; b < count; b += BLOCK) {
    const end = Math.min(count, b + BLOCK);
    if (blockMaxAbs(x, b, end) <= limit) {
      peaks.fill(0, b, end);
      continue;
    }
    for (let i = b; i < end; i++) peaks[i] = peakAfter(x, i);
  }
}

/**
 * The largest of peakAfter(x, i) for i in [0, count), skipping every block
 * that cannot beat `atLeast` (returned when nothing beats it).
 */
export function maxTruePeak(x: ArrayLike<number>, count: number, atLeast: number): number {
  let max = atLeast;
  for (let b = 0; b < count; b += BLOCK) {
    const end = Math.min(count, b + BLOCK);
    if (blockMaxAbs(x, b, end) * PEAK_BOUND <= max) continue;
    for (let i = b; i < end; i++) {
      const p = peakAfter(x, i);
      if (p > max) max = p;
    }
  }
  return max;
}

/**
 * The true peak around every sample of a stream, for the limiter: push
 * input, get back peaks[i] = the true peak in [n, n+1) for n =
 * (position of input i) − INTERPOLATION_DELAY, or 0 where it is certainly
 * ≤ `floor`. The returned array is reused by the next push.
 */
export class PeakEnvelope {
  private ext = new Float32Array(INTERPOLATION_HISTORY + 4096);
  private peaks = new Float32Array(4096);

  constructor(private readonly floor: number) {}

  push(input: Float32Array, gain = 1): Float32Array {
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
    truePeaksAbove(ext, n, this.floor, peaks);
    ext.copyWithin(0, n, n + keep);
    return n === peaks.length ? peaks : peaks.subarray(0, n);
  }
}

/** Streaming true-peak meter (exact: skipped blocks cannot raise the maximum). */
export class TruePeakMeter {
  private buf = new Float32Array(INTERPOLATION_HISTORY + 4096);
  private held = INTERPOLATION_HISTORY; // the first samples are the zeros before the signal
  private max = 0;

  push(chunk: Float32Array): void {
    for (let at = 0; at < chunk.length; ) {
      const room = this.buf.length - this.held;
      const n = Math.min(room, chunk.length - at);
      this.buf.set(chunk.subarray(at, at + n), this.held);
      this.held += n;
      at += n;
      if (this.held === this.buf.length) this.drain();
    }
  }

  private drain(): void {
    const count = this.held - INTERPOLATION_HISTORY;
    if (count <= 0) return;
    this.max = maxTruePeak(this.buf, count, this.max);
    this.buf.copyWithin(0, count, this.held);
    this.held = INTERPOLATION_HISTORY;
  }

  /** Push the trailing zeros that let the last samples be interpolated. */
  finish(): void {
    this.push(new Float32Array(HALF));
    this.drain();
  }

  /** Linear true peak (1.0 = full scale). */
  get peak(): number {
    return this.max;
  }

  get dbtp(): number {
    return this.max > 0 ? 20 * Math.log10(this.max) : -Infinity;
  }
}
