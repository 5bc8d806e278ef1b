import { LecternError } from '../errors.js';

/** Largest input accepted, in bytes: 4 MiB, more than War and Peace (3.2 MB); a book of 80,000 words is about 0.5 MB. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/**
 * Turns raw bytes into clean text or explains, in one line, why it cannot:
 * binary data, invalid UTF-8, empty input, input too large.
 */
export function tooLargeError(sourceName: string, size: number): LecternError {
  return new LecternError(
    'inputInvalid',
    `${sourceName} is ${(size / 1048576).toFixed(1)} MB; Lectern reads articles and books up to ${MAX_INPUT_BYTES / 1048576} MB. Split it into parts.`,
  );
}

export function decodeSource(bytes: Uint8Array, sourceName: string): string {
  if (bytes.length > MAX_INPUT_BYTES) throw tooLargeError(sourceName, bytes.length);
  if (bytes.includes(0)) {
    throw new LecternError('inputInvalid', `${sourceName} looks like a binary file (it contains NUL bytes), not text or Markdown.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new LecternError(
      'inputInvalid',
      `${sourceName} is not valid UTF-8 (first bad byte at offset ${at}). Save it as UTF-8 and try again.`,
    );
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Control characters other than tab and newline carry no meaning in an article.
  const controls = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && controls > text.length * 0.1) {
    throw new LecternError('inputInvalid', `${sourceName} looks like a binary file (${controls} control characters), not text or Markdown.`);
  }
  text = text.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new LecternError(
      'inputEmpty',
      text.trim() === ''
        ? `${sourceName} is empty: there is no article to build.`
        : `${sourceName} has no words in it (only punctuation or symbols): there is no article to build.`,
    );
  }
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
