#!/usr/bin/env node
/**
 * Rebuilds the ROUND 3 held-out set: news articles of the News-Fair v2
 * entity-linking benchmark (120 web news articles, 2007–2020) as ELEVANT
 * ships it (ad-freiburg/elevant, benchmarks/news-fair-v2.benchmark.jsonl),
 * as Lectern plain-text input. The texts are read at run time from a local
 * ELEVANT checkout with `git show` and written to a temporary (or given)
 * folder: they are never copied into this repository.
 *
 *   node bench/heldout/newsfair.js [--out DIR] [--list] [ELEVANT_REPO]
 *
 * ELEVANT_REPO defaults to $LECTERN_ELEVANT, then
 * /work/.mirror/ad-freiburg+elevant/repo. --list prints the selection
 * (name, quote marks, characters, title).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countMarks, elevantPath, hasFile, mostQuoted, readJsonl, recordedSplit, toText } from './elevant.js';

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
  let out;
  let list = false;
  let repoArg;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--list') list = true;
    else repoArg = argv[i];
  }
  const repo = elevantPath(repoArg);
  if (!newsfairAvailable(repo)) {
    console.error(`ELEVANT (News-Fair v2 benchmark) not found at ${repo}: set LECTERN_ELEVANT or pass the path of an ad-freiburg/elevant checkout.`);
    process.exitCode = 2;
    return;
  }
  const names = listRound3(repo);
  if (JSON.stringify(names) !== JSON.stringify(recordedSplit().round3)) console.error('warning: this ELEVANT checkout selects differently from split.json "round3"');
  if (list) {
    const all = readAll(repo);
    for (const n of names) {
      const d = all.find((x) => x.name === n);
      console.log(`${n}\t${d.marks}\t${d.chars}\t${d.title}`);
    }
    return;
  }
  const dir = out ?? mkdtempSync(join(tmpdir(), 'lectern-newsfair-'));
  mkdirSync(dir, { recursive: true });
  for (const n of names) writeFileSync(join(dir, `newsfair-${n}.txt`), readDoc(repo, n).text);
  console.log(dir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
