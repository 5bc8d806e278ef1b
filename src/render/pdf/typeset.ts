/**
 * Line layout: styled spans in, lines of measured pieces out, then drawn.
 *
 * Large print rules live here: ragged right (no justification), breaks only
 * at spaces and never a hyphen added; a word longer than the line is cut
 * between characters as a last resort. Every line but a paragraph's last
 * keeps its trailing space in the text stream, so text extraction never
 * glues the last word of one line to the first of the next.
 */
import type { Span as SourceSpan } from '../../model/article.js';
import { splitByFace, type Face, type Weight } from './fonts.js';
import { LineBuilder, type Line, type Piece } from './line-builder.js';
import type { Pager } from './pager.js';
import { addLinkAnnotation, registerFace, type Doc } from './pdfkit-internals.js';
import type { StructNode } from './structure.js';

export interface TextStyle {
  weight: Weight;
  size: number;
  color: string;
  underline: boolean;
}

export interface LinkTarget {
  url: string;
  /** The annotation's /Contents: what a screen reader says for the link. */
  contents: string;
}

export type { Line, Piece };

export type InlineSpan =
  | { kind: 'text'; text: string; style: TextStyle; owner: StructNode; link?: LinkTarget; position?: SourceSpan }
  | { kind: 'break' };

export interface LayoutOptions {
  width: number;
  lineSpacing: number;
  /** Keep spaces and line ends as written (code). */
  preserve?: boolean;
  onMissing?: (char: string, position: SourceSpan | undefined) => void;
}

/** Where a line's baseline sits: the line's glyphs centred in its height. */
export function baselineOf(top: number, height: number, size: number): number {
  return top + height / 2 + 0.33 * size;
}

export class Typesetter {
  private readonly registered = new Set<string>();

  constructor(private readonly doc: Doc) {}

  private use(face: Face, size: number): void {
    if (!this.registered.has(face.key)) {
      registerFace(this.doc, face.key, face.font);
      this.registered.add(face.key);
    }
    this.doc.font(face.key).fontSize(size);
  }

  measure(text: string, face: Face, size: number): number {
    this.use(face, size);
    return this.doc.widthOfString(text);
  }

  layout(spans: readonly InlineSpan[], options: LayoutOptions): Line[] {
    const builder = new LineBuilder(options.width, options.lineSpacing, options.preserve ?? false);
    let atLineStart = true;
    for (const span of spans) {
      if (span.kind === 'break') {
        builder.hardBreak();
        atLineStart = true;
        continue;
      }
      // NFC first: a letter and a combining accent become the one precomposed glyph the fonts have.
      const raw = span.text.normalize('NFC');
      const parts = options.preserve ? raw.replace(/\t/g, '    ').split('\n') : [raw.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ')];
      parts.forEach((part, i) => {
        if (i > 0) {
          builder.hardBreak();
          atLineStart = true;
        }
        let text = part;
        if (!options.preserve && atLineStart) text = text.replace(/^ +/, '');
        if (!text) return;
        atLineStart = !options.preserve && text.endsWith(' ');
        const runs = splitByFace(text, span.style.weight, (m) => options.onMissing?.(m.char, span.position));
        for (const run of runs) {
          for (const part of run.text.split(/( +)/)) {
            if (!part) continue;
            const space = part.charCodeAt(0) === 0x20;
            // Collapse again: a dropped character may have left two spaces side by side.
            const token = space && !options.preserve ? ' ' : part;
            const piece: Piece = {
              text: token,
              face: run.face,
              style: span.style,
              owner: span.owner,
              width: this.measure(token, run.face, span.style.size),
              space,
            };
            if (span.link) piece.link = span.link;
            if (space) builder.space(piece);
            else builder.wordPart(piece, (p, ch) => this.measure(ch, p.face, p.style.size));
          }
        }
      });
    }
    return builder.finish();
  }

  /** Draws one line with its top at `top`; marks each run for its structure element. */
  drawLine(line: Line, x: number, top: number, pager: Pager): void {
    for (const marker of pager.takeMarkers()) marker(top, line.height, line.size);
    const baseline = baselineOf(top, line.height, line.size);
    const pieces = line.pieces;
    let cx = x;
    for (let i = 0; i < pieces.length; ) {
      const first = pieces[i] as Piece;
      let j = i + 1;
      let text = first.text;
      let width = first.width;
      let inked = first.space ? 0 : first.width;
      while (j < pieces.length) {
        const p = pieces[j] as Piece;
        if (p.owner !== first.owner || p.face !== first.face || p.style !== first.style || p.link !== first.link) break;
        text += p.text;
        width += p.width;
        if (!p.space) inked = width;
        j++;
      }
      pager.mark(first.owner);
      this.use(first.face, first.style.size);
      this.doc.fillColor(first.style.color).text(text, cx, baseline, { lineBreak: false, baseline: 'alphabetic' });
      if (first.style.underline && inked > 0) {
        const thickness = Math.max(1, first.style.size / 16);
        const uy = baseline + first.style.size * 0.14;
        this.doc.save().moveTo(cx, uy).lineTo(cx + inked, uy).lineWidth(thickness).strokeColor(first.style.color).stroke().restore();
      }
      if (first.link && inked > 0) {
        addLinkAnnotation(this.doc, { x: cx, y: top, w: inked, h: line.height }, first.link.url, first.link.contents, first.owner.ensure());
      }
      cx += width;
      i = j;
    }
    pager.contentBottom = top + line.height;
  }

  /** Draws lines down the page from the cursor, starting new pages as needed. */
  flow(lines: readonly Line[], x: number, pager: Pager): void {
    // pdfkit records a link annotation's page when the Link element is written,
    // so each Link ends right after its last line, on the page it is drawn on.
    const lastLineOfLink = new Map<StructNode, number>();
    lines.forEach((line, i) => {
      for (const piece of line.pieces) if (piece.link) lastLineOfLink.set(piece.owner, i);
    });
    lines.forEach((line, i) => {
      // No orphans: a block's first line does not stay alone at the foot of a page.
      const second = i === 0 ? lines[1] : undefined;
      pager.ensure(line.height + (second ? second.height : 0));
      this.drawLine(line, x, pager.y, pager);
      pager.y += line.height;
      for (const [link, last] of lastLineOfLink) if (last === i) link.end();
    });
  }

  /** Page furniture: one line of text, cut with an ellipsis to fit `maxWidth`, no structure. */
  drawPlain(text: string, x: number, baseline: number, style: TextStyle, maxWidth: number, align: 'left' | 'center' = 'left'): void {
    let runs = splitByFace(text, style.weight);
    const widthOf = (rs: typeof runs) => rs.reduce((w, r) => w + this.measure(r.text, r.face, style.size), 0);
    let width = widthOf(runs);
    if (width > maxWidth) {
      let cut = text;
      while (cut.length > 1 && width > maxWidth) {
        cut = cut.slice(0, Math.max(1, Math.floor(cut.length * 0.9))).trimEnd();
        runs = splitByFace(cut + '…', style.weight);
        width = widthOf(runs);
      }
    }
    let cx = align === 'center' ? x + (maxWidth - width) / 2 : x;
    for (const run of runs) {
      this.use(run.face, style.size);
      this.doc.fillColor(style.color).text(run.text, cx, baseline, { lineBreak: false, baseline: 'alphabetic' });
      cx += this.measure(run.text, run.face, style.size);
    }
  }
}
