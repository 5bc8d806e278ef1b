import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AudioCache } from '../../../src/render/audio/cache.js';
import { gatherSpeech, voiceOrder } from '../../../src/render/audio/speech.js';
import type { Engine, SynthesisRequest } from '../../../src/engines/types.js';
import type { Utterance } from '../../../src/model/script.js';

const u = (text: string, voice: string): Utterance => ({
  voice, text, displayText: text, role: 'narration', pauseBeforeMs: 0, pauseAfterMs: 0, rate: 160, pitch: 50, speakerName: 'Narrator', blockIndex: 0, lang: 'en',
});

/** An engine whose samples depend only on the text, at 16 kHz (so the programme at 22.05 kHz is resampled). */
function toneEngine(calls: SynthesisRequest[]): Engine {
  return {
    id: 'tone',
    description: 'test tones',
    capabilities: { ssml: false, marks: false, rate: false, pitch: false, voices: true, exportsAudio: true, templateVoices: true },
    probe: async () => ({ usable: true }),
    voices: async () => [],
    async synthesize(req) {
      calls.push(req);
      const samples = Int16Array.from({ length: 1600 * req.text.length }, (_, i) => Math.round(8000 * Math.sin(i * 0.01 * req.text.length)));
      return { samples, sampleRate: 16000 };
    },
  };
}

describe('gatherSpeech', () => {
  const script = [u('one', 'a'), u('two', 'b'), u('three', 'a'), u('four', 'c'), u('five', 'b')];

  it('asks for utterances grouped by voice, in script order within a voice', () => {
    expect(voiceOrder(script)).toEqual([0, 2, 1, 4, 3]);
  });

  it('hands back the same samples in script order whether held in memory or read back from the cache', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-speech-'));
    const calls: SynthesisRequest[] = [];
    const engine = toneEngine(calls);
    const held = await gatherSpeech(engine, new AudioCache(dir), script, { sampleRate: 22050 });
    expect(held.inMemory).toBe(true);
    expect(calls.map((c) => c.text)).toEqual(['one', 'three', 'two', 'five', 'four']);
    const streamed = await gatherSpeech(engine, new AudioCache(dir), script, { sampleRate: 22050, maxInMemorySeconds: 0 });
    expect(streamed.inMemory).toBe(false);
    expect(calls).toHaveLength(script.length); // the second time, all from the cache
    for (let i = 0; i < script.length; i++) {
      const a = await held.read(i);
      expect(a.length).toBe(Math.round((1600 * script[i]!.text.length * 22050) / 16000));
      expect(await streamed.read(i)).toEqual(a);
      expect(held.entries[i]!.info.length).toBe(1600 * script[i]!.text.length);
    }
  });
});

describe('gatherSpeech on a long programme', () => {
  it('keeps only a few cache writes in flight, even with an engine that never yields to the event loop', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-speech-'));
    // A cache whose writes finish only when the event loop gets a turn, as real file writes do.
    let inFlight = 0;
    let most = 0;
    const cache = new (class extends AudioCache {
      override async put(): Promise<void> {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
      }
      override async info(): Promise<undefined> {
        return undefined;
      }
    })(dir);
    const script = Array.from({ length: 200 }, (_, i) => u(`sentence ${i}`, 'a'));
    await gatherSpeech(toneEngine([]), cache, script, { sampleRate: 16000, maxInMemorySeconds: 0 }).catch(() => undefined);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(8);
  });
});
