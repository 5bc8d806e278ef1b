/** One build worker thread: resolves the settings once, then builds the articles it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEdition } from './build.js';
import { resolveSettings, type BuildOptions } from './config/settings.js';
import { isLecternError } from './errors.js';
import type { WorkerMessage } from './build-pool.js';

const port = parentPort;
if (!port) throw new Error('build-worker must run as a worker thread');
const settings = resolveSettings((workerData as { options: BuildOptions }).options);
const send = (m: WorkerMessage) => port.postMessage(m);

port.on('message', async ({ index, file }: { index: number; file: string }) => {
  try {
    const report = await buildEdition(file, await settings, (event) => send({ type: 'progress', event }));
    send({ type: 'edition', index, report });
  } catch (e) {
    if (isLecternError(e)) send({ type: 'failure', index, source: file, code: e.code, exitCode: e.exitCode, message: e.message });
    else send({ type: 'bug', index, stack: (e as Error)?.stack ?? String(e) });
  }
});
