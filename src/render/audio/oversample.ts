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
/** One block's peaks, from peaksOf(). */
const blockScratch = new Float64Array(BLOCK);

/**
 * out[i − from] = peakAfter(x, i) for i in [from, to), the same sums in the
 * same order, with the twelve samples and the 36 coefficients held in
 * variables as the window slides (about twice as fast as peakAfter for each i).
 */
function peaksOf(x: ArrayLike<number>, from: number, to: number, out: Float64Array): void {
  const c = FLAT;
  const a0 = c[0]!, a1 = c[1]!, a2 = c[2]!, a3 = c[3]!, a4 = c[4]!, a5 = c[5]!, a6 = c[6]!, a7 = c[7]!, a8 = c[8]!, a9 = c[9]!, a10 = c[10]!, a11 = c[11]!;
  const b0 = c[12]!, b1 = c[13]!, b2 = c[14]!, b3 = c[15]!, b4 = c[16]!, b5 = c[17]!, b6 = c[18]!, b7 = c[19]!, b8 = c[20]!, b9 = c[21]!, b10 = c[22]!, b11 = c[23]!;
  const d0 = c[24]!, d1 = c[25]!, d2 = c[26]!, d3 = c[27]!, d4 = c[28]!, d5 = c[29]!, d6 = c[30]!, d7 = c[31]!, d8 = c[32]!, d9 = c[33]!, d10 = c[34]!, d11 = c[35]!;
  let x0 = x[from]!, x1 = x[from + 1]!, x2 = x[from + 2]!, x3 = x[from + 3]!, x4 = x[from + 4]!, x5 = x[from + 5]!;
  let x6 = x[from + 6]!, x7 = x[from + 7]!, x8 = x[from + 8]!, x9 = x[from + 9]!, x10 = x[from + 10]!;
  for (let i = from; i < to; i++) {
    const x11 = x[i + 11]!;
    let peak = x5 < 0 ? -x5 : x5;
    let y = x0 * a0 + x1 * a1 + x2 * a2 + x3 * a3 + x4 * a4 + x5 * a5 + x6 * a6 + x7 * a7 + x8 * a8 + x9 * a9 + x10 * a10 + x11 * a11;
    if (y < 0) y = -y;
    if (y > peak) peak = y;
    y = x0 * b0 + x1 * b1 + x2 * b2 + x3 * b3 + x4 * b4 + x5 * b5 + x6 * b6 + x7 * b7 + x8 * b8 + x9 * b9 + x10 * b10 + x11 * b11;
    if (y < 0) y = -y;
    if (y > peak) peak = y;
    y = x0 * d0 + x1 * d1 + x2 * d2 + x3 * d3 + x4 * d4 + x5 * d5 + x6 * d6 + x7 * d7 + x8 * d8 + x9 * d9 + x10 * d10 + x11 * d11;
    if (y < 0) y = -y;
    if (y > peak) peak = y;
    out[i - from] = peak;
    x0 = x1; x1 = x2; x2 = x3; x3 = x4; x4 = x5; x5 = x6; x6 = x7; x7 = x8; x8 = x9; x9 = x10; x10 = x11;
  }
}

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
    peaksOf(x, b, end, blockScratch);
    for (let i = b; i < end; i++) peaks[i] = blockScratch[i - b]!;
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
    peaksOf(x, b, end, blockScratch);
    for (let i = 0; i < end - b; i++) if (blockScratch[i]! > max) max = blockScratch[i]!;
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

/** A stretch of a stream whose true peak is over a limit: samples [start, end) and the highest value there. */
export interface OverPeak {
  start: number;
  end: number;
  peak: number;
}

/** Samples a TruePeakMeter measures at a time; an over-limit stretch is reported at this resolution. */
const DRAIN = 4096;

/**
 * Streaming true-peak meter (exact: skipped blocks cannot raise the maximum).
 * With `over`, it also lists where the true peak goes over `over.limit`
 * (linear), in stretches of DRAIN samples counted from `over.offset`.
 */
export class TruePeakMeter {
  private buf = new Float32Array(INTERPOLATION_HISTORY + DRAIN);
  private held = INTERPOLATION_HISTORY; // the first samples are the zeros before the signal
  private max = 0;
  private drained = 0;
  readonly overs: OverPeak[] = [];

  constructor(private readonly over?: { limit: number; offset: number }) {}

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
    // With a limit under the maximum so far, the blocks that can pass the limit are the ones interpolated:
    // the stretch's own peak when it is over the limit, so both the maximum and the places over it come of one pass.
    const peak = maxTruePeak(this.buf, count, this.over ? Math.min(this.max, this.over.limit) : this.max);
    if (peak > this.max) this.max = peak;
    if (this.over && peak > this.over.limit) {
      // value i of this stretch is the peak after sample drained + i − INTERPOLATION_DELAY of the stream
      const start = this.over.offset + this.drained - INTERPOLATION_DELAY;
      this.overs.push({ start, end: start + count, peak });
    }
    this.drained += count;
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
