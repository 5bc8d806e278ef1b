#!/usr/bin/env node
/**
 * Rebuilds the English Wikinews articles of the GUM corpus (amir-zeldes/gum,
 * CC BY 2.5) as Lectern plain-text input, for the held-out quotation
 * evaluation. The texts are read from a local GUM checkout with `git show`
 * and written to a temporary (or given) folder: they are never copied into
 * this repository.
 *
 *   node bench/heldout/gum.js [--out DIR] [--quotes] [GUM_REPO]
 *
 * GUM_REPO defaults to $LECTERN_GUM, then /work/.mirror/amir-zeldes+gum/repo
 * (a bare git directory or a working copy). --quotes prints GUM's own quote
 * spans (<quote> and <q> elements) with their context instead of writing
 * files; the expected files in ./expected/ were started from that list.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GUM_DEFAULT = '/work/.mirror/amir-zeldes+gum/repo';
/** Already among our samples and golden files (tests/fixtures/golden/), so not unseen. */
export const EXCLUDED = ['hackers', 'warhol'];

export const gumPath = (arg) => arg || process.env.LECTERN_GUM || GUM_DEFAULT;

const git = (repo, ...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });

/** Whether `repo` is a GUM checkout this script can read. */
export function gumAvailable(repo) {
  try {
    git(repo, 'cat-file', '-e', 'HEAD:dep/GUM_news_iodine.conllu');
    return true;
  } catch {
    return false;
  }
}

/** The news documents' short names (`iodine` for GUM_news_iodine), sorted, without the excluded ones. */
export function listNews(repo) {
  return git(repo, 'ls-tree', '--name-only', 'HEAD', 'dep/')
    .split('\n')
    .map((p) => /^dep\/GUM_news_(.+)\.conllu$/.exec(p)?.[1])
    .filter((n) => n && !EXCLUDED.includes(n))
    .sort();
}

/** Deterministic split: in sorted order, the 1st, 3rd, 5th … document is DEV, the 2nd, 4th … TEST. */
export function split(names) {
  const sorted = [...names].sort();
  return { dev: sorted.filter((_, i) => i % 2 === 0), test: sorted.filter((_, i) => i % 2 === 1) };
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => entities[e]);

/** Sentences of a CoNLL-U document: text and, per word token, its [start, end) in that text. */
function conlluSentences(conllu) {
  const sentences = [];
  let cur = null;
  let range = null;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# text = ')) {
      cur = { text: line.slice(9), spans: [], cursor: 0 };
      sentences.push(cur);
      range = null;
      continue;
    }
    if (!cur || !line || line.startsWith('#')) continue;
    const [id, form] = line.split('\t');
    const at = (f) => {
      const i = cur.text.indexOf(f, cur.cursor);
      if (i < 0) throw new Error(`token "${f}" not found in "${cur.text}"`);
      cur.cursor = i + f.length;
      return [i, i + f.length];
    };
    if (/^\d+-\d+$/.test(id)) {
      const [a, b] = id.split('-').map(Number);
      range = { last: b, span: at(form) };
      void a;
    } else if (/^\d+$/.test(id)) {
      if (range && Number(id) <= range.last) cur.spans.push(range.span);
      else cur.spans.push(at(form));
    }
  }
  return sentences;
}

const BLOCKS = new Set(['head', 'p', 'item', 'caption']);

/**
 * One GUM news document as Lectern plain text, with GUM's quote spans.
 * Returns { name, title, text, quotes: [{ tag, depth, start, end, text }] }
 * where start/end are offsets in `text`.
 */
