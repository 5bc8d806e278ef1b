import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MPEGDecoder } from 'mpg123-decoder';
import { afterEach, describe, expect, it } from 'vitest';
import { decodesInPlace, firstChannelDecoder } from '../../../src/render/audio/mp3-decode.js';
import { Mp3Sink } from '../../../src/render/audio/mp3-sink.js';
import { speechLike } from './signals.js';

const rate = 22050;

/** Six seconds of speech-like sound, a silence, and more: a real MP3 from the project's own writer. */
async function mp3(): Promise<Uint8Array> {
  const samples = new Float32Array(rate * 13);
  samples.set(speechLike(6, rate, 1));
  samples.set(speechLike(6, rate, 2), rate * 7);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-decode-'));
  const file = path.join(dir, 'a.mp3');
  const sink = await Mp3Sink.open(file, rate, 64, new Uint8Array(0));
  await sink.write(samples);
  await sink.commit();
  const bytes = await fs.readFile(file);
  await fs.rm(dir, { recursive: true, force: true });
  return bytes;
}

/** Every first-channel sample `decode` hands over for `bytes` given in `pieces` of that size. */
function collect(decode: ReturnType<typeof firstChannelDecoder>, bytes: Uint8Array, piece: number): { samples: Float32Array; rates: Set<number> } {
  const runs: Float32Array[] = [];
  const rates = new Set<number>();
  for (let at = 0; at < bytes.length; at += piece) {
    decode(bytes.subarray(at, at + piece), (samples, sampleRate) => {
      runs.push(samples.slice()); // a view of the decoder's memory: copied before the next read
      rates.add(sampleRate);
    });
  }
  const samples = new Float32Array(runs.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const r of runs) {
    samples.set(r, at);
    at += r.length;
  }
  return { samples, rates };
}

const decoders: MPEGDecoder[] = [];
async function readyDecoder(): Promise<MPEGDecoder> {
  const d = new MPEGDecoder();
  decoders.push(d);
  await d.ready;
  return d;
}
afterEach(() => {
  for (const d of decoders.splice(0)) d.free();
});

describe('firstChannelDecoder', () => {
  it('reads the installed mpg123-decoder in place (the fast way is the one in use)', async () => {
    expect(decodesInPlace(await readyDecoder())).toBe(true);
  });

  it('gives the same samples as the public decode(), whatever the pieces the bytes come in', async () => {
    const bytes = await mp3();
    const reference = (await readyDecoder()).decode(bytes);
    const expected = reference.channelData[0]!.subarray(0, reference.samplesDecoded);
    expect(expected.length).toBeGreaterThan(rate * 12);
    // Pieces smaller than a frame, about a batch, and larger than the decoder's 64 KiB input buffer.
    for (const piece of [97, 27_000, 100_000]) {
      const { samples, rates } = collect(firstChannelDecoder(await readyDecoder()), bytes, piece);
      expect(rates).toEqual(new Set([rate]));
      expect(samples.length).toBe(expected.length);
      expect(samples).toEqual(expected);
    }
  });

  it('falls back to the public decode() for a decoder of another shape', async () => {
    const bytes = await mp3();
    const real = await readyDecoder();
    const expected = (await readyDecoder()).decode(bytes);
    // Only the public API: none of the fields the fast way reads.
    const publicOnly = { decode: (b: Uint8Array) => real.decode(b) } as unknown as MPEGDecoder;
    expect(decodesInPlace(publicOnly)).toBe(false);
    const { samples } = collect(firstChannelDecoder(publicOnly), bytes, 5_000);
    expect(samples).toEqual(expected.channelData[0]!.subarray(0, expected.samplesDecoded));
  });

  it('hands over nothing for bytes that are not MP3', async () => {
    const junk = new Uint8Array(50_000).map((_, i) => (i * 7919) & 0x7f); // no frame sync (0xFF) anywhere
    const { samples } = collect(firstChannelDecoder(await readyDecoder()), junk, 10_000);
    expect(samples.length).toBe(0);
  });
});
