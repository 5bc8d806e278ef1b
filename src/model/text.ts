import type { Inline } from './article.js';

/** The words of some inlines as a reader sees them: no markup, quotations with their marks. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += ' ';
        break;
      case 'quote':
        out += node.open + plainText(node.children) + node.close;
        break;
      case 'emphasis':
      case 'link':
        out += plainText(node.children);
        break;
    }
  }
  return out;
}
