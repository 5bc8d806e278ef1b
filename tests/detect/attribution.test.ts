import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './helpers.js';

describe('attribution', () => {
  it('takes the speaker from a verb after the quote, name first', () => {
    expect(who('“We hold our positions,” Zelenskyy said.')).toMatchObject([{ speaker: 'Zelenskyy', rule: 'verb-after' }]);
  });

  it('takes the speaker from a verb after the quote, verb first', () => {
    expect(who('“Out of 13 guys, we lost two,” said Gustafon.')).toMatchObject([{ speaker: 'Gustafon' }]);
  });

  it('takes an organisation as a speaker', () => {
    const [q] = who('“It is not footage from a film,” the Ministry of Defense of Ukraine reported.');
    expect(q?.speaker).toBe('Ministry of Defense of Ukraine');
  });

  it('takes the speaker from a verb before the quote, with a colon', () => {
    expect(who('Kathryn Waters said: “Pop art was about culture.”')).toMatchObject([{ speaker: 'Kathryn Waters', rule: 'verb-before' }]);
  });

  it('skips the apposition between a name and its verb', () => {
    expect(who('Hilary Braysmith, USI associate professor of art history, said, "I think it was ground-breaking."')).toMatchObject([{ speaker: 'Hilary Braysmith' }]);
  });

  it('reads a dash attribution after the quote', () => {
    expect(who('"So far, it\'s the Internet: 1, Scientology: 0." - Matthew Ingram')).toMatchObject([{ speaker: 'Matthew Ingram', rule: 'dash-attribution' }]);
  });

  it('reads "according to"', () => {
    expect(who('According to Kristen Wilkins, "the program is generous."')).toMatchObject([{ speaker: 'Kristen Wilkins', rule: 'according-to' }]);
  });

  it('resolves "he" to the most recent person introduced as a source', () => {
    const text = 'AFP spoke with the 50-year-old soldier, called “Polyak”, who recalled the battle.\n\n“I only drank coffee,” he said.';
    expect(who(text)).toMatchObject([{ speaker: 'Polyak', rule: 'verb-after' }]);
  });

  it('resolves a description that follows a quote by that speaker to the same speaker', () => {
    const text = 'The soldier, called “Polyak”, spoke.\n\n“I only drank coffee,” he said.\n\n“We lost two fighters,” said the slightly injured Pole.';
    expect(who(text).map((q) => q.speaker)).toEqual(['Polyak', 'Polyak']);
  });

  it('resolves a title to the person introduced with it', () => {
    const text = 'The President of Ukraine, Volodymyr Zelenskyi, claims that his troops will win.\n\n“We will win,” the president said.';
    expect(who(text)).toMatchObject([{ speaker: 'Volodymyr Zelenskyi' }]);
  });

  it('merges name variants: Zelenskyi and Zelenskyy are one speaker', () => {
    const text = 'Volodymyr Zelenskyi said: “We hold.”\n\n“We will win,” Zelenskyy said.';
    expect(who(text).map((q) => q.speaker)).toEqual(['Volodymyr Zelenskyi', 'Volodymyr Zelenskyi']);
  });

  it('gives a quote interrupted by its attribution one speaker for both parts', () => {
    expect(who('“Pop art,” Kathryn Waters said. “That is why he did the cans.”').map((q) => q.speaker)).toEqual(['Kathryn Waters', 'Kathryn Waters']);
  });

  it('gives a quote without a verb to the subject of a report of speech in its paragraph', () => {
    expect(who('Kiara Perkins, an art major, admitted she skipped class. Why did she go? "It\'s Warhol. He is a legend."')).toMatchObject([{ speaker: 'Kiara Perkins' }]);
  });

  it('keeps the speaker for a quote alone in its paragraph right after an attributed one (news)', () => {
    expect(who('“First part,” the minister said.\n\n“And a second paragraph.”').map((q) => q.speaker)).toEqual(['the minister', 'the minister']);
  });

  it('reads interview labels', () => {
    const text = 'Richman: Yes, all tropical cyclones weaken.\n\nSnow: It will lose strength.\n\nZhang: Yes.';
    expect(who(text).map((q) => q.speaker)).toEqual(['Richman', 'Snow', 'Zhang']);
  });

  it('reads French guillemets with French verbs, before and after', () => {
    const text = 'Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ».\n\n« Non, il ne faut pas être inquiet », a répondu la porte-parole de la fédération.\n\n« C’est clair », a-t-elle dit.';
    expect(who(text, 'fr').map((q) => q.speaker)).toEqual(['Febelfin', 'la porte-parole de la fédération', 'la porte-parole de la fédération']);
  });

  it('warns nothing but leaves no speaker when none can be found', () => {
    expect(who('There was a sign: “Keep out of the water, please.”')).toMatchObject([{ speaker: null }]);
  });

  it('alternates between the two speakers of a dialogue for unattributed lines', () => {
    const text = [
      '“My dear Fortunato, you are luckily met,” I said.', '“How?” said he.', '“I have my doubts,” I replied.',
      '“Amontillado!”', '“I have my doubts.”', '“Amontillado!”', '“And I must satisfy them.”',
    ].join('\n\n');
    expect(who(text).map((q) => q.speaker)).toEqual(['Narrator', 'Fortunato', 'Narrator', 'Fortunato', 'Narrator', 'Fortunato', 'Narrator']);
  });

  it('lets the one person who has spoken go on in a run of lone quotations: no turns are taken with one voice', () => {
    const text = [
      'Mayor Ann Lee told the Herald her plan would “fix the roads” before winter.',
      'What that means was left open, since Lee spoke only in general terms during the interview.',
      '“We have to do something, and this is the only way.”', '“We have to be a lot faster than we were last year.”', '“We are not moving quickly enough.”',
    ].join('\n\n');
    expect(who(text).map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee', 'Ann Lee', 'Ann Lee']);
  });

  it('reads Joyce-style dash dialogue with the attribution inside the line', () => {
    const text = 'Buck Mulligan peeped an instant under the mirror.\n\n—Back to barracks! he said sternly.';
    expect(who(text)).toMatchObject([{ text: 'Back to barracks!', speaker: 'Buck Mulligan' }]);
  });
});

describe('paragraphs opened by a dash that are a list, not dialogue', () => {
  it('reads items after a colon, closed by semicolons, as a list: no quotation, and the quotation inside an item is found', () => {
    const body = [
      'The council gave three reasons for the closure:',
      '— Falling numbers of visitors since the bridge was rebuilt;.',
      '— A roof that both the “independent” surveyor and the insurer called unsafe;',
      '— The cost of heating a hall that stands empty most evenings.',
      'The mayor said the decision was final.',
    ].join('\n\n');
    expect(quotesOf(body, { rules: true })).toEqual([{ text: 'independent', kind: 'term', speaker: null }]);
  });

  it('keeps dash lines after a colon as dialogue when they are not closed by semicolons', () => {
    const text = 'Marie turned to her brother and said:\n\n—Come down to the harbour with me.\n\n—Not tonight, he said.';
    expect(who(text).map((q) => q.text)).toEqual(['Come down to the harbour with me.', 'Not tonight']);
  });
});

describe('a name and a few words over the paragraph about that person: a subheading, not an interview label', () => {
  it('reads "Name: Goal." lines of a guide, each over a paragraph about that name, as no one\'s words', () => {
    const body = [
      'What each runner needs in Saturday\'s race:',
      'Okafor: Win from the front.',
      'Paul Okafor has led every race this season, usually by a street.',
      'Lindqvist: Hold on.',
      'Sara Lindqvist ran the course twice last week and knows its hills.',
      'Moreau: A fast finish.',
      'Claire Moreau saves her best for the last mile, her coach says.',
    ].join('\n\n');
    expect(quotesOf(body, { rules: true })).toEqual([]);
  });

  it('keeps plain labels of a transcript whose answers are followed by the next label', () => {
    const text = ['Okafor: We trained on the hills all winter.', 'Lindqvist: I did not expect to win today.', 'Okafor: Nobody did.'].join('\n\n');
    expect(who(text).map((q) => q.speaker)).toEqual(['Okafor', 'Lindqvist', 'Okafor']);
  });
});
