import path from 'node:path';
import type { ProgressEvent } from '../build.js';
import type { Io } from './program.js';

/**
 * Build progress on stderr: one line redrawn in place on a terminal
 * (`[2/5] article.md: audio`), plain lines when stderr is a file or a pipe.
 */
export class Progress {
  private started = 0;
  private done = 0;
  private total = 0;
  private drawn = false;
  constructor(
    private readonly io: Io,
    private readonly quiet: boolean,
  ) {}

  update(e: ProgressEvent): void {
    if (this.quiet) return;
    if (e.kind === 'start') {
      this.started++;
      this.total = Math.max(this.total, this.started);
    }
    if (e.kind === 'done') this.done++;
    const name = path.basename(e.source);
    const what = e.kind === 'start' ? 'reading' : e.kind === 'stage' ? (e.stage ?? '') : 'done';
    if (this.io.isTTY) {
      this.io.stderr(`\r\x1b[2K[${this.done}/${this.total}] ${name}: ${what}`);
      this.drawn = true;
    } else if (e.kind !== 'done') {
      this.io.stderr(e.kind === 'start' ? `building ${e.source}\n` : `  ${name}: ${what}\n`);
    }
  }

  finish(): void {
    if (this.drawn) this.io.stderr('\r\x1b[2K');
  }
}
