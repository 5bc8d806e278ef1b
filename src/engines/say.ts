/**
 * `say`: the system voices of macOS and Windows through the npm `say`
 * package. On Linux that package can neither export audio nor escape text
 * (it builds a Festival program from it), so probe() reports it unusable.
 * Text reaches `say` as data: on Windows through stdin; on macOS as one
 * argument, guarded so that it can never be read as an option.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LecternError } from '../errors.js';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo } from './types.js';
import { withTempDir } from './process.js';
import { plainText } from './text.js';
import { decodeWav } from './wav-file.js';

interface SayModule {
  export(text: string, voice: string | undefined, speed: number | undefined, file: string, cb: (err: unknown) => void): void;
  getInstalledVoices(cb: (err: unknown, voices: string[]) => void): void;
}

const SUPPORTED = new Set(['darwin', 'win32']);
/** Words per minute at speed 1.0. */
const NATURAL_WPM = 175;

async function sayModule(): Promise<SayModule> {
  const imported = (await import('say')) as unknown as { default: SayModule };
  return imported.default;
}

export function createEngine(): Engine {
  return {
    id: 'say',
    description: 'the system voices of macOS (say) or Windows (SAPI) via the npm `say` package',
    capabilities: { ssml: false, marks: false, rate: true, pitch: false, voices: true, exportsAudio: true, templateVoices: false },

    async probe(): Promise<Probe> {
      if (!SUPPORTED.has(process.platform)) {
        return {
          usable: false,
          reason: `the \`say\` package cannot export audio on ${process.platform} and would pass text unescaped to Festival; use espeak-ng-wasm (the default), espeak-ng or festival here`,
        };
      }
      try {
        await sayModule();
        return { usable: true };
      } catch (e) {
        return { usable: false, reason: `the npm \`say\` package could not be loaded (${e instanceof Error ? e.message : String(e)}); run \`npm ci\`` };
      }
    },

    async voices(): Promise<VoiceInfo[]> {
      if (!SUPPORTED.has(process.platform)) return [];
      const say = await sayModule();
      const names = await new Promise<string[]>((resolve) => {
        try {
          say.getInstalledVoices((err, voices) => resolve(err ? [] : voices));
        } catch {
          resolve([]);
        }
      });
      return names.map((n) => ({ id: n, name: n, languages: [] }));
    },

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      if (!SUPPORTED.has(process.platform)) {
        throw new LecternError('engineUnavailable', `the say engine does not work on ${process.platform}`);
      }
      // The package splices the voice name into a command line (PowerShell on Windows): allow plain names only.
      const voice = req.voice && req.voice !== 'default' ? req.voice : undefined;
      if (voice !== undefined && !/^[\p{L}\p{N} ._()-]+$/u.test(voice)) {
        throw new LecternError('templateInvalid', `"${voice}" is not a system voice name`);
      }
      const say = await sayModule();
      return withTempDir('say', async (dir) => {
        const file = path.join(dir, 'out.wav');
        // A leading space keeps text such as "-o file" from being read as an option by macOS say.
        const text = ' ' + plainText(req.text);
        await new Promise<void>((resolve, reject) => {
          say.export(text, voice, req.rate / NATURAL_WPM, file, (err) => (err ? reject(new Error(String(err))) : resolve()));
        });
        return decodeWav(await fs.readFile(file));
      });
    },
  };
}
