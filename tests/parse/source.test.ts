import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/parse/index.js';
import { LecternError } from '../../src/errors.js';

const bytes = (s: string) => new TextEncoder().encode(s);
function failure(input: Uint8Array): LecternError {
  try {
    decodeSource(input, 'in.txt');
  } catch (e) {
    if (e instanceof LecternError) return e;
    throw e;
  }
  throw new Error('decodeSource accepted the input');
}

describe('reading source bytes', () => {
  it('strips a byte-order mark and normalises line endings', () => {
    expect(decodeSource(bytes('\uFEFFa\r\nb\rc'), 'in.txt')).toBe('a\nb\nc');
  });
  it('refuses an empty file', () => {
    expect(failure(bytes('')).code).toBe('inputEmpty');
    expect(failure(bytes(' \n\n\t ')).message).toMatch(/is empty/);
  });
  it('refuses a file of only punctuation', () => {
    expect(failure(bytes('... !!! “” —')).message).toMatch(/no words/);
  });
  it('refuses binary data', () => {
    expect(failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])).message).toMatch(/binary/);
  });
  it('refuses invalid UTF-8 and says where it starts', () => {
    const e = failure(new Uint8Array([0x61, 0x62, 0xff, 0x63]));
    expect(e.code).toBe('inputInvalid');
    expect(e.message).toMatch(/not valid UTF-8 \(first bad byte at offset 2\)/);
  });
  it('drops stray control characters from otherwise good text', () => {
    expect(decodeSource(bytes('Hello\u0007 world'), 'in.txt')).toBe('Hello world');
  });
});
