/**
 * Narration templates: a built-in name (`podcast`) or the path of a user's
 * JSON file. The one module under narrate/ that reads files; `narrate` itself
 * stays pure. Bad input is a LecternError('templateInvalid') that says what
 * to fix.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LecternError } from '../errors.js';
import type { Localised, NarrationTemplate, VoiceStyle } from '../config/types.js';

/** Where the built-in templates live (the same from src/ and from dist/). */
export const builtInNarrationDir = fileURLToPath(new URL('../../templates/narration/', import.meta.url));

/** MP3 sample rates the encoder accepts. */
const MP3_RATES = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];

export async function builtInNarrationTemplates(): Promise<string[]> {
  const files = await fs.readdir(builtInNarrationDir).catch(() => [] as string[]);
  return files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export async function loadNarrationTemplate(nameOrPath: string): Promise<NarrationTemplate> {
  const isPath = /[\\/]/.test(nameOrPath) || nameOrPath.endsWith('.json');
  if (!isPath && !/^[\w-]+$/.test(nameOrPath)) {
    throw new LecternError('templateInvalid', `"${nameOrPath}" is not a narration template name or a .json path`);
  }
  const file = isPath ? nameOrPath : path.join(builtInNarrationDir, `${nameOrPath}.json`);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    const known = await builtInNarrationTemplates();
    throw new LecternError(
      'templateInvalid',
      isPath
        ? `narration template ${file} cannot be read; check the path`
        : `there is no built-in narration template "${nameOrPath}"; built-in: ${known.join(', ')}, or give the path of a .json file`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LecternError('templateInvalid', `narration template ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validateNarrationTemplate(json, file);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check a parsed template and return it typed; `where` names it in messages. */
export function validateNarrationTemplate(json: unknown, where: string): NarrationTemplate {
  const fail = (field: string, want: string): never => {
    throw new LecternError('templateInvalid', `narration template ${where}: "${field}" must be ${want}`);
  };
  const obj = (v: unknown, field: string): Json => (isObject(v) ? v : fail(field, 'an object'));
  const num = (v: unknown, field: string, lo: number, hi: number): number =>
    typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : fail(field, `a number from ${lo} to ${hi}`);
  const str = (v: unknown, field: string): string => (typeof v === 'string' && v.trim() ? v : fail(field, 'a non-empty string'));
  const words = (v: unknown, field: string): Localised => {
    if (typeof v === 'string') return v;
    const o = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    const entries = o ? Object.entries(o) : [];
    if (!o || entries.length === 0 || entries.some(([k, t]) => !/^[a-z]{2,3}$/.test(k) || typeof t !== 'string')) {
      return fail(field, 'a string, or texts by language code ({ "en": "…", "fr": "…" })');
    }
    return o as Record<string, string>;
  };
  const optWords = (v: unknown, field: string): Localised | null => (v === null || v === undefined ? null : words(v, field));
  const bool = (v: unknown, field: string): boolean => (typeof v === 'boolean' ? v : fail(field, 'true or false'));
  const voice = (v: unknown, field: string): VoiceStyle => {
    const o = obj(v, field);
    return { voice: str(o['voice'], `${field}.voice`), rate: num(o['rate'], `${field}.rate`, 40, 500), pitch: num(o['pitch'], `${field}.pitch`, 0, 100) };
  };

  const root = obj(json, '(top level)');
  const speakerVoices = root['speakerVoices'];
  if (!Array.isArray(speakerVoices) || speakerVoices.length === 0) fail('speakerVoices', 'a non-empty list of voices');
  const pauses = obj(root['pauses'], 'pauses');
  const cues = obj(root['cues'], 'cues');
  // A soft tone instead of spoken cues is not made yet: a template asking for one is told so, not ignored.
  if (cues['tone'] !== undefined && cues['tone'] !== false) fail('cues.tone', 'false or left out (a tone around quotations is not made yet; use "spokenQuoteCues": true)');
  const loudness = obj(root['loudness'], 'loudness');
  const mp3 = obj(root['mp3'], 'mp3');
  const sampleRate = num(mp3['sampleRate'], 'mp3.sampleRate', 8000, 48000);
  if (!MP3_RATES.includes(sampleRate)) fail('mp3.sampleRate', `one of ${MP3_RATES.join(', ')}`);

  const template: NarrationTemplate & { lexicon?: Record<string, string> } = {
    name: typeof root['name'] === 'string' ? root['name'] : path.basename(where, '.json'),
    narrator: voice(root['narrator'], 'narrator'),
    speakerVoices: (speakerVoices as unknown[]).map((v, i) => voice(v, `speakerVoices[${i}]`)),
    pauses: {
      aroundQuoteMs: num(pauses['aroundQuoteMs'], 'pauses.aroundQuoteMs', 0, 10_000),
      paragraphMs: num(pauses['paragraphMs'], 'pauses.paragraphMs', 0, 10_000),
      headingMs: num(pauses['headingMs'], 'pauses.headingMs', 0, 10_000),
      sentenceMs: num(pauses['sentenceMs'] ?? 0, 'pauses.sentenceMs', 0, 10_000),
    },
    cues: {
      spokenQuoteCues: bool(cues['spokenQuoteCues'], 'cues.spokenQuoteCues'),
      quoteStart: cues['quoteStart'] === undefined ? 'quote' : words(cues['quoteStart'], 'cues.quoteStart'),
      quoteEnd: cues['quoteEnd'] === undefined ? 'end quote' : words(cues['quoteEnd'], 'cues.quoteEnd'),
    },
    intro: optWords(root['intro'], 'intro'),
    outro: optWords(root['outro'], 'outro'),
    loudness: {
      integratedLufs: num(loudness['integratedLufs'], 'loudness.integratedLufs', -40, -5),
      truePeakDbtp: num(loudness['truePeakDbtp'], 'loudness.truePeakDbtp', -20, 0),
    },
    mp3: { bitrateKbps: num(mp3['bitrateKbps'], 'mp3.bitrateKbps', 8, 320), sampleRate },
  };
  const lexicon = root['lexicon'];
  if (lexicon !== undefined) {
    const entries = Object.entries(obj(lexicon, 'lexicon'));
    for (const [k, v] of entries) if (typeof v !== 'string') fail(`lexicon.${k}`, 'a string');
    template.lexicon = Object.fromEntries(entries as [string, string][]);
  }
  return template;
}
