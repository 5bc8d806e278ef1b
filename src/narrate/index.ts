/**
 * narrate: Article → Script (pure: no I/O, no engines, no clock).
 *
 * The narrator reads the text; each quotation with a speaker is read in that
 * speaker's voice, with a pause around it. When the text names the speaker
 * only after the quotation, the narrator says who speaks first, and a bare
 * trailing "<name> said" is not read twice. The title (or the intro) and each
 * heading start a chapter. Every utterance is one sentence of one voice.
 */
import type { Article, Block, Inline, Speaker } from '../model/article.js';
import type { NarrationTemplate, VoiceStyle } from '../config/types.js';
import type { Script, Utterance, UtteranceRole } from '../model/script.js';
import { announcedName, articleText } from './announce.js';
import { bareAttribution, leadingAttribution, trailingClause } from './attribution.js';
import { normaliseForSpeech, type Lexicon } from './normalise.js';
import { inlineText, toPieces, type Piece, type QuotePiece } from './pieces.js';
import { endsSentence, splitSentences } from './sentences.js';
import { assignVoices, voiceForLanguage } from './voices.js';
import { inLanguage, phrasesFor } from './phrases.js';
import { primaryLanguage } from '../model/lang.js';

export interface NarrateOptions {
  /** Pronunciation lexicon (e.g. from a sidecar file); merged over the template's `lexicon`. */
  lexicon?: Lexicon;
}

export const NARRATOR_NAME = 'Narrator';

/** A stretch of text in one voice, before it is split into sentences. */
interface Run {
  text: string;
  role: UtteranceRole;
  speakerId?: string;
  pauseBeforeMs: number;
  pauseAfterMs: number;
  chapter?: string;
}

export function narrate(article: Article, template: NarrationTemplate, options: NarrateOptions = {}): Script {
  return new Narration(article, template, options).script();
}

class Narration {
  private readonly utterances: Utterance[] = [];
  private readonly voices: Map<string, VoiceStyle>;
  private readonly speakers: Map<string, Speaker>;
  private readonly lexicon: Lexicon;
  /** The speaker of the last thing read, when it was a quotation (no narration since). */
  private lastQuoteSpeaker: string | undefined;
  /** Silence asked for before whatever comes next (e.g. a thematic break). */
  private pendingPauseMs = 0;
  private blockIndex = 0;
  private lang: string;
  private readonly announcedNames = new Map<string, string>();
  private articleWords: string | undefined;

  constructor(
    private readonly article: Article,
    private readonly template: NarrationTemplate,
    options: NarrateOptions,
  ) {
    this.voices = assignVoices(article, template);
    this.speakers = new Map(article.speakers.map((s) => [s.id, s]));
    this.lexicon = { ...templateLexicon(template), ...(options.lexicon ?? {}) };
    this.lang = article.meta.lang;
  }

  script(): Script {
    const { meta } = this.article;
    const { pauses } = this.template;
    const intro = this.template.intro ? fillTemplate(inLanguage(this.template.intro, meta.lang), meta) : '';
    if (intro) this.emit({ text: intro, role: 'intro', pauseBeforeMs: 0, pauseAfterMs: pauses.headingMs, chapter: meta.title });
    else this.emit({ text: meta.title, role: 'title', pauseBeforeMs: 0, pauseAfterMs: pauses.headingMs, chapter: meta.title });

    this.article.blocks.forEach((block, i) => {
      this.blockIndex = i;
      this.lang = ('lang' in block && block.lang) || meta.lang;
      this.block(block, i === 0 ? undefined : this.article.blocks[i - 1]);
    });

    this.blockIndex = Math.max(0, this.article.blocks.length - 1);
    this.lang = meta.lang;
    const outro = this.template.outro ? fillTemplate(inLanguage(this.template.outro, meta.lang), meta) : '';
    if (outro) this.emit({ text: outro, role: 'outro', pauseBeforeMs: pauses.headingMs, pauseAfterMs: pauses.paragraphMs });
    return { title: meta.title, lang: meta.lang, utterances: this.utterances };
  }

