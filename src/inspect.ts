import type { Article, Block } from './model/article.js';
import type { Diagnostic } from './model/diagnostics.js';
import { loadArticle } from './build.js';
import { blockText } from './model/text.js';

/** The article as Lectern understands it: what `lectern inspect` prints. */
export interface Inspection {
  source: string;
  meta: Article['meta'];
  blocks: { index: number; type: Block['type']; line?: number; column?: number; text: string; speaker?: string }[];
  quotations: {
    id: string;
    kind: 'direct' | 'indirect';
    speaker: string | null;
    speakerId: string | null;
    text: string;
    line?: number;
    column?: number;
    evidence?: { rule: string; text: string };
  }[];
  speakers: Article['speakers'];
  diagnostics: Diagnostic[];
}

export async function inspect(file: string, meta: { title?: string; lang?: string } = {}): Promise<Inspection> {
  const { article, diagnostics } = await loadArticle(file, meta);
  return describeArticle(article, diagnostics);
}

export function describeArticle(article: Article, diagnostics: Diagnostic[]): Inspection {
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  return {
    source: article.sourceName,
    meta: article.meta,
    blocks: article.blocks.map((b, index) => ({
      index,
      type: b.type,
      line: b.position?.start.line,
      column: b.position?.start.column,
      text: blockText(b),
      speaker: b.type === 'blockquote' && b.speakerId ? names.get(b.speakerId) : undefined,
    })),
    quotations: article.quotations.map((q) => ({
      id: q.id,
      kind: q.kind,
      speaker: q.speakerId ? (names.get(q.speakerId) ?? q.speakerId) : null,
      speakerId: q.speakerId ?? null,
      text: q.text,
      line: q.position?.start.line,
      column: q.position?.start.column,
      evidence: q.evidence ? { rule: q.evidence.rule, text: q.evidence.text } : undefined,
    })),
    speakers: article.speakers,
    diagnostics,
  };
}
