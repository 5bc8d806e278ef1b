#!/usr/bin/env node
/**
 * Learns the weights of the model that gives a speaker to a quotation no rule
 * attributed (src/detect/fragments.ts), from annotated held-out rounds, and
 * measures it on other rounds. Runs on the built code: `npm run build` first.
 *
 *   node bench/heldout/train-fragments.js [--train 10-123,124-127] [--eval 128-129] [--write]
 *
 * --train: the rounds it learns from, ranges joined by commas (default
 * 10-123,124-127, the rounds of the weights in the repository); --eval: rounds
 * it only measures on (each unattributed quotation matched to its expected
 * speaker: right with the model against right when left unattributed); --write:
 * writes the weights to src/detect/fragment-weights.ts. Rounds from 124 on are
 * PolNeAR's (polnear.js), the rest BBC's (bbc.js): each needs its checkout.
 * FRAGMENTS_DUMP=<file> writes every case (candidates, features, answer, choice)
 * as JSON. The same data and code give the same weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bbcAvailable, bbcPath, readDoc as readBbc } from './bbc.js';
import { recordedSplit } from './elevant.js';
import { FIRST_ROUND as FIRST_POLNEAR_ROUND, polnearAvailable, polnearPath, readDoc as readPolnear } from './polnear.js';
import { detect } from '../../dist/detect/index.js';
import { parseSource } from '../../dist/parse/index.js';
import { CANDIDATE_FEATURES, NONE_FEATURES, choose } from '../../dist/detect/fragments.js';
// the golden score's matching of quotations and speakers (the eval's too)
import { fitsKey, normQuote, quoteKey, sameSpeakerNames } from '../../tests/detect/quote-matching.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
/** "10-88,124-127" → [10, …, 88, 124, …, 127] */
const rounds = (spec) =>
  spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (!Number.isInteger(a) || (b !== undefined && !(Number.isInteger(b) && b >= a))) {
      console.error(`train-fragments: "${part}" is no round or range of rounds (as 10-88)`);
      process.exit(2);
    }
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
  });
const trainSpec = opt('--train', '10-123,124-127');
const trainRounds = rounds(trainSpec);
const evalRounds = opt('--eval') ? rounds(opt('--eval')) : [];

/** Where a round's texts come from: its expected files' prefix and its checkout. */
const SOURCES = [
  { prefix: 'polnear', from: FIRST_POLNEAR_ROUND, path: polnearPath(), available: polnearAvailable, read: readPolnear, missing: 'PolNeAR; set LECTERN_POLNEAR to a checkout of networkdynamics/PolNeAR' },
  { prefix: 'bbc', from: 0, path: bbcPath(), available: bbcAvailable, read: readBbc, missing: 'the BBC dataset; set LECTERN_BBC to a checkout of dejanbatanjac/bbc-article-classify-bert' },
];
const sourceOf = (round) => SOURCES.find((s) => round >= s.from);
for (const s of new Set([...trainRounds, ...evalRounds].map(sourceOf))) {
  if (!s.available(s.path)) {
    console.error(`train-fragments: ${s.path} does not hold ${s.missing}`);
    process.exit(2);
  }
}
const split = recordedSplit();


/** Each unattributed quotation of the rounds, with the index of its right answer (-1: no one; undefined: none of the candidates). */
function casesOf(list) {
  const out = [];
  for (const r of list) {
    const source = sourceOf(r);
    for (const name of split[`round${r}`] ?? []) {
      const expected = JSON.parse(readFileSync(here(`expected/${source.prefix}-${name}.expected.json`), 'utf8'));
      const { article } = parseSource(source.read(source.path, name).text, expected.source, 'text');
      let cases = [];
      detect(article, {}, { fragmentWeights: null, onFragments: (c) => (cases = c) });
      const used = new Set();
      for (const c of cases) {
        const text = normQuote(c.span.chain.map((p) => p.unit.text.slice(p.contentStart, p.contentEnd)).join(' '));
        const at = expected.quotes.findIndex((q, i) => !used.has(i) && fitsKey(text, quoteKey(q.text)));
        if (at < 0) continue;
        used.add(at);
        const q = expected.quotes[at];
        const forms = q.speaker === null ? [] : [q.speaker, ...(expected.speakers.find((s) => s.name === q.speaker)?.aliases ?? [])];
        const answer = q.speaker === null ? -1 : c.candidates.findIndex((x) => sameSpeakerNames(forms, x.entity.names));
        out.push({ round: r, name, text, case: c, answer: answer === -1 && q.speaker !== null ? undefined : answer });
      }
    }
  }
  return out;
}

const dot = (w, x) => x.reduce((s, v, i) => s + v * w[i], 0);

