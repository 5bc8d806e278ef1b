#!/usr/bin/env node
/**
 * Rebuilds the FRESH held-out set: news articles of the MSNBC entity-linking
 * benchmark (Cucerzan 2007: the top two stories of ten MSNBC News categories,
 * January 2007, mostly wire copy) as Lectern plain-text input. The texts are
 * read at run time from a local copy of the ELEVANT repository
 * (ad-freiburg/elevant, benchmarks/msnbc.benchmark.jsonl) with `git show`
 * and written to a temporary (or given) folder: they are never copied into
 * this repository.
 *
 *   node bench/heldout/msnbc.js [--out DIR] [--list] [ELEVANT_REPO]
 *
 * ELEVANT_REPO defaults to $LECTERN_ELEVANT, then
 * /work/.mirror/ad-freiburg+elevant/repo (a bare git directory or a working
 * copy). --list prints the selection (name, quote marks, title).
 */
import { fileURLToPath } from 'node:url';
import { countMarks, elevantPath, ELEVANT_DEFAULT, hasFile, mostQuoted, readJsonl, runBuilder, toText } from './elevant.js';

export { ELEVANT_DEFAULT, elevantPath, toText };
const FILE = 'benchmarks/msnbc.benchmark.jsonl';
/** How many articles the fresh set takes: those with the most double quotation marks. */
export const FRESH_SIZE = 10;

/** Whether `repo` is an ELEVANT checkout with the MSNBC benchmark. */
export const msnbcAvailable = (repo) => hasFile(repo, FILE);

/** Short name of an article: its MSNBC file name, lower case, without .txt (`wor13259309`). */
const shortName = (title) => title.replace(/\.txt$/, '').toLowerCase();

/** All MSNBC articles: { name, raw, marks } (marks = number of “ ” " characters). */
const readAll = (repo) => readJsonl(repo, FILE).map((d) => ({ name: shortName(d.title), raw: d.text, marks: countMarks(d.text) }));

/**
 * The fresh set: the FRESH_SIZE articles with the most double quotation marks
 * (ties by name), sorted by name. Chosen on that count alone, before any
 * detector run and before the texts were read.
 */
export const listFresh = (repo) => mostQuoted(readAll(repo), FRESH_SIZE);

export function readDoc(repo, name) {
  const d = readAll(repo).find((x) => x.name === name);
  if (!d) throw new Error(`no MSNBC article ${name} in ${repo}`);
  const text = toText(d.raw);
  return { name, title: text.slice(0, text.indexOf('\n')), text };
}

function main(argv) {
  runBuilder(argv, {
    benchmark: 'MSNBC',
    prefix: 'msnbc',
    available: msnbcAvailable,
    select: listFresh,
    split: 'fresh',
    readDoc,
    describe: (repo, n) => {
      const d = readAll(repo).find((x) => x.name === n);
      return `${n}\t${d.marks}\t${d.raw.slice(0, d.raw.indexOf('\n')).trim()}`;
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
