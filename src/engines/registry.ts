/**
 * The engines Lectern knows, loaded lazily: an engine's module (and whatever
 * it pulls in) is imported only when that engine is asked for.
 */
import { LecternError } from '../errors.js';
import type { Engine, Probe, VoiceInfo } from './types.js';

type Factory = () => Promise<Engine>;

const factories: Record<string, Factory> = {
  'espeak-ng-wasm': async () => (await import('./espeak-ng-wasm.js')).createEngine(),
  'espeak-ng': async () => (await import('./espeak-ng.js')).createEngine(),
  say: async () => (await import('./say.js')).createEngine(),
  flite: async () => (await import('./flite.js')).createEngine(),
  festival: async () => (await import('./festival.js')).createEngine(),
  silent: async () => (await import('./silent.js')).createEngine(),
};

export const engineIds: readonly string[] = Object.freeze(Object.keys(factories));

export const defaultEngineId = 'espeak-ng-wasm';

/** The engine `id`, not yet checked to be usable (cheap: nothing is loaded until it is used). */
export async function createEngine(id: string): Promise<Engine> {
  const factory = factories[id];
  if (!factory) {
    throw new LecternError('engineUnavailable', `unknown speech engine "${id}"; known engines: ${engineIds.join(', ')}`);
  }
  return factory();
}

/** Load an engine and check that it is usable here; a LecternError says why not and how to fix it. */
export async function loadEngine(id: string): Promise<Engine> {
  return usable(await createEngine(id));
}

/** `engine` once it is known to be usable here; a LecternError says why not and how to fix it. */
export async function usable(engine: Engine): Promise<Engine> {
  const probe = await engine.probe();
  if (!probe.usable) {
    throw new LecternError(
      'engineUnavailable',
      `speech engine "${engine.id}" is not usable here: ${probe.reason ?? 'no reason given'}. The default engine ${defaultEngineId} needs nothing installed.`,
    );
  }
  return engine;
}

/** Every known engine with its probe and (when usable) its voices. */
export async function listEngines(): Promise<{ id: string; description: string; probe: Probe; voices: VoiceInfo[] }[]> {
  const out: { id: string; description: string; probe: Probe; voices: VoiceInfo[] }[] = [];
  for (const id of engineIds) {
    const engine = await createEngine(id);
    const probe = await engine.probe();
    let voices: VoiceInfo[] = [];
    if (probe.usable) {
      try {
        voices = await engine.voices();
      } catch {
        voices = [];
      }
    }
    out.push({ id, description: engine.description, probe, voices });
  }
  return out;
}
