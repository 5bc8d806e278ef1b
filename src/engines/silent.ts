/**
 * `silent`: a named fake for fast unit tests. It makes silence as long as the
 * words would take at the requested rate, with evenly spaced word timings.
 * Never used by end-to-end tests.
 */
import type { Engine, SynthesisRequest, SynthesisResult, WordTiming } from './types.js';

const SAMPLE_RATE = 22050;

export function createEngine(): Engine {
  return {
    id: 'silent',
    description: 'silence as long as the words (for tests)',
    capabilities: { ssml: false, marks: true, rate: true, pitch: false, voices: false, exportsAudio: true, templateVoices: true },
    async probe() {
      return { usable: true };
    },
    async voices() {
      return [{ id: 'silent', name: 'Silence', languages: [] }];
    },
    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      const tokens = req.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      const msPerWord = 60_000 / Math.max(40, req.rate);
      const words: WordTiming[] = tokens.map((text, i) => ({ text, startMs: i * msPerWord, endMs: (i + 1) * msPerWord }));
      const samples = new Int16Array(Math.round(((tokens.length * msPerWord) / 1000) * SAMPLE_RATE));
      return { samples, sampleRate: SAMPLE_RATE, words };
    },
  };
}
