/**
 * Loudness measurement, ITU-R BS.1770-4 / EBU R128 (mono): K-weighting,
 * 400 ms blocks overlapping by 75 %, an absolute gate at −70 LUFS and a
 * relative gate 10 LU below the absolutely gated loudness; true peak by 4×
 * oversampling. Streaming: feed chunks, then read the result.
 */
import { TruePeakMeter, type OverPeak } from './oversample.js';

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/**
 * The two K-weighting stages for any sample rate, from their analogue
 * prototypes (a high shelf of about +4 dB above 1.5 kHz and a 38 Hz high-pass);
 * at 48 kHz these give the coefficients printed in BS.1770.
 */
export function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  const shelfF0 = 1681.974450955533;
  const shelfGainDb = 3.999843853973347;
  const shelfQ = 0.7071752369554196;
  let k = Math.tan((Math.PI * shelfF0) / sampleRate);
  const vh = 10 ** (shelfGainDb / 20);
  const vb = vh ** 0.4996667741545416;
  let a0 = 1 + k / shelfQ + k * k;
  const shelf: Biquad = {
    b0: (vh + (vb * k) / shelfQ + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / shelfQ + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / shelfQ + k * k) / a0,
  };
  const hpF0 = 38.13547087602444;
  const hpQ = 0.5003270373238773;
  k = Math.tan((Math.PI * hpF0) / sampleRate);
  a0 = 1 + k / hpQ + k * k;
  const highPass: Biquad = { b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / hpQ + k * k) / a0 };
  return [shelf, highPass];
}

/** Filter state this small is set to zero at the end of each hop (far below anything a 32-bit sample can carry). */
const TINY = 1e-30;

export class LoudnessMeter {
  private readonly f1: Biquad;
  private readonly f2: Biquad;
  // Direct form I state of the two stages.
  private x1 = 0; private x2 = 0; private y1 = 0; private y2 = 0;
  private z1 = 0; private z2 = 0;
  private readonly hop: number;
  private hopSum = 0;
  private hopCount = 0;
  /** Mean square of each 100 ms hop; four hops make one 400 ms block. */
  private readonly hops: number[] = [];
  /** With `blockSize`: the K-weighted sum of squares of every `blockSize` samples. */
  private readonly blockSize: number;
  private blockSum = 0;
  private blockCount = 0;
  private energies = new Float64Array(1024);
  private blocks = 0;
  private readonly peakMeter: TruePeakMeter | undefined;
  /** The number, in the whole stream, of this meter's first hop (see `offset`). */
  private readonly firstHop: number;

  /**
   * `truePeak: false` skips the (costlier) true-peak measurement; `blockSize`
   * keeps block energies (blockEnergies()); `offset`: what is pushed starts
   * this many samples into a longer stream, whose parts are measured apart
   * and put together by joined(); `peakLimit` (linear): overPeaks() lists
   * where the true peak goes over it.
   */
  constructor(
    readonly sampleRate: number,
    options: { truePeak?: boolean; blockSize?: number; offset?: number; peakLimit?: number } = {},
  ) {
    const over = options.peakLimit === undefined ? undefined : { limit: options.peakLimit, offset: options.offset ?? 0 };
    this.peakMeter = options.truePeak === false ? undefined : new TruePeakMeter(over);
    this.blockSize = options.blockSize ?? 0;
    [this.f1, this.f2] = kWeightingFilters(sampleRate);
    this.hop = Math.round(sampleRate / 10);
    const offset = options.offset ?? 0;
    this.firstHop = Math.floor(offset / this.hop);
    this.hopCount = offset % this.hop; // the hops fall where they fall in the whole stream
  }

  /**
   * The integrated loudness and true peak (dBTP) of a stream measured in
   * parts that follow one another, each meter made with its part's `offset`:
   * a hop that a join cuts is made of both sides. Call after the last push.
   */
  static joined(meters: readonly LoudnessMeter[]): { lufs: number; truePeak: number } {
    const hops: number[] = [];
    meters.forEach((m, k) => {
      // A part's unfinished last hop goes on in the next part; the stream's own last one is left out, as by integrated().
      const own = k < meters.length - 1 ? [...m.hops, m.hopSum / m.hop] : m.hops;
      own.forEach((h, j) => (hops[m.firstHop + j] = (hops[m.firstHop + j] ?? 0) + h));
    });
    return { lufs: gatedLoudness(Array.from(hops, (h) => h ?? 0)), truePeak: Math.max(...meters.map((m) => m.truePeakDbtp())) };
  }

