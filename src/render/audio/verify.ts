/**
 * Checking an encoded MP3 as a listener's player will decode it (mpg123
 * compiled to WebAssembly): MP3 encoding low-passes the signal and adds
 * overshoot, so its loudness and true peak differ from the PCM's. The check
 * decodes the bytes as the encoder hands them over, while encoding goes on.
 * An MP3 encoded in parts at once (mp3-split.ts) is checked part by part as
 * each is encoded, each part a stream of its own that a player decodes as it
 * would the joined file (the joins lie in silence), and measured as one.
 */
import { promises as fs } from 'node:fs';
import { MPEGDecoder } from 'mpg123-decoder';
import { firstChannelDecoder, type FirstChannelDecoder } from './mp3-decode.js';
import { LoudnessMeter } from './loudness.js';
import { Mp3SplitError } from './mp3-sink.js';
import { ENCODER_DELAY } from './mp3-split.js';
import type { OverPeak } from './oversample.js';
import type { PassResult } from './programme.js';

export type Mp3Measurement = PassResult & {
  durationSec: number;
  /** With a peak limit: where the decoded MP3 goes over it, in programme samples (a player hears them ENCODER_DELAY later). */
  over: OverPeak[];
};

interface Part {
  decoder: MPEGDecoder;
  /** Decodes into `decoder`'s own memory (mp3-decode.ts); made once the decoder is ready. */
  decode?: FirstChannelDecoder;
  meter?: LoudnessMeter;
  /** The first programme sample of this part, and the samples decoded so far. */
  start: number;
  samples: number;
  sampleRate: number;
}

export class Mp3Check {
  private readonly parts: Part[];
  /** The peak limit as a linear level, when there is one. */
  private readonly peakLimit: number | undefined;
  private failure: unknown;
  private freed = false;

  /** Wait for this before pushing. */
  readonly ready: Promise<void>;

  /** `parts`: how many parts the MP3 is encoded in (1: one stream); `peakLimitDb`: list where the true peak goes over it. */
  constructor(
    parts = 1,
    peakLimitDb?: number,
  ) {
    this.peakLimit = peakLimitDb === undefined ? undefined : 10 ** (peakLimitDb / 20);
    this.parts = Array.from({ length: Math.max(1, parts) }, () => ({ decoder: new MPEGDecoder(), start: 0, samples: 0, sampleRate: 0 }));
    this.ready = Promise.all(this.parts.map((p) => p.decoder.ready)).then(() => {
      for (const p of this.parts) p.decode = firstChannelDecoder(p.decoder);
    });
  }

  /** Bytes of part `part`, which starts at programme sample `start`, in the order that part was encoded. */
  push(bytes: Uint8Array, part = 0, start = 0): void {
    if (this.failure !== undefined) return;
    try {
      const p = this.parts[part];
      if (!p) throw new Error(`MP3 check: no part ${part + 1} (expected ${this.parts.length})`);
      if (!p.decode) throw new Error('MP3 check: bytes pushed before the decoders were ready');
      p.start = start;
      p.decode(bytes, (samples, sampleRate) => {
        p.sampleRate = sampleRate;
        p.meter ??= new LoudnessMeter(sampleRate, { offset: start, peakLimit: this.peakLimit });
        p.meter.push(samples);
        p.samples += samples.length;
      });
    } catch (e) {
      this.failure = e;
    }
  }

  /** The measurement of everything pushed; frees the decoders. */
  result(): Mp3Measurement {
    this.dispose();
    if (this.failure !== undefined) throw this.failure;
    const heard = this.parts.filter((p) => p.meter);
    if (!heard.length) return { lufs: -Infinity, truePeak: -Infinity, durationSec: 0, over: [] };
    // Each part must decode to exactly the samples before the next one's start, as the joined file does.
    heard.forEach((p, k) => {
      const next = heard[k + 1];
      if (next && p.start + p.samples !== next.start) {
        throw new Mp3SplitError(`MP3 part ${k + 1} decodes to ${p.samples} samples from ${p.start}, but part ${k + 2} starts at ${next.start}`);
      }
    });
    const last = heard[heard.length - 1]!;
    const { lufs, truePeak } = LoudnessMeter.joined(heard.map((p) => p.meter!));
    const over = heard.flatMap((p) => p.meter!.overPeaks().map((o) => ({ ...o, start: o.start - ENCODER_DELAY, end: o.end - ENCODER_DELAY })));
    return { lufs, truePeak, durationSec: (last.start + last.samples) / last.sampleRate, over };
  }

  dispose(): void {
    if (!this.freed) for (const p of this.parts) p.decoder.free();
    this.freed = true;
  }
}

export async function measureMp3File(file: string): Promise<Mp3Measurement> {
  const check = new Mp3Check();
  await check.ready;
  check.push(await fs.readFile(file));
  return check.result();
}
