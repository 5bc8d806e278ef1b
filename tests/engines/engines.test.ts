import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineIds, listEngines, loadEngine } from '../../src/engines/registry.js';
import { findOnPath } from '../../src/engines/process.js';
import { itNeeds, missing } from '../support/tools.js';
import { decodeWav } from '../../src/engines/wav-file.js';
import type { Engine } from '../../src/engines/types.js';
import podcast from '../../templates/narration/podcast.json' with { type: 'json' };

const req = { voice: 'en-us', rate: 165, pitch: 45, lang: 'en' };
const seconds = (r: { samples: Int16Array; sampleRate: number }): number => r.samples.length / r.sampleRate;
const rms = (s: Int16Array): number => Math.sqrt(s.reduce((a, v) => a + v * v, 0) / Math.max(1, s.length)) / 32768;

/** Markup and shell syntax must be spoken as words, never obeyed. */
async function checkHostileText(engine: Engine, voice = req.voice): Promise<void> {
  const marker = path.join(os.tmpdir(), `lectern-pwned-${process.pid}-${engine.id}`);
  await fs.rm(marker, { force: true });
  const plain = await engine.synthesize({ ...req, voice, text: 'Hello world' });
  const hostile = await engine.synthesize({ ...req, voice, text: `Hello <voice> world "; rm -rf ~ $(touch ${marker}) \`touch ${marker}\`` });
  expect(existsSync(marker)).toBe(false);
  // The extra words take time: far longer than "Hello world".
  expect(seconds(hostile)).toBeGreaterThan(seconds(plain) + 2);
  if (hostile.words) {
    const words = hostile.words.map((w) => w.text);
    expect(words).toContain('voice');
    expect(words).toContain('touch');
  }
}

describe('engine registry', () => {
  it('knows the engines and loads them lazily by id', () => {
    expect(engineIds).toEqual(expect.arrayContaining(['espeak-ng-wasm', 'espeak-ng', 'say', 'flite', 'festival', 'silent']));
  });

  it('refuses an unknown engine with engineUnavailable', async () => {
    await expect(loadEngine('nope')).rejects.toMatchObject({ code: 'engineUnavailable', message: expect.stringMatching(/espeak-ng-wasm/) });
  });

  it.runIf(process.platform === 'linux')('says why `say` cannot be used on Linux', async () => {
    await expect(loadEngine('say')).rejects.toMatchObject({ code: 'engineUnavailable', message: expect.stringMatching(/cannot export audio/) });
  });

  it('lists every engine with a probe, and voices for the usable ones', async () => {
    const list = await listEngines();
    const wasm = list.find((e) => e.id === 'espeak-ng-wasm')!;
    expect(wasm.probe.usable).toBe(true);
    expect(wasm.voices.some((v) => v.languages.includes('en-us'))).toBe(true);
    for (const e of list) if (!e.probe.usable) expect(e.probe.reason).toBeTruthy();
  });
});

describe('espeak-ng-wasm', () => {
  it('speaks text at a plausible length with word timings', async () => {
    const engine = await loadEngine('espeak-ng-wasm');
    const r = await engine.synthesize({ ...req, text: 'The front line near the city held for another week.' });
    expect(r.sampleRate).toBe(22050);
    expect(rms(r.samples)).toBeGreaterThan(0.01);
    const wordsPerSecond = 10 / seconds(r);
    expect(wordsPerSecond).toBeGreaterThan(1.5);
    expect(wordsPerSecond).toBeLessThan(4.5);
    expect(r.words!.map((w) => w.text)).toEqual(['The', 'front', 'line', 'near', 'the', 'city', 'held', 'for', 'another', 'week']);
    for (const [i, w] of r.words!.entries()) {
      expect(w.endMs).toBeGreaterThanOrEqual(w.startMs);
      if (i) expect(w.startMs).toBeGreaterThanOrEqual(r.words![i - 1]!.startMs);
    }
  });

  it('honours voice variants and rate', async () => {
    const engine = await loadEngine('espeak-ng-wasm');
    const base = await engine.synthesize({ ...req, text: 'Testing one two three.' });
    const variant = await engine.synthesize({ ...req, voice: 'en-us+f3', text: 'Testing one two three.' });
    const fast = await engine.synthesize({ ...req, rate: 300, text: 'Testing one two three.' });
    expect(Buffer.from(variant.samples.buffer).equals(Buffer.from(base.samples.buffer))).toBe(false);
    expect(seconds(fast)).toBeLessThan(seconds(base) * 0.8);
  });

  it('sets voice, rate and pitch again whenever they change: back on the first settings, the same timing', async () => {
    const engine = await loadEngine('espeak-ng-wasm');
    const text = 'Testing one two three.';
    const first = await engine.synthesize({ ...req, text });
    const fast = await engine.synthesize({ ...req, rate: 300, text });
    const other = await engine.synthesize({ ...req, voice: 'en-us+m3', pitch: 20, text });
    const again = await engine.synthesize({ ...req, text });
    expect(seconds(fast)).toBeLessThan(seconds(first) * 0.8);
    expect(Buffer.from(other.samples.buffer).equals(Buffer.from(first.samples.buffer))).toBe(false);
    // espeak's noise source runs on from call to call, so only the timing is compared (to a millisecond or so).
    expect(Math.abs(seconds(again) - seconds(first))).toBeLessThan(0.002);
    expect(again.words!.map((w) => w.text)).toEqual(first.words!.map((w) => w.text));
  });

  it('speaks every voice of the built-in podcast template (en-gb+m4 resolves by language)', async () => {
    const engine = await loadEngine('espeak-ng-wasm');
    const voices = [podcast.narrator, ...podcast.speakerVoices].map((v) => v.voice);
    for (const voice of voices) {
      const r = await engine.synthesize({ ...req, voice, text: 'Hello.' });
      expect(r.samples.length).toBeGreaterThan(1000);
    }
  });

  it('rejects an unknown voice with a message that says where to look', async () => {
    const engine = await loadEngine('espeak-ng-wasm');
    await expect(engine.synthesize({ ...req, voice: 'xx-nope', text: 'Hi' })).rejects.toMatchObject({ code: 'templateInvalid' });
  });

  it('speaks markup and shell syntax as words', async () => {
    await checkHostileText(await loadEngine('espeak-ng-wasm'));
  });
});

