#!/usr/bin/env node
/**
 * Rebuilds the ROUND 10 to ROUND 123 held-out sets: BBC News articles of 2004–2005 from
 * the BBC dataset of Greene and Cunningham (ICML 2006; 2,225 articles in five
 * categories, one file each: bbc/<category>/<NNN>.txt, the headline on the
 * first line), as the repository dejanbatanjac/bbc-article-classify-bert
 * carries it. The texts are read at run time from a local checkout with
 * `git show` and written to a temporary (or given) folder: they are never
 * copied into this repository. All rights in the articles are the BBC's.
 *
 *   node bench/heldout/bbc.js [--out DIR] [--list] [--round 10…123] [BBC_REPO]
 *
 * BBC_REPO defaults to $LECTERN_BBC, then
 * /work/.mirror/dejanbatanjac+bbc-article-classify-bert/repo. --list prints
 * the selection (name, double quote marks, characters; no headline); --round
 * N takes round N's articles instead of round 10's.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { countMarks, git, hasFile, headlined, recordedSplit, roundsFrom, runBuilder, sharedShare, showUtf8, toText, wordRuns } from './elevant.js';

export const BBC_DEFAULT = '/work/.mirror/dejanbatanjac+bbc-article-classify-bert/repo';
export const bbcPath = (arg) => arg || process.env.LECTERN_BBC || BBC_DEFAULT;

export const CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech'];
/** Round 10 takes this many articles of each category … */
export const PER_CATEGORY = 4;
/** … of at most this many characters … */
export const MAX_CHARS = 4000;
/** … with at least this many double quotation marks (two quotations, or one and a term) … */
export const MIN_MARKS = 4;
/** … in the order of SHA-256("lectern-round10:" + name): a fixed shuffle, chosen before any text was read. */
export const SEED = 'lectern-round10:';
/** Read while the file layout was checked (politics/010) or seen in a search result (business/001): not unseen. */
export const SEEN = new Set(['business-001', 'politics-010']);

/** Whether `repo` is a git checkout holding the BBC dataset at HEAD. */
export const bbcAvailable = (repo) => hasFile(repo, 'bbc/README.TXT');

const fileOf = (name) => `bbc/${name.replace('-', '/')}.txt`;
/** An article's raw text, or undefined when the file is not valid UTF-8 (one of the 2,225 is not). */
const rawText = (repo, name) => showUtf8(repo, fileOf(name));

/** Every article name (`<category>-<NNN>`), sorted. */
function allNames(repo) {
  return git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'bbc/')
    .split('\n')
    .map((p) => /^bbc\/([a-z]+)\/(\d{3})\.txt$/.exec(p))
    .filter(Boolean)
    .map((m) => `${m[1]}-${m[2]}`)
    .sort();
}

const rank = (name) => createHash('sha256').update(SEED + name).digest('hex');

/** The first BBC round; each later one takes the next PER_CATEGORY of each category in the same order. */
export const FIRST_ROUND = 10;

/**
 * From this round on, the rounds take the longer articles (the ones of at most MAX_CHARS characters have run out
 * but for sport): more than MAX_CHARS and at most LONG_MAX_CHARS characters, LONG_PER_CATEGORY of each category
 * a round, in the same order and under the same other conditions.
 */
export const LONG_FIRST_ROUND = 97;
export const LONG_MAX_CHARS = 6000;
export const LONG_PER_CATEGORY = 1;
/**
 * From this round on, the rounds take the longest articles (the longer ones of the other categories ran out at round
 * 116, all but tech): more than LONG_MAX_CHARS characters, VERY_LONG_PER_CATEGORY of each category a round, in the
 * same order and under the same other conditions. Chosen as a mixed set of unseen news after round 116.
 */
export const VERY_LONG_FIRST_ROUND = 117;
export const VERY_LONG_PER_CATEGORY = 1;
/**
 * A longest article is passed over when more than this share of its eight-word runs are also in one article of
 * rounds FIRST_ROUND to VERY_LONG_FIRST_ROUND − 1 (as split.json records them) or in an earlier-ranked longest
 * article: the dataset holds longer versions of stories it also holds shorter, and near copies.
 */
export const VERY_LONG_MAX_SHARED = 0.1;
/**
 * From this round on, the rounds take what is left of every length (by round 121 only sport and tech articles were
 * left, short sport and longer tech): any article not in rounds FIRST_ROUND to REST_FIRST_ROUND − 1, of any length,
 * REST_PER_CATEGORY of each category a round, in the same order and under the same other conditions, passing over
 * near copies (VERY_LONG_MAX_SHARED) of an article of those rounds or of an earlier-ranked one of these.
 */
