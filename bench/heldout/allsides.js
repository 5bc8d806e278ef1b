#!/usr/bin/env node
/**
 * Rebuilds the held-out sets of ROUND 193 on: US news of 2012 to 2020 as AllSides
 * gathered it, from the corpus of Baly, Da San Martino, Glass and Nakov (2020,
 * "We Can Detect Your Bias"), as the repository ramybaly/Article-Bias-Prediction
 * carries it: 37,554 articles, one JSON file each at data/jsons/<ID>.json, with
 * the article's source (the publisher), its title and its body as the newspaper3k
 * library extracted it (content_original). The texts are read at run time with
 * `git cat-file` and written to a temporary (or given) folder: they are never
 * copied into this repository. All rights in the articles are their publishers'.
 * The corpus's bias labels and its tokenised text are not used.
 *
 *   node bench/heldout/allsides.js [--out DIR] [--list] [--round 193…] [ALLSIDES_REPO]
 *
 * ALLSIDES_REPO defaults to $LECTERN_ALLSIDES, then
 * /work/.mirror/ramybaly+Article-Bias-Prediction/repo. The near-copy rule also
 * reads every PolNeAR article of the rounds before (polnear.js's checkout) and
 * the News-Fair v2 and MSNBC benchmarks (elevant.js's checkout).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { countMarks, elevantPath, hasFile, headlined, readJsonl, recordedSplit, roundsFrom, runBuilder, sharedShare, toText, wordRuns } from './elevant.js';
import { FIRST_ROUND as FIRST_POLNEAR_ROUND, LAST_ROUND as LAST_POLNEAR_ROUND, polnearAvailable, polnearPath, readDoc as readPolnear } from './polnear.js';

export const ALLSIDES_DEFAULT = '/work/.mirror/ramybaly+Article-Bias-Prediction/repo';
export const allsidesPath = (arg) => arg || process.env.LECTERN_ALLSIDES || ALLSIDES_DEFAULT;

/**
 * The eight sources with the most articles that pass the length and mark rules below, counted from the corpus's
 * `source` field before any text was read (two of them are Fox's: AllSides lists its web news and its TV news apart).
 */
export const PUBLISHERS = ['CNN (Web News)', 'Fox News', 'Fox Online News', 'New York Times - News', 'NPR Online News', 'Politico', 'USA TODAY', 'Washington Times'];
/** Each round takes this many articles of each publisher … */
export const PER_PUBLISHER = 1;
/** … whose title and body are valid UTF-8 and hold at most this many characters of body … */
export const MAX_CHARS = 8000;
/** … and at least this many double quotation marks … */
export const MIN_MARKS = 4;
/** … in the order of SHA-256("lectern-allsides:" + ID): a fixed shuffle, chosen before any text was read … */
export const SEED = 'lectern-allsides:';
/**
 * … passing over an article when more than this share of its eight-word runs are also in one earlier-ranked article
 * taken, or in one article of an earlier held-out set: the PolNeAR rounds, News-Fair v2 and MSNBC (the same story
 * may have run twice, and 2016 is in both corpora).
 */
export const MAX_SHARED = 0.1;
/** The first AllSides round; each later one takes the next PER_PUBLISHER of each publisher in the same order. */
export const FIRST_ROUND = 193;
/** The last AllSides round made so far. */
export const LAST_ROUND = 211;

