/**
 * Reading the WAV files that command-line engines write: 8/16/24/32-bit PCM or
 * 32-bit float, any channel count (mixed down to mono), 16-bit PCM out.
 * espeak-ng's `--stdout` header carries a placeholder size, so a data chunk
 * that claims more bytes than the file holds is read to the end of the file.
 */

export interface DecodedWav {
  samples: Int16Array;
  sampleRate: number;
}

export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  let format = 0;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      format = view.getUint16(body, true);
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
      if (format === 0xfffe && size >= 26) format = view.getUint16(body + 24, true);
    } else if (id === 'data') {
      if (!channels || !sampleRate) throw new Error('WAV data chunk before its fmt chunk');
      const end = Math.min(bytes.byteLength, body + size);
      return { samples: decodeFrames(view, body, end, format, channels, bits), sampleRate };
    }
    at = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}

function decodeFrames(view: DataView, start: number, end: number, format: number, channels: number, bits: number): Int16Array {
  const bytesPerSample = bits / 8;
  const frameBytes = bytesPerSample * channels;
  const frames = Math.floor((end - start) / frameBytes);
  const out = new Int16Array(frames);
  const read = sampleReader(view, format, bits);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read(start + f * frameBytes + c * bytesPerSample);
    const v = Math.round((sum / channels) * 32767);
    out[f] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
  return out;
}

/** A reader giving one sample as a float in −1…1. */
function sampleReader(view: DataView, format: number, bits: number): (at: number) => number {
  if (format === 1 && bits === 16) return (at) => view.getInt16(at, true) / 32768;
  if (format === 1 && bits === 8) return (at) => (view.getUint8(at) - 128) / 128;
  if (format === 1 && bits === 24) {
    return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
  }
  if (format === 1 && bits === 32) return (at) => view.getInt32(at, true) / 2147483648;
  if (format === 3 && bits === 32) return (at) => view.getFloat32(at, true);
  if (format === 3 && bits === 64) return (at) => view.getFloat64(at, true);
  throw new Error(`unsupported WAV encoding (format ${format}, ${bits} bits)`);
}
