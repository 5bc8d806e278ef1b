/**
 * Held-out evaluation of quote and speaker detection (see README.md): GUM's
 * English Wikinews articles (DEV, TEST), the FRESH set of MSNBC news
 * articles (round 2), ROUND3 to ROUND9 (seven sets of News-Fair v2 news
 * articles, each run only when asked for by name: LECTERN_EVAL_SPLIT=round3
 * … round9), ROUND10 to ROUND123 (BBC News articles) and ROUND124 on (US political news of 2016 from
 * PolNeAR), likewise named only. Prints figures per article
 * and micro-averaged totals per split; it never fails on a threshold.
 *
 * LECTERN_EVAL_DRY=1 runs no detection: it prints each article's expected
 * counts and checks that every expected key occurs in the rebuilt text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { score, type Expected, type Score } from '../../tests/detect/golden-score.js';
import { gumAvailable, gumPath, readDoc, split as splitOf, listNews } from './gum.js';
import { elevantPath, listFresh, msnbcAvailable, readDoc as readMsnbc } from './msnbc.js';
import { bbcAvailable, bbcPath, FIRST_ROUND as FIRST_BBC_ROUND, LAST_ROUND as LAST_BBC_ROUND, listBbcRound, readDoc as readBbc } from './bbc.js';
import { FIRST_ROUND as FIRST_POLNEAR_ROUND, LAST_ROUND as LAST_POLNEAR_ROUND, listPolnearRound, polnearAvailable, polnearPath, readDoc as readPolnear } from './polnear.js';
import { allsidesAvailable, allsidesPath, FIRST_ROUND as FIRST_ALLSIDES_ROUND, LAST_ROUND as LAST_ALLSIDES_ROUND, listAllsidesRound, readDoc as readAllsides } from './allsides.js';
import { listLong, listRest, listRound3, listRound4, listRound5, listRound6, listRound7, newsfairAvailable, readDoc as readNewsfair } from './newsfair.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const recorded = JSON.parse(readFileSync(here('split.json'), 'utf8')) as { dev: string[]; test: string[]; fresh: string[]; round3: string[]; round4: string[]; round5: string[]; round6: string[]; round7: string[]; round8: string[]; round9: string[] } & Record<`round${number}`, string[]>;
const repo = gumPath();
const available = gumAvailable(repo);
const elevant = elevantPath();
const freshAvailable = msnbcAvailable(elevant);
/**
 * LECTERN_EVAL_SPLIT restricts the run: dev, test, gum (DEV and TEST, the
 * tuning data from round 2 on), fresh, or round3 … round124. Without it every
 * split runs except ROUND3 on, the sets kept for one measurement each, which
 * run only when named.
 */
const only = process.env.LECTERN_EVAL_SPLIT?.toLowerCase();
/** The News-Fair, BBC, PolNeAR and AllSides rounds: never part of a run that names no split. */
const NAMED_ONLY = new Set(Array.from({ length: LAST_ALLSIDES_ROUND - 3 + 1 }, (_, i) => `ROUND${3 + i}`));
const wanted = (label: string): boolean =>
  only === label.toLowerCase() || (!only && !NAMED_ONLY.has(label)) || (only === 'gum' && (label === 'DEV' || label === 'TEST'));
/** LECTERN_EVAL_DRY=1: no parse, no detect; expected counts and key checks only. */
const dry = ['1', 'true', 'yes'].includes((process.env.LECTERN_EVAL_DRY ?? '').toLowerCase());
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

interface Totals {
  matched: number;
  expected: number;
  detected: number;
  rightSpeaker: number;
  /** By the loose name match of rounds up to 156 (golden-score's rightSpeakerLoose), for comparison with them. */
  rightLoose: number;
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
  return `${label} (micro): P ${pct(p)} R ${pct(r)} F1 ${pct(f1)} (${t.matched}/${t.expected} matched, ${t.detected} found); speaker accuracy ${pct(t.matched ? t.rightSpeaker / t.matched : 0)} (${t.rightSpeaker}/${t.matched}; by the loose name match of rounds up to 156: ${t.rightLoose}/${t.matched})`;
}

const gumTotals: Totals = { matched: 0, expected: 0, detected: 0, rightSpeaker: 0, rightLoose: 0 };

