/**
 * Held-out evaluation of quote and speaker detection on GUM's English Wikinews
 * articles (see README.md). Prints figures per article and micro-averaged
 * totals for DEV and TEST; it never fails on a threshold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { score, type Expected, type Score } from '../../tests/detect/golden-score.js';
import { gumAvailable, gumPath, readDoc, split as splitOf, listNews } from './gum.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const recorded = JSON.parse(readFileSync(here('split.json'), 'utf8')) as { dev: string[]; test: string[] };
const repo = gumPath();
const available = gumAvailable(repo);
/** LECTERN_EVAL_SPLIT=dev scores DEV only: what to run while tuning, so TEST errors stay unseen. */
const only = process.env.LECTERN_EVAL_SPLIT?.toLowerCase();
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

interface Totals {
  matched: number;
  expected: number;
  detected: number;
  rightSpeaker: number;
}

function line(name: string, s: Score): string {
  return (
    `${name}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.matched}/${s.expected} matched, ${s.detected} found); speaker accuracy ${pct(s.speakerAccuracy)}` +
    (s.misses.length ? `\n  missed: ${s.misses.join(' | ')}` : '') +
    (s.wrongSpeakers.length ? `\n  wrong speaker: ${s.wrongSpeakers.join(' | ')}` : '') +
    (s.unsupportedSpeakers.length ? `\n  speakers with no ground in the text: ${s.unsupportedSpeakers.join(' | ')}` : '')
  );
}

function total(label: string, t: Totals): string {
  const p = t.detected ? t.matched / t.detected : 1;
  const r = t.expected ? t.matched / t.expected : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `${label} (micro): P ${pct(p)} R ${pct(r)} F1 ${pct(f1)} (${t.matched}/${t.expected} matched, ${t.detected} found); speaker accuracy ${pct(t.matched ? t.rightSpeaker / t.matched : 0)} (${t.rightSpeaker}/${t.matched})`;
}

function evaluate(names: string[], label: string): string {
  const t: Totals = { matched: 0, expected: 0, detected: 0, rightSpeaker: 0 };
  const lines: string[] = [];
  for (const name of names) {
    const expected = JSON.parse(readFileSync(here(`expected/gum-news-${name}.expected.json`), 'utf8')) as Expected;
    const { text } = readDoc(repo, name);
    const { article } = parseSource(text, expected.source, 'text');
    const s = score(detect(article).article, expected);
    lines.push(line(`${label} ${name}`, s));
    t.matched += s.matched;
    t.expected += s.expected;
    t.detected += s.detected;
    t.rightSpeaker += s.matched - s.wrongSpeakers.length;
  }
  return `${lines.join('\n')}\n${total(label, t)}`;
}

describe('held-out news evaluation (GUM Wikinews)', () => {
  if (!available) {
    it.skip(`GUM corpus not found at ${repo}: set LECTERN_GUM to a GUM checkout (amir-zeldes/gum) to run this evaluation`, () => {});
    console.warn(`[eval:quotes] GUM corpus not found at ${repo}; set LECTERN_GUM to a checkout of amir-zeldes/gum. Skipping.`);
    return;
  }

  it('uses the recorded DEV/TEST split', () => {
    const { dev, test } = splitOf(listNews(repo));
    expect({ dev, test }).toEqual({ dev: recorded.dev, test: recorded.test });
  });

  for (const [label, names] of [['DEV', recorded.dev], ['TEST', recorded.test]] as const) {
    if (only && only !== label.toLowerCase()) continue;
    it(`scores the ${label} articles`, () => {
      console.log(evaluate(names, label));
    });
  }
});
