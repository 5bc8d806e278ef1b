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
  let peak = Math.abs(x[at + HALF - 1]!);
  for (const c of COEFFS) {
    let y = 0;
    for (let k = 0; k < 2 * HALF; k++) y += x[at + k]! * c[k]!;
    const a = Math.abs(y);
    if (a > peak) peak = a;
  }
  return peak;
}

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
