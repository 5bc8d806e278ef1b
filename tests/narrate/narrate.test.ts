import { describe, expect, it } from 'vitest';
import { narrate } from '../../src/narrate/index.js';
import { voiceGender } from '../../src/model/voice.js';
import type { NarrationTemplate } from '../../src/config/types.js';
import type { Utterance } from '../../src/model/script.js';
import podcast from '../../templates/narration/podcast.json' with { type: 'json' };
import { article, heading, paragraph, quote, speaker, text } from './articles.js';

const template = podcast as NarrationTemplate;
const noIntro: NarrationTemplate = { ...template, intro: null, outro: null };
const spoken = (us: Utterance[]): string => us.map((u) => u.text).join(' | ');

const mod = speaker('mod', 'Ministry of Defense of Ukraine', { kind: 'organisation' });
const zelensky = speaker('z', 'Volodymyr Zelensky', { aliases: ['Zelensky'] });

describe('narrate', () => {
  it('reads the title first as a chapter, then each heading as a chapter', () => {
    const script = narrate(article([paragraph(text('Intro text.')), heading('On the front'), paragraph(text('More.'))]), noIntro);
    expect(script.utterances[0]).toMatchObject({ role: 'title', text: 'Trenches near Bakhmut', chapter: 'Trenches near Bakhmut', speakerName: 'Narrator' });
    expect(script.utterances.filter((u) => u.chapter).map((u) => u.chapter)).toEqual(['Trenches near Bakhmut', 'On the front']);
    expect(script.utterances.find((u) => u.role === 'heading')!.pauseBeforeMs).toBe(template.pauses.headingMs);
  });

  it('fills intro and outro from the template with the title, byline and source', () => {
    const script = narrate(article([paragraph(text('Body.'))]), template);
    const intro = script.utterances.filter((u) => u.role === 'intro').map((u) => u.displayText).join(' ');
    const outro = script.utterances.filter((u) => u.role === 'outro').map((u) => u.displayText).join(' ');
    expect(intro).toBe('Trenches near Bakhmut. By Jane Doe. A Lectern audio edition.');
    expect(outro).toBe('This was Trenches near Bakhmut. Example News.');
    expect(script.utterances[0]!.chapter).toBe('Trenches near Bakhmut');
  });

  it('reads a title that ends in its own full stop or question mark with one mark, not two', () => {
    const intro = (title: string): string =>
      narrate(article([paragraph(text('Body.'))], [], { title, byline: undefined }), template).utterances.filter((u) => u.role === 'intro').map((u) => u.displayText).join(' ');
    expect(intro('THE CASK OF AMONTILLADO.')).toBe('THE CASK OF AMONTILLADO. A Lectern audio edition.');
    expect(intro('Who pays?')).toBe('Who pays? A Lectern audio edition.');
  });

  it('leaves out a missing byline without stray punctuation', () => {
    const script = narrate(article([paragraph(text('Body.'))], [], { byline: undefined }), template);
    expect(script.utterances.filter((u) => u.role === 'intro').map((u) => u.displayText).join(' ')).toBe('Trenches near Bakhmut. A Lectern audio edition.');
  });

  it('says who speaks before a quote attributed after it, and does not read the bare attribution twice', () => {
    const a = article([paragraph(quote('mod', 'We are holding the line,'), text(' the Ministry of Defense of Ukraine reported. Fighting went on.'))], [mod]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => [u.role, u.displayText])).toEqual([
      ['cue', 'The Ministry of Defense of Ukraine reported:'],
      ['quote', '“We are holding the line.”'],
      ['narration', 'Fighting went on.'],
    ]);
    expect(spoken(us.filter((u) => u.role !== 'cue'))).not.toMatch(/reported/); // said once, in the announcement
  });

  it('drops "said <name>" and "<pronoun> <verb>" attributions too', () => {
    const a = article([
      paragraph(quote('z', 'We will win,'), text(' said Zelensky.')),
      paragraph(text('Later that day he spoke again. '), quote('z', 'It is hard,'), text(' he added.')),
    ], [zelensky]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => u.displayText)).toEqual([
      'Zelensky said:', '“We will win.”', 'Later that day he spoke again.', 'Volodymyr Zelensky added:', '“It is hard.”',
    ]);
  });

  it('announces with the text\'s own verb when it drops the attribution: "thought Alice;", "asked the Hatter"; "said" in other languages', () => {
    const alice = speaker('alice', 'Alice', { gender: 'female' });
    const hatter = speaker('hatter', 'Hatter', { aliases: ['the Hatter'] });
    const a = article([
      paragraph(quote('alice', 'Very odd,'), text(' thought Alice; '), quote('alice', 'but never mind.')),
      paragraph(quote('hatter', 'Is it?'), text(' asked the Hatter.')),
    ], [alice, hatter]);
    const us = narrate(a, noIntro).utterances.slice(1);
    // (a question keeps its mark, with no full stop added: it had been read "Is it?.")
    expect(us.map((u) => u.displayText)).toEqual(['Alice thought:', '“Very odd.”', '“but never mind.”', 'The Hatter asked:', '“Is it?”']);
    expect(spoken(us)).not.toMatch(/thought Alice|asked the Hatter/);
    const fr = article([paragraph(quote('hatter', 'Vraiment ?'), text(' a demandé the Hatter.'))], [hatter], { lang: 'fr' });
    expect(narrate(fr, noIntro).utterances.slice(1).map((u) => u.displayText)[0]).not.toMatch(/asked|demandé :/);
  });

  it('announces a first-person narrator as "I", as the text does', () => {
    const me = speaker('narrator', 'Narrator', { aliases: ['I'] });
    const a = article([paragraph(quote('narrator', 'Come in,'), text(' I replied.')), paragraph(text('He did.')), paragraph(quote('narrator', 'Sit down.'))], [me]);
    expect(narrate(a, noIntro).utterances.slice(1).map((u) => u.displayText)).toEqual(['I replied:', '“Come in.”', 'He did.', 'I said:', '“Sit down.”']);
  });

  it('announces a name the text always writes after "the" with it: "The Hatter said:", not "Hatter said:"', () => {
    const hatter = speaker('hatter', 'Hatter');
    const alice = speaker('alice', 'Alice');
    const a = article([
      paragraph(text('The Hatter looked up. Alice waited.')),
      paragraph(quote('hatter', 'Your hair wants cutting,'), text(' the Hatter went on at once, to nobody in particular.')),
      paragraph(quote('alice', 'You should learn not to make personal remarks,'), text(' Alice went on with some severity, looking at the Hatter.')),
    ], [hatter, alice]);
    const cues = narrate(a, noIntro).utterances.filter((u) => u.role === 'cue').map((u) => u.displayText);
    expect(cues).toEqual(['The Hatter said:', 'Alice said:']);
  });

  it('keeps a longer trailing attribution but still names the speaker first', () => {
    const a = article([paragraph(quote('z', 'It is hard,'), text(' Zelensky said on Tuesday, adding that help was coming.'))], [zelensky]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => u.displayText)).toEqual(['Volodymyr Zelensky said:', '“It is hard,”', 'Zelensky said on Tuesday, adding that help was coming.']);
  });

  it('moves the words of manner after an attribution into the announcement, so the attribution is heard once', () => {
    const alice = speaker('alice', 'Alice', { gender: 'female' });
    const hare = speaker('hare', 'March Hare', { aliases: ['the March Hare'] });
    const lee = speaker('lee', 'Ann Lee');
    const a = article([
      paragraph(quote('alice', 'There is plenty of room!'), text(' said Alice indignantly, and she sat down in a chair.')),
      paragraph(quote('hare', 'Have some tea,'), text(' the March Hare said in an encouraging tone.')),
      paragraph(quote('alice', 'I do,'), text(' Alice hastily replied; '), quote('alice', 'at least I mean what I say.')),
      paragraph(quote('lee', 'The pier will reopen,'), text(' Ann Lee told the BBC.')),
    ], [alice, hare, lee]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => [u.role, u.displayText])).toEqual([
      ['cue', 'Alice said indignantly:'], ['quote', '“There is plenty of room!”'], ['narration', 'and she sat down in a chair.'],
      ['cue', 'The March Hare said in an encouraging tone:'], ['quote', '“Have some tea.”'],
      ['cue', 'Alice hastily replied:'], ['quote', '“I do.”'], ['quote', '“at least I mean what I say.”'],
      ['cue', 'Ann Lee told the BBC:'], ['quote', '“The pier will reopen.”'],
    ]);
    // each word of the attributions once (the spoken text reads "BBC" letter by letter)
    expect(spoken(us).match(/indignantly|encouraging|hastily|B B C/g)).toEqual(['indignantly', 'encouraging', 'hastily', 'B B C']);
  });

  it('announces a name with the apposition that ends its sentence ("said Ann Lee, an analyst at the trust.")', () => {
    const lee = speaker('lee', 'Ann Lee');
    const a = article([paragraph(quote('lee', 'We are behind,'), text(' said Ann Lee, an analyst at the trust. The trust met.'))], [lee]);
    expect(narrate(a, noIntro).utterances.slice(1).map((u) => [u.role, u.displayText])).toEqual([
      ['cue', 'Ann Lee, an analyst at the trust, said:'], ['quote', '“We are behind.”'], ['narration', 'The trust met.'],
    ]);
  });

  it('announces where the speaker is from with the name, and never splits a name the text goes on with', () => {
    const ken = speaker('ken', 'Ken Lee');
    const reed = speaker('reed', 'Tom Reed', { aliases: ['chief executive'] });
    const a = article([
      paragraph(quote('ken', 'Rates will rise,'), text(' said Ken Lee at Harbour Economics.')),
      paragraph(text('The board met. '), quote('reed', 'We are ready,'), text(' said chief executive Sir Tom Reed.')),
    ], [ken, reed]);
    const cues = narrate(a, noIntro).utterances.filter((u) => u.role === 'cue').map((u) => u.displayText);
    // (the second is left as before: announced by name, the clause read as written)
    expect(cues).toEqual(['Ken Lee at Harbour Economics said:', 'Tom Reed said:']);
  });

  it('takes no full stop after an abbreviation for the end of the attribution ("said Ken Lee in Sept. 2004")', () => {
    const ken = speaker('ken', 'Ken Lee');
    const a = article([paragraph(quote('ken', 'Rates will rise,'), text(' Ken Lee said in Sept. 2004 to the board.'))], [ken]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => [u.role, u.displayText])).toEqual([
      ['cue', 'Ken Lee said:'], ['quote', '“Rates will rise,”'], ['narration', 'Ken Lee said in Sept. 2004 to the board.'],
    ]);
  });

  it('leaves an attribution that goes on with a clause of its own as it is written', () => {
    const lee = speaker('lee', 'Ann Lee');
    const a = article([
      paragraph(quote('lee', 'We are behind,'), text(' said Ann Lee, who has run the trust since 2019.')),
      paragraph(text('The trust met. '), quote('z', 'It is late,'), text(' Zelensky said on Tuesday, adding that help was coming.')),
      paragraph(quote('lee', 'No,'), text(' said Ann Lee, in a statement.')),
    ], [lee, zelensky]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.filter((u) => u.role === 'cue').map((u) => u.displayText)).toEqual(['Ann Lee said:', 'Volodymyr Zelensky said:', 'Ann Lee said:']);
    expect(us.filter((u) => u.role === 'narration').map((u) => u.displayText)).toEqual([
      'said Ann Lee, who has run the trust since 2019.', 'The trust met.', 'Zelensky said on Tuesday, adding that help was coming.', 'said Ann Lee, in a statement.',
    ]);
  });

  it('does not announce a speaker already named before the quote', () => {
    const a = article([paragraph(text('Zelensky said: '), quote('z', 'We will win.'))], [zelensky]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => [u.role, u.displayText])).toEqual([['narration', 'Zelensky said:'], ['quote', '“We will win.”']]);
  });

  it('gives each speaker a voice of their own, in order of first appearance, consistent and distinct from the narrator', () => {
    const a = article([
      paragraph(text('First: '), quote('z', 'One.'), text(' Then: '), quote('mod', 'Two.')),
      paragraph(text('Again: '), quote('z', 'Three.')),
    ], [mod, zelensky]);
    const us = narrate(a, noIntro).utterances;
    const voiceOf = (id: string): string[] => [...new Set(us.filter((u) => u.speakerId === id).map((u) => `${u.voice}/${u.pitch}`))];
    expect(voiceOf('z')).toEqual([`${template.speakerVoices[0]!.voice}/${template.speakerVoices[0]!.pitch}`]);
    expect(voiceOf('mod')).toEqual([`${template.speakerVoices[1]!.voice}/${template.speakerVoices[1]!.pitch}`]);
    const narrator = us.filter((u) => !u.speakerId);
    expect(new Set(narrator.map((u) => u.voice))).toEqual(new Set([template.narrator.voice]));
    expect(us.filter((u) => u.speakerId === 'z').every((u) => u.speakerName === 'Volodymyr Zelensky')).toBe(true);
  });

  it('gives a man a male voice and a woman a female one, whatever order they come in; others take the next voice free', () => {
    const ann = speaker('ann', 'Ann Moss', { gender: 'female' });
    const tom = speaker('tom', 'Tom Pound', { gender: 'male' });
    const lee = speaker('lee', 'Lee', {});
    const a = article([paragraph(text('A: '), quote('ann', 'One.'), text(' B: '), quote('mod', 'Two.'), text(' C: '), quote('tom', 'Three.'), text(' D: '), quote('lee', 'Four.'))], [ann, mod, tom, lee]);
    const voices = new Map(narrate(a, noIntro).utterances.filter((u) => u.speakerId).map((u) => [u.speakerId!, u.voice]));
    expect(template.speakerVoices.slice(0, 3).map((v) => voiceGender(v.voice))).toEqual(['male', 'female', 'male']);
    // Ann takes the first female voice, though a male one comes first in the list; the ministry the first one free; Tom the next male one.
    expect(voiceGender(voices.get('ann')!)).toBe('female');
    expect(voices.get('ann')).toBe(template.speakerVoices[1]!.voice);
    expect(voices.get('mod')).toBe(template.speakerVoices[0]!.voice);
    expect(voices.get('tom')).toBe(template.speakerVoices[2]!.voice);
    expect(voices.get('lee')).toBe(template.speakerVoices[3]!.voice);
    expect(new Set(voices.values()).size).toBe(4);
  });

  it('reads a fourth man in a male voice a pitch apart, not in a woman\'s voice left free', () => {
    const men = ['a', 'b', 'c', 'd'].map((id) => speaker(id, `Man ${id}`, { gender: 'male' }));
    const a = article([paragraph(...men.flatMap((m) => [text('He said: '), quote(m.id, 'Yes.'), text(' ')]))], men);
    const voices = new Map(narrate(a, noIntro).utterances.filter((u) => u.speakerId).map((u) => [u.speakerId!, `${u.voice}/${u.pitch}`]));
    expect([...voices.values()].every((v) => voiceGender(v.split('/')[0]!) === 'male')).toBe(true);
    expect(new Set(voices.values()).size).toBe(4);
    const first = template.speakerVoices[0]!;
    expect(voices.get('d')).toBe(`${first.voice}/${first.pitch + 12}`);
  });

  it('lets a speaker file choose the voice', () => {
    const a = article([paragraph(text('He said: '), quote('z', 'Yes.'))], [{ ...zelensky, voice: 'en-gb+m1' }]);
    expect(narrate(a, noIntro).utterances.find((u) => u.role === 'quote')!.voice).toBe('en-gb+m1');
  });

  it('keeps nested quotations and quotes without a speaker in the current voice', () => {
    const nested = quote(undefined, 'Iron Will', { depth: 1, open: '‘', close: '’' });
    const a = article([paragraph(text('He said: '), { ...quote('z', ''), children: [text('The operation '), nested, text(' goes on.')] }, text(' The so-called '), quote(undefined, 'referendum'), text(' failed.'))], [zelensky]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => [u.role, u.speakerId ?? '-', u.displayText])).toEqual([
      ['narration', '-', 'He said:'],
      ['quote', 'z', '“The operation ‘Iron Will’ goes on.”'],
      ['narration', '-', 'The so-called “referendum” failed.'],
    ]);
  });

  it('puts a pause around quotes and a longer one at the end of a paragraph', () => {
    const a = article([paragraph(text('He said: '), quote('z', 'Yes.'), text(' Then he left.')), paragraph(text('Next.'))], [zelensky]);
    const us = narrate(a, noIntro).utterances;
    const q = us.find((u) => u.role === 'quote')!;
    expect([q.pauseBeforeMs, q.pauseAfterMs]).toEqual([template.pauses.aroundQuoteMs, template.pauses.aroundQuoteMs]);
    expect(us.find((u) => u.displayText === 'Then he left.')!.pauseAfterMs).toBe(template.pauses.paragraphMs);
  });

  it('speaks quote cues when the template asks', () => {
    const cued: NarrationTemplate = { ...noIntro, cues: { ...noIntro.cues, spokenQuoteCues: true } };
    const a = article([paragraph(text('He said: '), quote('z', 'Yes.'))], [zelensky]);
    expect(narrate(a, cued).utterances.slice(1).map((u) => u.text)).toEqual(['He said:', 'quote', 'Yes.', 'end quote']);
  });

  it('reads a block quotation in its speaker’s voice, announced unless the text just named them', () => {
    const bq = { type: 'blockquote' as const, speakerId: 'z', children: [paragraph(text('We maintain our positions.'))] };
    const announced = narrate(article([paragraph(text('The front was quiet.')), bq], [zelensky]), noIntro).utterances.slice(1);
    expect(announced.map((u) => [u.role, u.displayText])).toEqual([
      ['narration', 'The front was quiet.'], ['cue', 'Volodymyr Zelensky said:'], ['quote', 'We maintain our positions.'],
    ]);
    const introduced = narrate(article([paragraph(text('Zelensky said:')), bq], [zelensky]), noIntro).utterances.slice(1);
    expect(introduced.map((u) => u.role)).toEqual(['narration', 'quote']);
  });

  it('splits text into one utterance per sentence and normalises it for speech', () => {
    const a = article([paragraph(text('Some 70,000 troops of the 93rd brigade moved 15 km. AFP could not verify it.'))]);
    const us = narrate(a, noIntro).utterances.slice(1);
    expect(us.map((u) => u.text)).toEqual(['Some seventy thousand troops of the ninety-third brigade moved fifteen kilometres.', 'A F P could not verify it.']);
    expect(us[0]!.displayText).toBe('Some 70,000 troops of the 93rd brigade moved 15 km.');
  });

  it('applies a pronunciation lexicon from the template or the caller', () => {
    const a = article([paragraph(text('Bakhmut held.'))]);
    const withLexicon = { ...noIntro, lexicon: { Bakhmut: 'Bakh-moot' } } as NarrationTemplate;
    expect(narrate(a, withLexicon).utterances[1]!.text).toBe('Bakh-moot held.');
    expect(narrate(a, noIntro, { lexicon: { Bakhmut: 'Bakhmoot' } }).utterances[1]!.text).toBe('Bakhmoot held.');
  });

  it('is JSON-serialisable and deterministic', () => {
    const a = article([paragraph(quote('z', 'Yes,'), text(' he said.'))], [zelensky]);
    const one = narrate(a, template);
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
    expect(narrate(a, template)).toEqual(one);
  });
});
