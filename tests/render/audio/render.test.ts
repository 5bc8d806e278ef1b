import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAudio } from '../../../src/render/audio/index.js';
import { narrate } from '../../../src/narrate/index.js';
import { loadEngine } from '../../../src/engines/registry.js';
import type { Engine, SynthesisRequest } from '../../../src/engines/types.js';
import type { NarrationTemplate } from '../../../src/config/types.js';
import podcast from '../../../templates/narration/podcast.json' with { type: 'json' };
import { sampleArticle } from './fixtures.js';

const template = podcast as NarrationTemplate;
const meta = { title: 'Trenches near Bakhmut', artist: 'Example News', lang: 'en' };

/** The silent engine, counting what it is asked to say. */
async function countingSilentEngine(): Promise<{ engine: Engine; calls: SynthesisRequest[] }> {
  const inner = await loadEngine('silent');
  const calls: SynthesisRequest[] = [];
  return { calls, engine: { ...inner, synthesize: (req) => (calls.push(req), inner.synthesize(req)) } };
}

describe('renderAudio (silent engine)', () => {
  it('synthesises each utterance once; a rebuild after a one-paragraph edit synthesises only that paragraph', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-audio-'));
    const cacheDir = path.join(dir, 'cache');
    const outputs = { vtt: path.join(dir, 'out', 'a.vtt'), chaptersJson: path.join(dir, 'out', 'a.chapters.json') };
    const { engine, calls } = await countingSilentEngine();

    const first = narrate(sampleArticle(), template);
    await renderAudio(first, engine, template, outputs, meta, { cacheDir });
    expect(calls).toHaveLength(first.utterances.length);

    calls.length = 0;
    await renderAudio(first, engine, template, outputs, meta, { cacheDir });
    expect(calls).toHaveLength(0);

    const edited = narrate(sampleArticle('The city has been under heavy fire for months. Some 70,000 troops hold the line.'), template);
    await renderAudio(edited, engine, template, outputs, meta, { cacheDir });
    expect(calls.map((c) => c.text)).toEqual(['The city has been under heavy fire for months.']);
  });

  it('writes a transcript and chapters that follow the time line, warns that the audio is silent, and leaves no temp files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-audio-'));
    const out = path.join(dir, 'out');
    const outputs = { wav: path.join(out, 'a.wav'), vtt: path.join(out, 'a.vtt'), chaptersJson: path.join(out, 'a.chapters.json') };
    const { engine } = await countingSilentEngine();
    const script = narrate(sampleArticle(), template);
    const result = await renderAudio(script, engine, template, outputs, meta, { cacheDir: path.join(dir, 'cache') });

    expect(result.diagnostics.map((d) => d.rule)).toEqual(['audio-silent']);
    expect(result.written.sort()).toEqual(Object.values(outputs).sort());
    expect((await fs.readdir(out)).sort()).toEqual(['a.chapters.json', 'a.vtt', 'a.wav']);

    const chapters = JSON.parse(await fs.readFile(outputs.chaptersJson, 'utf8')) as { version: string; chapters: { startTime: number; title: string }[] };
    expect(chapters.version).toBe('1.2.0');
    expect(chapters.chapters.map((c) => c.title)).toEqual(['Trenches near Bakhmut', 'The president speaks']);
    expect(chapters.chapters[0]!.startTime).toBe(0);
    expect(chapters.chapters[1]!.startTime).toBeGreaterThan(5);
    expect(result.chapters.map((c) => c.startMs / 1000)).toEqual(chapters.chapters.map((c) => c.startTime));

    const vtt = await fs.readFile(outputs.vtt, 'utf8');
    const cues = [...vtt.matchAll(/(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})\n<v ([^>]+)>(.*)/g)].map((m) => ({
      start: +m[1]! * 3600 + +m[2]! * 60 + +m[3]! + +m[4]! / 1000,
      end: +m[5]! * 3600 + +m[6]! * 60 + +m[7]! + +m[8]! / 1000,
      speaker: m[9],
      text: m[10],
    }));
    expect(cues).toHaveLength(script.utterances.length);
    expect(cues.map((c) => c.speaker)).toContain('Ministry of Defense of Ukraine');
    expect(cues.find((c) => c.text === '“We are holding the trenches near Bakhmut.”')!.speaker).toBe('Ministry of Defense of Ukraine');
    expect(cues[0]!.speaker).toBe('Narrator');
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.end);
    expect(cues[cues.length - 1]!.end).toBeLessThanOrEqual(result.durationSec);

    const wav = await fs.readFile(outputs.wav);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    expect((wav.length - 44) / 2 / template.mp3.sampleRate).toBeCloseTo(result.durationSec, 2);
  });

  it('fails with the engine\'s error part-way through, leaving the edition already there and synthesising nothing more', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-audio-'));
    const out = path.join(dir, 'out');
    const outputs = { mp3: path.join(out, 'a.mp3'), vtt: path.join(out, 'a.vtt') };
    await fs.mkdir(out);
    await fs.writeFile(outputs.mp3, 'the edition already there');
    const { engine, calls } = await countingSilentEngine();
    const failing: Engine = { ...engine, synthesize: (req) => (calls.length === 4 ? (calls.push(req), Promise.reject(new Error('the engine stopped'))) : engine.synthesize(req)) };
    const script = narrate(sampleArticle(), template);
    expect(script.utterances.length).toBeGreaterThan(6);
    await expect(renderAudio(script, failing, template, outputs, meta, { cacheDir: path.join(dir, 'cache') })).rejects.toThrow('the engine stopped');
    expect(calls).toHaveLength(5);
    expect(await fs.readFile(outputs.mp3, 'utf8')).toBe('the edition already there');
    expect(await fs.readdir(out)).toEqual(['a.mp3']);
  });

  it('writes a silent MP3 with a warning when the engine makes no sound', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-audio-'));
    const outputs = { mp3: path.join(dir, 'out', 'a.mp3') };
    const { engine } = await countingSilentEngine();
    const result = await renderAudio(narrate(sampleArticle(), template), engine, template, outputs, meta, { cacheDir: path.join(dir, 'cache') });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['audio-silent']);
    expect((await fs.stat(outputs.mp3)).size).toBeGreaterThan(1000);
  });
});