export function readDoc(repo, name) {
  const conllu = git(repo, 'show', `HEAD:dep/GUM_news_${name}.conllu`);
  const xml = git(repo, 'show', `HEAD:xml/GUM_news_${name}.xml`);
  const sentences = conlluSentences(conllu);
  const title = /^# meta::title = (.*)$/m.exec(conllu)?.[1] ?? name;

  // Walk the XML: each <s> belongs to a block; block-level quotes and captions nested in a paragraph are set apart.
  const stack = []; // { tag, id, deferred? }
  let nextId = 0;
  let sIndex = -1;
  let tokInS = 0;
  const sBlock = []; // sentence index -> { id, kind }
  const marks = []; // { tag, depth, from: [s, tok], to: [s, tok] }
  const open = [];
  let lastTok = null;
  for (const raw of xml.split('\n')) {
    const line = raw.trimEnd();
    if (!line) continue;
    const tag = /^<(\/?)([a-z]+)/.exec(line);
    if (tag && !line.includes('\t')) {
      const [, close, t] = tag;
      if (!close && !line.endsWith('/>')) {
        const inS = stack.some((e) => e.tag === 's');
        const blockLevel = BLOCKS.has(t) || (t === 'quote' && !inS && !stack.some((e) => BLOCKS.has(e.tag)));
        stack.push({ tag: t, id: blockLevel ? nextId++ : undefined });
        if (t === 's') {
          sIndex++;
          tokInS = 0;
          const block = [...stack].reverse().find((e) => e.id !== undefined);
          const kinds = stack.map((e) => e.tag);
          sBlock[sIndex] = {
            id: block ? block.id : -1,
            kind: kinds.includes('head') ? 'head' : kinds.includes('item') ? 'item' : kinds.includes('caption') ? 'caption' : 'p',
            nestedIn: stack.filter((e) => e.id !== undefined).length > 1 ? stack.find((e) => e.id !== undefined).id : undefined,
          };
        }
        if (t === 'quote' || t === 'q') open.push({ tag: t, depth: open.length, from: null });
      } else if (close) {
        if (t === 'quote' || t === 'q') {
          const m = open.pop();
          m.to = lastTok;
          if (m.from) marks.push(m);
        }
        stack.pop();
      }
      continue;
    }
    if (line.includes('\t') || !line.startsWith('<')) {
      // a token line: quotes opened since the last token start here
      for (const m of open) m.from ??= [sIndex, tokInS];
      lastTok = [sIndex, tokInS];
      tokInS++;
    }
  }
  if (sIndex + 1 !== sentences.length) throw new Error(`${name}: ${sIndex + 1} <s> in XML, ${sentences.length} sentences in CoNLL-U`);

  // Blocks in reading order; a caption nested in a paragraph follows that paragraph.
  const blocks = [];
  const byId = new Map();
  const deferred = new Map(); // outer block id -> [blocks]
  const sentBase = []; // sentence -> { block, offset }
  let prev = null;
  sentences.forEach((s, i) => {
    const b = sBlock[i];
    const key = b.nestedIn !== undefined && b.kind === 'caption' ? `c${b.id}` : `b${b.id}`;
    let block = byId.get(key);
    if (!block || prev !== key) {
      if (block && prev !== key && b.kind !== 'caption') {
        // the paragraph goes on after a nested figure: keep it one block
      } else {
        block = { kind: b.kind, parts: [], length: 0 };
        byId.set(key, block);
        if (key.startsWith('c')) {
          const list = deferred.get(b.nestedIn) ?? [];
          list.push(block);
          deferred.set(b.nestedIn, list);
        } else {
          blocks.push(block);
          block.outer = b.id;
        }
      }
    }
    prev = key;
    const offset = block.length ? block.length + 1 : 0;
    block.parts.push(s.text);
    block.length = offset + s.text.length;
    sentBase[i] = { block, offset };
  });
  const ordered = [];
  for (const b of blocks) {
    ordered.push(b);
    for (const c of deferred.get(b.outer) ?? []) ordered.push(c);
  }
  // Render: title, then blocks with blank lines between; list items as "• " lines.
  let text = '';
  ordered.forEach((b, i) => {
    const body = b.parts.join(' ');
    if (i === 0 && b.kind === 'head') {
      b.start = 0;
      text = body;
      return;
    }
    const sep = b.kind === 'item' && ordered[i - 1]?.kind === 'item' ? '\n' : '\n\n';
    const prefix = b.kind === 'item' ? '• ' : '';
    b.start = text.length + sep.length + prefix.length;
    text += sep + prefix + body;
  });
  text += '\n';
  if (ordered[0]?.kind !== 'head') text = `${title}\n\n${text}`, ordered.forEach((b) => (b.start += title.length + 2));

  const pos = ([s, tok], end) => {
    const { block, offset } = sentBase[s];
    const spans = sentences[s].spans;
    const span = spans[tok];
    return block.start + offset + (end ? span[1] : span[0]);
  };
  // Merge a quote that ends a sentence with one that starts the next sentence of the same block.
  marks.sort((a, b) => a.from[0] - b.from[0] || a.from[1] - b.from[1]);
  const quotes = [];
  for (const m of marks) {
    const q = { tag: m.tag, depth: m.depth, start: pos(m.from, false), end: pos(m.to, true) };
    const last = quotes.findLast((x) => x.depth === q.depth);
    if (last && last.tag === q.tag && /^\s*$/.test(text.slice(last.end, q.start)) && !text.slice(last.end, q.start).includes('\n')) last.end = q.end;
    else quotes.push(q);
  }
  for (const q of quotes) q.text = text.slice(q.start, q.end);
  return { name, title, text, quotes };
}

function main(argv) {
  let out;
  let quotes = false;
  let repoArg;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--quotes') quotes = true;
    else repoArg = argv[i];
  }
  const repo = gumPath(repoArg);
  if (!gumAvailable(repo)) {
    console.error(`GUM corpus not found at ${repo}: set LECTERN_GUM or pass the path of a GUM checkout.`);
    process.exitCode = 2;
    return;
  }
  const names = listNews(repo);
  const recorded = JSON.parse(readFileSync(fileURLToPath(new URL('split.json', import.meta.url)), 'utf8'));
  const { dev, test } = split(names);
  if (JSON.stringify({ dev, test }) !== JSON.stringify({ dev: recorded.dev, test: recorded.test })) console.error('warning: this GUM checkout splits differently from split.json');
  if (quotes) {
    for (const n of names) {
      const d = readDoc(repo, n);
      console.log(`\n=== ${n} (${dev.includes(n) ? 'DEV' : 'TEST'})`);
      for (const q of d.quotes) {
        const before = d.text.slice(Math.max(0, q.start - 90), q.start).replace(/\s+/g, ' ');
        const after = d.text.slice(q.end, q.end + 60).replace(/\s+/g, ' ');
        console.log(`- <${q.tag}>${q.depth ? ` depth ${q.depth}` : ''} …${before}⟦${q.text.replace(/\s+/g, ' ')}⟧${after}…`);
      }
    }
    return;
  }
  const dir = out ?? mkdtempSync(join(tmpdir(), 'lectern-gum-'));
  mkdirSync(dir, { recursive: true });
  for (const n of names) writeFileSync(join(dir, `gum-news-${n}.txt`), readDoc(repo, n).text);
  console.log(dir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