describe('espeak-ng (system binary)', async () => {
  const onPath = await findOnPath('espeak-ng');
  it.skipIf(!onPath)('speaks markup and shell syntax as words (text via stdin, audio via -w)', async () => {
    await checkHostileText(await loadEngine('espeak-ng'));
  });
  it.skipIf(onPath)('is reported unusable with an install hint when absent', async () => {
    await expect(loadEngine('espeak-ng')).rejects.toThrow(/apt-get install espeak-ng/);
  });
});

for (const [id, program, debian] of [
  ['flite', 'flite', 'flite'],
  ['festival', 'text2wave', 'festival festvox-kallpc16k'],
] as const) {
  describe(`${id} (system program)`, () => {
    const absent = missing(program, debian);
    itNeeds(absent, 'lists its own voices and speaks with each, at a plausible length', async () => {
      const engine = await loadEngine(id);
      const voices = await engine.voices();
      expect(voices.length).toBeGreaterThan(0);
      const r = await engine.synthesize({ ...req, voice: voices[0]!.id, text: 'The front line near the city held for another week.' });
      expect(rms(r.samples)).toBeGreaterThan(0.01);
      expect(10 / seconds(r)).toBeGreaterThan(1.5);
      expect(10 / seconds(r)).toBeLessThan(5);
      const slow = await engine.synthesize({ ...req, rate: 100, voice: voices[0]!.id, text: 'The front line near the city held for another week.' });
      expect(seconds(slow)).toBeGreaterThan(seconds(r) * 1.3);
      if (voices.length > 1) {
        const other = await engine.synthesize({ ...req, voice: voices[1]!.id, text: 'The front line near the city held for another week.' });
        expect(Buffer.from(other.samples.buffer).equals(Buffer.from(r.samples.buffer))).toBe(false);
      }
      // Every voice listed reads any text: Flite's limited-domain awb_time, which says only the time, had been listed
      // and given to a speaker, and read this sentence as a second of noise.
      for (const voice of voices.slice(1)) {
        const each = await engine.synthesize({ ...req, voice: voice.id, text: 'The front line near the city held for another week.' });
        expect(10 / seconds(each), voice.id).toBeLessThan(5);
        expect(10 / seconds(each), voice.id).toBeGreaterThan(1.5);
      }
    });
    itNeeds(absent, 'speaks markup and shell syntax as words (text through a file)', async () => {
      const engine = await loadEngine(id);
      await checkHostileText(engine, (await engine.voices())[0]!.id);
    });
    itNeeds(absent, 'refuses a voice it does not have, rather than speak in another', async () => {
      await expect((await loadEngine(id)).synthesize({ ...req, voice: 'en-us+m3', text: 'Hi' })).rejects.toMatchObject({ code: 'templateInvalid' });
    });
    if (!absent) return;
    it('is reported unusable with an install hint when absent', async () => {
      await expect(loadEngine(id)).rejects.toThrow(/apt-get install/);
    });
  });
}

describe('silent', () => {
  it('makes silence as long as the words at the requested rate', async () => {
    const engine = await loadEngine('silent');
    const r = await engine.synthesize({ ...req, rate: 120, text: 'one two three four' });
    expect(seconds(r)).toBeCloseTo(2, 2);
    expect(r.words).toHaveLength(4);
    expect(rms(r.samples)).toBe(0);
  });
});

describe('decodeWav', () => {
  it('reads 16-bit PCM and mixes stereo down to mono, trusting the file length over a placeholder size', () => {
    const frames = 4;
    const buf = Buffer.alloc(44 + frames * 4);
    buf.write('RIFF', 0, 'latin1');
    buf.writeUInt32LE(0xffffffff, 4);
    buf.write('WAVEfmt ', 8, 'latin1');
    buf.writeUInt32LE(16, 16);
    buf.writeUInt16LE(1, 20);
    buf.writeUInt16LE(2, 22);
    buf.writeUInt32LE(16000, 24);
    buf.writeUInt32LE(64000, 28);
    buf.writeUInt16LE(4, 32);
    buf.writeUInt16LE(16, 34);
    buf.write('data', 36, 'latin1');
    buf.writeUInt32LE(0xffffffff, 40);
    for (let f = 0; f < frames; f++) {
      buf.writeInt16LE(16384, 44 + f * 4);
      buf.writeInt16LE(0, 46 + f * 4);
    }
    const wav = decodeWav(buf);
    expect(wav.sampleRate).toBe(16000);
    expect([...wav.samples]).toEqual([8192, 8192, 8192, 8192]);
  });
});
