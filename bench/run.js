#!/usr/bin/env node
/**
 * Lectern benchmarks — `npm run bench` (after `npm ci`, which builds dist/).
 * Not a test: it prints timings. Each step is a named async function that
 * reads and extends a shared context; add a step to `steps` to time more
 * (e.g. the PDF and the full build).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));
const SAMPLE = path.join(root, 'examples', 'bakhmut-trenches.txt');

/** Parse (and detect quotes, when that stage is built) the sample into an Article. */
async function loadArticle(text) {
  const { parseSource } = await dist('parse/index.js');
  let { article } = parseSource(text, path.basename(SAMPLE), 'text');
  try {
    const { detect } = await dist('detect/index.js');
    article = detect(article).article ?? article;
  } catch {
    /* detect not built yet: narrate without quotes */
  }
  return article;
}

const steps = [
  {
    name: 'engine: espeak-ng-wasm, whole text in one call',
    async run(ctx) {
      const { loadEngine } = await dist('engines/registry.js');
      ctx.engine = await loadEngine('espeak-ng-wasm');
      await ctx.engine.synthesize({ text: 'Warm up.', voice: 'en-us', rate: 165, pitch: 45, lang: 'en' }); // initialise once
      const t = performance.now();
      const r = await ctx.engine.synthesize({ text: ctx.text, voice: 'en-us', rate: 165, pitch: 45, lang: 'en' });
      const ms = performance.now() - t;
      const audioSec = r.samples.length / r.sampleRate;
      ctx.engineMs = ms;
      return { ms, note: `${audioSec.toFixed(1)} s of audio, ${(audioSec / (ms / 1000)).toFixed(0)}× real time` };
    },
  },
  {
    name: 'audio path: narrate + renderAudio → MP3 (cold cache)',
    async run(ctx) {
      const { narrate, loadNarrationTemplate } = await dist('narrate/index.js');
      const { renderAudio } = await dist('render/audio/index.js');
      const template = await loadNarrationTemplate('podcast');
      const article = await loadArticle(ctx.text);
      const out = path.join(ctx.dir, 'bench.mp3');
      const t = performance.now();
      const script = narrate(article, template);
      const result = await renderAudio(script, ctx.engine, template, { mp3: out }, { title: article.meta.title, artist: 'Lectern bench', lang: article.meta.lang }, { cacheDir: path.join(ctx.dir, 'cache') });
      const ms = performance.now() - t;
      ctx.audioMs = ms;
      ctx.render = () => renderAudio(script, ctx.engine, template, { mp3: out }, { title: article.meta.title, artist: 'Lectern bench', lang: article.meta.lang }, { cacheDir: path.join(ctx.dir, 'cache') });
      return {
        ms,
        note: `${script.utterances.length} utterances, ${result.durationSec.toFixed(1)} s, ${result.integratedLufs.toFixed(1)} LUFS, ${result.truePeakDbtp.toFixed(1)} dBTP; ${(ms / ctx.engineMs).toFixed(1)}× the raw engine time`,
      };
    },
  },
  {
    name: 'audio path again (warm cache: no synthesis)',
    async run(ctx) {
      const t = performance.now();
      await ctx.render();
      const ms = performance.now() - t;
      return { ms, note: `${(ms / ctx.engineMs).toFixed(1)}× the raw engine time` };
    },
  },
];

async function main() {
  const ctx = { text: await readFile(SAMPLE, 'utf8'), dir: await mkdtemp(path.join(os.tmpdir(), 'lectern-bench-')) };
  console.log(`Lectern bench — ${path.relative(root, SAMPLE)} (${ctx.text.split(/\s+/).filter(Boolean).length} words), Node ${process.version}`);
  try {
    for (const step of steps) {
      const { ms, note } = await step.run(ctx);
      console.log(`${step.name.padEnd(56)} ${ms.toFixed(0).padStart(7)} ms  ${note ?? ''}`);
    }
  } finally {
    await rm(ctx.dir, { recursive: true, force: true });
  }
}

await main();
