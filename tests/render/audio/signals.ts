/** Test signals for the audio DSP tests (deterministic). */

export function sine(freq: number, peakDbfs: number, seconds: number, sampleRate: number, phase = 0): Float32Array {
  const a = 10 ** (peakDbfs / 20);
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = a * Math.sin((2 * Math.PI * freq * i) / sampleRate + phase);
  return out;
}

/** A small deterministic random generator (xorshift32), values in [−1, 1). */
export function noise(seed = 1): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 31 - 1;
  };
}

/**
 * Something like speech: voiced bursts (a few harmonics of a wandering pitch,
 * plus some noise, under a syllable envelope) separated by pauses of silence.
 */
export function speechLike(seconds: number, sampleRate: number, seed = 7): Float32Array {
  const rnd = noise(seed);
  const out = new Float32Array(Math.round(seconds * sampleRate));
  let at = 0;
  while (at < out.length) {
    const burst = Math.round((0.8 + 1.5 * Math.abs(rnd())) * sampleRate);
    const f0 = 110 + 60 * Math.abs(rnd());
    const level = 0.2 + 0.5 * Math.abs(rnd());
    for (let i = 0; i < burst && at + i < out.length; i++) {
      const t = i / sampleRate;
      const syllable = Math.abs(Math.sin(Math.PI * 4 * t)) ** 2;
      let v = 0;
      for (let h = 1; h <= 8; h++) v += Math.sin(2 * Math.PI * f0 * h * t * (1 + 0.02 * Math.sin(3 * t))) / h;
      out[at + i] = level * syllable * (0.5 * v + 0.1 * rnd());
    }
    at += burst + Math.round((0.2 + 0.5 * Math.abs(rnd())) * sampleRate); // then a pause
  }
  return out;
}
