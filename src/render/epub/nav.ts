import type { HeadingEntry } from './content.js';
import { attrs, escapeXml, XML_DECLARATION } from './xml.js';
import { primaryLanguage } from '../../model/lang.js';

interface TocNode {
  entry: HeadingEntry;
  children: TocNode[];
}

/** Nests headings under the nearest shallower heading before them. */
export function headingTree(headings: readonly HeadingEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const entry of headings) {
    const node: TocNode = { entry, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function renderList(nodes: readonly TocNode[], contentHref: string): string {
  const items = nodes.map((n) => {
    const link = `<a${attrs({ href: `${contentHref}#${n.entry.id}` })}>${escapeXml(n.entry.text.trim() || '—')}</a>`;
    return `<li>${link}${n.children.length ? renderList(n.children, contentHref) : ''}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

/** Words of the navigation document that a reading system may show. */
export interface NavLabels {
  /** Language of these words. */
  lang: string;
  contents: string;
  landmarks: string;
  start: string;
}

export const ENGLISH_NAV_LABELS: NavLabels = { lang: 'en', contents: 'Contents', landmarks: 'Landmarks', start: 'Start of article' };

/** The EPUB navigation document: a table of contents that follows the headings, and landmarks. */
export function buildNavDocument(options: {
  title: string;
  lang: string;
  headings: readonly HeadingEntry[];
  contentHref: string;
  labels?: NavLabels;
}): string {
  const labels = options.labels ?? ENGLISH_NAV_LABELS;
  const { lang, contentHref } = options;
  // Words in another language than the book's say so, so that a screen reader pronounces them right.
  const labelLang = primaryLanguage(labels.lang) === primaryLanguage(lang) ? '' : attrs({ lang: labels.lang, 'xml:lang': labels.lang });
  const label = (text: string): string => (labelLang ? `<span${labelLang}>${escapeXml(text)}</span>` : escapeXml(text));
  return (
    XML_DECLARATION +
    '<!DOCTYPE html>\n' +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${attrs({ lang, 'xml:lang': lang })}>\n` +
    `<head>\n<meta charset="UTF-8"/>\n<title>${escapeXml(options.title)}</title>\n<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n<body>\n` +
    `<nav epub:type="toc" id="toc" role="doc-toc">\n<h2>${label(labels.contents)}</h2>\n${renderList(headingTree(options.headings), contentHref)}\n</nav>\n` +
    `<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>${label(labels.landmarks)}</h2>\n<ol>` +
    `<li><a epub:type="toc" href="#toc">${label(labels.contents)}</a></li>` +
    `<li><a epub:type="bodymatter" href="${escapeXml(contentHref)}">${label(labels.start)}</a></li>` +
    `</ol>\n</nav>\n</body>\n</html>\n`
  );
}
