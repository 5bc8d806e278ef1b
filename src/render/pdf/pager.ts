/**
 * Pages, the vertical cursor and marked content.
 *
 * Content is drawn inside one marked-content sequence per run of one
 * structure element; the sequence is closed before any artifact is drawn and
 * before a page ends, and reopened (with a new MCID, under the same element)
 * on the next page. Page furniture is drawn by `onPageStart` as artifacts.
 */
import type { Doc } from './pdfkit-internals.js';
import { markArtifact } from './pdfkit-internals.js';
import type { StructNode } from './structure.js';

export interface PageGeometry {
  size: [number, number];
  margins: { top: number; right: number; bottom: number; left: number };
}

/** A vertical rule beside a block quotation, drawn page by page as an artifact. */
export interface Rule {
  x: number;
  color: string;
  width: number;
  /** Top of the current segment on the current page. */
  from: number;
}

export class Pager {
  /** 1-based number of the current page; 0 before the first. */
  pageNumber = 0;
  /** Top of the next line, in points from the top of the page. */
  y = 0;
  /** Bottom of the last line drawn on this page. */
  contentBottom = 0;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly width: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
  private open: StructNode | undefined;
  private readonly rules = new Set<Rule>();
  private markers: ((top: number, height: number, size: number) => void)[] = [];

  constructor(
    private readonly doc: Doc,
    readonly geometry: PageGeometry,
    private readonly onPageStart: (pageNumber: number) => void,
  ) {
    const [w, h] = geometry.size;
    this.pageWidth = w;
    this.pageHeight = h;
    this.top = geometry.margins.top;
    this.bottom = h - geometry.margins.bottom;
    this.left = geometry.margins.left;
    this.width = w - geometry.margins.left - geometry.margins.right;
  }

  get atPageTop(): boolean {
    return this.y <= this.top;
  }

  newPage(): void {
    this.closeMark();
    if (this.pageNumber > 0) for (const rule of this.rules) this.drawRule(rule, this.contentBottom);
    this.doc.addPage({ size: this.geometry.size, margins: this.geometry.margins });
    this.pageNumber += 1;
    this.y = this.top;
    this.contentBottom = this.top;
    this.onPageStart(this.pageNumber);
    for (const rule of this.rules) rule.from = this.top;
  }

  /** Starts a new page unless `height` more points fit on this one (or this page is still empty). */
  ensure(height: number): void {
    if (this.pageNumber === 0) this.newPage();
    else if (this.y + height > this.bottom && !this.atPageTop) this.newPage();
  }

  /** Vertical space between blocks; none at the top of a page. */
  gap(points: number): void {
    if (!this.atPageTop) this.y += points;
  }

  /** Makes sure what is drawn next is marked content of `owner`. */
  mark(owner: StructNode): void {
    if (this.open === owner) return;
    this.closeMark();
    const content = this.doc.markStructureContent(owner.type);
    owner.addContent(content);
    this.open = owner;
  }

  closeMark(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open = undefined;
  }

  /** Draws page furniture or decoration outside the structure tree. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' | 'Page' = 'Layout', subtype?: 'Header' | 'Footer' | 'Background'): void {
    this.closeMark();
    markArtifact(this.doc, type, subtype);
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * A list item's label, drawn beside the first line its body draws, so the
   * label always shares a line (and a page) with the start of its item.
   */
  addMarker(draw: (top: number, height: number, size: number) => void): void {
    this.markers.push(draw);
  }

  /** Pending labels, outermost list first; the caller draws them. */
  takeMarkers(): ((top: number, height: number, size: number) => void)[] {
    const markers = this.markers;
    this.markers = [];
    return markers;
  }

  startRule(x: number, color: string, width: number): Rule {
    const rule: Rule = { x, color, width, from: this.y };
    this.rules.add(rule);
    return rule;
  }

  endRule(rule: Rule): void {
    this.rules.delete(rule);
    this.drawRule(rule, this.contentBottom);
  }

  private drawRule(rule: Rule, to: number): void {
    if (to - rule.from < 1) return;
    this.artifact(() => {
      this.doc
        .save()
        .moveTo(rule.x, rule.from)
        .lineTo(rule.x, to)
        .lineWidth(rule.width)
        .strokeColor(rule.color)
        .stroke()
        .restore();
    });
  }
}
