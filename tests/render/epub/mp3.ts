import { Mp3Encoder } from '@breezystack/lamejs';

/** A real MP3 of a quiet sine tone, made in memory: mono 22.05 kHz, 32 kbps. */
export function sineMp3(seconds: number, options: { title?: string; frequency?: number } = {}): Uint8Array {
  const rate = 22050;
  const encoder = new Mp3Encoder(1, rate, 32);
  const samples = new Int16Array(Math.round(seconds * rate));
  const frequency = options.frequency ?? 440;
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(Math.sin((2 * Math.PI * frequency * i) / rate) * 8000);
  const parts: Uint8Array[] = [];
  if (options.title !== undefined) parts.push(id3Title(options.title));
  const block = 1152;
  for (let i = 0; i < samples.length; i += block) parts.push(encoder.encodeBuffer(samples.subarray(i, i + block)));
  parts.push(encoder.flush());
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function synchsafe(n: number): number[] {
  return [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f];
}

/** An ID3v2.4 tag with one UTF-8 title frame. */
function id3Title(title: string): Uint8Array {
  const text = new TextEncoder().encode(title);
  const frameBody = [3, ...text];
  const frame = [...'TIT2'].map((c) => c.charCodeAt(0)).concat(synchsafe(frameBody.length), [0, 0], frameBody);
  const header = [0x49, 0x44, 0x33, 4, 0, 0, ...synchsafe(frame.length)];
  return Uint8Array.from([...header, ...frame]);
}
