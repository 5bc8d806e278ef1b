/**
 * Inlines → pieces (pure): running text in the current voice, and the
 * top-level quotations that have a speaker (read in that speaker's voice).
 * Nested quotations and quotations without a speaker stay in the current voice.
 */
import type { Inline, QuoteInline } from '../model/article.js';
import { plainText as inlineText } from '../model/text.js';

export interface TextPiece {
  kind: 'text';
  text: string;
}

export interface QuotePiece {
  kind: 'quote';
  speakerId: string;
  /** The words inside the marks. */
  text: string;
  open: string;
  close: string;
  continued: boolean;
  continues: boolean;
}

export type Piece = TextPiece | QuotePiece;

/** The plain text of inlines, quote marks included. */
export { inlineText };

/**
 * Split inlines into pieces. `ownSpeaker` is the speaker whose voice the
 * block is already in (a block quotation's): their quotes are not split out.
 */
export function toPieces(inlines: readonly Inline[], ownSpeaker?: string): Piece[] {
  const pieces: Piece[] = [];
  const pushText = (text: string): void => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text') last.text += text;
    else pieces.push({ kind: 'text', text });
  };
  const visit = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'quote' && isSpokenQuote(node, ownSpeaker)) {
        pieces.push({
          kind: 'quote',
          speakerId: node.speakerId!,
          text: inlineText(node.children),
          open: node.open,
          close: node.close,
          continued: node.continued,
          continues: node.continues,
        });
      } else if (node.type === 'emphasis' || node.type === 'link') {
        visit(node.children);
      } else {
        pushText(inlineText([node]));
      }
    }
  };
  visit(inlines);
  return pieces;
}

function isSpokenQuote(node: QuoteInline, ownSpeaker: string | undefined): boolean {
  return node.depth === 0 && node.speakerId !== undefined && node.speakerId !== ownSpeaker;
}
