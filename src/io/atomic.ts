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
