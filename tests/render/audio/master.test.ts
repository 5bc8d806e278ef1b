import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { id3Tag } from '../../../src/render/audio/id3.js';
import { lowerCeiling, lowerPlaces, master } from '../../../src/render/audio/master.js';
import { Mp3Sink } from '../../../src/render/audio/mp3-sink.js';
import { Programme } from '../../../src/render/audio/programme.js';
import { Mp3Check } from '../../../src/render/audio/verify.js';
import { WavSink } from '../../../src/render/audio/sinks.js';
import { measureLoudness } from '../../../src/render/audio/loudness.js';
import type { Timeline } from '../../../src/render/audio/timeline.js';
import { noise, speechLike } from './signals.js';

const rate = 22050;

function programmeOf(signal: Float32Array): Programme {
  const pcm = Int16Array.from(signal, (v) => Math.round(v * 32767));
  const gap = 2048;
  const timeline: Timeline = { placed: [{ gap, start: gap, length: pcm.length }], tail: gap, total: 2 * gap + pcm.length, sampleRate: rate };
  return new Programme(timeline, async () => pcm, { cachePeaks: true });
}

/** Masters to an MP3 in a temporary folder; returns what master reports, how many writes it took, and the file measured afresh. */
async function masterToMp3(signal: Float32Array) {
  const programme = programmeOf(signal);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lectern-master-')), 'out.mp3');
  let writes = 0;
  const result = await master(programme, await programme.analyse(), { integratedLufs: -16, truePeakDbtp: -1, mp3: true }, async (onMp3) => {
    writes++;
    const mp3 = await Mp3Sink.open(file, rate, 64, id3Tag({ title: 't', artist: 'a', chapters: [] }), { onEncoded: onMp3 });
    return { mp3, all: [mp3] };
  });
  const check = new Mp3Check();
  await check.ready;
  check.push(readFileSync(file));
  return { result, writes, file: check.result() };
}

