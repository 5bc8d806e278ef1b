/**
 * The speaker file (`article.speakers.json`): corrections a reader gives
 * when detection got a speaker wrong. Validated here; applied by detect.
 */
import { LecternError } from '../errors.js';
import type { SpeakerCorrections } from './index.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringMap(value: unknown, field: string, sourceName: string): Record<string, string> {
  if (!isRecord(value)) throw invalid(sourceName, `"${field}" must be an object of "speaker": "value" pairs, e.g. {"zelenskyy": "Volodymyr Zelenskyy"}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' || v.trim() === '') throw invalid(sourceName, `"${field}.${k}" must be a non-empty string`);
    out[k] = v;
  }
  return out;
}

function invalid(sourceName: string, message: string): LecternError {
  return new LecternError('inputInvalid', `${sourceName}: ${message}`);
}

const KNOWN = new Set(['rename', 'merge', 'voices', 'pin', '$schema', 'comment']);

/** Checks the shape of a parsed speaker file and returns it typed; throws `inputInvalid` with what to fix. */
export function parseSpeakerCorrections(json: unknown, sourceName: string): SpeakerCorrections {
  if (!isRecord(json)) throw invalid(sourceName, 'a speaker file must be a JSON object with any of "rename", "merge", "voices", "pin"');
  for (const key of Object.keys(json)) {
    if (!KNOWN.has(key)) throw invalid(sourceName, `unknown field "${key}" (expected "rename", "merge", "voices" or "pin")`);
  }
  const out: SpeakerCorrections = {};
  if (json.rename !== undefined) out.rename = stringMap(json.rename, 'rename', sourceName);
  if (json.voices !== undefined) out.voices = stringMap(json.voices, 'voices', sourceName);
  if (json.merge !== undefined) {
    const m = json.merge;
    if (!Array.isArray(m) || !m.every((g) => Array.isArray(g) && g.length >= 2 && g.every((x) => typeof x === 'string' && x.trim() !== ''))) {
      throw invalid(sourceName, '"merge" must be a list of groups of two or more speaker ids or names, e.g. [["zelenskyi", "zelenskyy"]]');
    }
    out.merge = (m as string[][]).map((g) => [...g]);
  }
  if (json.pin !== undefined) {
    const p = json.pin;
    if (!Array.isArray(p)) throw invalid(sourceName, '"pin" must be a list of {"quote": "start of the quotation", "speaker": "name or id"}');
    out.pin = p.map((entry, i) => {
      if (!isRecord(entry) || typeof entry.quote !== 'string' || typeof entry.speaker !== 'string' || !entry.quote.trim() || !entry.speaker.trim()) {
        throw invalid(sourceName, `"pin[${i}]" must be {"quote": "start of the quotation", "speaker": "name or id"} with non-empty strings`);
      }
      return { quote: entry.quote, speaker: entry.speaker };
    });
  }
  return out;
}
