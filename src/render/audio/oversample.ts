/**
 * 4× oversampling interpolation (windowed sinc, 12 taps per phase), used to
 * find the true peak between samples (ITU-R BS.1770-4, Annex 2).
 */

const HALF = 6; // taps each side: x[n-5] … x[n+6]
const PHASES = [0.25, 0.5, 0.75];

function kernel(t: number): number {
  const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
  const window = 0.5 + 0.5 * Math.cos((Math.PI * t) / (HALF + 1));
  return sinc * window;
}

/** COEFFS[p][k]: weight of x[n + k - 5] in the value at n + PHASES[p]; each phase sums to 1. */
const COEFFS: Float64Array[] = PHASES.map((f) => {
  const c = new Float64Array(2 * HALF);
  for (let k = 0; k < 2 * HALF; k++) c[k] = kernel(f - (k - (HALF - 1)));
  const sum = c.reduce((a, b) => a + b, 0);
  return c.map((v) => v / sum);
});

/** Samples of look-ahead the interpolation needs after the sample it is centred on. */
export const INTERPOLATION_DELAY = HALF;

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

/** The three phases' coefficients in one array (12 each), for the unrolled loop above. */
const FLAT = Float64Array.from(COEFFS.flatMap((c) => [...c]));

/** Streaming true-peak meter. */
export class TruePeakMeter {
  private history = new Float64Array(2 * HALF - 1);
  private max = 0;

  push(chunk: Float32Array): void {
    const n = this.history.length;
    const buf = new Float64Array(n + chunk.length);
    buf.set(this.history);
    buf.set(chunk, n);
    for (let i = 0; i + 2 * HALF <= buf.length; i++) {
      const p = peakAfter(buf, i);
      if (p > this.max) this.max = p;
    }
    this.history = buf.slice(buf.length - n);
  }

  /** Push the trailing zeros that let the last samples be interpolated. */
  finish(): void {
    this.push(new Float32Array(HALF));
  }

  /** Linear true peak (1.0 = full scale). */
  get peak(): number {
    return this.max;
  }

  get dbtp(): number {
    return this.max > 0 ? 20 * Math.log10(this.max) : -Infinity;
  }
}
