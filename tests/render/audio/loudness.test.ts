import { describe, expect, it } from 'vitest';
import { LoudnessMeter, measureLoudness } from '../../../src/render/audio/loudness.js';
import { speechLike } from './signals.js';
import { Limiter } from '../../../src/render/audio/limiter.js';

function sine(freq: number, peakDbfs: number, seconds: number, sampleRate: number, phase = 0): Float32Array {
  const a = 10 ** (peakDbfs / 20);
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = a * Math.sin((2 * Math.PI * freq * i) / sampleRate + phase);
  return out;
}

describe('measureLoudness (BS.1770 / EBU R128)', () => {
  // A sine's mean square is A²/2; K-weighting adds ≈ +0.69 dB at 1 kHz, which cancels the −0.691 offset:
  // L = −0.691 + 10·log10(A²/2) + 0.691 ≈ peak dBFS − 3.01.
  it.each([48000, 44100, 22050])('reads a 1 kHz sine at −20 dBFS peak as −23.0 LUFS at %i Hz', (rate) => {
    const { integratedLufs, truePeakDbtp } = measureLoudness(sine(1000, -20, 5, rate), rate);
    expect(integratedLufs).toBeCloseTo(-23.01, 1);
    expect(truePeakDbtp).toBeCloseTo(-20, 1);
  });

  it('follows the level: −10 dB of signal is −10 LU', () => {
    const loud = measureLoudness(sine(1000, -10, 5, 48000), 48000).integratedLufs;
    const quiet = measureLoudness(sine(1000, -20, 5, 48000), 48000).integratedLufs;
    expect(loud - quiet).toBeCloseTo(10, 2);
  });

  it('weights low frequencies down (K-weighting high-pass)', () => {
    expect(measureLoudness(sine(40, -20, 5, 48000), 48000).integratedLufs).toBeLessThan(-24);
  });

  it('gates out silence: only the blocks that overlap the tone count', () => {
    const rate = 48000;
    const tone = sine(1000, -20, 3, rate);
    const padded = new Float32Array(tone.length + rate * 10);
    padded.set(tone, rate * 5);
    // 27 blocks lie wholly in the tone; at each edge three overlap it by ¾, ½ and ¼ (all above the relative gate).
    const expected = -23.01 + 10 * Math.log10((27 + 2 * 1.5) / 33);
    expect(measureLoudness(padded, rate).integratedLufs).toBeCloseTo(expected, 1);
  });

  it('gates out a much quieter passage (relative gate, −10 LU)', () => {
    const rate = 48000;
    const both = new Float32Array(rate * 20);
    both.set(sine(1000, -20, 10, rate));
    both.set(sine(1000, -45, 10, rate), rate * 10);
    // Only the loud half and the blocks straddling the change (above the gate) count.
    expect(measureLoudness(both, rate).integratedLufs).toBeGreaterThan(-23.3);
  });

  it('lets the filters come to rest in a long silence rather than linger in subnormal numbers', () => {
    const rate = 22050;
    const signal = new Float32Array(rate * 3);
    signal.set(speechLike(0.5, rate, 2).subarray(0, rate / 2));
    const meter = new LoudnessMeter(rate, { truePeak: false });
    meter.push(signal);
    // Subnormal arithmetic is many times slower; the state the silence leaves must be exactly zero.
    const state = meter as unknown as Record<'y1' | 'y2' | 'z1' | 'z2', number>;
    for (const v of [state.y1, state.y2, state.z1, state.z2]) expect(v).toBe(0);
    const whole = measureLoudness(signal, rate).integratedLufs;
    expect(meter.integrated()).toBe(whole);
    expect(whole).toBeGreaterThan(-40);
  });

  it('reads silence as −Infinity', () => {
    expect(measureLoudness(new Float32Array(48000 * 2), 48000).integratedLufs).toBe(-Infinity);
  });

  it('finds the true peak between samples (fs/4 sine sampled at ±45°)', () => {
    const rate = 48000;
    const s = sine(rate / 4, -6.0206, 1, rate, Math.PI / 4); // samples reach only 0.5·√½
    let samplePeak = 0;
    for (const v of s) samplePeak = Math.max(samplePeak, Math.abs(v));
    expect(20 * Math.log10(samplePeak)).toBeCloseTo(-9.03, 1);
    expect(measureLoudness(s, rate).truePeakDbtp).toBeGreaterThan(-6.3);
    expect(measureLoudness(s, rate).truePeakDbtp).toBeLessThan(-5.7);
  });
});

