/**
 * The thread that analyses utterances while the main thread synthesises
 * (analyser.ts starts it from the compiled build). Each message is one
 * utterance's speech; each answer its analysis, in the order asked.
 */
import { parentPort } from 'node:worker_threads';
import { analyseSpeech } from './analysis.js';
import type { AnalysisRequest, AnalysisAnswer } from './analyser.js';

parentPort?.on('message', ({ index, pcm, sampleRate, samplePeaks }: AnalysisRequest) => {
  const analysis = analyseSpeech(pcm, sampleRate, samplePeaks);
  const buffers = [analysis.energy.buffer, analysis.blockPeaks.buffer, ...(analysis.peaks ? [analysis.peaks.buffer] : [])] as ArrayBuffer[];
  parentPort?.postMessage({ index, analysis } satisfies AnalysisAnswer, buffers);
});
