#!/usr/bin/env node
/**
 * Rebuilds the ROUND 3, ROUND 4, ROUND 5 and ROUND 6 held-out sets: news articles of the News-Fair v2
 * entity-linking benchmark (120 web news articles, 2007–2020) as ELEVANT
 * ships it (ad-freiburg/elevant, benchmarks/news-fair-v2.benchmark.jsonl),
 * as Lectern plain-text input. The texts are read at run time from a local
 * ELEVANT checkout with `git show` and written to a temporary (or given)
 * folder: they are never copied into this repository.
 *
 *   node bench/heldout/newsfair.js [--out DIR] [--list] [--round 3|4|5|6] [ELEVANT_REPO]
 *
 * ELEVANT_REPO defaults to $LECTERN_ELEVANT, then
 * /work/.mirror/ad-freiburg+elevant/repo. --list prints the selection
 * (name, quote marks, characters, title). --round 4 takes the ROUND 4 set
 * (listRound4), --round 5 the ROUND 5 set (listRound5), --round 6 the ROUND 6
 * set (listRound6), instead of round 3, the default.
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

/**
 * The round-3 set: of the articles of at most ROUND3_MAX_CHARS characters, the
 * ROUND3_SIZE with the most double quotation marks (ties by id), sorted by id.
 * Chosen on those counts alone, before any text was read or any detector run.
 */
export const listRound3 = (repo) => mostQuoted(readAll(repo).filter((d) => d.chars <= ROUND3_MAX_CHARS), ROUND3_SIZE);

/**
 * The round-4 set: the same rule as round 3 applied to what round 3 left. Of
 * the articles of at most ROUND3_MAX_CHARS characters that are not in round 3,
 * the ROUND3_SIZE with the most double quotation marks (ties by id), sorted by
 * id. Chosen on those counts alone, before any text was read or any detector run.
 */
export function listRound4(repo) {
  const round3 = new Set(listRound3(repo));
  return mostQuoted(readAll(repo).filter((d) => d.chars <= ROUND3_MAX_CHARS && !round3.has(d.name)), ROUND3_SIZE);
}

/**
 * The round-5 set: the same rule applied to what rounds 3 and 4 left. Of the
 * articles of at most ROUND3_MAX_CHARS characters that are in neither round 3
 * nor round 4, the ROUND3_SIZE with the most double quotation marks (ties by
 * id), sorted by id. Chosen on those counts alone, before any text was read or
 * any detector run.
 */
export function listRound5(repo) {
  const taken = new Set([...listRound3(repo), ...listRound4(repo)]);
  return mostQuoted(readAll(repo).filter((d) => d.chars <= ROUND3_MAX_CHARS && !taken.has(d.name)), ROUND3_SIZE);
}

/**
 * The round-6 set: the same rule applied to what rounds 3, 4 and 5 left. Of
 * the articles of at most ROUND3_MAX_CHARS characters that are in none of
 * rounds 3, 4 and 5, the ROUND3_SIZE with the most double quotation marks
 * (ties by id), sorted by id. Chosen on those counts alone, before any text
 * was read or any detector run.
 */
export function listRound6(repo) {
  const taken = new Set([...listRound3(repo), ...listRound4(repo), ...listRound5(repo)]);
  return mostQuoted(readAll(repo).filter((d) => d.chars <= ROUND3_MAX_CHARS && !taken.has(d.name)), ROUND3_SIZE);
}

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
    rounds: { 3: { select: listRound3, split: 'round3' }, 4: { select: listRound4, split: 'round4' }, 5: { select: listRound5, split: 'round5' }, 6: { select: listRound6, split: 'round6' } },
    readDoc,
    describe: (repo, n) => {
      const d = readAll(repo).find((x) => x.name === n);
      return `${n}\t${d.marks}\t${d.chars}\t${d.title}`;
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
