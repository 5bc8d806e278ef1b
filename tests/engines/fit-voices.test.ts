import { describe, expect, it } from 'vitest';
import { fitVoices } from '../../src/engines/fit-voices.js';
import type { Script, Utterance } from '../../src/model/script.js';

const u = (voice: string, speakerName: string): Utterance => ({
  voice, text: 't', displayText: 't', role: 'narration', pauseBeforeMs: 0, pauseAfterMs: 0, rate: 160, pitch: 50, speakerName, blockIndex: 0, lang: 'en',
});
const script: Script = {
  title: 'T',
  lang: 'en',
  utterances: [u('en-us', 'Narrator'), u('en-us+m3', 'Zelensky'), u('en-us', 'Narrator'), u('en-us+f3', 'Ministry'), u('en-us+m3', 'Zelensky')],
};
const voices = (...ids: string[]) => ids.map((id) => ({ id, name: id, languages: ['en'] }));

describe('fitting a script’s voices to an engine’s own', () => {
  it('gives each voice, narrator first, the engine’s next voice, the same one every time', () => {
    const { script: fitted, diagnostics } = fitVoices(script, 'flite', voices('kal', 'awb', 'slt', 'rms'));
    expect(fitted.utterances.map((x) => x.voice)).toEqual(['kal', 'awb', 'kal', 'slt', 'awb']);
    expect(diagnostics).toEqual([]);
    expect(script.utterances[0]!.voice).toBe('en-us'); // the script given is not changed
  });

  it('keeps a voice the engine knows by name (a speaker file may name one) and hands the others the rest', () => {
    const mine: Script = { ...script, utterances: [u('en-us', 'Narrator'), u('slt', 'Zelensky'), u('en-us+f3', 'Ministry')] };
    expect(fitVoices(mine, 'flite', voices('kal', 'slt', 'awb')).script.utterances.map((x) => x.voice)).toEqual(['kal', 'slt', 'awb']);
  });

  it('gives a woman\'s template voice the engine\'s woman\'s voice when it says which that is', () => {
    const gendered = [
      { id: 'kal', name: 'kal', languages: ['en'], gender: 'male' },
      { id: 'awb', name: 'awb', languages: ['en'], gender: 'male' },
      { id: 'rms', name: 'rms', languages: ['en'], gender: 'male' },
      { id: 'slt', name: 'slt', languages: ['en'], gender: 'female' },
    ];
    const ordered: Script = { ...script, utterances: [u('en-us', 'Narrator'), u('en-us+f4', 'Ann'), u('en-us+m3', 'Tom'), u('en-gb+m4', 'Lee')] };
    expect(fitVoices(ordered, 'flite', gendered).script.utterances.map((x) => x.voice)).toEqual(['kal', 'slt', 'awb', 'rms']);
  });

  it('shares voices when the engine has too few, and says so', () => {
    const { script: fitted, diagnostics } = fitVoices(script, 'festival', voices('kal_diphone'));
    expect(new Set(fitted.utterances.map((x) => x.voice))).toEqual(new Set(['kal_diphone']));
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'voices-shared', message: expect.stringMatching(/festival engine has one voice for the 3/) })]);
  });

  it('leaves the script alone when the engine lists no voices', () => {
    expect(fitVoices(script, 'x', []).script).toBe(script);
  });
});
