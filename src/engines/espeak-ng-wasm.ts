/**
 * `espeak-ng-wasm`: espeak-ng compiled to JavaScript (npm
 * `@echogarden/espeak-ng-emscripten`). Runs offline in Node with nothing to
 * install; reports word timings in milliseconds. The module is initialised
 * once per process and reused; the voice, rate and pitch are set only when
 * they change.
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

interface RawSynthesis {
  samples: Int16Array;
  events: EspeakEvent[];
  sampleRate: number;
}

/** A synthesis request as the worker takes it: resolved voice name, clamped rate and pitch, escaped text. */
interface WorkerRequest {
  voice: string;
  rate: number;
  pitch: number;
  escaped: string;
}

let workerPromise: Promise<EspeakWorker> | undefined;

async function loadWorker(): Promise<EspeakWorker> {
  // A variable specifier: the package ships no type declarations; EspeakModule describes what is used.
  const specifier: string = PACKAGE;
  const imported = (await import(specifier)) as { default: () => Promise<unknown> };
  const mod = (await imported.default()) as EspeakModule;
  // espeak seeds its noise generator (the breath of variants such as +f3) from the clock when the first
  // worker is made; a fixed clock for that moment makes the same script sound the same on every run.
  const now = Date.now;
  Date.now = () => 0;
  try {
    return new mod.eSpeakNGWorker();
  } finally {
    Date.now = now;
  }
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
 * The espeak voice name for `voice` (`en-us`, `en-us+f3`) or, failing that, by
 * language: `en-gb+m4` becomes the best-ranked voice for `en-gb` (file
 * `gmw/en`) with variant m4. Undefined when there is none.
 */
function resolveVoice(w: EspeakWorker, voice: string): string | undefined {
  const known = resolved.get(voice);
  if (known !== undefined) return known;
  here.voice = ''; // trying names changes the selected voice
  if (w.set_voice(voice) === 0) {
    resolved.set(voice, voice);
    return voice;
  }
  const [base = '', variant] = voice.split('+');
  const lang = base.toLowerCase();
  let best: { identifier: string; priority: number } | undefined;
  for (const v of w.list_voices()) {
    for (const l of v.languages) {
      if (l.name.toLowerCase() === lang && (!best || l.priority < best.priority)) best = { identifier: v.identifier, priority: l.priority };
    }
  }
  if (!best) return undefined;
  const name = variant ? `${best.identifier}+${variant}` : best.identifier;
  if (w.set_voice(name) !== 0) return undefined;
  resolved.set(voice, name);
  return name;
}

/** What the worker is set to: voice, rate and pitch are set only when they change. */
const here = { voice: '', rate: -1, pitch: -1 };

function synthesizeWith(w: EspeakWorker, req: WorkerRequest): RawSynthesis {
  if (req.voice !== here.voice) {
    if (w.set_voice(req.voice) !== 0) throw new Error(`espeak-ng-wasm could not select voice ${req.voice}`);
    Object.assign(here, { voice: req.voice, rate: -1, pitch: -1 });
  }
  if (req.rate !== here.rate) here.rate = (w.set_rate(req.rate), req.rate);
  if (req.pitch !== here.pitch) here.pitch = (w.set_pitch(req.pitch), req.pitch);
  const chunks: Int16Array[] = [];
  const events: EspeakEvent[] = [];
  let total = 0;
  w.synthesize(req.escaped, (samples, evs) => {
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
  return { samples, events, sampleRate: w.get_samplerate() };
}

/** espeak accepts 80–450 words per minute and pitch 0–99. */
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(v)));

export function createEngine(): Engine {
  return {
    id: 'espeak-ng-wasm',
    description: 'espeak-ng compiled to JavaScript (embedded, offline, nothing to install)',
    capabilities: { ssml: true, marks: true, rate: true, pitch: true, voices: true, exportsAudio: true, templateVoices: true },

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
      const voice = resolveVoice(w, req.voice);
      if (voice === undefined) {
        throw new LecternError(
          'templateInvalid',
          `espeak-ng-wasm has no voice "${req.voice}"; \`lectern voices\` lists them (a variant is added as +m1…m7 or +f1…f5)`,
        );
      }
      // The worker reads SSML: all text is escaped so markup in it is spoken, never obeyed.
      const escaped = escapeXml(plainText(req.text));
      const request: WorkerRequest = { voice, rate: clamp(req.rate, 80, 450), pitch: clamp(req.pitch, 0, 99), escaped };
      const raw = synthesizeWith(w, request);
      return { samples: raw.samples, sampleRate: raw.sampleRate, words: wordTimings(escaped, raw.events, (raw.samples.length / raw.sampleRate) * 1000) };
    },
  };
}

/** Word events carry a 1-based position in the (escaped) text and a start in ms; a word ends where the next begins. */
function wordTimings(escaped: string, events: readonly EspeakEvent[], durationMs: number): WordTiming[] {
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
