/**
 * `festival`: the Festival system's `text2wave`, when it is on PATH. Text goes
 * in through a file; only a checked voice name and a number reach Festival's
 * Scheme interpreter, never text.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo } from './types.js';
import { probeProgram, run, withTempDir } from './process.js';
import { plainText } from './text.js';
import { decodeWav } from './wav-file.js';

const BINARY = 'text2wave';
const NATURAL_WPM = 170;

export function createEngine(): Engine {
  return {
    id: 'festival',
    description: "the Festival speech system's text2wave installed on this system",
    capabilities: { ssml: false, marks: false, rate: true, pitch: false, voices: true, exportsAudio: true },

    async probe(): Promise<Probe> {
      return probeProgram(BINARY, 'install Festival (Debian/Ubuntu: `apt-get install festival`)');
    },

    async voices(): Promise<VoiceInfo[]> {
      return [{ id: 'default', name: 'Festival default voice', languages: ['en'] }];
    },

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      const voice = req.voice === 'default' || !req.voice ? undefined : req.voice;
      if (voice !== undefined && !/^[a-z0-9_]+$/.test(voice)) {
        throw new LecternError('templateInvalid', `"${voice}" is not a Festival voice name (e.g. kal_diphone)`);
      }
      return withTempDir('festival', async (dir) => {
        const textFile = path.join(dir, 'in.txt');
        const wav = path.join(dir, 'out.wav');
        await fs.writeFile(textFile, plainText(req.text));
        const stretch = (NATURAL_WPM / Math.max(40, req.rate)).toFixed(3);
        const args = ['-o', wav, '-eval', `(Parameter.set 'Duration_Stretch ${stretch})`];
        if (voice) args.push('-eval', `(voice_${voice})`);
        args.push(textFile);
        const r = await run(BINARY, args);
        if (r.code !== 0) throw new Error(`text2wave exited with ${r.code}: ${r.stderr.trim()}`);
        return decodeWav(await fs.readFile(wav));
      });
    },
  };
}
