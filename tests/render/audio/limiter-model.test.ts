import { describe, expect, it } from 'vitest';
import { modelGain, predictLoudness } from '../../../src/render/audio/limiter-model.js';
import { Programme } from '../../../src/render/audio/programme.js';
import type { Timeline } from '../../../src/render/audio/timeline.js';
import { speechLike } from './signals.js';

/** A programme of one utterance: the given samples, with a little silence either side. */
function programmeOf(signal: Float32Array, sampleRate: number): Programme {
  const pcm = Int16Array.from(signal, (v) => Math.round(v * 32767));
  const gap = Math.round(sampleRate / 4);
  const timeline: Timeline = { placed: [{ gap, start: gap, length: pcm.length }], tail: gap, total: 2 * gap + pcm.length, sampleRate };
  return new Programme(timeline, async () => pcm, { cachePeaks: true });
}

describe('limiter model', () => {
  const rate = 22050;
  const programme = programmeOf(speechLike(40, rate), rate);

  it('predicts the loudness after gain and limiting within 0.1 LU of the real limiter', async () => {
    const { lufs, profile } = await programme.analyse();
    expect(predictLoudness(profile, 0, 0)).toBeCloseTo(lufs, 1); // no limiting: the raw loudness
    for (const gainDb of [0, 4, 8, 12]) {
      const real = await programme.process(gainDb, -3, [], 'loudness');
      expect(Math.abs(predictLoudness(profile, gainDb, -3) - real.lufs)).toBeLessThan(0.1);
    }
  });

  it('finds the gain that lands on a target, limited or not', async () => {
    const { lufs, profile } = await programme.analyse();
    for (const target of [lufs + 2, lufs + 6]) {
      const gainDb = modelGain(profile, target, -3, target - lufs);
      expect(predictLoudness(profile, gainDb, -3)).toBeCloseTo(target, 1);
      const real = await programme.process(gainDb, -3, [], 'full');
      expect(Math.abs(real.lufs - target)).toBeLessThan(0.2);
      expect(real.truePeak).toBeLessThanOrEqual(-3 + 0.05);
    }
  });
});
