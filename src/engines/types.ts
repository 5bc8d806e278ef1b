/**
 * The one interface every text-to-speech engine sits behind.
 * The pipeline reads `capabilities`; it never branches on an engine's id.
 */

export interface EngineCapabilities {
  /** Accepts SSML (all text placed in it is XML-escaped by the adapter). */
  ssml: boolean;
  /** Reports word or mark timings. */
  marks: boolean;
  /** Honours SynthesisRequest.rate. */
  rate: boolean;
  /** Honours SynthesisRequest.pitch. */
  pitch: boolean;
  /** Offers more than one voice. */
  voices: boolean;
  /**
   * Takes the templates' voice names (espeak's: `en-us`, `en-us+m3`). An
   * engine that does not has each of those voices given one of its own
   * (engines/fit-voices.ts).
   */
  templateVoices: boolean;
  /** Can hand back audio (rather than only play it). */
  exportsAudio: boolean;
}

/** Whether an engine can be used on this machine, and if not, why. */
export interface Probe {
  usable: boolean;
  reason?: string;
}

export interface VoiceInfo {
  id: string;
  name: string;
  languages: string[];
  gender?: string;
}

export interface SynthesisRequest {
  /** Plain text (never markup): adapters escape it for whatever they pass on. */
  text: string;
  /** Engine voice id, e.g. `en-us+m3`. */
  voice: string;
  /** Words per minute. */
  rate: number;
  /** 0–100, espeak's scale; 50 is the voice's normal pitch. */
  pitch: number;
  /** BCP 47 language tag of the text. */
  lang: string;
}

export interface WordTiming {
  text: string;
  startMs: number;
  endMs: number;
}

export interface SynthesisResult {
  /** Mono 16-bit PCM. */
  samples: Int16Array;
  sampleRate: number;
  /** Word timings relative to the start of `samples`, when the engine reports them. */
  words?: WordTiming[];
}

export interface Engine {
  id: string;
  description: string;
  capabilities: EngineCapabilities;
  probe(): Promise<Probe>;
  voices(): Promise<VoiceInfo[]>;
  synthesize(req: SynthesisRequest): Promise<SynthesisResult>;
  close?(): Promise<void>;
}
