#!/usr/bin/env node
/**
 * Rebuilds the ROUND 3 to ROUND 9 held-out sets: news articles of the News-Fair v2
 * entity-linking benchmark (120 web news articles, 2007–2020) as ELEVANT
 * ships it (ad-freiburg/elevant, benchmarks/news-fair-v2.benchmark.jsonl),
 * as Lectern plain-text input. The texts are read at run time from a local
 * ELEVANT checkout with `git show` and written to a temporary (or given)
 * folder: they are never copied into this repository.
 *
 *   node bench/heldout/newsfair.js [--out DIR] [--list] [--round 3|4|5|6|7|8|9] [ELEVANT_REPO]
 *
 * ELEVANT_REPO defaults to $LECTERN_ELEVANT, then
 * /work/.mirror/ad-freiburg+elevant/repo. --list prints the selection
 * (name, quote marks, characters, title). --round N (4 to 7) takes the ROUND N
 * set (listRound(repo, N), also exported as listRound4 … listRound7) instead
 * of round 3, the default; --round 8 takes the long articles (listLong),
 * --round 9 the shorter ones no earlier round took (listRest).
 */
import { fileURLToPath } from 'node:url';
import { countMarks, elevantPath, hasFile, mostQuoted, readJsonl, runBuilder, toText } from './elevant.js';

export { elevantPath };
export const FILE = 'benchmarks/news-fair-v2.benchmark.jsonl';
/** How many articles round 3 takes: those with the most double quotation marks … */
export const ROUND3_SIZE = 12;
/** … among the articles of at most this many characters (to keep the reading to an afternoon). */
export const ROUND3_MAX_CHARS = 5000;

/** Whether `repo` is an ELEVANT checkout with News-Fair v2. */
export const newsfairAvailable = (repo) => hasFile(repo, FILE);

/** All News-Fair v2 articles: { name (the benchmark's id), title, raw, marks, chars }. */
const readAll = (repo) =>
  readJsonl(repo, FILE).map((d) => ({ name: String(d.id), title: d.title, raw: d.text, marks: countMarks(d.text), chars: d.text.length }));

/** The first News-Fair round (round 3) and the last one made by round 3's rule (round 7). */
export const FIRST_ROUND = 3;
export const LAST_ROUND = 7;
/** Round 8: every article longer than ROUND3_MAX_CHARS (none of rounds 3 to 7 holds one). */
export const LONG_ROUND = 8;
/** Round 9: every shorter article that rounds 3 to 7 left. */
export const REST_ROUND = 9;

/**
 * The set of News-Fair round `round` (FIRST_ROUND to LAST_ROUND): each round
 * applies round 3's rule to what the rounds before it left. Of the articles of
 * at most ROUND3_MAX_CHARS characters that are in none of the earlier rounds,
 * the ROUND3_SIZE with the most double quotation marks (ties by id, compared
 * as strings, as `mostQuoted` does), sorted by id. Chosen on those counts
 * alone, before any text was read or any detector run.
 */
export function listRound(repo, round) {
  if (!Number.isInteger(round) || round < FIRST_ROUND || round > LAST_ROUND) throw new Error(`no News-Fair round ${round}: rounds ${FIRST_ROUND} to ${LAST_ROUND}`);
  const pool = readAll(repo).filter((d) => d.chars <= ROUND3_MAX_CHARS);
  const taken = new Set();
  let names = [];
  for (let r = FIRST_ROUND; r <= round; r++) {
    names = mostQuoted(pool.filter((d) => !taken.has(d.name)), ROUND3_SIZE);
    for (const n of names) taken.add(n);
  }
  return names;
}

/**
 * Round 8: every News-Fair v2 article of more than ROUND3_MAX_CHARS
 * characters (twelve), sorted by id as strings. Rounds 3 to 7 took only
 * shorter ones, so none of these has been read; chosen on their length alone.
 */
export function listLong(repo) {
  return readAll(repo)
    .filter((d) => d.chars > ROUND3_MAX_CHARS)
    .map((d) => d.name)
    .sort();
}

/**
 * Round 9: every News-Fair v2 article of at most ROUND3_MAX_CHARS characters
 * that none of rounds 3 to 7 took (48, most with few or no double marks),
 * sorted by id as strings.
 */
export function listRest(repo) {
  const taken = new Set();
  for (let r = FIRST_ROUND; r <= LAST_ROUND; r++) for (const n of listRound(repo, r)) taken.add(n);
  return readAll(repo)
    .filter((d) => d.chars <= ROUND3_MAX_CHARS && !taken.has(d.name))
    .map((d) => d.name)
    .sort();
}

/** Round 3: of the articles of at most ROUND3_MAX_CHARS characters, the ROUND3_SIZE with the most double quotation marks. */
export const listRound3 = (repo) => listRound(repo, 3);
/** Round 4: the same rule applied to what round 3 left. */
export const listRound4 = (repo) => listRound(repo, 4);
/** Round 5: the same rule applied to what rounds 3 and 4 left. */
export const listRound5 = (repo) => listRound(repo, 5);
/** Round 6: the same rule applied to what rounds 3, 4 and 5 left. */
export const listRound6 = (repo) => listRound(repo, 6);
/** Round 7: the same rule applied to what rounds 3, 4, 5 and 6 left. */
export const listRound7 = (repo) => listRound(repo, 7);

/**
 * One article as Lectern plain text: the benchmark's text begins with the
 * headline line (after blank lines, in two articles); each further non-empty
 * line is a block (as for MSNBC).
 */
export function readDoc(repo, name) {
  const d = readAll(repo).find((x) => x.name === name);
  if (!d) throw new Error(`no News-Fair v2 article ${name} in ${repo}`);
  const text = toText(d.raw.replace(/^\s+/, ''));
  return { name, title: text.slice(0, text.indexOf('\n')), text };
}

function main(argv) {
  runBuilder(argv, {
    benchmark: 'News-Fair v2',
    prefix: 'newsfair',
    available: newsfairAvailable,
    select: listRound3,
    split: 'round3',
    rounds: {
      ...Object.fromEntries(
        Array.from({ length: LAST_ROUND - FIRST_ROUND + 1 }, (_, i) => FIRST_ROUND + i).map((r) => [r, { select: (repo) => listRound(repo, r), split: `round${r}` }]),
      ),
      [LONG_ROUND]: { select: listLong, split: `round${LONG_ROUND}` },
      [REST_ROUND]: { select: listRest, split: `round${REST_ROUND}` },
    },
    readDoc,
    describe: (repo, n) => {
      const d = readAll(repo).find((x) => x.name === n);
      return `${n}\t${d.marks}\t${d.chars}\t${d.title}`;
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
