/**
 * Parallel builds: a pool of worker threads, each building whole articles.
 * Workers run the compiled build (dist/); from TypeScript sources (tests)
 * the build runs in this thread instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildOptions } from './config/settings.js';
import type { BuildReport, EditionReport, ProgressEvent } from './build.js';
import type { ErrorCode } from './errors.js';

const workerUrl = new URL('./build-worker.js', import.meta.url);

export function workersAvailable(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

/** Messages a worker sends back. */
export type WorkerMessage =
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'edition'; index: number; report: EditionReport }
  | { type: 'failure'; index: number; source: string; code: ErrorCode; exitCode: number; message: string }
  | { type: 'bug'; index: number; stack: string };

export async function buildInWorkers(
  files: string[],
  options: BuildOptions,
  jobs: number,
  onProgress?: (e: ProgressEvent) => void,
  script: URL = workerUrl,
): Promise<BuildReport> {
  const editions: (EditionReport | undefined)[] = new Array(files.length);
  const failures: BuildReport['failures'] = [];
  let next = 0;
  let bug: Error | undefined;
  const running = new Set<Worker>();
  // A worker that fails (a bug, not a user error) stops them all: nothing goes on building unseen.
  const fail = (e: Error): void => {
    bug ??= e;
    for (const w of running) void w.terminate();
  };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script, { workerData: { options } });
      running.add(worker);
      const feed = () => {
        if (bug || next >= files.length) {
          void worker.terminate();
          return;
        }
        const index = next++;
        onProgress?.({ kind: 'start', source: files[index]! });
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          onProgress?.(m.event);
          return;
        }
        if (m.type === 'edition') editions[m.index] = m.report;
        else if (m.type === 'failure') failures.push({ source: m.source, code: m.code, exitCode: m.exitCode, message: m.message });
        else fail(new Error(`a build worker failed on ${files[m.index]}:\n${m.stack}`));
        onProgress?.({ kind: 'done', source: files[m.index]! });
        feed();
      });
      worker.on('error', (e) => fail(e));
      worker.on('exit', (code) => {
        running.delete(worker);
        if (code !== 0 && code !== 1) fail(new Error(`a build worker stopped with exit code ${code}`));
        resolve();
      });
      feed();
    });

  await Promise.all(Array.from({ length: jobs }, runWorker));
  if (bug) throw bug;
  return { editions: editions.filter((e): e is EditionReport => e !== undefined), failures };
}
