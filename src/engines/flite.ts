/**
 * `flite`: CMU Flite, when it is on PATH. Text goes in through a file; the
 * speaking rate is mapped onto Flite's duration stretch.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo } from './types.js';
import { durationStretch, probeProgram, requireVoice, run, withTempDir } from './process.js';
import { plainText } from './text.js';
import { decodeWav } from './wav-file.js';

const BINARY = 'flite';
/** The voices `flite -lv` lists, asked once. */
let listed: Promise<string[]> | undefined;

/** The voices Debian's flite carries: slt is a woman's, the others men's; kal16 is kal recorded at 16 kHz. */
const GENDERS: Record<string, string> = { kal: 'male', kal16: 'male', awb: 'male', rms: 'male', slt: 'female' };

/**
 * The voices that can read any text, and each speaker once: a
 * limited-domain voice such as awb_time says only the time, and reads a
 * sentence as a second of noise; kal16 is left out where kal is there,
 * since a speaker given it would sound like the narrator.
 */
async function fliteVoices(): Promise<VoiceInfo[]> {
  listed ??= run(BINARY, ['-lv']).then((r) => r.stdout.replace(/^.*?:/s, '').trim().split(/\s+/).filter(Boolean));
  const all = await listed;
  const usable = all.filter((id) => !/_time$/u.test(id) && !(id === 'kal16' && all.includes('kal')));
  return usable.map((id) => ({ id, name: id, languages: ['en'], ...(GENDERS[id] ? { gender: GENDERS[id] } : {}) }));
}

export function createEngine(): Engine {
  return {
    id: 'flite',
    description: 'CMU Flite installed on this system',
    capabilities: { ssml: false, marks: false, rate: true, pitch: false, voices: true, exportsAudio: true, templateVoices: false },

    async probe(): Promise<Probe> {
      return probeProgram(BINARY, 'install it (Debian/Ubuntu: `apt-get install flite`)');
    },

    voices: fliteVoices,

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      return withTempDir('flite', async (dir) => {
        const textFile = path.join(dir, 'in.txt');
        const wav = path.join(dir, 'out.wav');
        await fs.writeFile(textFile, plainText(req.text));
        const args = ['-f', textFile, '-o', wav, '--setf', `duration_stretch=${durationStretch(req.rate)}`];
        if (req.voice && req.voice !== 'default') {
          // Flite speaks an unknown voice in its default one without a word: refuse it instead.
          requireVoice('Flite', req.voice, await fliteVoices());
          args.unshift('-voice', req.voice);
        }
        const r = await run(BINARY, args);
        if (r.code !== 0) throw new Error(`flite exited with ${r.code}: ${r.stderr.trim()}`);
        return decodeWav(await fs.readFile(wav));
      });
    },
  };
}
