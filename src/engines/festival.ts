/**
 * `festival`: the Festival system's `text2wave`, when it is on PATH. Text goes
 * in through a file; only a checked voice name and a number reach Festival's
 * Scheme interpreter, never text.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo } from './types.js';
import { durationStretch, probeProgram, requireVoice, run, withTempDir } from './process.js';
import { plainText } from './text.js';
import { decodeWav } from './wav-file.js';

const BINARY = 'text2wave';
/** Where Festival's voices are installed (Debian/Ubuntu, then a build from source). */
const VOICE_FOLDERS = ['/usr/share/festival/voices', '/usr/local/share/festival/voices'];

/** The voices installed, looked for once. */
let installed: Promise<VoiceInfo[]> | undefined;

function festivalVoices(): Promise<VoiceInfo[]> {
  installed ??= findVoices();
  return installed;
}

async function findVoices(): Promise<VoiceInfo[]> {
  // Festival keeps each voice in a folder of its own, <language>/<name>, under its voices folder.
  const found: VoiceInfo[] = [];
  for (const root of VOICE_FOLDERS) {
    const languages = await fs.readdir(root).catch(() => [] as string[]);
    for (const language of languages.sort()) {
      const names = await fs.readdir(path.join(root, language)).catch(() => [] as string[]);
      for (const name of names.sort()) if (/^[a-z0-9_]+$/.test(name)) found.push({ id: name, name, languages: [language] });
    }
  }
  return found.length ? found : [{ id: 'default', name: 'Festival default voice', languages: ['en'] }];
}

export function createEngine(): Engine {
  return {
    id: 'festival',
    description: "the Festival speech system's text2wave installed on this system",
    capabilities: { ssml: false, marks: false, rate: true, pitch: false, voices: true, exportsAudio: true, templateVoices: false },

    async probe(): Promise<Probe> {
      return probeProgram(BINARY, 'install Festival (Debian/Ubuntu: `apt-get install festival`)');
    },

    voices: festivalVoices,

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      const voice = req.voice === 'default' || !req.voice ? undefined : req.voice;
      // Only a voice Festival has reaches its Scheme interpreter.
      if (voice !== undefined) requireVoice('Festival', voice, await festivalVoices());
      return withTempDir('festival', async (dir) => {
        const textFile = path.join(dir, 'in.txt');
        const wav = path.join(dir, 'out.wav');
        await fs.writeFile(textFile, plainText(req.text));
        // The voice first: choosing a voice sets the duration stretch back to its own.
        const args = ['-o', wav];
        if (voice) args.push('-eval', `(voice_${voice})`);
        args.push('-eval', `(Parameter.set 'Duration_Stretch ${durationStretch(req.rate)})`, textFile);
        const r = await run(BINARY, args);
        if (r.code !== 0) throw new Error(`text2wave exited with ${r.code}: ${r.stderr.trim()}`);
        return decodeWav(await fs.readFile(wav));
      });
    },
  };
}
