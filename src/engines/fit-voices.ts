/**
 * Giving a script's voices to an engine that has its own names for them
 * (pure). The templates name espeak voices (`en-us+m3`); Flite, Festival and
 * the system voices of macOS/Windows know none of those names. Each distinct
 * voice of the script, in order of first use (the narrator's first), is
 * given the engine's next voice, of the same gender where both say (`+f3`
 * and Flite's slt); a voice the engine knows by name is kept.
 * With fewer voices than the narration uses, they are used again, and the
 * user is told.
 */
import type { Diagnostic } from '../model/diagnostics.js';
import type { Script } from '../model/script.js';
import type { VoiceInfo } from './types.js';
import { voiceGender } from '../model/voice.js';

export function fitVoices(script: Script, engineId: string, available: readonly VoiceInfo[]): { script: Script; diagnostics: Diagnostic[] } {
  if (!available.length) return { script, diagnostics: [] };
  const known = new Set(available.map((v) => v.id));
  const wanted = [...new Set(script.utterances.map((u) => u.voice))];
  const free = available.map((v) => v.id).filter((id) => !wanted.includes(id));
  const given = new Map<string, string>();
  const genderOf = new Map(available.map((v) => [v.id, v.gender]));
  const taken = new Set<string>();
  let next = 0;
  for (const voice of wanted) {
    if (known.has(voice)) {
      given.set(voice, voice);
      continue;
    }
    // The next voice not yet given, of the template voice's gender where the engine says which of its voices has it.
    const gender = voiceGender(voice);
    const pool = free.length ? free : available.map((v) => v.id);
    const pick = (gender && pool.find((id) => !taken.has(id) && genderOf.get(id) === gender)) || pool.find((id) => !taken.has(id)) || pool[next++ % pool.length]!;
    taken.add(pick);
    given.set(voice, pick);
  }
  const diagnostics: Diagnostic[] = [];
  const distinct = new Set(given.values()).size;
  if (distinct < wanted.length) {
    diagnostics.push({
      severity: 'warning',
      rule: 'voices-shared',
      message: `the ${engineId} engine has ${distinct === 1 ? 'one voice' : `${distinct} voices`} for the ${wanted.length} this narration uses, so some speakers share a voice (the narration still says who is speaking)`,
    });
  }
  return { script: { ...script, utterances: script.utterances.map((u) => ({ ...u, voice: given.get(u.voice)! })) }, diagnostics };
}
