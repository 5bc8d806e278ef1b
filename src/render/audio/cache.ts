/**
 * A content-addressed cache of synthesised utterances: the key is a hash of
 * the engine id, voice, rate, pitch, language and text, so a rebuild after a
 * one-paragraph edit synthesises only what changed. Each entry is a raw
 * 16-bit PCM file and a small JSON description, both written atomically.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';
import type { SynthesisRequest, WordTiming } from '../../engines/types.js';

const FORMAT = 1;

export interface CacheEntryInfo {
  sampleRate: number;
  length: number;
  words?: WordTiming[];
}

export function cacheKey(engineId: string, req: SynthesisRequest): string {
  const identity = JSON.stringify([FORMAT, engineId, req.voice, req.rate, req.pitch, req.lang, req.text]);
  return createHash('sha256').update(identity).digest('hex');
}

export class AudioCache {
  constructor(readonly dir: string) {}

  private file(key: string, ext: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.${ext}`);
  }

  async info(key: string): Promise<CacheEntryInfo | undefined> {
    try {
      const info = JSON.parse(await fs.readFile(this.file(key, 'json'), 'utf8')) as CacheEntryInfo;
      const stat = await fs.stat(this.file(key, 'pcm'));
      return stat.size === info.length * 2 ? info : undefined;
    } catch {
      return undefined;
    }
  }

  async samples(key: string): Promise<Int16Array> {
    return fromLittleEndian(await fs.readFile(this.file(key, 'pcm')));
  }

  async put(key: string, samples: Int16Array, info: CacheEntryInfo): Promise<void> {
    const bytes = toLittleEndian(samples);
    // The PCM first: the JSON marks the entry complete.
    await writeFileAtomic(this.file(key, 'pcm'), bytes);
    await writeFileAtomic(this.file(key, 'json'), JSON.stringify(info));
  }
}

const LITTLE_ENDIAN = os.endianness() === 'LE';

/** 16-bit little-endian PCM bytes as samples (a view when the bytes allow it). */
function fromLittleEndian(bytes: Buffer): Int16Array {
  const length = bytes.length >> 1;
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, length);
  const out = new Int16Array(length);
  for (let i = 0; i < length; i++) out[i] = bytes.readInt16LE(i * 2);
  return out;
}

function toLittleEndian(samples: Int16Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const bytes = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) bytes.writeInt16LE(samples[i]!, i * 2);
  return bytes;
}
