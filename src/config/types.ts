/** Resolved settings, after flag → config file → template → default. */

export interface PrintTemplate {
  name: string;
  /** `auto` picks Letter for US/CA locales, A4 elsewhere. */
  pageSize: 'A4' | 'LETTER' | 'auto';
  /** Margins in points. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Font sizes in points. Body ≥ 18 for large print. */
  sizes: { body: number; title: number; h2: number; h3: number; meta: number; pageNumber: number; header: number };
  /** Line height as a multiple of the font size (≥ 1.5). */
  lineSpacing: number;
  /** Extra space after a paragraph, as a multiple of the body size. */
  paragraphSpacing: number;
  colors: { text: string; background: string; heading: string; quoteRule: string; speakerLabel: string; link: string };
  quotes: {
    /** Show the speaker's name as a bold label before block quotations. */
    speakerLabel: boolean;
    /** Label text pattern; `{name}` is replaced. */
    labelFormat: string;
    /** Draw a vertical rule left of block quotations. */
    rule: boolean;
    /** Indent of block quotations, in points. */
    indent: number;
  };
}

export interface VoiceStyle {
  /** Engine voice id (espeak: language+variant, e.g. `en-us+m3`). */
  voice: string;
  rate: number;
  pitch: number;
}

/** Words the narration says of its own: one text, or one per language (`{ "en": …, "fr": … }`; the article's language, else English). */
export type Localised = string | Record<string, string>;

export interface NarrationTemplate {
  name: string;
  narrator: VoiceStyle;
  /** Voices handed out to speakers in order of first appearance. */
  speakerVoices: VoiceStyle[];
  pauses: { aroundQuoteMs: number; paragraphMs: number; headingMs: number; sentenceMs: number };
  cues: { spokenQuoteCues: boolean; quoteStart: Localised; quoteEnd: Localised };
  intro: Localised | null;
  outro: Localised | null;
  loudness: { integratedLufs: number; truePeakDbtp: number };
  mp3: { bitrateKbps: number; sampleRate: number };
  /** Pronunciations: a word as written → how to say it. */
  lexicon?: Record<string, string>;
}

export type OutputFormat = 'pdf' | 'mp3' | 'wav' | 'epub';