describe('LoudnessMeter.joined', () => {
  it('measures a stream cut into parts (off the 100 ms grid) as one meter measures it whole', () => {
    const rate = 22050;
    const x = speechLike(12, rate, 3);
    const whole = new LoudnessMeter(rate);
    whole.push(x);
    // Cuts 1/3 and 5/7 of the way through: neither on a hop boundary, one of them inside speech.
    const cuts = [0, Math.round(x.length / 3) + 17, Math.round((x.length * 5) / 7) + 5, x.length];
    const meters = cuts.slice(0, -1).map((start, k) => {
      const m = new LoudnessMeter(rate, { offset: start });
      m.push(x.subarray(start, cuts[k + 1]));
      return m;
    });
    const joined = LoudnessMeter.joined(meters);
    expect(cuts[1]! % (rate / 10)).not.toBe(0);
    expect(joined.lufs).toBeCloseTo(whole.integrated(), 2);
    expect(joined.truePeak).toBeCloseTo(whole.truePeakDbtp(), 3);
    // Without the offsets the parts' hops fall elsewhere and the figure moves.
    const unaligned = cuts.slice(0, -1).map((start, k) => {
      const m = new LoudnessMeter(rate);
      m.push(x.subarray(start, cuts[k + 1]));
      return m;
    });
    expect(Math.abs(LoudnessMeter.joined(unaligned).lufs - whole.integrated())).toBeGreaterThan(1e-6);
  });
});

describe('Limiter', () => {
  it('keeps the true peak under the ceiling, leaves quiet signal alone and keeps the length', () => {
    const rate = 22050;
    const signal = new Float32Array(rate * 2);
    signal.set(sine(440, -20, 1, rate));
    signal.set(sine(3000, 0, 1, rate), rate);
    const ceiling = 10 ** (-3 / 20);
    const limiter = new Limiter(rate, ceiling);
    const parts = [limiter.process(signal.subarray(0, 12345)), limiter.process(signal.subarray(12345)), limiter.flush()];
    const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    expect(out.length).toBe(signal.length);
    expect(measureLoudness(out, rate).truePeakDbtp).toBeLessThan(-2.9);
    // The quiet first half (well before the loud part) passes unchanged.
    for (let i = 100; i < rate / 2; i += 97) expect(out[i]).toBeCloseTo(signal[i]!, 6);
  });

  it('holds a stretch under a lower ceiling of its own and leaves the rest at the limiter\'s ceiling', () => {
    const rate = 22050;
    const signal = new Float32Array(rate * 3);
    signal.set(sine(3000, 0, 0.2, rate), rate / 2);
    signal.set(sine(3000, 0, 0.2, rate), 2 * rate);
    const ceiling = 10 ** (-3 / 20);
    const lower = 10 ** (-6 / 20);
    const limiter = new Limiter(rate, ceiling, undefined, undefined, [{ start: 2 * rate - 1000, end: 2 * rate + rate / 4, ceiling: lower }]);
    const parts = [limiter.process(signal), limiter.flush()];
    const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    const first = measureLoudness(out.subarray(0, rate + rate / 2), rate).truePeakDbtp;
    const second = measureLoudness(out.subarray(rate + rate / 2), rate).truePeakDbtp;
    expect(first).toBeGreaterThan(-3.1);
    expect(first).toBeLessThan(-2.9);
    expect(second).toBeGreaterThan(-6.1);
    expect(second).toBeLessThan(-5.9);
  });

  it('holds the ceiling for a peak in the first few milliseconds of the stream too', () => {
    const rate = 22050;
    const signal = new Float32Array(rate / 2);
    signal.set(sine(3000, 0, 0.01, rate), 20); // a full-scale burst 1 ms in, shorter than the look-ahead
    const ceiling = 10 ** (-6 / 20);
    const limiter = new Limiter(rate, ceiling);
    const parts = [limiter.process(signal, 4), limiter.flush()];
    const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    expect(out.length).toBe(signal.length);
    expect(measureLoudness(out, rate).truePeakDbtp).toBeLessThan(-5.9);
  });
});