  private block(block: Block, previous: Block | undefined): void {
    const { pauses } = this.template;
    switch (block.type) {
      case 'heading': {
        const text = inlineText(block.children).trim();
        // The title is spoken already.
        if (block.depth === 1 && text === this.article.meta.title.trim()) return;
        this.lastQuoteSpeaker = undefined;
        this.emit({ text, role: 'heading', pauseBeforeMs: pauses.headingMs, pauseAfterMs: pauses.paragraphMs, chapter: text });
        return;
      }
      case 'paragraph':
        this.inlines(block.children);
        this.endBlock(pauses.paragraphMs);
        return;
      case 'blockquote':
        this.blockquote(block.speakerId, block.children, previous);
        return;
      case 'list':
        block.children.forEach((item, n) => {
          const prefix = block.ordered ? `${block.start + n}. ` : '';
          item.children.forEach((child, k) => {
            if (prefix && k === 0 && child.type === 'paragraph') {
              this.inlines([{ type: 'text', value: prefix }, ...child.children]);
              this.endBlock(pauses.paragraphMs / 2);
            } else {
              this.block(child, undefined);
            }
          });
        });
        this.endBlock(pauses.paragraphMs);
        return;
      case 'caption': {
        const text = inlineText(block.children).trim() || block.imageAlt || '';
        const credit = block.credit ? ` ${block.credit}` : '';
        if (text || credit) this.emit({ text: `${phrasesFor(this.lang).photoCaption} ${text}${credit}`, role: 'narration', pauseBeforeMs: 0, pauseAfterMs: pauses.paragraphMs });
        return;
      }
      case 'table':
        for (const row of block.rows) {
          this.emit({ text: row.map((cell) => inlineText(cell).trim()).join(', '), role: 'narration', pauseBeforeMs: 0, pauseAfterMs: pauses.sentenceMs });
        }
        this.endBlock(pauses.paragraphMs);
        return;
      case 'code':
        this.emit({ text: 'A code sample is left out of the audio edition.', role: 'cue', pauseBeforeMs: 0, pauseAfterMs: pauses.paragraphMs });
        return;
      case 'thematicBreak':
        this.pendingPauseMs = Math.max(this.pendingPauseMs, pauses.headingMs);
        this.lastQuoteSpeaker = undefined;
        return;
    }
  }

  private blockquote(speakerId: string | undefined, children: Block[], previous: Block | undefined): void {
    const { pauses } = this.template;
    const speaker = speakerId ? this.speakers.get(speakerId) : undefined;
    if (!speakerId) {
      for (const child of children) this.block(child, undefined);
      this.endBlock(pauses.paragraphMs);
      return;
    }
    const introduced = previous && previous.type === 'paragraph' && introducesSpeaker(inlineText(previous.children), speaker);
    if (speaker && !introduced && this.lastQuoteSpeaker !== speakerId) {
      this.emit({ text: phrasesFor(this.lang).said(capitalise(this.announced(speaker))), role: 'cue', pauseBeforeMs: 0, pauseAfterMs: 0 });
    }
    this.cue(inLanguage(this.template.cues.quoteStart, this.lang));
    for (const child of children) {
      const inlines = child.type === 'paragraph' || child.type === 'heading' ? child.children : undefined;
      if (inlines) this.quoteRun(speakerId, inlineText(inlines), pauses.aroundQuoteMs, pauses.paragraphMs);
      else this.block(child, undefined);
    }
    this.cue(inLanguage(this.template.cues.quoteEnd, this.lang));
    this.lastQuoteSpeaker = speakerId;
    this.endBlock(pauses.paragraphMs);
  }

