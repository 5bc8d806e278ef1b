/**
 * The narration script: a flat, JSON-serialisable list of utterances.
 * Audio is rendered from it; the transcript and chapters come from it too.
 */

export type UtteranceRole = 'narration' | 'quote' | 'cue' | 'heading' | 'title' | 'intro' | 'outro';

export interface Utterance {
  /** Voice id understood by the engine (e.g. `en-us+m3`), resolved from the speaker and template. */
  voice: string;
  /** Plain text to speak (already normalised for speech: numbers, abbreviations, lexicon). */
  text: string;
  /** The words as shown in the transcript (before speech normalisation). */
  displayText: string;
  role: UtteranceRole;
  /** Silence before and after, in milliseconds. */
  pauseBeforeMs: number;
  pauseAfterMs: number;
  /** Speaking rate in words per minute, and pitch 0–100 (espeak scale); engines map these. */
  rate: number;
  pitch: number;
  speakerId?: string;
  /** Display name for the transcript's <v> tag. */
  speakerName: string;
  /** Index of the source block in Article.blocks. */
  blockIndex: number;
  /** When set, a chapter starts at this utterance with this title. */
  chapter?: string;
  lang: string;
}

export interface Script {
  title: string;
  lang: string;
  utterances: Utterance[];
}
