/**
 * Tables: `Table` → `TR` → `TH` (first row) / `TD`, cells side by side in
 * equal columns. A row is kept on one page; a row taller than a page is
 * drawn cell after cell down the pages instead.
 */
import type { Inline, TableBlock } from '../../model/article.js';
import type { BlockScope, RenderContext } from './context.js';
import { bodyStyle, layoutInlines } from './text-block.js';

export function renderTable(block: TableBlock, scope: BlockScope, ctx: RenderContext): void {
  const { pager, template, typesetter } = ctx;
  const columns = Math.max(0, ...block.rows.map((r) => r.length));
  if (columns === 0) return;
  const table = scope.parent.child('Table');
  const gutter = template.sizes.body * 0.75;
  const columnWidth = (scope.width - gutter * (columns - 1)) / columns;
  const lineHeight = template.sizes.body * template.lineSpacing;
  block.rows.forEach((row, r) => {
    const tr = table.child('TR');
    const header = r === 0;
    const style = bodyStyle(ctx, header ? { weight: 700 } : {});
    const cells = Array.from({ length: columns }, (_, c) => {
      const node = tr.child(header ? 'TH' : 'TD');
      const inlines: readonly Inline[] = row[c] ?? [];
      const lines = layoutInlines(node, inlines, style, scope, ctx, { width: columnWidth });
      return { node, lines, height: lines.reduce((h, l) => h + l.height, 0) };
    });
    const rowHeight = Math.max(lineHeight, ...cells.map((c) => c.height));
    if (rowHeight <= pager.bottom - pager.top) {
      // The header row stays with the first row under it.
      pager.ensure(rowHeight + (header && block.rows.length > 1 ? lineHeight : 0));
      const top = pager.y;
      cells.forEach((cell, c) => {
        const x = scope.x + c * (columnWidth + gutter);
        if (cell.lines.length === 0) cell.node.ensure();
        let y = top;
        for (const line of cell.lines) {
          typesetter.drawLine(line, x, y, pager);
          y += line.height;
        }
      });
      pager.y = top + rowHeight;
      pager.contentBottom = pager.y;
    } else {
      cells.forEach((cell, c) => {
        if (cell.lines.length === 0) cell.node.ensure();
        typesetter.flow(cell.lines, scope.x + c * (columnWidth + gutter), pager);
      });
    }
    if (header) {
      const y = pager.y + 2;
      pager.artifact(() => {
        ctx.doc.save().moveTo(scope.x, y).lineTo(scope.x + scope.width, y).lineWidth(1.5).strokeColor(template.colors.text).stroke().restore();
      });
    }
    pager.y += template.sizes.body * 0.4;
    tr.end();
  });
  table.end();
  pager.gap(template.paragraphSpacing * template.sizes.body);
}
