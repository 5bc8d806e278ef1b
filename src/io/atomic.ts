import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A file being written: write to `tmpPath`, then `commit()` renames it over
 * `finalPath` in one step, or `abort()` removes it. A failed or killed build
 * never leaves a half-written edition and never destroys the previous one.
 */
export interface PendingFile {
  finalPath: string;
  tmpPath: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function beginAtomicWrite(finalPath: string): Promise<PendingFile> {
  const dir = path.dirname(finalPath);
  await fs.mkdir(dir, { recursive: true });
  const tmpPath = path.join(dir, `.${path.basename(finalPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return {
    finalPath,
    tmpPath,
    async commit() {
      await fs.rename(tmpPath, finalPath);
    },
    async abort() {
      await fs.rm(tmpPath, { force: true });
    },
  };
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files that a killed build left in `dir` (those whose
 * process is gone); the finished files beside them are never touched.
 */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Write a whole file atomically. */
export async function writeFileAtomic(finalPath: string, data: string | Uint8Array): Promise<void> {
  const pending = await beginAtomicWrite(finalPath);
  try {
    await fs.writeFile(pending.tmpPath, data);
    await pending.commit();
  } catch (e) {
    await pending.abort();
    throw e;
  }
}
