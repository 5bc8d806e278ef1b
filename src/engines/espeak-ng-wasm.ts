/**
 * `espeak-ng-wasm`: espeak-ng compiled to JavaScript (npm
 * `@echogarden/espeak-ng-emscripten`). Runs offline in Node with nothing to
 * install; reports word timings in milliseconds. The module is initialised
 * once per process and reused.
 */
import { LecternError } from '../errors.js';
import type { Engine, Probe, SynthesisRequest, SynthesisResult, VoiceInfo, WordTiming } from './types.js';
import { escapeXml, plainText, unescapeXml } from './text.js';

const PACKAGE = '@echogarden/espeak-ng-emscripten';

/** The part of the Emscripten module this adapter uses. */
interface EspeakEvent {
  type: string;
  text_position: number;
  word_length: number;
  audio_position: number;
}

interface EspeakVoiceEntry {
  name: string;
  identifier: string;
  languages: { priority: number; name: string }[];
}

interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wpm: number): number;
  set_pitch(pitch: number): number;
  get_samplerate(): number;
  list_voices(): EspeakVoiceEntry[];
  synthesize(text: string, callback: (samples: Int16Array, events: EspeakEvent[]) => number): void;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

let workerPromise: Promise<EspeakWorker> | undefined;

async function loadWorker(): Promise<EspeakWorker> {
  // A variable specifier: the package ships no type declarations; EspeakModule describes what is used.
  const specifier: string = PACKAGE;
  const imported = (await import(specifier)) as { default: () => Promise<unknown> };
  const mod = (await imported.default()) as EspeakModule;
  return new mod.eSpeakNGWorker();
}

function worker(): Promise<EspeakWorker> {
  workerPromise ??= loadWorker().catch((e: unknown) => {
    workerPromise = undefined;
    throw e;
  });
  return workerPromise;
}

const resolved = new Map<string, string>();

/**
 * Select a voice by name (`en-us`, `en-us+f3`) or, failing that, by language:
 * `en-gb+m4` becomes the best-ranked voice for `en-gb` (file `gmw/en`) with variant m4.
 */
function selectVoice(w: EspeakWorker, voice: string): boolean {
  const known = resolved.get(voice);
  if (known !== undefined) return w.set_voice(known) === 0;
  if (w.set_voice(voice) === 0) {
    resolved.set(voice, voice);
    return true;
  }
  const [base = '', variant] = voice.split('+');
  const lang = base.toLowerCase();
  let best: { identifier: string; priority: number } | undefined;
  for (const v of w.list_voices()) {
    for (const l of v.languages) {
      if (l.name.toLowerCase() === lang && (!best || l.priority < best.priority)) best = { identifier: v.identifier, priority: l.priority };
    }
  }
  if (!best) return false;
  const name = variant ? `${best.identifier}+${variant}` : best.identifier;
  if (w.set_voice(name) !== 0) return false;
  resolved.set(voice, name);
  return true;
}

/** espeak accepts 80–450 words per minute and pitch 0–99. */
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(v)));

export function createEngine(): Engine {
  return {
    id: 'espeak-ng-wasm',
    description: 'espeak-ng compiled to JavaScript (embedded, offline, nothing to install)',
    capabilities: { ssml: true, marks: true, rate: true, pitch: true, voices: true, exportsAudio: true },

    async probe(): Promise<Probe> {
      try {
        await worker();
        return { usable: true };
      } catch (e) {
        return {
          usable: false,
          reason: `${PACKAGE} could not be loaded (${e instanceof Error ? e.message : String(e)}); reinstall with \`npm ci\``,
        };
      }
    },

    async voices(): Promise<VoiceInfo[]> {
      const w = await worker();
      return w.list_voices().map((v) => ({
        id: v.languages[0]?.name ?? v.identifier,
        name: v.name,
        languages: v.languages.map((l) => l.name),
      }));
    },

    async synthesize(req: SynthesisRequest): Promise<SynthesisResult> {
      const w = await worker();
      if (!selectVoice(w, req.voice)) {
        throw new LecternError(
          'templateInvalid',
          `espeak-ng-wasm has no voice "${req.voice}"; \`lectern voices\` lists them (a variant is added as +m1…m7 or +f1…f5)`,
        );
      }
      w.set_rate(clamp(req.rate, 80, 450));
      w.set_pitch(clamp(req.pitch, 0, 99));
      // The worker reads SSML: all text is escaped so markup in it is spoken, never obeyed.
      const escaped = escapeXml(plainText(req.text));
      const chunks: Int16Array[] = [];
      const events: EspeakEvent[] = [];
      let total = 0;
      w.synthesize(escaped, (samples, evs) => {
        chunks.push(samples);
        total += samples.length;
        for (const ev of evs) if (ev.type === 'word' || ev.type === 'end') events.push(ev);
        return 0;
      });
      const samples = new Int16Array(total);
      let at = 0;
      for (const c of chunks) {
        samples.set(c, at);
        at += c.length;
      }
      const sampleRate = w.get_samplerate();
      return { samples, sampleRate, words: wordTimings(escaped, events, (total / sampleRate) * 1000) };
    },
  };
}

/** Word events carry a 1-based position in the (escaped) text and a start in ms; a word ends where the next begins. */
function wordTimings(escaped: string, events: EspeakEvent[], durationMs: number): WordTiming[] {
  const words: WordTiming[] = [];
  let nextStart = durationMs;
  for (let i = events.length - 1; i >= 0; i--) {
    const ev = events[i]!;
    if (ev.type === 'word') {
      const text = unescapeXml(escaped.slice(ev.text_position - 1, ev.text_position - 1 + ev.word_length)).trim();
      if (text) words.push({ text, startMs: ev.audio_position, endMs: Math.max(ev.audio_position, nextStart) });
    }
    nextStart = ev.audio_position;
  }
  return words.reverse();
}