  /** Running text with inline quotations. */
  private inlines(children: Inline[]): void {
    const { pauses } = this.template;
    const pieces = toPieces(children);
    let sentenceSoFar = '';
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (piece.kind === 'text') {
        this.narration(piece.text);
        sentenceSoFar = piece.text;
        continue;
      }
      const startsSentence = endsSentence(sentenceSoFar);
      let quoteText = piece.text;
      const next = pieces[i + 1];
      const speaker = this.speakers.get(piece.speakerId);
      let sayer: string | undefined;
      let verb: string | undefined;
      let manner: string | undefined;
      const announce = speaker !== undefined && !piece.continued && startsSentence && this.lastQuoteSpeaker !== piece.speakerId;
      if (next?.kind === 'text' && speaker) {
        const tail = trailingClause(next.text);
        const bare = bareAttribution(tail.clause, speaker);
        // "said Alice indignantly, and she sat down …": the words of manner go into the announcement (English)
        const lead = !bare && announce && primaryLanguage(this.lang) === 'en' ? leadingAttribution(next.text, speaker) : undefined;
        const found = bare ? { ...bare, length: tail.length, terminator: tail.terminator } : lead;
        if (found) {
          // Drop "the ministry reported": the narrator says it before the quote instead.
          // (what follows ", and" is read after the quotation: "and she sat down …")
          next.text = next.text.slice(found.length).replace(/^\s*,\s*(?=(?:and|but|then)\s)/u, ' ');
          // ("“Is it?” asked the Hatter." keeps its question mark, and gets no full stop after it)
          const trimmed = quoteText.replace(/[,;:\s]+$/, '');
          quoteText = /[.!?…]$/u.test(trimmed) ? trimmed : trimmed + (found.terminator || (next.text.trim() ? ',' : '.'));
          // (a pronoun names no one: "he added" is announced by name, and a first-person narrator's "I replied" as "I" by announce.ts)
          if (!found.pronoun) sayer = found.name;
          verb = found.verb;
          manner = lead?.manner;
        }
      }
      if (announce) this.emit({ text: phrasesFor(this.lang).said(capitalise(sayer ?? this.announced(speaker)), verb, manner), role: 'cue', pauseBeforeMs: 0, pauseAfterMs: 0 });
      if (!piece.continued) this.cue(inLanguage(this.template.cues.quoteStart, this.lang));
      this.quoteRun(piece.speakerId, marked(piece, quoteText), pauses.aroundQuoteMs, pauses.aroundQuoteMs);
      if (!piece.continues) this.cue(inLanguage(this.template.cues.quoteEnd, this.lang));
      this.lastQuoteSpeaker = piece.speakerId;
      sentenceSoFar = quoteText;
    }
  }

  /** The name a speaker is announced by (announce.ts), worked out once per speaker. */
  private announced(speaker: Speaker): string {
    let name = this.announcedNames.get(speaker.id);
    if (name === undefined) {
      this.articleWords ??= articleText(this.article.blocks);
      name = announcedName(speaker, this.articleWords, this.article.meta.lang);
      this.announcedNames.set(speaker.id, name);
    }
    return name;
  }

  private narration(text: string): void {
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    this.lastQuoteSpeaker = undefined;
    this.emit({ text, role: 'narration', pauseBeforeMs: 0, pauseAfterMs: this.template.pauses.sentenceMs });
  }

  private quoteRun(speakerId: string, text: string, before: number, after: number): void {
    this.emit({ text, role: 'quote', speakerId, pauseBeforeMs: before, pauseAfterMs: after });
  }

  private cue(words: string): void {
    if (!this.template.cues.spokenQuoteCues || !words) return;
    this.emit({ text: words, role: 'cue', pauseBeforeMs: 0, pauseAfterMs: 0 });
  }

  /** The end of a block: the last utterance gets at least `pauseMs` after it. */
  private endBlock(pauseMs: number): void {
    const last = this.utterances[this.utterances.length - 1];
    if (last) last.pauseAfterMs = Math.max(last.pauseAfterMs, pauseMs);
  }

  /** Split a run into sentences and append them as utterances. */
  private emit(run: Run): void {
    const style = run.speakerId ? (this.voices.get(run.speakerId) ?? this.template.narrator) : this.template.narrator;
    const speakerName = run.speakerId ? (this.speakers.get(run.speakerId)?.name ?? 'Unknown speaker') : NARRATOR_NAME;
    // A voice a speaker file chose is used as it is; template voices speak the article's language.
    const explicitVoice = run.speakerId ? this.speakers.get(run.speakerId)?.voice : undefined;
    const sentences = splitSentences(run.text.replace(/\s+/g, ' ').trim());
    const sentencePause = this.template.pauses.sentenceMs;
    sentences.forEach((displayText, k) => {
      const text = normaliseForSpeech(displayText, { lexicon: this.lexicon, lang: this.lang });
      if (!/[\p{L}\p{N}]/u.test(text)) return;
      const first = k === 0;
      const last = k === sentences.length - 1;
      const utterance: Utterance = {
        voice: explicitVoice ?? voiceForLanguage(style.voice, this.lang),
        text,
        displayText,
        role: run.role,
        pauseBeforeMs: Math.max(first ? run.pauseBeforeMs : 0, this.pendingPauseMs),
        pauseAfterMs: last ? run.pauseAfterMs : sentencePause,
        rate: style.rate,
        pitch: style.pitch,
        speakerName,
        blockIndex: this.blockIndex,
        lang: this.lang,
      };
      if (run.speakerId) utterance.speakerId = run.speakerId;
      if (first && run.chapter) utterance.chapter = run.chapter;
      this.pendingPauseMs = 0;
      this.utterances.push(utterance);
    });
  }
}

