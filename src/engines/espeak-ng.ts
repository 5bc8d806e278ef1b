/**
 * `espeak-ng`: the system binary, when it is on PATH. Text goes in on stdin
 * (never as an argument, never through a shell) and audio comes back through
 * `-w file` (the `--stdout` header carries a placeholder size). SSML is off,
 * so markup in the text is read as text.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo } from './types.js';
import { findOnPath, run, withTempDir } from './process.js';
import { plainText } from './text.js';
import { decodeWav } from './wav-file.js';

const BINARY = 'espeak-ng';
const INSTALL = 'install it (Debian/Ubuntu: `apt-get install espeak-ng`, macOS: `brew install espeak-ng`) or use the embedded `espeak-ng-wasm` engine';

export function createEngine(): Engine {
  return {
    id: 'espeak-ng',
    description: 'the espeak-ng program installed on this system',
    capabilities: { ssml: false, marks: false, rate: true, pitch: true, voices: true, exportsAudio: true, templateVoices: true },

    async probe(): Promise<Probe> {
      const found = await findOnPath(BINARY);
      if (!found) return { usable: false, reason: `${BINARY} is not on PATH; ${INSTALL}` };
      try {
        const r = await run(found, ['--version']);
        return r.code === 0 ? { usable: true } : { usable: false, reason: `\`${BINARY} --version\` failed: ${r.stderr.trim()}` };
      } catch (e) {
        return { usable: false, reason: `${BINARY} could not be started: ${e instanceof Error ? e.message : String(e)}` };
      }
    },

    async voices(): Promise<VoiceInfo[]> {
      const r = await run(BINARY, ['--voices']);
      if (r.code !== 0) return [];
      // Pty Language       Age/Gender VoiceName          File                 Other Languages
      return r.stdout
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols.length >= 5)
        .map((cols) => ({
          id: cols[1]!,
          name: cols[3]!.replace(/_/g, ' '),
          languages: [cols[1]!],
          gender: cols[2]!.includes('F') ? 'female' : cols[2]!.includes('M') ? 'male' : undefined,
        }));
    },

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      if (!/^[\w.+-]+$/.test(req.voice)) {
        throw new LecternError('templateInvalid', `"${req.voice}" is not an espeak-ng voice name; \`espeak-ng --voices\` lists them`);
      }
      return withTempDir('espeak', async (dir) => {
        const wav = path.join(dir, 'out.wav');
        const args = [
          '-v', req.voice,
          '-s', String(Math.round(Math.min(450, Math.max(80, req.rate)))),
          '-p', String(Math.round(Math.min(99, Math.max(0, req.pitch)))),
          '-w', wav,
          '--stdin',
        ];
        const r = await run(BINARY, args, plainText(req.text) + '\n');
        if (r.code !== 0) throw new Error(`espeak-ng exited with ${r.code}: ${r.stderr.trim()}`);
        return decodeWav(await fs.readFile(wav));
      });
    },
  };
}