/** Whether `repo` is a git checkout holding the AllSides corpus at HEAD. */
export const allsidesAvailable = (repo) => hasFile(repo, 'data/splits/random/train.tsv');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every readable article of a checkout ({ id, source, title, body }), read once: 37,554 files in one `git cat-file --batch`. */
const corpora = new Map();
function allArticles(repo) {
  let docs = corpora.get(repo);
  if (docs) return docs;
  const listing = execFileSync('git', ['-C', repo, 'ls-tree', '-r', 'HEAD', 'data/jsons'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const objects = listing.trim().split('\n').map((l) => l.split(/\s+/)[2]);
  const batch = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: objects.join('\n') + '\n', maxBuffer: 1 << 30 });
  docs = new Map();
  for (let at = 0; at < batch.length; ) {
    const eol = batch.indexOf(10, at);
    const size = Number(batch.toString('latin1', at, eol).split(' ')[2]);
    const bytes = batch.subarray(eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    let doc;
    try {
      doc = JSON.parse(utf8.decode(bytes));
    } catch {
      continue;
    }
    if (typeof doc.ID === 'string' && typeof doc.content_original === 'string' && typeof doc.title === 'string') {
      docs.set(doc.ID, { id: doc.ID, source: doc.source, title: doc.title, body: doc.content_original });
    }
  }
  corpora.set(repo, docs);
  return docs;
}

/** The eight-word runs of every article of the held-out sets before this corpus (see MAX_SHARED). */
function earlierSets() {
  const polnear = polnearPath();
  const elevant = elevantPath();
  if (!polnearAvailable(polnear)) throw new Error(`the AllSides near-copy rule reads the PolNeAR rounds: PolNeAR was not found at ${polnear} (set LECTERN_POLNEAR)`);
  if (!hasFile(elevant, 'benchmarks/msnbc.benchmark.jsonl')) throw new Error(`the AllSides near-copy rule reads News-Fair v2 and MSNBC: ELEVANT was not found at ${elevant} (set LECTERN_ELEVANT)`);
  const split = recordedSplit();
  const runs = [];
  for (let r = FIRST_POLNEAR_ROUND; r <= LAST_POLNEAR_ROUND; r++) for (const n of split[`round${r}`] ?? []) runs.push(wordRuns(readPolnear(polnear, n).text));
  for (const f of ['benchmarks/news-fair-v2.benchmark.jsonl', 'benchmarks/msnbc.benchmark.jsonl']) for (const d of readJsonl(elevant, f)) runs.push(wordRuns(toText(d.text)));
  return runs;
}

const rank = (id) => createHash('sha256').update(SEED + id).digest('hex');
const asText = (doc) => headlined(doc.id, `${doc.title}\n${doc.body}`);

/**
 * AllSides round `round` (FIRST_ROUND on): of the PUBLISHERS' articles that pass the rules above, in the order of
 * SHA-256(SEED + ID), passing over near copies: round 193 the first PER_PUBLISHER of each publisher, round 194 the
 * next, and so on; sorted by ID.
 */
export function listAllsidesRound(repo, round) {
  if (!Number.isInteger(round) || round < FIRST_ROUND) throw new Error(`no AllSides round ${round}: rounds ${FIRST_ROUND} on`);
  const want = (round - FIRST_ROUND + 1) * PER_PUBLISHER;
  const before = earlierSets();
  const taken = Object.fromEntries(PUBLISHERS.map((p) => [p, []]));
  const earlier = [];
  const candidates = [...allArticles(repo).values()].filter((d) => Object.hasOwn(taken, d.source) && d.body.length <= MAX_CHARS && countMarks(d.body) >= MIN_MARKS);
  for (const doc of candidates.sort((a, b) => rank(a.id).localeCompare(rank(b.id)))) {
    if (PUBLISHERS.every((p) => taken[p].length >= want)) break;
    const runs = wordRuns(asText(doc).text);
    if (sharedShare(runs, earlier) > MAX_SHARED || sharedShare(runs, before) > MAX_SHARED) continue;
    earlier.push(runs);
    if (taken[doc.source].length < want) taken[doc.source].push(doc.id);
  }
  return PUBLISHERS.flatMap((p) => taken[p].slice(want - PER_PUBLISHER)).sort();
}

/** One article as Lectern plain text: the title line, then each further non-empty line of the body as a block. */
export function readDoc(repo, id) {
  const doc = allArticles(repo).get(id);
  if (!doc || doc.body.trim() === '') throw new Error(`no readable AllSides article ${id} in ${repo}`);
  return asText(doc);
}

function main(argv) {
  runBuilder(argv, {
    benchmark: 'AllSides',
    prefix: 'allsides',
    available: allsidesAvailable,
    locate: allsidesPath,
    missing: (repo) => `the AllSides corpus was not found at ${repo}: set LECTERN_ALLSIDES or pass the path of a ramybaly/Article-Bias-Prediction checkout.`,
    select: (repo) => listAllsidesRound(repo, FIRST_ROUND),
    split: `round${FIRST_ROUND}`,
    rounds: roundsFrom(FIRST_ROUND, LAST_ROUND, listAllsidesRound),
    readDoc,
    describe: (repo, id) => {
      const doc = allArticles(repo).get(id);
      return `${id}\t${doc.source}\t${countMarks(doc.body)}\t${doc.body.length}`;
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
