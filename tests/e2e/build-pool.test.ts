import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildInWorkers } from '../../src/build-pool.js';
import { tempDir } from '../cli/helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the build pool', () => {
  it('stops every worker when one of them fails, so nothing goes on building unseen', async () => {
    const dir = tempDir();
    const beat = path.join(dir, 'beat');
    // A stand-in worker: any article but the first keeps it busy for good, beating on a file; the first
    // crashes it once that beat has begun (however slowly a loaded machine starts the other worker).
    const script = path.join(dir, 'worker.mjs');
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';
       import { existsSync, writeFileSync } from 'node:fs';
       const beat = ${JSON.stringify(beat)};
       parentPort.on('message', ({ index }) => {
         if (index === 0) setInterval(() => { if (existsSync(beat)) throw new Error('boom in a worker'); }, 10);
         else setInterval(() => writeFileSync(beat, String(Date.now())), 10);
       });`,
    );
    const error = await buildInWorkers(['a.txt', 'b.txt'], { inputs: [] }, 2, undefined, pathToFileURL(script)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/boom in a worker/);
    const last = readFileSync(beat, 'utf8');
    await sleep(150);
    expect(readFileSync(beat, 'utf8')).toBe(last); // the busy worker was stopped too
  });
});
