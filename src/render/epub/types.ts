import type { Article } from '../../model/article.js';

/**
 * Where a source block is heard in the MP3. `blockIndex` is the index in
 * `article.blocks`; -1 stands for the title (and whatever intro is read with it).
 * Several entries per block are merged to the block's first start and last end;
 * blocks without audio (e.g. code) have none.
 */
export interface ClipTiming {
  blockIndex: number;
  startMs: number;
  endMs: number;
}

export interface EpubInput {
  article: Article;
  /** Path of the MP3 to embed. */
  audioFile: string;
  audioDurationMs: number;
  timeline: ClipTiming[];
  /** ISO date-time for `dcterms:modified`, passed in so that the same input gives the same book. */
  modified: string;
}

/** One file of the package, path relative to the root of the zip. */
export interface EpubFile {
  path: string;
  data: Uint8Array | string;
}

/** The block index that stands for the title in a timeline. */
export const TITLE_BLOCK = -1;
