/** Sample-rate conversion of one utterance (windowed sinc, band-limited to the lower rate's Nyquist). */

const TAPS = 16;

/** How many samples `length` input samples become; the timeline uses the same rule. */
export function resampledLength(length: number, from: number, to: number): number {
  return from === to ? length : Math.round((length * to) / from);
}

export function resample(input: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return input;
  const outLength = resampledLength(input.length, from, to);
  const out = new Float32Array(outLength);
  const step = from / to;
  const cutoff = Math.min(1, to / from);
  for (let i = 0; i < outLength; i++) {
    const t = i * step;
    const centre = Math.floor(t);
    let acc = 0;
    let norm = 0;
    for (let k = centre - TAPS + 1; k <= centre + TAPS; k++) {
      const d = (t - k) * cutoff;
      const sinc = d === 0 ? 1 : Math.sin(Math.PI * d) / (Math.PI * d);
      const w = 0.5 + 0.5 * Math.cos((Math.PI * (t - k)) / (TAPS + 1));
      const c = sinc * w;
      norm += c;
      if (k >= 0 && k < input.length) acc += input[k]! * c;
    }
    out[i] = norm ? acc / norm : 0;
  }
  return out;
}

/** The same for 16-bit samples (rounded and clipped back to 16 bits). */
export function resampleInt16(input: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return input;
  const floats = new Float32Array(input.length);
  for (let k = 0; k < input.length; k++) floats[k] = input[k]! / 32768;
  const resampled = resample(floats, from, to);
  const out = new Int16Array(resampled.length);
  for (let k = 0; k < out.length; k++) out[k] = Math.max(-32768, Math.min(32767, Math.round(resampled[k]! * 32768)));
  return out;
}