  push(chunk: Float32Array): void {
    const { b0, b1, b2, a1, a2 } = this.f1;
    const c1 = this.f2.a1, c2 = this.f2.a2; // the high-pass's numerator is 1, −2, 1
    const { hop, hops, blockSize } = this;
    let { x1, x2, y1, y2, z1, z2, hopSum, hopCount, blockSum, blockCount, blocks, energies } = this;
    for (let i = 0; i < chunk.length; i++) {
      const x = chunk[i]!;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1; x1 = x;
      const z = y - 2 * y1 + y2 - c1 * z1 - c2 * z2;
      y2 = y1; y1 = y;
      z2 = z1; z1 = z;
      const zz = z * z;
      hopSum += zz;
      if (++hopCount === hop) {
        hops.push(hopSum / hop);
        hopSum = 0;
        hopCount = 0;
        // After silence the filters' state decays into subnormal numbers, which the processor handles some
        // twenty times slower, and can linger there: what is that small weighs nothing, and is let go.
        if (y1 < TINY && y1 > -TINY && y2 < TINY && y2 > -TINY) y1 = y2 = 0;
        if (z1 < TINY && z1 > -TINY && z2 < TINY && z2 > -TINY) z1 = z2 = 0;
      }
      if (blockSize) {
        blockSum += zz;
        if (++blockCount === blockSize) {
          if (blocks === energies.length) {
            const grown = new Float64Array(blocks * 2);
            grown.set(energies);
            energies = grown;
          }
          energies[blocks++] = blockSum;
          blockSum = 0;
          blockCount = 0;
        }
      }
    }
    Object.assign(this, { x1, x2, y1, y2, z1, z2, hopSum, hopCount, blockSum, blockCount, blocks, energies });
    this.peakMeter?.push(chunk);
  }

  /** K-weighted sum of squares of each whole block of `blockSize` samples so far. */
  blockEnergies(): Float64Array {
    return this.energies.subarray(0, this.blocks);
  }

  /** Gated integrated loudness in LUFS (−Infinity for silence or less than 400 ms). */
  integrated(): number {
    return gatedLoudness(this.hops);
  }

  /** Where the true peak went over `peakLimit`, in samples of the whole stream (call after truePeakDbtp()). */
  overPeaks(): readonly OverPeak[] {
    return this.peakMeter?.overs ?? [];
  }

  /** True peak so far in dBTP (call after the last push; pads the end). */
  truePeakDbtp(): number {
    if (!this.peakMeter) return NaN;
    this.peakMeter.finish();
    return this.peakMeter.dbtp;
  }
}

/**
 * Integrated loudness from the mean square of each 100 ms hop (K-weighted):
 * 400 ms blocks of four hops, gated at −70 LUFS and then 10 LU below the
 * absolutely gated loudness.
 */
export function gatedLoudness(hops: ArrayLike<number>): number {
  const loudness = (power: number): number => -0.691 + 10 * Math.log10(power);
  const absGated: number[] = [];
  for (let i = 3; i < hops.length; i++) {
    const p = (hops[i]! + hops[i - 1]! + hops[i - 2]! + hops[i - 3]!) / 4;
    if (p > 0 && loudness(p) > -70) absGated.push(p);
  }
  if (!absGated.length) return -Infinity;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const relativeGate = loudness(mean(absGated)) - 10;
  return loudness(mean(absGated.filter((p) => loudness(p) > relativeGate)));
}

/** Measure a whole signal at once. */
export function measureLoudness(samples: Float32Array, sampleRate: number): { integratedLufs: number; truePeakDbtp: number } {
  const meter = new LoudnessMeter(sampleRate);
  meter.push(samples);
  return { integratedLufs: meter.integrated(), truePeakDbtp: meter.truePeakDbtp() };
}
