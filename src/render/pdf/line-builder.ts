/**
 * Greedy ragged-right line filling over measured pieces: breaks only at
 * spaces, never adds a hyphen, and cuts a word between characters only when
 * it is wider than the whole line. The spaces at a break stay at the end of
 * the line (they take no room there) so that text extraction keeps words apart.
 */
import type { Face } from './fonts.js';
import type { StructNode } from './structure.js';
import type { LinkTarget, TextStyle } from './typeset.js';

export interface Piece {
  text: string;
  face: Face;
  style: TextStyle;
  owner: StructNode;
  link?: LinkTarget;
  width: number;
  space: boolean;
}

export interface Line {
  pieces: Piece[];
  /** Line height: the largest size on the line times the line spacing. */
  height: number;
  /** Largest font size on the line. */
  size: number;
}

export class LineBuilder {
  private readonly lines: Line[] = [];
  private current: Piece[] = [];
  private currentWidth = 0;
  private pendingSpaces: Piece[] = [];
  private word: Piece[] = [];
  private wordWidth = 0;

  constructor(
    private readonly width: number,
    private readonly lineSpacing: number,
    private readonly preserve: boolean,
  ) {}

  wordPart(piece: Piece, measureChar: (p: Piece, ch: string) => number): void {
    this.word.push(piece);
    this.wordWidth += piece.width;
    this.measureChar = measureChar;
  }

  private measureChar: (p: Piece, ch: string) => number = () => 0;

  space(piece: Piece): void {
    this.flushWord();
    if (!this.preserve && (this.current.length === 0 || this.pendingSpaces.length > 0)) return;
    this.pendingSpaces.push(piece);
  }

  hardBreak(): void {
    this.flushWord();
    this.pendingSpaces = [];
    // A forced line end still separates words in the text stream.
    const last = this.current.at(-1);
    if (last && !last.space) this.current.push({ ...last, text: ' ', width: 0, space: true });
    this.pushLine(true);
  }

  finish(): Line[] {
    this.flushWord();
    this.pendingSpaces = [];
    if (this.current.length) this.pushLine(false);
    return this.lines;
  }

  private flushWord(): void {
    if (!this.word.length) return;
    const word = this.word;
    const width = this.wordWidth;
    this.word = [];
    this.wordWidth = 0;
    const spaceWidth = this.pendingSpaces.reduce((w, p) => w + p.width, 0);
    if (this.current.length && this.currentWidth + spaceWidth + width > this.width) {
      // Break here: the spaces stay at the end of the line, for text extraction.
      this.current.push(...this.pendingSpaces);
      this.pendingSpaces = [];
      this.pushLine(false);
    } else {
      this.current.push(...this.pendingSpaces);
      this.currentWidth += spaceWidth;
      this.pendingSpaces = [];
    }
    if (width > this.width) {
      this.placeLongWord(word);
      return;
    }
    this.current.push(...word);
    this.currentWidth += width;
  }

  /** A word wider than the line: cut between characters. */
  private placeLongWord(word: Piece[]): void {
    for (const piece of word) {
      let chunk = '';
      let chunkWidth = 0;
      for (const ch of piece.text) {
        const w = this.measureChar(piece, ch);
        if (this.currentWidth + chunkWidth + w > this.width && (this.current.length || chunk)) {
          if (chunk) this.current.push({ ...piece, text: chunk, width: chunkWidth });
          this.pushLine(false);
          chunk = '';
          chunkWidth = 0;
        }
        chunk += ch;
        chunkWidth += w;
      }
      if (chunk) {
        this.current.push({ ...piece, text: chunk, width: chunkWidth });
        this.currentWidth += chunkWidth;
      }
    }
  }

  private pushLine(allowEmpty: boolean): void {
    if (!this.current.length && !allowEmpty) return;
    let size = 0;
    for (const p of this.current) size = Math.max(size, p.style.size);
    if (size === 0) size = this.lines.at(-1)?.size ?? 0;
    if (size > 0) this.lines.push({ pieces: this.current, height: size * this.lineSpacing, size });
    this.current = [];
    this.currentWidth = 0;
  }
}
