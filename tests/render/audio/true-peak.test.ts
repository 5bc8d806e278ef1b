import { describe, expect, it } from 'vitest';
import { INTERPOLATION_HISTORY, PEAK_BOUND, PeakEnvelope, TruePeakMeter, maxTruePeak, peakAfter, truePeaksAbove } from '../../../src/render/audio/oversample.js';
import { noise, sine, speechLike } from './signals.js';

/** The reference: interpolate every sample (zeros before and after the signal), no block is skipped. */
function referencePeak(signal: Float32Array): number {
  const x = new Float64Array(signal.length + 2 * INTERPOLATION_HISTORY);
  x.set(signal, INTERPOLATION_HISTORY);
  let max = 0;
  for (let i = 0; i + INTERPOLATION_HISTORY < x.length; i++) max = Math.max(max, peakAfter(x, i));
  return max;
}

function fastPeak(signal: Float32Array, chunk = 1000): number {
  const meter = new TruePeakMeter();
  for (let at = 0; at < signal.length; at += chunk) meter.push(signal.subarray(at, at + chunk));
  meter.finish();
  return meter.peak;
}

const db = (v: number): number => 20 * Math.log10(v);

describe('true peak with skipped blocks', () => {
  const rate = 22050;
  const rnd = noise(3);
  const signals: [string, Float32Array][] = [
    ['a quiet sine with one loud tone burst', (() => {
      const s = sine(440, -30, 3, rate);
      s.set(sine(5000, -3, 0.05, rate, 0.7), rate);
      return s;
    })()],
    ['an fs/4 sine sampled at ±45°', sine(rate / 4, -6, 1, rate, Math.PI / 4)],
    ['white noise', Float32Array.from({ length: rate }, () => 0.5 * rnd())],
    ['speech-like bursts and pauses', speechLike(20, rate)],
  ];

  it.each(signals)('agrees with interpolating every sample on %s', (_, signal) => {
    const reference = referencePeak(signal);
    expect(Math.abs(db(fastPeak(signal)) - db(reference))).toBeLessThan(0.1);
    expect(Math.abs(db(fastPeak(signal, 4097)) - db(reference))).toBeLessThan(0.1);
  });

  it('never skips a block whose interpolated peak passes the floor', () => {
    const signal = speechLike(5, rate, 11);
    const x = new Float32Array(signal.length + INTERPOLATION_HISTORY);
    x.set(signal, INTERPOLATION_HISTORY);
    const floor = 0.3;
    const count = signal.length;
    const peaks = new Float32Array(count);
    truePeaksAbove(x, count, floor, peaks);
    for (let i = 0; i < count; i++) {
      const exact = peakAfter(x, i);
      if (exact > floor) expect(peaks[i]).toBeCloseTo(exact, 6);
      else expect(peaks[i] === 0 || Math.abs(peaks[i]! - exact) < 1e-6).toBe(true);
    }
  });

  it('computes every block it does not skip exactly as peakAfter does, value for value', () => {
    const signal = speechLike(4, rate, 17);
    const x = new Float32Array(signal.length + INTERPOLATION_HISTORY);
    x.set(signal, INTERPOLATION_HISTORY);
    const count = signal.length - 5; // not a whole number of blocks
    const peaks = new Float32Array(count);
    truePeaksAbove(x, count, 0, peaks);
    let max = 0;
    for (let i = 0; i < count; i++) {
      const exact = peakAfter(x, i);
      expect(peaks[i]).toBe(Math.fround(exact));
      max = Math.max(max, exact);
    }
    expect(maxTruePeak(x, count, 0)).toBe(max);
    expect(maxTruePeak(x, count, 2)).toBe(2); // nothing beats it: every block skipped
  });

  it('bounds an interpolated value by PEAK_BOUND × the largest sample among its taps', () => {
    expect(PEAK_BOUND).toBeGreaterThan(1);
    const signal = Float32Array.from({ length: 5000 }, () => rnd());
    const x = new Float32Array(signal.length + INTERPOLATION_HISTORY);
    x.set(signal, INTERPOLATION_HISTORY);
    for (let i = 0; i < signal.length; i++) {
      let m = 0;
      for (let k = i; k <= i + INTERPOLATION_HISTORY; k++) m = Math.max(m, Math.abs(x[k]!));
      expect(peakAfter(x, i)).toBeLessThanOrEqual(PEAK_BOUND * m + 1e-12);
    }
  });

  it('PeakEnvelope gives the same peaks above its floor in any chunking', () => {
    const signal = speechLike(3, rate, 5);
    const floor = 0.05;
    const run = (chunk: number): Float32Array => {
      const env = new PeakEnvelope(floor);
      const out = new Float32Array(signal.length);
      for (let at = 0; at < signal.length; at += chunk) out.set(env.push(signal.subarray(at, at + chunk)), at);
      return out;
    };
    const [a, b] = [run(777), run(16384)];
    let above = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i]! > floor || b[i]! > floor) {
        above++;
        expect(a[i]).toBe(b[i]);
      }
    }
    expect(above).toBeGreaterThan(1000);
  });
});
