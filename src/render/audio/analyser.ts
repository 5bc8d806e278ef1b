/**
 * Analysing utterances as they are synthesised. The engine keeps this thread
 * busy while a core is often idle, so in the compiled build each utterance's
 * analysis (analysis.ts) is made on a thread of its own and is ready when
 * synthesis ends. The thread is handed a couple of utterances at a time; whatever it
 * has not taken when the results are asked for (utterances read from the
 * cache come all at once) is analysed here meanwhile. From TypeScript
 * sources (tests) there is no compiled thread and everything is analysed
 * here; an analysis missing for any reason (the thread failed) is made by
 * Programme.analyse().
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseSpeech, type SpeechAnalysis } from './analysis.js';
import { ThreadShelf } from './threads.js';

export interface AnalysisRequest {
  index: number;
  pcm: Int16Array;
  sampleRate: number;
  samplePeaks: boolean;
}

export interface AnalysisAnswer {
  index: number;
  analysis: SpeechAnalysis;
}

/** Utterances handed to the thread at a time: the next is there when it finishes one. */
const IN_FLIGHT = 2;

const workerUrl = new URL('./analysis-worker.js', import.meta.url);
const threadAvailable = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
/** The thread is kept for the next programme (threads.ts). */
const shelf = new ThreadShelf(() => new Worker(workerUrl), 1);

export class SpeechAnalyser {
  private worker: Worker | undefined;
  private readonly found: (SpeechAnalysis | undefined)[] = [];
  /** Utterances not yet handed to the thread. */
  private readonly waiting: { index: number; pcm: Int16Array }[] = [];
  /** Handed to the thread and not answered. */
  private busy = 0;
  private samplePeaks = true;
  private taking = true;
  private whenIdle: (() => void) | undefined;

  /** `useThread`: false analyses nothing here (Programme.analyse() does it all). */
  constructor(
    private readonly sampleRate: number,
    useThread = true,
  ) {
    if (!threadAvailable || !useThread) return;
    const worker = shelf.take();
    this.worker = worker;
    worker.unref(); // never what keeps the process alive
    worker.on('message', ({ index, analysis }: AnalysisAnswer) => {
      if (!this.samplePeaks) delete analysis.peaks;
      this.found[index] = analysis;
      this.busy--;
      this.feed();
    });
    // A failed thread only costs time: what it has not answered is analysed here or by Programme.analyse().
    const fail = (): void => {
      this.worker = undefined;
      this.busy = 0;
      this.feed();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }

  /** Utterance `index`'s speech, 16-bit at the programme's rate (the caller keeps it; it is not changed). */
  add(index: number, pcm: Int16Array): void {
    if (!this.worker || !this.taking) return; // analysed by Programme.analyse() when it is needed
    this.waiting.push({ index, pcm });
    this.feed();
  }

  /**
   * The programme is too long to hold: nothing more is taken (Programme.analyse()
   * analyses the rest as it streams them, in flat memory), and per-sample
   * peaks are not kept (2 bytes a sample).
   */
  stopTaking(): void {
    this.taking = false;
    this.waiting.length = 0;
    this.samplePeaks = false;
    for (const a of this.found) if (a) delete a.peaks;
  }

  /** Every analysis made, by utterance; what the thread had not taken is analysed here. The thread is let go (close()). */
  async results(): Promise<(SpeechAnalysis | undefined)[]> {
    if (this.worker) {
      this.worker.ref(); // waited for now: keep the process alive until it answers
      // Take from the end while the thread takes from the front.
      for (let next = this.waiting.pop(); next; next = this.waiting.pop()) {
        this.found[next.index] = analyseSpeech(next.pcm, this.sampleRate, this.samplePeaks);
        await new Promise<void>((resolve) => setImmediate(resolve)); // let the thread's answers in
      }
      if (this.busy > 0) await new Promise<void>((resolve) => (this.whenIdle = resolve));
    }
    await this.close();
    return this.found;
  }

  /** Done with the thread: back on the shelf when it owes no answer, else stopped. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    if (this.busy === 0) {
      shelf.give(worker);
      return;
    }
    worker.removeAllListeners('exit');
    await worker.terminate();
  }

  private feed(): void {
    const worker = this.worker;
    while (worker && this.busy < IN_FLIGHT) {
      const next = this.waiting.shift();
      if (!next) break;
      this.busy++;
      worker.postMessage({ index: next.index, pcm: next.pcm, sampleRate: this.sampleRate, samplePeaks: this.samplePeaks } satisfies AnalysisRequest);
    }
    if (this.busy === 0 && this.whenIdle) {
      const resolve = this.whenIdle;
      this.whenIdle = undefined;
      resolve();
    }
  }
}