export const REST_FIRST_ROUND = 122;
export const REST_PER_CATEGORY = 2;
/**
 * BBC round `round` (FIRST_ROUND on): of each category's articles that are
 * valid UTF-8, at most MAX_CHARS characters long, hold at least MIN_MARKS
 * double quotation marks and were not seen (SEEN), and whose text no
 * earlier-ranked article repeats (the dataset holds some twice), taken in the
 * order of SHA-256(SEED + name): round 10 the first PER_CATEGORY, round 11 the
 * next PER_CATEGORY, and so on; sorted by name. From LONG_FIRST_ROUND on, the
 * same of the articles longer than MAX_CHARS and at most LONG_MAX_CHARS,
 * LONG_PER_CATEGORY a round; from VERY_LONG_FIRST_ROUND on, the same of the
 * articles longer than LONG_MAX_CHARS, VERY_LONG_PER_CATEGORY a round, passing
 * over near copies (VERY_LONG_MAX_SHARED); from REST_FIRST_ROUND on, the same of
 * every article not in an earlier round, REST_PER_CATEGORY a round, passing over
 * near copies likewise.
 */
export function listBbcRound(repo, round) {
  if (!Number.isInteger(round) || round < FIRST_ROUND) throw new Error(`no BBC round ${round}: rounds ${FIRST_ROUND} on`);
  const tier =
    round >= REST_FIRST_ROUND
      ? { first: REST_FIRST_ROUND, per: REST_PER_CATEGORY, fits: () => true }
      : round >= VERY_LONG_FIRST_ROUND
      ? { first: VERY_LONG_FIRST_ROUND, per: VERY_LONG_PER_CATEGORY, fits: (length) => length > LONG_MAX_CHARS }
      : round >= LONG_FIRST_ROUND
        ? { first: LONG_FIRST_ROUND, per: LONG_PER_CATEGORY, fits: (length) => length > MAX_CHARS && length <= LONG_MAX_CHARS }
        : { first: FIRST_ROUND, per: PER_CATEGORY, fits: (length) => length <= MAX_CHARS };
  const { per, fits } = tier;
  const skip = (round - tier.first) * per;
  const picked = [];
  const texts = new Set();
  const names = allNames(repo);
  /** For the longest articles: the word runs of every article of the rounds before them, then of each one taken. */
  let earlier;
  /** For what is left: the articles of the rounds before. */
  const used = new Set();
  if (tier.first >= VERY_LONG_FIRST_ROUND) {
    const split = recordedSplit();
    earlier = [];
    for (let r = FIRST_ROUND; r < tier.first; r++) {
      for (const n of split[`round${r}`] ?? []) {
        earlier.push(wordRuns(toText(rawText(repo, n) ?? '')));
        used.add(n);
      }
    }
  }
  for (const category of CATEGORIES) {
    const pool = names
      .filter((n) => n.startsWith(`${category}-`) && !SEEN.has(n) && !(tier.first === REST_FIRST_ROUND && used.has(n)))
      .sort((a, b) => rank(a).localeCompare(rank(b)));
    let taken = 0;
    for (const name of pool) {
      if (taken === skip + per) break;
      const raw = rawText(repo, name);
      if (raw === undefined || !fits(raw.length) || countMarks(raw) < MIN_MARKS || texts.has(raw.trim())) continue;
      texts.add(raw.trim());
      if (earlier) {
        const runs = wordRuns(toText(raw));
        if (sharedShare(runs, earlier) > VERY_LONG_MAX_SHARED) continue;
        earlier.push(runs);
      }
      if (taken++ >= skip) picked.push(name);
    }
  }
  return picked.sort();
}

/** The last BBC round made so far. */
export const LAST_ROUND = 123;

/** One article as Lectern plain text: the headline line, then each further non-empty line as a block. */
export function readDoc(repo, name) {
  const raw = rawText(repo, name);
  if (raw === undefined) throw new Error(`no readable BBC article ${name} in ${repo}`);
  return headlined(name, raw);
}

function main(argv) {
  runBuilder(argv, {
    benchmark: 'BBC',
    prefix: 'bbc',
    available: bbcAvailable,
    locate: bbcPath,
    missing: (repo) => `The BBC dataset was not found at ${repo}: set LECTERN_BBC or pass the path of a dejanbatanjac/bbc-article-classify-bert checkout.`,
    select: (repo) => listBbcRound(repo, FIRST_ROUND),
    split: `round${FIRST_ROUND}`,
    rounds: roundsFrom(FIRST_ROUND, LAST_ROUND, listBbcRound),
    readDoc,
    describe: (repo, n) => {
      const raw = rawText(repo, n) ?? '';
      return `${n}\t${countMarks(raw)}\t${raw.length}`;
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
