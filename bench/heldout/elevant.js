/**
 * Shared by the held-out builders that read ELEVANT benchmarks
 * (ad-freiburg/elevant: msnbc.js for round 2, newsfair.js for rounds 3 to 9): the
 * checkout's path, `git show` of a benchmark file, the double-quote-mark
 * count the selections rank by, and the plain-text layout of one article.
 * bbc.js (rounds 10 to 123) and polnear.js (rounds 124 on) use the mark count,
 * the layout, `hasFile`, the UTF-8 check, the near-copy measure and the command
 * line too.
 * The article texts are read at run time and never copied into this repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ELEVANT_DEFAULT = '/work/.mirror/ad-freiburg+elevant/repo';

/** The ELEVANT checkout: the argument, then $LECTERN_ELEVANT, then the local mirror (a bare git directory or a working copy). */
export const elevantPath = (arg) => arg || process.env.LECTERN_ELEVANT || ELEVANT_DEFAULT;

export const git = (repo, ...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });

/** Whether `repo` is a git checkout holding `file` at HEAD. */
export function hasFile(repo, file) {
  try {
    git(repo, 'cat-file', '-e', `HEAD:${file}`);
    return true;
  } catch {
    return false;
  }
}

/** The documents of a JSON-lines benchmark file at HEAD. */
export const readJsonl = (repo, file) =>
  git(repo, 'show', `HEAD:${file}`)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** Number of double quotation marks (“ ” ") in a text: what the selections rank by. */
export const countMarks = (text) => (text.match(/["“”]/g) ?? []).length;

/**
 * The `size` documents ({ name, marks }) with the most double quotation marks,
 * ties by name, returned sorted by name.
 */
export const mostQuoted = (docs, size) =>
  [...docs]
    .sort((a, b) => b.marks - a.marks || a.name.localeCompare(b.name))
    .slice(0, size)
    .map((d) => d.name)
    .sort();

/**
 * One article as Lectern plain text: the first line is the headline, then each
 * further non-empty line is a block, blocks separated by blank lines, every
 * line trimmed. Nothing else is changed.
 */
export function toText(raw) {
  const lines = raw.split('\n').map((l) => l.trim());
  const [title, ...rest] = lines;
  const blocks = rest.filter(Boolean);
  return `${title}\n\n${blocks.join('\n\n')}\n`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text at HEAD, or undefined when it is missing or not valid UTF-8 (read as bytes: a file must be checked
 * before it is decoded).
 */
export function showUtf8(repo, path) {
  try {
    return utf8.decode(execFileSync('git', ['-C', repo, 'show', `HEAD:${path}`], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}

const RUN_WORDS = 8;

/** A text's runs of eight words (lower case, letters and digits only): what the near-copy rules compare. */
export function wordRuns(text) {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const runs = new Set();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) runs.add(words.slice(i, i + RUN_WORDS).join(' '));
  return runs;
}

/** The largest share of `runs` that one of `others` holds too. */
export function sharedShare(runs, others) {
  let most = 0;
  for (const other of others) {
    let n = 0;
    for (const r of runs) if (other.has(r)) n++;
    most = Math.max(most, n);
  }
  return runs.size ? most / runs.size : 0;
}

/** The `rounds` of runBuilder for rounds `first` to `last`, each selected by `list(repo, round)`. */
export const roundsFrom = (first, last, list) =>
  Object.fromEntries(Array.from({ length: last - first + 1 }, (_, i) => first + i).map((r) => [r, { select: (repo) => list(repo, r), split: `round${r}` }]));

/** One article as Lectern plain text (toText) with its headline line as the title. */
export function headlined(name, raw) {
  const text = toText(raw.replace(/^\s+/, ''));
  return { name, title: text.slice(0, text.indexOf('\n')), text };
}

/** bench/heldout/split.json. */
export const recordedSplit = () => JSON.parse(readFileSync(fileURLToPath(new URL('split.json', import.meta.url)), 'utf8'));

/**
 * The command line of a builder: `[--list] [--out DIR] [--round N] [REPO]`.
 * Lists the articles the split takes (`--list`), or writes their texts to DIR
 * (a new temporary folder by default) and prints the folder. A builder with
 * more than one selection of the same benchmark passes `rounds` ({ N: { select,
 * split } }); `--round N` picks one, and without it `select` and `split` apply.
 * A builder reading another corpus than ELEVANT passes `locate` (the
 * checkout's path from the argument) and `missing` (what to do when it is absent).
 */
export function runBuilder(argv, { benchmark, prefix, available, select, split, rounds = {}, readDoc, describe, locate = elevantPath, missing }) {
  let out;
  let list = false;
  let round;
  let repoArg;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--list') list = true;
    else if (argv[i] === '--round') round = argv[++i];
    else repoArg = argv[i];
  }
  if (round !== undefined) {
    if (!Object.hasOwn(rounds, round)) {
      console.error(`no round ${round} for ${benchmark}: ${Object.keys(rounds).join(', ') || 'none'}`);
      process.exitCode = 2;
      return;
    }
    ({ select, split } = rounds[round]);
  }
  const repo = locate(repoArg);
  if (!available(repo)) {
    console.error(missing?.(repo) ?? `ELEVANT (${benchmark} benchmark) not found at ${repo}: set LECTERN_ELEVANT or pass the path of an ad-freiburg/elevant checkout.`);
    process.exitCode = 2;
    return;
  }
  const names = select(repo);
  if (JSON.stringify(names) !== JSON.stringify(recordedSplit()[split])) console.error(`warning: this ${benchmark} checkout selects differently from split.json "${split}"`);
  if (list) {
    for (const n of names) console.log(describe(repo, n));
    return;
  }
  const dir = out ?? mkdtempSync(join(tmpdir(), `lectern-${prefix}-`));
  mkdirSync(dir, { recursive: true });
  for (const n of names) writeFileSync(join(dir, `${prefix}-${n}.txt`), readDoc(repo, n).text);
  console.log(dir);
}