describe('mastering to MP3', () => {
  it('lands speech on −16 LUFS under −1 dBTP as decoded, the PCM itself not measured', async () => {
    const { result, file, writes } = await masterToMp3(speechLike(30, rate));
    expect(result.writes).toBe(writes);
    expect(Math.abs(file.lufs + 16)).toBeLessThanOrEqual(0.5);
    expect(file.truePeak).toBeLessThanOrEqual(-1);
    expect(result.lufs).toBeCloseTo(file.lufs, 6); // what it reports is the file as a player decodes it
  });

  // Speech with bursts of a square wave: the limiter flattens them at the ceiling and the encoder's
  // low-pass rings over it, by 1.3–2.6 dB here (more than the usual 1 dB allowed for), and by more
  // the harder the limiter works. Before, the ceiling followed the overshoot one write behind:
  // three writes, and at 2.5 kHz an MP3 that still peaked at +0.8 dBTP.
  const withBursts = (freq: number, amplitude: number): Float32Array =>
    Float32Array.from(speechLike(30, rate, 4), (v, i) => (i % rate < rate * 0.02 ? amplitude * Math.sign(Math.sin((2 * Math.PI * freq * i) / rate)) : v));

  it.each([
    [1500, 0.5],
    [3500, 0.5],
  ])('lands under the peak limit in a second write when the MP3 overshoots more than expected (%i Hz bursts)', async (freq, amplitude) => {
    const { writes, file, result } = await masterToMp3(withBursts(freq, amplitude));
    expect(writes).toBe(2);
    expect(result.writes).toBe(2); // what renderAudio reports (AudioResult.writes)
    expect(file.truePeak).toBeLessThanOrEqual(-1);
    expect(Math.abs(file.lufs + 16)).toBeLessThanOrEqual(0.5);
  });

  it('never leaves the MP3 over the peak limit, even where limiting harder makes the encoder overshoot more', async () => {
    const { file } = await masterToMp3(withBursts(2500, 0.9));
    expect(file.truePeak).toBeLessThanOrEqual(-1);
    expect(Math.abs(file.lufs + 16)).toBeLessThanOrEqual(1);
  });

  it('holds only the place where the MP3 went over lower, and leaves the gain and the rest of the programme as they were', async () => {
    // One burst in 30 s of speech: the encoder overshoots there (1.3–2.6 dB, see above) and nowhere else.
    const burstAt = 12 * rate;
    const signal = Float32Array.from(speechLike(30, rate, 4), (v, i) => (i >= burstAt && i < burstAt + rate * 0.02 ? 0.5 * Math.sign(Math.sin((2 * Math.PI * 1500 * i) / rate)) : v));
    const programme = programmeOf(signal);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-master-'));
    const mp3File = path.join(dir, 'out.mp3');
    const wavFile = path.join(dir, 'out.wav');
    let writes = 0;
    const result = await master(programme, await programme.analyse(), { integratedLufs: -16, truePeakDbtp: -1, mp3: true }, async (onMp3) => {
      writes++;
      const mp3 = await Mp3Sink.open(mp3File, rate, 64, id3Tag({ title: 't', artist: 'a', chapters: [] }), { onEncoded: onMp3 });
      const wav = await WavSink.open(wavFile, rate);
      return { mp3, all: [mp3, wav] };
    });
    expect(writes).toBe(2);
    const check = new Mp3Check(1, -1);
    await check.ready;
    check.push(readFileSync(mp3File));
    const heard = check.result();
    expect(heard.truePeak).toBeLessThanOrEqual(-1);
    expect(heard.over).toEqual([]);
    expect(Math.abs(heard.lufs + 16)).toBeLessThanOrEqual(0.5);
    expect(result.truePeak).toBeLessThanOrEqual(-1);
    // The PCM written: away from the burst the limiter kept its first ceiling (-1 - 1 - 0.1 dB), not a lower one;
    // around the burst (where the programme starts 2,048 samples in) it held lower.
    const wav = readFileSync(wavFile);
    const pcm = Float32Array.from(new Int16Array(wav.buffer, wav.byteOffset + 44, (wav.byteLength - 44) >> 1), (v) => v / 32768);
    const at = burstAt + 2048;
    const away = measureLoudness(pcm.subarray(at + rate, pcm.length), rate).truePeakDbtp;
    const near = measureLoudness(pcm.subarray(at - 4096, at + rate * 0.02 + 4096), rate).truePeakDbtp;
    expect(away).toBeGreaterThan(-2.25);
    expect(near).toBeLessThan(away - 0.5);
  });

  it('lowers a place by its miss over how far a peak is taken to follow, joining places that meet at the lower ceiling', () => {
    const peak = (db: number): number => 10 ** (db / 20);
    // A miss of 0.5 dB over the aim (-1.3) at the guessed follow of a half: 1 dB lower, 2,048 samples either side.
    expect(lowerPlaces([], [{ start: 10000, end: 14096, peak: peak(-0.8) }], -2.1, -1)).toEqual([{ start: 7952, end: 16144, ceilingDb: -3.1 }].map((s) => ({ ...s, ceilingDb: expect.closeTo(s.ceilingDb, 6) })));
    // A place already lowered is lowered from where it was; one that meets it is joined to it at the lower ceiling.
    const again = lowerPlaces([{ start: 7952, end: 16144, ceilingDb: -3.1 }], [{ start: 10000, end: 14096, peak: peak(-1.1) }, { start: 17000, end: 21096, peak: peak(-1.2) }], -2.1, -1);
    expect(again).toHaveLength(1);
    expect(again[0]!.start).toBe(7952);
    expect(again[0]!.end).toBe(21096 + 2048);
    expect(again[0]!.ceilingDb).toBeCloseTo(-3.1 - 0.2 / 0.5, 6);
    // (never raised: a peak under the aim lowers nothing)
    expect(lowerPlaces([], [{ start: 0, end: 4096, peak: peak(-2) }], -2.1, -1)[0]!.ceilingDb).toBeCloseTo(-2.1, 6);
  });

  it('lowers the ceiling by the miss over how far the peak followed it, within a step', () => {
    // One write: the peak is guessed to follow the ceiling half way; aim 0.3 dB under the limit.
    expect(lowerCeiling(-2.1, 0.5, -1)).toBeCloseTo(-2.1 - 1.8 / 0.5, 6);
    // Two writes: the ceiling went down 1.6 dB and the peak 1.4 dB, so it follows at 0.875.
    expect(lowerCeiling(-3.7, -0.9, -1, { ceilingDb: -2.1, truePeak: 0.5 })).toBeCloseTo(-3.7 - 0.4 / 0.875, 6);
    // A peak that rose as the ceiling went down is taken to follow at a quarter, and the step is at most 4 dB.
    expect(lowerCeiling(-4.1, 3.1, -1, { ceilingDb: -2.1, truePeak: -0.3 })).toBeCloseTo(-8.1, 6);
  });

  it('learns from an encode that moved the loudness, and writes again on target', async () => {
    // Bright noise: the encoder's low-pass takes far more than the usual half a dB away.
    const rnd = noise(5);
    const bright = Float32Array.from({ length: 20 * rate }, (_, i) => 0.2 * (rnd() - (i % 2 ? 0.9 : -0.9) * 0.5));
    const { writes, file } = await masterToMp3(bright);
    expect(writes).toBeGreaterThan(1);
    expect(Math.abs(file.lufs + 16)).toBeLessThanOrEqual(0.5);
    expect(file.truePeak).toBeLessThanOrEqual(-1);
  });
});
