/**
 * Held-out evaluation of quote and speaker detection (see README.md): GUM's
 * English Wikinews articles (DEV, TEST) and the FRESH set of MSNBC news
 * articles (round 2). Prints figures per article and micro-averaged totals
 * per split; it never fails on a threshold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { score, type Expected, type Score } from '../../tests/detect/golden-score.js';
import { gumAvailable, gumPath, readDoc, split as splitOf, listNews } from './gum.js';
import { elevantPath, listFresh, msnbcAvailable, readDoc as readMsnbc } from './msnbc.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const recorded = JSON.parse(readFileSync(here('split.json'), 'utf8')) as { dev: string[]; test: string[]; fresh: string[] };
const repo = gumPath();
const available = gumAvailable(repo);
const elevant = elevantPath();
const freshAvailable = msnbcAvailable(elevant);
/**
 * LECTERN_EVAL_SPLIT restricts the run: dev, test, gum (DEV and TEST, the
 * tuning data from round 2 on) or fresh. Tune with `gum`, so that FRESH
 * errors stay unseen.
 */
const only = process.env.LECTERN_EVAL_SPLIT?.toLowerCase();
const wanted = (label: string): boolean => !only || only === label.toLowerCase() || (only === 'gum' && (label === 'DEV' || label === 'TEST'));
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

const gumTotals: Totals = { matched: 0, expected: 0, detected: 0, rightSpeaker: 0 };

function evaluate(names: string[], label: string, load: (name: string) => { file: string; text: string }, into?: Totals): string {
  const t: Totals = { matched: 0, expected: 0, detected: 0, rightSpeaker: 0 };
  const lines: string[] = [];
  for (const name of names) {
    const { file, text } = load(name);
    const expected = JSON.parse(readFileSync(here(`expected/${file}.expected.json`), 'utf8')) as Expected;
    const { article } = parseSource(text, expected.source, 'text');
    const s = score(detect(article).article, expected);
    lines.push(line(`${label} ${name}`, s));
    t.matched += s.matched;
    t.expected += s.expected;
    t.detected += s.detected;
    t.rightSpeaker += s.matched - s.wrongSpeakers.length;
  }
  if (into) for (const k of ['matched', 'expected', 'detected', 'rightSpeaker'] as const) into[k] += t[k];
  return `${lines.join('\n')}\n${total(label, t)}`;
}

const loadGum = (name: string): { file: string; text: string } => ({ file: `gum-news-${name}`, text: readDoc(repo, name).text });
const loadMsnbc = (name: string): { file: string; text: string } => ({ file: `msnbc-${name}`, text: readMsnbc(elevant, name).text });

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
    if (!wanted(label)) continue;
    it(`scores the ${label} articles`, () => {
      console.log(evaluate(names, label, loadGum, gumTotals));
    });
  }
  if (wanted('DEV') && wanted('TEST')) it('totals the 22 GUM articles', () => console.log(total('GUM DEV+TEST', gumTotals)));
});

describe('held-out news evaluation, round 2 (FRESH: MSNBC)', () => {
  if (!wanted('FRESH')) return;
  if (!freshAvailable) {
    it.skip(`ELEVANT (MSNBC benchmark) not found at ${elevant}: set LECTERN_ELEVANT to a checkout of ad-freiburg/elevant`, () => {});
    console.warn(`[eval:quotes] ELEVANT not found at ${elevant}; set LECTERN_ELEVANT to a checkout of ad-freiburg/elevant. Skipping FRESH.`);
    return;
  }
  it('uses the recorded FRESH selection', () => {
    expect(listFresh(elevant)).toEqual(recorded.fresh);
  });
  it('scores the FRESH articles', () => {
    console.log(evaluate(recorded.fresh, 'FRESH', loadMsnbc));
  });
});
