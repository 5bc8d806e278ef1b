/**
 * `flite`: CMU Flite, when it is on PATH. Text goes in through a file; the
 * speaking rate is mapped onto Flite's duration stretch.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo } from './types.js';
import { probeProgram, run, withTempDir } from './process.js';
import { plainText } from './text.js';
import { decodeWav } from './wav-file.js';

const BINARY = 'flite';
/** Flite's voices speak at about this many words per minute. */
const NATURAL_WPM = 170;

export function createEngine(): Engine {
  return {
    id: 'flite',
    description: 'CMU Flite installed on this system',
    capabilities: { ssml: false, marks: false, rate: true, pitch: false, voices: true, exportsAudio: true },

    async probe(): Promise<Probe> {
      return probeProgram(BINARY, 'install it (Debian/Ubuntu: `apt-get install flite`)');
    },

    async voices(): Promise<VoiceInfo[]> {
      const r = await run(BINARY, ['-lv']);
      const list = r.stdout.replace(/^.*?:/s, '').trim().split(/\s+/).filter(Boolean);
      return list.map((id) => ({ id, name: id, languages: ['en'] }));
    },

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      return withTempDir('flite', async (dir) => {
        const textFile = path.join(dir, 'in.txt');
        const wav = path.join(dir, 'out.wav');
        await fs.writeFile(textFile, plainText(req.text));
        const stretch = (NATURAL_WPM / Math.max(40, req.rate)).toFixed(3);
        const args = ['-f', textFile, '-o', wav, '--setf', `duration_stretch=${stretch}`];
        if (req.voice && req.voice !== 'default') args.unshift('-voice', req.voice);
        const r = await run(BINARY, args);
        if (r.code !== 0) throw new Error(`flite exited with ${r.code}: ${r.stderr.trim()}`);
        return decodeWav(await fs.readFile(wav));
      });
    },
  };
}