/** The quotation as shown in the transcript: its marks around the (possibly re-punctuated) words. */
function marked(piece: QuotePiece, text: string): string {
  return `${piece.open}${text}${piece.continues ? '' : piece.close}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** True when a paragraph ends in a colon and names the speaker ("Zelensky said:"). */
function introducesSpeaker(text: string, speaker: Speaker | undefined): boolean {
  if (!speaker || !/:\s*$/.test(text)) return false;
  const lower = text.toLowerCase();
  const surname = speaker.kind === 'person' ? speaker.name.split(/\s+/).slice(-1) : [];
  return [speaker.name, ...speaker.aliases, ...surname].some((n) => n && lower.includes(n.toLowerCase()));
}

/** Fill {title}, {byline}, {source}, {date}; a filled value followed by more words gets a full stop. */
export function fillTemplate(pattern: string, meta: Article['meta']): string {
  const values: Record<string, string | undefined> = { title: meta.title, byline: meta.byline, source: meta.source, date: meta.date };
  const filled = pattern.replace(/\{(\w+)\}(\S?)/g, (_m, key: string, after: string) => {
    const value = (values[key] ?? '').trim();
    if (!value) return after;
    const ended = /[.!?…]$/u.test(value);
    // "{title}." after a title that ends in its own full stop or question mark: one mark, not "AMONTILLADO.."
    if (ended && after === '.') return value;
    return value + (after === '' && !ended ? '.' : '') + after;
  });
  return filled.replace(/\s+/g, ' ').replace(/\s+([.,!?])/g, '$1').replace(/^[\s.]+/, '').trim();
}

function templateLexicon(template: NarrationTemplate): Lexicon {
  const lexicon = (template as NarrationTemplate & { lexicon?: unknown }).lexicon;
  if (!lexicon || typeof lexicon !== 'object') return {};
  return Object.fromEntries(Object.entries(lexicon).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export type { Piece };

export { loadNarrationTemplate, validateNarrationTemplate, builtInNarrationTemplates } from './template.js';
export { normaliseForSpeech } from './normalise.js';
