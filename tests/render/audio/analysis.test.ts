import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseSpeech, PEAK_STEPS } from '../../../src/render/audio/analysis.js';
import { LoudnessMeter, measureLoudness } from '../../../src/render/audio/loudness.js';
import { INTERPOLATION_DELAY, PeakEnvelope } from '../../../src/render/audio/oversample.js';
import { Programme } from '../../../src/render/audio/programme.js';
import { layOut } from '../../../src/render/audio/timeline.js';
import type { Utterance } from '../../../src/model/script.js';
import { speechLike } from './signals.js';

const rate = 22050;
const utterance = (pauseMs: number): Utterance => ({
  voice: 'v', text: 't', displayText: 't', role: 'narration', pauseBeforeMs: pauseMs, pauseAfterMs: pauseMs, rate: 160, pitch: 50, speakerName: 'Narrator', blockIndex: 0, lang: 'en',
});
// Three utterances at different levels, one of them ending in a loud click, with short and long pauses between.
const speech = [speechLike(6, rate, 3), speechLike(4, rate, 5), speechLike(9, rate, 11)].map((x, k) =>
  Int16Array.from(x, (v) => Math.round(v * [0.6, 0.25, 0.9][k]! * 32767)),
);
speech[1]![speech[1]!.length - 1] = 30000;
const timeline = layOut([utterance(20), utterance(300), utterance(700)], speech.map((s) => s.length), rate);

function wholeProgramme(): Float32Array {
  const out = new Float32Array(timeline.total);
  timeline.placed.forEach((p, i) => speech[i]!.forEach((v, k) => (out[p.start + k] = v / 32768)));
  return out;
}

describe('utterance analysis', () => {
  it('adds up, over the time line, to the measurement of the whole programme, block by block', async () => {
    const { lufs, profile } = await new Programme(timeline, async (i) => speech[i]!, { cachePeaks: true }).analyse();
    const signal = wholeProgramme();
    const whole = measureLoudness(signal, rate);
    expect(Math.abs(lufs - whole.integratedLufs)).toBeLessThan(0.05);
    const loudestBlock = Math.max(...Array.from(profile.peak));
    expect(20 * Math.log10(loudestBlock)).toBeCloseTo(whole.truePeakDbtp, 3);

    // Each block's energy, as one meter over the whole programme measures it.
    const meter = new LoudnessMeter(rate, { truePeak: false, blockSize: 32 });
    meter.push(signal);
    const energy = meter.blockEnergies();
    expect(profile.energy.length).toBe(Math.ceil(timeline.total / 32));
    let off = 0;
    let sum = 0;
    energy.forEach((e, b) => ((off += Math.abs(e - profile.energy[b]!)), (sum += e)));
    expect(off / sum).toBeLessThan(1e-4);

    // Each block's true peak, as one envelope over the whole programme finds it (position k: sample k − 6).
    const raw = new PeakEnvelope(0).push(Float32Array.from([...signal, ...new Array(12).fill(0)]));
    const peaks = new Float32Array(profile.peak.length);
    raw.forEach((p, k) => {
      const b = Math.floor((k - INTERPOLATION_DELAY) / 32);
      if (b >= 0 && b < peaks.length && p > peaks[b]!) peaks[b] = p;
    });
    peaks.forEach((p, b) => {
      const got = profile.peak[b]!;
      if (p > profile.floor) expect(Math.abs(got - p)).toBeLessThanOrEqual(1 / PEAK_STEPS); // every block that matters, in its place
      expect(Math.max(got, profile.floor)).toBeGreaterThanOrEqual(p); // under the truth only below the floor it declares
    });
  });

  it('gives the same profile from analyses made while synthesising as from its own', async () => {
    const read = async (i: number): Promise<Int16Array> => speech[i]!;
    const own = await new Programme(timeline, read, { cachePeaks: true }).analyse();
    const given = await new Programme(timeline, read, { cachePeaks: true }).analyse(speech.map((s) => analyseSpeech(s, rate, true)));
    expect(given.lufs).toBe(own.lufs);
    expect(Array.from(given.profile.energy)).toEqual(Array.from(own.profile.energy));
    expect(Array.from(given.profile.peak)).toEqual(Array.from(own.profile.peak));
  });

  it('keeps per-sample peaks only when asked, and never reports a peak under its true value', () => {
    const a = analyseSpeech(speech[1]!, rate, true);
    const b = analyseSpeech(speech[1]!, rate, false);
    expect(b.peaks).toBeUndefined();
    expect(Array.from(b.blockPeaks)).toEqual(Array.from(a.blockPeaks));
    // The click is the loudest sample: its peak (position k carries sample k − 6) is at least its value.
    const click = speech[1]!.length - 1;
    expect(a.peaks![click + 6]! / PEAK_STEPS).toBeGreaterThanOrEqual(30000 / 32768);
    expect(a.loudest).toBeCloseTo(30000 / 32768, 6);
  });
});

// The thread runs the compiled build; `npm test` compiles it first.
const dist = path.resolve(fileURLToPath(new URL('../../../dist/render/audio/analyser.js', import.meta.url)));
describe.skipIf(!existsSync(dist))('the analysis thread (compiled build)', () => {
  it('answers with the same analyses as analysing in place', async () => {
    const { SpeechAnalyser } = (await import(dist)) as typeof import('../../../src/render/audio/analyser.js');
    const analyser = new SpeechAnalyser(rate);
    speech.forEach((s, i) => analyser.add(i, s));
    analyser.add(5, new Int16Array(0));
    const got = await analyser.results();
    expect(got.length).toBe(6);
    speech.forEach((s, i) => {
      const here = analyseSpeech(s, rate, true);
      expect(got[i]!.loudest).toBe(here.loudest);
      expect(Array.from(got[i]!.energy)).toEqual(Array.from(here.energy));
      expect(Array.from(got[i]!.peaks!)).toEqual(Array.from(here.peaks!));
    });
    expect(got[5]!.energy.length).toBeGreaterThan(0); // silence still rings out to a whole block
  });
});
