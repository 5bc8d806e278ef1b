/**
 * Structure elements that come into being when their first content is drawn.
 *
 * A block plans its tags as a tree of StructNodes (P, and inside it Quote,
 * Link, Code …) before layout. A node creates its pdfkit element, and joins
 * its parent, only when content is first marked for it, so the order of the
 * parent's kids is the reading order, and an element with no content is
 * never written.
 */
import type { Doc, StructContent, StructElement } from './pdfkit-internals.js';

export interface StructOptions {
  lang?: string;
  alt?: string;
  actual?: string;
}

export class StructNode {
  private element: StructElement | undefined;
  private ended = false;

  private constructor(
    private readonly doc: Doc,
    readonly type: string,
    readonly parent: StructNode | undefined,
    readonly options: StructOptions,
  ) {}

  /** The `Document` element, attached to the structure tree root at once. */
  static root(doc: Doc, options: StructOptions = {}): StructNode {
    const node = new StructNode(doc, 'Document', undefined, options);
    node.element = doc.struct('Document', options);
    doc.addStructure(node.element);
    return node;
  }

  /** Plans a child element; nothing is written until content is added to it. */
  child(type: string, options: StructOptions = {}): StructNode {
    return new StructNode(this.doc, type, this, options);
  }

  get created(): boolean {
    return this.element !== undefined;
  }

  /** The pdfkit element, created and attached to the parent on first use. */
  ensure(): StructElement {
    if (this.element) return this.element;
    if (this.ended) throw new Error(`structure element ${this.type} used after it was ended`);
    const element = this.doc.struct(this.type, this.options);
    this.parent?.ensure().add(element);
    this.element = element;
    return element;
  }

  addContent(content: StructContent): void {
    this.ensure().add(content);
  }

  /** Ends the element (and its kids), which lets pdfkit write it out. */
  end(): void {
    this.ended = true;
    this.element?.end();
  }

  /** True when `other` is this node or lies inside it. */
  contains(other: StructNode): boolean {
    for (let n: StructNode | undefined = other; n; n = n.parent) if (n === this) return true;
    return false;
  }
}
