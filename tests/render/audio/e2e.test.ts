/**
 * End to end with the real default engine: narrate → espeak-ng-wasm → MP3,
 * read back with music-metadata and, when installed, ffprobe and ffmpeg.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFile } from 'music-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAudio, type AudioResult } from '../../../src/render/audio/index.js';
import { narrate } from '../../../src/narrate/index.js';
import { loadEngine } from '../../../src/engines/registry.js';
import { ebur128, ffprobeChapters, itNeeds, missing } from '../../support/tools.js';
import type { NarrationTemplate } from '../../../src/config/types.js';
import type { Script } from '../../../src/model/script.js';
import podcast from '../../../templates/narration/podcast.json' with { type: 'json' };
import { sampleArticle } from './fixtures.js';

const template = podcast as NarrationTemplate;

describe('audio edition with espeak-ng-wasm', () => {
  let dir: string;
  let script: Script;
  let result: AudioResult;
  const file = (name: string): string => path.join(dir, 'out', name);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-e2e-'));
    script = narrate(sampleArticle(), template);
    const engine = await loadEngine('espeak-ng-wasm');
    result = await renderAudio(
      script,
      engine,
      template,
      { mp3: file('a.mp3'), vtt: file('a.vtt'), chaptersJson: file('a.chapters.json') },
      { title: 'Trenches near Bakhmut', artist: 'Example News', album: 'Lectern', date: '2023-03-01', lang: 'en' },
      { cacheDir: path.join(dir, 'cache') },
    );
  }, 120_000);

  it('is not silent and lasts as long as the words take', () => {
    const words = script.utterances.map((u) => u.text).join(' ').split(/\s+/).filter(Boolean).length;
    expect(result.diagnostics).toEqual([]);
    expect(words / result.durationSec).toBeGreaterThan(1.5);
    expect(words / result.durationSec).toBeLessThan(4);
  });

  it('reports its own loudness on target (decoded MP3)', () => {
    expect(Math.abs(result.integratedLufs - template.loudness.integratedLufs)).toBeLessThanOrEqual(1);
    expect(result.truePeakDbtp).toBeLessThanOrEqual(-1);
  });

  it('carries ID3 title, artist and chapters that music-metadata reads back', async () => {
    const mm = await parseFile(file('a.mp3'), { duration: true, includeChapters: true });
    expect(mm.common.title).toBe('Trenches near Bakhmut');
    expect(mm.common.artist).toBe('Example News');
    expect(mm.format.numberOfChannels).toBe(1);
    expect(mm.format.sampleRate).toBe(template.mp3.sampleRate);
    expect(mm.format.duration!).toBeGreaterThan(result.durationSec - 0.1);
    expect(mm.format.duration!).toBeLessThan(result.durationSec + 0.3);
    expect(mm.format.chapters?.map((c) => c.title)).toEqual(['Trenches near Bakhmut', 'The president speaks']);
  });

  itNeeds(missing('ffprobe', 'ffmpeg'), 'has chapters ffprobe can read', () => {
    const chapters = ffprobeChapters(file('a.mp3'));
    expect(chapters.map((c) => c.title)).toEqual(['Trenches near Bakhmut', 'The president speaks']);
    expect(chapters[1]!.start).toBeCloseTo(result.chapters[1]!.startMs / 1000, 2);
  });

  itNeeds(missing('ffmpeg', 'ffmpeg'), 'measures −16 ±1 LUFS and true peak ≤ −1 dBTP with ffmpeg ebur128', () => {
    const { integratedLufs, truePeakDbtp } = ebur128(file('a.mp3'));
    expect(Math.abs(integratedLufs - template.loudness.integratedLufs)).toBeLessThanOrEqual(1);
    expect(truePeakDbtp).toBeLessThanOrEqual(-1);
  });

  it('writes the same bytes again from the cache (deterministic output)', async () => {
    const first = await fs.readFile(file('a.mp3'));
    const engine = await loadEngine('espeak-ng-wasm');
    await renderAudio(script, engine, template, { mp3: file('b.mp3') }, { title: 'Trenches near Bakhmut', artist: 'Example News', album: 'Lectern', date: '2023-03-01', lang: 'en' }, { cacheDir: path.join(dir, 'cache') });
    expect((await fs.readFile(file('b.mp3'))).equals(first)).toBe(true);
  });

  it('writes a WebVTT transcript with voice tags for the narrator and each speaker', async () => {
    const vtt = await fs.readFile(file('a.vtt'), 'utf8');
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    expect(vtt).toContain('<v Narrator>The Ministry of Defense of Ukraine reported:'); // the text's own verb, its "reported" not read twice
    expect(vtt).toContain('<v Ministry of Defense of Ukraine>“We are holding the trenches near Bakhmut.”');
    expect(vtt).toContain('<v Volodymyr Zelensky>');
  });
});