/** Quote-mark-insensitive form used for the dry run's key check (as golden-score's norm, marks kept as one kind). */
const flatForm = (s: string): string => s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/** The dry run: expected quotations per article (speech / terms), and any key not found in the text. */
function describeExpected(names: string[], label: string, load: (name: string) => { file: string; text: string }): string {
  const lines: string[] = [];
  let speech = 0;
  let terms = 0;
  let missing = 0;
  let unreadable = 0;
  for (const name of names) {
    const { file, text } = load(name);
    let expected: Expected;
    try {
      expected = JSON.parse(readFileSync(here(`expected/${file}.expected.json`), 'utf8')) as Expected;
    } catch (e) {
      // A batch is annotated one article at a time: say which files are missing or unreadable and go on.
      lines.push(`${label} ${name} (dry run): no readable expected file (${(e as Error).message.split('\n')[0]})`);
      unreadable++;
      continue;
    }
    const t = expected.quotes.filter((q) => q.kind === 'term').length;
    const body = flatForm(text);
    const absent = expected.quotes.filter((q) => !body.includes(flatForm(q.text).replace(/^["'\s]+/, '').trim()));
    const noSpeaker = expected.quotes.filter((q) => q.speaker !== null && !expected.speakers.some((s) => s.name === q.speaker));
    speech += expected.quotes.length - t;
    terms += t;
    missing += absent.length;
    lines.push(
      `${label} ${name} (dry run): ${expected.quotes.length} expected (${expected.quotes.length - t} speech, ${t} terms), ${expected.speakers.length} speakers, ${text.length} characters` +
        (absent.length ? `\n  key not in text: ${absent.map((q) => q.text).join(' | ')}` : '') +
        (noSpeaker.length ? `\n  speaker not in the speakers list: ${noSpeaker.map((q) => q.speaker).join(' | ')}` : ''),
    );
  }
  lines.push(
    `${label} (dry run): ${names.length} articles, ${speech + terms} expected quotations (${speech} speech, ${terms} terms); ${missing} keys not found in the texts` +
      (unreadable ? `; ${unreadable} expected files missing or unreadable` : '') +
      '; no detection was run',
  );
  if (unreadable) {
    // Printed before the failure, so that the articles already annotated are checked too.
    console.log(lines.join('\n'));
    expect.fail(`${unreadable} expected files missing or unreadable`);
  }
  return lines.join('\n');
}

function evaluate(names: string[], label: string, load: (name: string) => { file: string; text: string }, into?: Totals): string {
  if (dry) return describeExpected(names, label, load);
  const t: Totals = { matched: 0, expected: 0, detected: 0, rightSpeaker: 0, rightLoose: 0 };
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
    t.rightLoose += s.rightSpeakerLoose;
  }
  if (into) for (const k of ['matched', 'expected', 'detected', 'rightSpeaker', 'rightLoose'] as const) into[k] += t[k];
  return `${lines.join('\n')}\n${total(label, t)}`;
}

const loadGum = (name: string): { file: string; text: string } => ({ file: `gum-news-${name}`, text: readDoc(repo, name).text });
const loadMsnbc = (name: string): { file: string; text: string } => ({ file: `msnbc-${name}`, text: readMsnbc(elevant, name).text });
const bbc = bbcPath();
const loadBbc = (name: string): { file: string; text: string } => ({ file: `bbc-${name}`, text: readBbc(bbc, name).text });
const polnear = polnearPath();
const loadPolnear = (name: string): { file: string; text: string } => ({ file: `polnear-${name}`, text: readPolnear(polnear, name).text });
const allsides = allsidesPath();
const loadAllsides = (name: string): { file: string; text: string } => ({ file: `allsides-${name}`, text: readAllsides(allsides, name).text });
const loadNewsfair = (name: string): { file: string; text: string } => ({ file: `newsfair-${name}`, text: readNewsfair(elevant, name).text });

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

if (wanted('FRESH')) describe('held-out news evaluation, round 2 (FRESH: MSNBC)', () => {
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

/** A set kept for one measurement: run only when named; its selection is checked against split.json, then it is scored. */
interface Round {
  split: string;
  title: string;
  names: string[];
  list: () => string[];
  load: (name: string) => { file: string; text: string };
  /** Why the set cannot be read here (its checkout is missing), as the skipped test and as the warning. */
  missing?: { skip: string; warn: string };
}

function describeRound(round: Round): void {
  if (!wanted(round.split)) return;
  describe(`held-out news evaluation, ${round.title}`, () => {
    if (round.missing) {
      it.skip(round.missing.skip, () => {});
      console.warn(`[eval:quotes] ${round.missing.warn} Skipping ${round.split}.`);
      return;
    }
    it(`uses the recorded ${round.split} selection`, () => {
      expect(round.list()).toEqual(round.names);
    });
    it(dry ? `lists the ${round.split} expected quotations (dry run: no detection)` : `scores the ${round.split} articles`, () => {
      console.log(evaluate(round.names, round.split, round.load));
    });
  });
}

// The News-Fair v2 rounds: each scored only when named, so that a round stays unseen until its one run.
const newsfairMissing = newsfairAvailable(elevant)
  ? undefined
  : {
      skip: `ELEVANT (News-Fair v2 benchmark) not found at ${elevant}: set LECTERN_ELEVANT to a checkout of ad-freiburg/elevant`,
      warn: `ELEVANT (News-Fair v2) not found at ${elevant}; set LECTERN_ELEVANT to a checkout of ad-freiburg/elevant.`,
    };
for (const round of [
  { split: 'ROUND3', title: 'round 3 (ROUND3: News-Fair v2; only with LECTERN_EVAL_SPLIT=round3)', list: listRound3, names: recorded.round3 },
  { split: 'ROUND4', title: 'round 4 (ROUND4: News-Fair v2, second set; only with LECTERN_EVAL_SPLIT=round4)', list: listRound4, names: recorded.round4 },
  { split: 'ROUND5', title: 'round 5 (ROUND5: News-Fair v2, third set; only with LECTERN_EVAL_SPLIT=round5)', list: listRound5, names: recorded.round5 },
  { split: 'ROUND6', title: 'round 6 (ROUND6: News-Fair v2, fourth set; only with LECTERN_EVAL_SPLIT=round6)', list: listRound6, names: recorded.round6 },
  { split: 'ROUND7', title: 'round 7 (ROUND7: News-Fair v2, fifth set; only with LECTERN_EVAL_SPLIT=round7)', list: listRound7, names: recorded.round7 },
  { split: 'ROUND8', title: 'round 8 (ROUND8: News-Fair v2, the long articles; only with LECTERN_EVAL_SPLIT=round8)', list: listLong, names: recorded.round8 },
  { split: 'ROUND9', title: 'round 9 (ROUND9: News-Fair v2, the short articles left; only with LECTERN_EVAL_SPLIT=round9)', list: listRest, names: recorded.round9 },
]) {
  describeRound({ ...round, list: () => round.list(elevant), load: loadNewsfair, missing: newsfairMissing });
}

/** A set read from a checkout the evaluation cannot find: the skipped test's text and the warning's. */
const missingCheckout = (what: string, at: string, variable: string, repo: string): Round['missing'] => ({
  skip: `${what} was not found at ${at}: set ${variable} to a checkout of ${repo}`,
  warn: `${what} was not found at ${at}; set ${variable} to a checkout of ${repo}.`,
});

/** Rounds `first` to `last` of one corpus, each scored only when named. */
function describeNumberedRounds(first: number, last: number, corpus: string, list: (n: number) => string[], load: Round['load'], missing: Round['missing']): void {
  for (let n = first; n <= last; n++) {
    const split = `ROUND${n}`;
    describeRound({ split, title: `${split} (${corpus}; only with LECTERN_EVAL_SPLIT=${split.toLowerCase()})`, names: recorded[`round${n}`] ?? [], list: () => list(n), load, missing });
  }
}

// Rounds 10 to 123: BBC News (2004–2005), each scored only when named, like the News-Fair rounds.
const bbcMissing = bbcAvailable(bbc) ? undefined : missingCheckout('the BBC dataset', bbc, 'LECTERN_BBC', 'dejanbatanjac/bbc-article-classify-bert');
describeNumberedRounds(FIRST_BBC_ROUND, LAST_BBC_ROUND, 'BBC News', (n) => listBbcRound(bbc, n), loadBbc, bbcMissing);

// Rounds 124 to 192: US political news of 2016 (PolNeAR), each scored only when named, like the rounds before.
const polnearMissing = polnearAvailable(polnear) ? undefined : missingCheckout('PolNeAR', polnear, 'LECTERN_POLNEAR', 'networkdynamics/PolNeAR');
describeNumberedRounds(FIRST_POLNEAR_ROUND, LAST_POLNEAR_ROUND, 'PolNeAR, US political news of 2016', (n) => listPolnearRound(polnear, n), loadPolnear, polnearMissing);

// Rounds 193 on: US news of 2012 to 2020 (AllSides), each scored only when named, like the rounds before. Its
// near-copy rule reads the PolNeAR rounds and ELEVANT's benchmarks too, so all three must be there.
const allsidesMissing = allsidesAvailable(allsides)
  ? (polnearMissing ?? newsfairMissing)
  : missingCheckout('the AllSides corpus', allsides, 'LECTERN_ALLSIDES', 'ramybaly/Article-Bias-Prediction');
describeNumberedRounds(FIRST_ALLSIDES_ROUND, LAST_ALLSIDES_ROUND, 'AllSides, US news of 2012 to 2020', (n) => listAllsidesRound(allsides, n), loadAllsides, allsidesMissing);
