import { zipSync, strToU8, type Zippable } from 'fflate';
import type { EpubFile } from './types.js';

/**
 * Zips the package as the OCF wants it: `mimetype` first and stored (no
 * compression, no extra field), everything else after it. Audio is stored too
 * (compressing an MP3 gains nothing). Entry times are fixed so that the same
 * files give the same bytes.
 */
export function zipEpub(files: readonly EpubFile[], modified: Date): Uint8Array {
  // Zip times are local wall-clock times; shift so that the entries show the UTC time in any time zone.
  const mtime = new Date(modified.getTime() + modified.getTimezoneOffset() * 60_000);
  const mimetype = files.find((f) => f.path === 'mimetype');
  if (!mimetype) throw new Error('EPUB package has no mimetype file');
  const entries: Zippable = {};
  entries['mimetype'] = [toBytes(mimetype.data), { level: 0, mtime }];
  for (const file of files) {
    if (file.path === 'mimetype') continue;
    const stored = /\.(?:mp3|m4a|jpe?g|png|woff2?)$/i.test(file.path);
    entries[file.path] = [toBytes(file.data), { level: stored ? 0 : 9, mtime }];
  }
  return zipSync(entries);
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? strToU8(data) : data;
}
