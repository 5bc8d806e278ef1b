import type { Span } from './article.js';

export type Severity = 'warning' | 'error';

/** A content problem: shown to the user with a location and a rule id, fatal under --strict. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, e.g. `title-derived`, `unclosed-quote`, `missing-glyph`. */
  rule: string;
  message: string;
  sourceName?: string;
  position?: Span;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.sourceName
    ? d.position
      ? `${d.sourceName}:${d.position.start.line}:${d.position.start.column}`
      : d.sourceName
    : '';
  return `${where ? where + ': ' : ''}${d.severity}: ${d.message} [${d.rule}]`;
}

/** Collects diagnostics from pure stages without printing anything. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  constructor(readonly sourceName?: string) {}
  warn(rule: string, message: string, position?: Span): void {
    this.items.push({ severity: 'warning', rule, message, position, sourceName: this.sourceName });
  }
  error(rule: string, message: string, position?: Span): void {
    this.items.push({ severity: 'error', rule, message, position, sourceName: this.sourceName });
  }
}
