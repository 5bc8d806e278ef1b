import type { Block, Inline } from './article.js';

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** The words of a block as a reader sees them (what `lectern inspect` shows): list items joined by " | ", table cells by " | " and rows by " / ". */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return plainText(block.children);
    case 'caption':
      return [plainText(block.children), block.credit].filter(Boolean).join(' — ');
    case 'list':
      return block.children.map((item) => item.children.map(blockText).join(' ')).join(' | ');
    case 'blockquote':
      return block.children.map(blockText).join(' ');
    case 'code':
      return block.value;
    case 'table':
      return block.rows.map((row) => row.map((cell) => plainText(cell)).join(' | ')).join(' / ');
    case 'thematicBreak':
      return '---';
  }
}
