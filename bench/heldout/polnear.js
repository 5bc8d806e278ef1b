#!/usr/bin/env node
/**
 * Rebuilds the held-out sets of ROUND 124 on: US political news of 2016 from PolNeAR
 * (Newell, Margolin and Ruths 2018, the Political News Attribution Relations corpus:
 * 1,008 articles by seven publishers on the 2016 presidential campaigns, one file
 * each: data/<train|dev|test>/text/<publisher>_<date>_<slug>.txt, the headline on
 * the first line), as the repository networkdynamics/PolNeAR carries it. The texts
 * are read at run time from a local checkout with `git show` and written to a
 * temporary (or given) folder: they are never copied into this repository. All
 * rights in the articles are their publishers'. PolNeAR's own attribution
 * annotations are not used.
 *
 *   node bench/heldout/polnear.js [--out DIR] [--list] [--round 124…] [POLNEAR_REPO]
 *
 * POLNEAR_REPO defaults to $LECTERN_POLNEAR, then
 * /work/.mirror/networkdynamics+PolNeAR/repo. --list prints the selection (name,
 * double quote marks, characters; no headline); --round N takes round N's
 * articles instead of the first round's.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { countMarks, git, hasFile, headlined, roundsFrom, runBuilder, sharedShare, showUtf8, toText, wordRuns } from './elevant.js';

export const POLNEAR_DEFAULT = '/work/.mirror/networkdynamics+PolNeAR/repo';
export const polnearPath = (arg) => arg || process.env.LECTERN_POLNEAR || POLNEAR_DEFAULT;

export const PUBLISHERS = ['breitbart', 'huff-post', 'nyt', 'politico', 'usa-today', 'wash-post', 'west-journal'];
/** Each round takes this many articles of each publisher … */
export const PER_PUBLISHER = 2;
/** … of at most this many characters … */
export const MAX_CHARS = 8000;
/** … with at least this many double quotation marks … */
export const MIN_MARKS = 4;
/** … in the order of SHA-256("lectern-polnear:" + name): a fixed shuffle, chosen before any text was read … */
export const SEED = 'lectern-polnear:';
/**
 * … passing over an article when more than this share of its eight-word runs are also in one earlier-ranked article
 * taken (of any publisher: wire copy runs in more than one).
 */
export const MAX_SHARED = 0.1;
/** Read while the file layout was checked: not unseen. */
export const SEEN = new Set(['breitbart_2016-10-12_washington-post-backs-hillary-cl']);
const FOLDERS = ['data/train/text', 'data/dev/text', 'data/test/text'];


/** Whether `repo` is a git checkout holding PolNeAR at HEAD. */
export const polnearAvailable = (repo) => hasFile(repo, 'data/metadata.tsv');

/** The listing of each checkout read so far: a round's texts are read one by one, the tree is listed once. */
const listings = new Map();

/** Every article's path at HEAD, by name (the file name without `.txt`). */
function allFiles(repo) {
  let files = listings.get(repo);
  if (files) return files;
  files = new Map();
  for (const path of git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', ...FOLDERS).split('\n')) {
    const m = /\/([^/]+)\.txt$/.exec(path);
    if (m) files.set(m[1], path);
  }
  listings.set(repo, files);
  return files;
}

/** An article's raw text, or undefined when the file is missing or not valid UTF-8. */
const rawText = (repo, path) => (path ? showUtf8(repo, path) : undefined);

const rank = (name) => createHash('sha256').update(SEED + name).digest('hex');
const publisherOf = (name) => name.slice(0, name.indexOf('_'));

/** The first PolNeAR round; each later one takes the next PER_PUBLISHER of each publisher in the same order. */
export const FIRST_ROUND = 124;
/** The last PolNeAR round made so far. */
export const LAST_ROUND = 192;

/**
 * PolNeAR round `round` (FIRST_ROUND on): of the articles that are valid UTF-8, at most MAX_CHARS characters long,
 * hold at least MIN_MARKS double quotation marks and were not seen (SEEN), taken in the order of
 * SHA-256(SEED + name) and passing over near copies of an earlier-ranked one taken (MAX_SHARED): round 124 the first
 * PER_PUBLISHER of each publisher, round 125 the next PER_PUBLISHER, and so on; sorted by name.
 */
export function listPolnearRound(repo, round) {
  if (!Number.isInteger(round) || round < FIRST_ROUND) throw new Error(`no PolNeAR round ${round}: rounds ${FIRST_ROUND} on`);
  const want = (round - FIRST_ROUND + 1) * PER_PUBLISHER;
  const files = allFiles(repo);
  const taken = Object.fromEntries(PUBLISHERS.map((p) => [p, []]));
  const earlier = [];
  for (const name of [...files.keys()].filter((n) => !SEEN.has(n)).sort((a, b) => rank(a).localeCompare(rank(b)))) {
    if (PUBLISHERS.every((p) => taken[p].length >= want)) break;
    const raw = rawText(repo, files.get(name));
    if (raw === undefined || raw.length > MAX_CHARS || countMarks(raw) < MIN_MARKS) continue;
    const runs = wordRuns(toText(raw));
    if (sharedShare(runs, earlier) > MAX_SHARED) continue;
    earlier.push(runs);
    const list = taken[publisherOf(name)];
    if (list && list.length < want) list.push(name);
  }
  return PUBLISHERS.flatMap((p) => taken[p].slice(want - PER_PUBLISHER)).sort();
}

/** One article as Lectern plain text: the headline line, then each further non-empty line as a block. */
export function readDoc(repo, name) {
  const raw = rawText(repo, allFiles(repo).get(name));
  if (raw === undefined || raw === '') throw new Error(`no readable PolNeAR article ${name} in ${repo}`);
  return headlined(name, raw);
}

function main(argv) {
  runBuilder(argv, {
    benchmark: 'PolNeAR',
    prefix: 'polnear',
    available: polnearAvailable,
    locate: polnearPath,
    missing: (repo) => `PolNeAR was not found at ${repo}: set LECTERN_POLNEAR or pass the path of a networkdynamics/PolNeAR checkout.`,
    select: (repo) => listPolnearRound(repo, FIRST_ROUND),
    split: `round${FIRST_ROUND}`,
    rounds: roundsFrom(FIRST_ROUND, LAST_ROUND, listPolnearRound),
    readDoc,
    describe: (repo, n) => {
      const raw = rawText(repo, allFiles(repo).get(n)) ?? '';
      return `${n}\t${countMarks(raw)}\t${raw.length}`;
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
