/**
 * Checking an encoded MP3 as a listener's player will decode it (mpg123
 * compiled to WebAssembly): MP3 encoding low-passes the signal and adds
 * overshoot, so its loudness and true peak differ from the PCM's. The check
 * decodes the bytes as the encoder hands them over, while encoding goes on.
 */
import { promises as fs } from 'node:fs';
import { MPEGDecoder } from 'mpg123-decoder';
import { LoudnessMeter } from './loudness.js';
import type { PassResult } from './programme.js';

export type Mp3Measurement = PassResult & { durationSec: number };

export class Mp3Check {
  private readonly decoder = new MPEGDecoder();
  private meter: LoudnessMeter | undefined;
  private samples = 0;
  private sampleRate = 0;
  private failure: unknown;
  private freed = false;

  /** Wait for this before pushing. */
  readonly ready: Promise<void> = this.decoder.ready;

  push(bytes: Uint8Array): void {
    if (this.failure !== undefined) return;
    try {
      const decoded = this.decoder.decode(bytes);
      if (!decoded.samplesDecoded) return;
      this.sampleRate = decoded.sampleRate;
      this.meter ??= new LoudnessMeter(decoded.sampleRate);
      this.meter.push(decoded.channelData[0]!.subarray(0, decoded.samplesDecoded));
      this.samples += decoded.samplesDecoded;
    } catch (e) {
      this.failure = e;
    }
  }

  /** The measurement of everything pushed; frees the decoder. */
  result(): Mp3Measurement {
    this.dispose();
    if (this.failure !== undefined) throw this.failure;
    if (!this.meter) return { lufs: -Infinity, truePeak: -Infinity, durationSec: 0 };
    return { lufs: this.meter.integrated(), truePeak: this.meter.truePeakDbtp(), durationSec: this.samples / this.sampleRate };
  }


  dispose(): void {
    if (!this.freed) this.decoder.free();
    this.freed = true;
  }
}

export async function measureMp3File(file: string): Promise<Mp3Measurement> {
  const check = new Mp3Check();
  await check.ready;
  check.push(await fs.readFile(file));
  return check.result();
}
