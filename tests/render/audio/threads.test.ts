import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Mp3EncoderThread, prepareMp3Threads } from '../../../src/render/audio/mp3-thread.js';
import { ThreadShelf } from '../../../src/render/audio/threads.js';
import { speechLike } from './signals.js';

/** A thread that answers each message with the same value plus one. */
const ECHO = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (n) => parentPort.postMessage(n + 1));`;
const ask = (worker: Worker, n: number): Promise<number> => new Promise((resolve) => worker.once('message', resolve).postMessage(n));

describe('ThreadShelf', () => {
  it('hands back the thread given to it, ready for the next user, and keeps no more than it may', async () => {
    let started = 0;
    const shelf = new ThreadShelf(() => (started++, new Worker(ECHO, { eval: true })), 1);
    shelf.stock(3);
    expect(shelf.size).toBe(1);
    const a = shelf.take();
    const b = shelf.take(); // none left: a new one
    expect(started).toBe(2);
    const mine = (): void => undefined;
    a.on('error', mine); // a listener of the first user, cleared when given back
    expect(await ask(a, 1)).toBe(2);
    shelf.give(a);
    expect(a.listeners('error')).not.toContain(mine);
    shelf.give(b); // the shelf is full: b is stopped
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.threadId).toBe(-1); // Node's mark of a thread that has stopped
    expect(a.threadId).toBeGreaterThan(0);
    expect(shelf.size).toBe(1);
    const again = shelf.take();
    expect(again).toBe(a);
    expect(await ask(again, 41)).toBe(42);
    expect(started).toBe(2);
    await again.terminate();
  });

  it('drops a thread that stops while it waits', async () => {
    const shelf = new ThreadShelf(() => new Worker(ECHO, { eval: true }), 2);
    shelf.stock(2);
    const first = shelf.take();
    shelf.give(first);
    await first.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shelf.size).toBe(1);
    await shelf.take().terminate();
  });
});

describe('MP3 encoder threads kept between streams', () => {
  const encode = async (pcm: Float32Array): Promise<Uint8Array> => {
    const parts: Uint8Array[] = [];
    const thread = new Mp3EncoderThread({ channels: 1, sampleRate: 22050, bitrate: 64 }, (bytes) => parts.push(bytes));
    thread.encode(pcm);
    await thread.end();
    return Buffer.concat(parts);
  };

  it('encode the next stream to the same bytes as a thread of its own', async () => {
    const a = speechLike(3, 22050, 3);
    const b = speechLike(2, 22050, 9);
    const fresh = await encode(b); // the thread this starts goes on the shelf
    prepareMp3Threads(1);
    const first = await encode(a);
    const second = await encode(b); // a thread that has encoded before
    expect(second.length).toBeGreaterThan(1000);
    expect(Buffer.compare(second, fresh)).toBe(0);
    expect(Buffer.compare(first, second)).not.toBe(0);
  });
});