/** Conditional logit over {no one, each candidate}: full-batch Adam on the mean log loss with a small L2 penalty. */
function train(cases) {
  const usable = cases.filter((c) => c.answer !== undefined);
  const w = [new Array(CANDIDATE_FEATURES.length).fill(0), new Array(NONE_FEATURES.length).fill(0)];
  const m = w.map((x) => x.map(() => 0));
  const v = w.map((x) => x.map(() => 0));
  const lambda = 0.001;
  const rate = 0.05;
  for (let step = 1; step <= 600; step++) {
    const g = w.map((x) => x.map((wk) => lambda * wk));
    for (const { case: c, answer } of usable) {
      const zs = [dot(w[1], c.none), ...c.candidates.map((x) => dot(w[0], x.features))];
      const top = Math.max(...zs);
      const ps = zs.map((z) => Math.exp(z - top));
      const sum = ps.reduce((a, b) => a + b, 0);
      const y = answer + 1;
      const err = ps.map((p, i) => p / sum - (i === y ? 1 : 0));
      c.none.forEach((x, k) => (g[1][k] += (err[0] * x) / usable.length));
      c.candidates.forEach((x, i) => x.features.forEach((f, k) => (g[0][k] += (err[i + 1] * f) / usable.length)));
    }
    for (let j = 0; j < 2; j++) {
      for (let k = 0; k < w[j].length; k++) {
        m[j][k] = 0.9 * m[j][k] + 0.1 * g[j][k];
        v[j][k] = 0.999 * v[j][k] + 0.001 * g[j][k] ** 2;
        w[j][k] -= (rate * (m[j][k] / (1 - 0.9 ** step))) / (Math.sqrt(v[j][k] / (1 - 0.999 ** step)) + 1e-8);
      }
    }
  }
  const round = (x) => Math.round(x * 1000) / 1000;
  return { candidate: w[0].map(round), none: w[1].map(round) };
}

/** How many quotations are right with the model, and how many were right left unattributed. */
function measure(cases, weights) {
  let model = 0;
  let rules = 0;
  for (const c of cases) {
    const chosen = choose(c.case, weights);
    const right = c.answer === -1 ? chosen === undefined : c.answer !== undefined && chosen?.entity === c.case.candidates[c.answer].entity;
    if (right) model++;
    if (process.env.FRAGMENTS_DUMP) dump.push({ round: c.round, name: c.name, text: c.text.slice(0, 60), answer: c.answer === undefined ? '?' : c.answer === -1 ? 'none' : c.case.candidates[c.answer].entity.names[0], chosen: chosen?.entity.names[0] ?? 'none', right, cands: c.case.candidates.map((x) => [x.entity.names[0], x.features.map((v) => Math.round(v * 100) / 100).join(' ')]), none: c.case.none.join(' ') });
    if (c.answer === -1) rules++;
  }
  return { cases: cases.length, model, rules };
}

const dump = [];
const learnt = casesOf(trainRounds);
const weights = train(learnt);
const held = casesOf(evalRounds);
const show = (label, m) => console.log(`${label}: ${m.cases} unattributed quotations; right with the model ${m.model}, left unattributed ${m.rules} (${m.model - m.rules >= 0 ? '+' : ''}${m.model - m.rules})`);
console.log(`weights: ${JSON.stringify(Object.fromEntries([...CANDIDATE_FEATURES.map((f, i) => [f, weights.candidate[i]]), ...NONE_FEATURES.map((f, i) => [`none:${f}`, weights.none[i]])]))}`);
show(`learnt on rounds ${trainSpec}`, measure(learnt, weights));
if (evalRounds.length) show(`measured on rounds ${opt('--eval')}`, measure(held, weights));

if (process.env.FRAGMENTS_DUMP) writeFileSync(process.env.FRAGMENTS_DUMP, JSON.stringify(dump));
if (args.includes('--write')) {
  const file = fileURLToPath(new URL('../../src/detect/fragment-weights.ts', import.meta.url));
  const list = (names, ws) => names.map((n, i) => `    ${ws[i]}, // ${n}`).join('\n');
  writeFileSync(
    file,
    `/**\n * The weights of the model of unattributed quotations (fragments.ts), learnt from the annotated held-out\n * rounds ${trainSpec} (BBC News below ${FIRST_POLNEAR_ROUND}, PolNeAR from ${FIRST_POLNEAR_ROUND}) by\n * \`npm run build && node bench/heldout/train-fragments.js --train ${trainSpec} --write\` (written by it: do not edit).\n */\nimport type { FragmentWeights } from './fragments.js';\n\nexport const FRAGMENT_WEIGHTS: FragmentWeights | null = {\n  candidate: [\n${list(CANDIDATE_FEATURES, weights.candidate)}\n  ],\n  none: [\n${list(NONE_FEATURES, weights.none)}\n  ],\n};\n`,
  );
  console.log(`wrote ${file}`);
}
