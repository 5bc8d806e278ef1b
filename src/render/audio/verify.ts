/**
 * Checking an encoded MP3 as a listener's player will decode it (mpg123
 * compiled to WebAssembly): MP3 encoding low-passes the signal and adds
 * overshoot, so its loudness and true peak differ from the PCM's.
 */
import { createReadStream } from 'node:fs';
import { MPEGDecoder } from 'mpg123-decoder';
import { LoudnessMeter } from './loudness.js';
import type { PassResult } from './programme.js';

export async function measureMp3File(file: string): Promise<PassResult & { durationSec: number }> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  let meter: LoudnessMeter | undefined;
  let samples = 0;
  let sampleRate = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
      const decoded = decoder.decode(chunk as Buffer);
      if (!decoded.samplesDecoded) continue;
      sampleRate = decoded.sampleRate;
      meter ??= new LoudnessMeter(decoded.sampleRate);
      meter.push(decoded.channelData[0]!.subarray(0, decoded.samplesDecoded));
      samples += decoded.samplesDecoded;
    }
  } finally {
    decoder.free();
  }
  if (!meter) return { lufs: -Infinity, truePeak: -Infinity, durationSec: 0 };
  return { lufs: meter.integrated(), truePeak: meter.truePeakDbtp(), durationSec: samples / sampleRate };
}
