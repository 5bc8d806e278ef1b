import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNarrationTemplate } from '../../src/narrate/index.js';
import { LecternError } from '../../src/errors.js';

describe('loadNarrationTemplate', () => {
  it('loads the built-in podcast template by name', async () => {
    const t = await loadNarrationTemplate('podcast');
    expect(t.name).toBe('podcast');
    expect(t.loudness.integratedLufs).toBe(-16);
    expect(t.speakerVoices.length).toBeGreaterThan(3);
  });

  it('loads a user file, with a lexicon', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-tpl-'));
    const builtIn = JSON.parse(await fs.readFile('templates/narration/podcast.json', 'utf8')) as Record<string, unknown>;
    const file = path.join(dir, 'mine.json');
    await fs.writeFile(file, JSON.stringify({ ...builtIn, name: 'mine', lexicon: { Bakhmut: 'Bakh-moot' } }));
    const t = (await loadNarrationTemplate(file)) as Awaited<ReturnType<typeof loadNarrationTemplate>> & { lexicon?: Record<string, string> };
    expect(t.name).toBe('mine');
    expect(t.lexicon).toEqual({ Bakhmut: 'Bakh-moot' });
  });

  it('rejects an unknown name, bad JSON and bad fields with templateInvalid', async () => {
    await expect(loadNarrationTemplate('nope')).rejects.toMatchObject({ code: 'templateInvalid' });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-tpl-'));
    await fs.writeFile(path.join(dir, 'bad.json'), '{ nope');
    await expect(loadNarrationTemplate(path.join(dir, 'bad.json'))).rejects.toBeInstanceOf(LecternError);
    const builtIn = JSON.parse(await fs.readFile('templates/narration/podcast.json', 'utf8')) as Record<string, unknown>;
    await fs.writeFile(path.join(dir, 'rate.json'), JSON.stringify({ ...builtIn, mp3: { bitrateKbps: 64, sampleRate: 12345 } }));
    await expect(loadNarrationTemplate(path.join(dir, 'rate.json'))).rejects.toThrow(/mp3.sampleRate/);
  });

  it('says a tone around quotations is not made yet, rather than ignoring it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lectern-tpl-'));
    const builtIn = JSON.parse(await fs.readFile('templates/narration/podcast.json', 'utf8')) as { cues: Record<string, unknown> };
    await fs.writeFile(path.join(dir, 'tone.json'), JSON.stringify({ ...builtIn, cues: { ...builtIn.cues, tone: true } }));
    await expect(loadNarrationTemplate(path.join(dir, 'tone.json'))).rejects.toThrow(/cues\.tone.*not made yet/);
  });
});
