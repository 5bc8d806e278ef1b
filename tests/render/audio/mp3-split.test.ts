import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MPEGDecoder } from 'mpg123-decoder';
import { describe, expect, it } from 'vitest';
import { measureLoudness } from '../../../src/render/audio/loudness.js';
import { Mp3Sink, type Mp3BytesListener } from '../../../src/render/audio/mp3-sink.js';
import { Mp3Check } from '../../../src/render/audio/verify.js';
import { ENCODER_DELAY, FrameCounter, frameSamples, planMp3Parts } from '../../../src/render/audio/mp3-split.js';
import type { Timeline } from '../../../src/render/audio/timeline.js';
import { speechLike } from './signals.js';

const rate = 22050;

/** Utterances of speech-like sound with the given pauses (ms) before each. */
function programme(pausesMs: number[]): { timeline: Timeline; samples: Float32Array } {
  const placed: Timeline['placed'] = [];
  const pieces: Float32Array[] = [];
  let cursor = 0;
  pausesMs.forEach((ms, i) => {
    const gap = Math.round((ms * rate) / 1000);
    const speech = speechLike(6, rate, i + 1);
    placed.push({ gap, start: cursor + gap, length: speech.length });
    pieces.push(new Float32Array(gap), speech);
    cursor += gap + speech.length;
  });
  const tail = rate / 2;
  pieces.push(new Float32Array(tail));
  const samples = new Float32Array(cursor + tail);
  let at = 0;
  for (const p of pieces) {
    samples.set(p, at);
    at += p.length;
  }
  return { timeline: { placed, tail, total: cursor + tail, sampleRate: rate }, samples };
}

async function encode(samples: Float32Array, parts: ReturnType<typeof planMp3Parts> | undefined, onEncoded?: Mp3BytesListener): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-mp3-'));
  const file = path.join(dir, 'a.mp3');
  const sink = await Mp3Sink.open(file, rate, 64, new Uint8Array(0), { parts, onEncoded });
  for (let at = 0; at < samples.length; at += 10_000) await sink.write(samples.subarray(at, at + 10_000));
  await sink.commit();
  return fs.readFile(file);
}

async function decode(mp3: Uint8Array): Promise<Float32Array> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const out = decoder.decode(mp3);
  decoder.free();
  return out.channelData[0]!.slice(0, out.samplesDecoded);
}

describe('planMp3Parts', () => {
  it('cuts inside silences, on the frame the next part needs', () => {
    const { timeline } = programme([0, 400, 150, 600, 300, 900]);
    const frame = frameSamples(rate);
    const parts = planMp3Parts(timeline, 3);
    expect(parts).toHaveLength(3);
    expect(parts[0]!.start).toBe(0);
    expect(parts[parts.length - 1]!.end).toBe(timeline.total);
    for (const [k, part] of parts.slice(0, -1).entries()) {
      const next = parts[k + 1]!;
      expect((part.end - part.start + ENCODER_DELAY) % frame).toBe(frame / 2);
      expect(part.frames! * frame).toBe(next.start - part.start);
      // Both the end and the next start lie in one silence between utterances.
      const silence = timeline.placed.find((p) => p.start - p.gap < part.end && next.start < p.start)!;
      expect(silence).toBeDefined();
    }
  });

  it('keeps one part when there is no silence long enough', () => {
    const { timeline } = programme([0, 50, 60]);
    expect(planMp3Parts(timeline, 2)).toEqual([{ start: 0, end: timeline.total }]);
  });
});

describe('MP3 encoded in parts', () => {
  it('decodes to the same length and timing as one stream, at the same loudness', async () => {
    const { timeline, samples } = programme([0, 500, 700, 400, 600]);
    const parts = planMp3Parts(timeline, 2);
    expect(parts).toHaveLength(2);
    const [whole, split] = await Promise.all([encode(samples, undefined), encode(samples, parts)]);
    const [a, b] = await Promise.all([decode(whole), decode(split)]);
    expect(b.length).toBe(a.length);
    // Sound lands on the same samples: the decoded signals match closely everywhere, the join included.
    let err = 0;
    let sig = 0;
    for (let i = 0; i < a.length; i++) {
      err += (a[i]! - b[i]!) ** 2;
      sig += a[i]! ** 2;
    }
    expect(10 * Math.log10(sig / err)).toBeGreaterThan(15);
    // The first sound is heard ENCODER_DELAY samples late.
    const first = (x: Float32Array): number => x.findIndex((v) => Math.abs(v) > 0.01);
    expect(Math.abs(first(b) - (first(samples) + ENCODER_DELAY))).toBeLessThan(20);
    expect(measureLoudness(b, rate).integratedLufs).toBeCloseTo(measureLoudness(a, rate).integratedLufs, 1);
  });

  it('is checked part by part while it is encoded, measuring as the joined file decodes', async () => {
    const { timeline, samples } = programme([0, 500, 700, 400, 600]);
    const parts = planMp3Parts(timeline, 2);
    expect(parts).toHaveLength(2);
    const check = new Mp3Check(parts.length);
    await check.ready;
    const seen = new Set<number>();
    const mp3 = await encode(samples, parts, (bytes, part, start) => {
      seen.add(part);
      check.push(bytes, part, start);
    });
    expect([...seen].sort()).toEqual([0, 1]); // in whichever order the threads hand them over
    const byParts = check.result();
    const whole = new Mp3Check();
    await whole.ready;
    whole.push(mp3);
    const joined = whole.result();
    expect(byParts.durationSec).toBe(joined.durationSec);
    expect(byParts.lufs).toBeCloseTo(joined.lufs, 3);
    expect(byParts.truePeak).toBeCloseTo(joined.truePeak, 3);
  });

  it('counts frames the same however the bytes are cut', async () => {
    const { samples } = programme([0, 300]);
    const mp3 = await encode(samples, undefined);
    const whole = new FrameCounter();
    whole.push(mp3);
    const pieces = new FrameCounter();
    for (let at = 0; at < mp3.length; at += 333) pieces.push(mp3.subarray(at, at + 333));
    expect(pieces.frames).toBe(whole.frames);
    expect(whole.frames * frameSamples(rate)).toBe((await decode(mp3)).length);
  });
});
