/**
 * What is not body text: the title block (H1 and the byline, source and
 * date as paragraphs) and the page furniture — background, running header,
 * page number — drawn as artifacts on every page.
 */
import type { Inline } from '../../model/article.js';
import type { PrintTemplate } from '../../config/types.js';
import type { BlockScope, RenderContext } from './context.js';
import type { Pager } from './pager.js';
import type { Doc } from './pdfkit-internals.js';
import { bodyStyle, layoutInlines } from './text-block.js';
import type { Typesetter } from './typeset.js';
import { baselineOf } from './typeset.js';

export function renderFrontMatter(scope: BlockScope, ctx: RenderContext): void {
  const { article, template, pager, typesetter } = ctx;
  const title = article.meta.title.replace(/\s+/g, ' ').trim() || article.sourceName;
  const h1 = scope.parent.child('H1');
  const style = bodyStyle(ctx, { weight: 700, size: template.sizes.title, color: template.colors.heading });
  // (the title's quotations, marked by detect, are tagged as in the body)
  const inlines: Inline[] = article.meta.titleInlines ?? [{ type: 'text', value: title }];
  const lines = layoutInlines(h1, inlines, style, scope, ctx);
  pager.ensure(lines[0]?.height ?? 0);
  const root = ctx.outline[0];
  if (root) ctx.outline.push({ level: 1, item: root.item.addItem(title, { top: pager.y, left: pager.pageWidth, expanded: true }) });
  typesetter.flow(lines, scope.x, pager);
  h1.end();
  pager.gap(template.sizes.body * 0.5);
  const meta = [article.meta.byline, article.meta.source, article.meta.date].filter((v): v is string => !!v && v.trim() !== '');
  for (const value of meta) {
    const p = scope.parent.child('P');
    const inlines: Inline[] = [{ type: 'text', value }];
    typesetter.flow(layoutInlines(p, inlines, bodyStyle(ctx, { size: template.sizes.meta }), scope, ctx), scope.x, pager);
    p.end();
  }
  pager.gap(template.paragraphSpacing * template.sizes.body * 2);
}

/** Draws background, running header and page number as artifacts when a page starts. */
export function pageFurniture(doc: Doc, template: PrintTemplate, typesetter: Typesetter, title: string, getPager: () => Pager): (page: number) => void {
  const { colors, sizes, margins } = template;
  const paintBackground = colors.background.toUpperCase() !== '#FFFFFF';
  return (page) => {
    const pager = getPager();
    const { pageWidth, pageHeight, left, width } = pager;
    if (paintBackground) {
      pager.artifact(() => doc.save().rect(0, 0, pageWidth, pageHeight).fill(colors.background).restore(), 'Page', 'Background');
    }
    const headerStyle = { weight: 400 as const, size: sizes.header, color: colors.text, underline: false };
    const headerTop = Math.max(4, margins.top / 2 - sizes.header * 0.75);
    pager.artifact(() => {
      typesetter.drawPlain(title, left, baselineOf(headerTop, sizes.header * 1.5, sizes.header), headerStyle, width);
      const ruleY = margins.top - Math.min(10, margins.top / 6);
      doc.save().moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1).strokeColor(colors.text).stroke().restore();
    }, 'Pagination', 'Header');
    const numberStyle = { weight: 400 as const, size: sizes.pageNumber, color: colors.text, underline: false };
    const numberTop = pageHeight - margins.bottom / 2 - sizes.pageNumber * 0.75;
    pager.artifact(() => {
      typesetter.drawPlain(String(page), left, baselineOf(numberTop, sizes.pageNumber * 1.5, sizes.pageNumber), numberStyle, width, 'center');
    }, 'Pagination', 'Footer');
  };
}
