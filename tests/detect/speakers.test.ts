import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { speakerGender } from '../../src/detect/gender.js';
import { vocatives } from '../../src/detect/continuity.js';
import { readPhrase } from '../../src/detect/names.js';
import { sameName, SpeakerRegistry } from '../../src/detect/speakers.js';
import { parseSource } from '../../src/parse/index.js';

/** The speakers' names detect() finds in a plain-text article (title line first). */
const speakerNames = (text: string): string[] => detect(parseSource(text, 'a.txt', 'text').article).article.speakers.map((s) => s.name);

/** Detects a plain-text article: the speaker's name of each direct quotation in order, and every speaker's name. */
function directSpeakers(body: string): { said: (string | undefined)[]; names: string[] } {
  const a = detect(parseSource(body, 'a.txt', 'text').article).article;
  return { said: a.quotations.filter((q) => q.kind === 'direct').map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name), names: a.speakers.map((s) => s.name) };
}

describe('speaker names', () => {
  it('merges spellings one letter apart: Zelenskyi and Zelenskyy', () => {
    expect(sameName('Volodymyr Zelenskyi', 'Zelenskyy')).toBe(true);
    expect(sameName('Water', 'Kathryn Waters')).toBe(true);
    expect(sameName('Kristen Wilkins', 'Kristin Wilkins')).toBe(true);
  });

  it('reads a name that starts like an article ("Lee", "Laura", "Theresa") as the name, not as "le" or "la" and the rest', () => {
    expect(sameName('Ann Lee', 'Lee')).toBe(true);
    expect(sameName('Laura Moss', 'Laura')).toBe(true);
    expect(sameName('Theresa May', 'May')).toBe(true);
    expect(sameName('the Prime Minister', 'Prime Minister')).toBe(true);
  });

  it('leaves out a role or a hyphened description that opens a sentence before the name, and keeps titles of rank and names of bodies', () => {
    const registry = new SpeakerRegistry();
    expect(registry.register('Keeper Tom Reed')).toMatchObject({ names: ['Tom Reed'], titles: ['Keeper'] });
    expect(registry.register('Man-of-the-match Ann Moss').names).toEqual(['Ann Moss']);
    expect(registry.register('Oscar-nominated Hale').names).toEqual(['Hale']);
    expect(registry.register('Prince Saud Al-Faisal').names).toEqual(['Prince Saud Al-Faisal']);
    expect(registry.register('President Lula').names).toEqual(['President Lula']);
    expect(registry.register('Citizens Against Crime').names).toEqual(['Citizens Against Crime']);
    expect(registry.register('Economist Intelligence Unit').names).toEqual(['Economist Intelligence Unit']);
    expect(speakerNames('Test\n\nActor Sam Vale went on stage. "I was terrified," Vale said.')).toEqual(['Sam Vale']);
  });

  it('takes no sentence adverb for a name ("Overall, B&B said …", "Instead the RFU …")', () => {
    expect(speakerNames('Test\n\nOverall, B&B said that "housing market fundamentals remain strong".')).not.toContain('Overall');
    expect(speakerNames('Test\n\nInstead the RFU said it would "set out any concerns" in a letter.')).toEqual(['RFU']);
    for (const adverb of ['Possibly', 'Probably']) expect(readPhrase(adverb)).toBeUndefined();
  });

  it('takes a list of nouns that opens a quotation for no one addressed ("Trust, plain-speaking and straight talking is …")', () => {
    const registry = new SpeakerRegistry();
    vocatives(registry, 'Trust, plain-speaking and straight talking is what matters to me,');
    vocatives(registry, 'Alice, come and sit down.');
    expect(registry.all().map((e) => e.names[0])).toEqual(['Alice']);
    // (nor a list of short words, at its start or its end: "Latino, non-Latino, Irish, non-Irish, Caucasian.")
    vocatives(registry, 'Latino, non-Latino, Irish, non-Irish, Caucasian.');
    vocatives(registry, 'Come in, Tom.');
    expect(registry.all().map((e) => e.names[0])).toEqual(['Alice', 'Tom']);
  });

  it('takes a sentence adverb that opens a quotation for no one addressed ("Obviously, I don’t know …")', () => {
    const registry = new SpeakerRegistry();
    vocatives(registry, 'Obviously, I don’t know what he thinks,');
    vocatives(registry, 'Frankly, it was a mess.');
    vocatives(registry, 'Tom, you were there.');
    expect(registry.all().map((e) => e.names[0])).toEqual(['Tom']);
    expect(speakerNames('Test\n\n"Obviously, I don\'t know what he thinks," Ann Reed said.')).toEqual(['Ann Reed']);
  });

  it('keeps apart people who only share a surname', () => {
    expect(sameName('Mr. Bennet', 'Mrs. Bennet')).toBe(false);
    expect(sameName('John Smith', 'Mary Smith')).toBe(false);
  });

  it('sets a title before a name aside ("Professor Ann Lee", "Gen Musharraf", "Judge Clark") and a possessive after it (BBC rounds, seen)', () => {
    expect(sameName('Professor Kerstin Dautenhahn', 'Kerstin Dautenhahn')).toBe(true);
    expect(sameName('General Musharraf', 'Gen Musharraf')).toBe(true);
    expect(sameName('Archbishop Tutu', 'Desmond Tutu')).toBe(true);
    expect(sameName('Judge Clark', 'Letitia Clark')).toBe(true);
    expect(sameName("Mr Snow's", 'John Snow')).toBe(true);
    // a title word that ends the name is the name: "Mr Major", "John Bishop"
    expect(sameName('Mr Major', 'John Major')).toBe(true);
    expect(sameName('John Bishop', 'Mary Bishop')).toBe(false);
    expect(sameName('Professor Ann Lee', 'Professor Tom Lee')).toBe(false);
  });

  it('reads “Sir” with a given name as the knight named in full (“Sir Tom Reed” then “Sir Tom”), and no other way', () => {
    expect(sameName('Sir Tom Reed', 'Sir Tom')).toBe(true);
    expect(sameName('Sir Tom', 'Tom Reed')).toBe(false);
    expect(sameName('Mr Tom', 'Mr Tom Reed')).toBe(false);
    expect(sameName('Lord Reed', 'Lord Tom')).toBe(false);
  });

  it('keeps a surname that ends in -ly (“Ms Kelly”, “Eli Lilly”): only a lower-case adverb is dropped from a name', () => {
    const text = 'Title\n\nMs Kelly said: "It will work."\n\n"We are ready," Ms Kelly added recently. "Sales rose," Eli Lilly said.';
    expect(speakerNames(text)).toEqual(['Ms Kelly', 'Eli Lilly']);
  });

  it('gives one voice to a person named with and without a title in one article', () => {
    const text =
      'Title\n\n"Robots must be polite," said Professor Ann Dale, project leader at Northgate.\n\n' +
      '"They learn fast," Professor Dale told the BBC. "Give them time," concluded Professor Dale.\n';
    expect(speakerNames(text)).toEqual(['Professor Ann Dale']);
  });

  it('keeps apart organisations that only share words', () => {
    expect(sameName('Ministry of Defense of Ukraine', 'Britain’s Ministry of Defense')).toBe(false);
  });

  it('matches an organisation with its acronym or portmanteau', () => {
    expect(sameName('BBC', 'British Broadcasting Corporation')).toBe(true);
    expect(sameName('Febelfin', 'Fédération belge du secteur financier')).toBe(true);
  });

  it('names a speaker by the fullest form and keeps the others as aliases', () => {
    const registry = new SpeakerRegistry();
    registry.register('Zelenskyy').spoke = true;
    registry.register('Volodymyr Zelenskyi', { title: 'President of Ukraine' });
    const { speakers } = registry.toSpeakers();
    expect(speakers).toEqual([
      { id: 'volodymyr-zelenskyi', name: 'Volodymyr Zelenskyi', aliases: ['Zelenskyy', 'President of Ukraine'], kind: 'person', evidence: [], gender: 'male' },
    ]);
  });

  it('finds the person a title belongs to', () => {
    const registry = new SpeakerRegistry();
    const z = registry.register('Volodymyr Zelenskyi', { title: 'President of Ukraine' });
    expect(registry.find('the president')).toBe(z);
  });

  it('tells organisations from people', () => {
    const registry = new SpeakerRegistry();
    expect(registry.register('Ministry of Defense of Ukraine').kind).toBe('organisation');
    expect(registry.register('news.ro').kind).toBe('organisation');
    expect(registry.register('Kathryn Waters').kind).toBe('person');
  });
});

describe('two people of one surname', () => {
  it('keeps a wife named in full apart from her husband known by the bare surname, when the text gave him another given name', () => {
    const body = [
      'Thief jailed',
      'Tomas Lehel Hale, 44, was jailed on Thursday. Hale admitted the thefts in May.',
      '"We need him because life is hard," his wife, Gabriela Ann Hale, wrote in a letter to the court.',
      'Although he told the police that he wanted "a better world for our children," he stole from a hundred people.',
    ].join('\n\n');
    const { said, names } = directSpeakers(body);
    expect(said).toEqual(['Gabriela Ann Hale', 'Hale']);
  });
});

describe('a group named after a person ("Lee aides")', () => {
  it('is not that person, and is never "he" or "she"', () => {
    expect(sameName('Lee', 'Lee aides')).toBe(false);
    expect(sameName('Stephen', 'Stephen Dedalus')).toBe(true);
    const body = 'Roads\n\nAt an event, Lee unveiled a plan. "Here in Harlow, I remember the snow," she told the crowd.\n\nLee aides said details of her tax plan will be unveiled soon.\n\n"Our roads are crumbling," she said.';
    const { said, names } = directSpeakers(body);
    expect(said).toEqual(['Lee', 'Lee']);
    expect(names).toContain('Lee aides');
  });
});

describe('a speaker\'s gender, for the narration\'s choice of voice', () => {
  const genders = (body: string): Record<string, string | undefined> => {
    const { article } = detect(parseSource(`A headline for the test\n\n${body}\n`, 'g.txt', 'text').article);
    return Object.fromEntries(article.speakers.map((s) => [s.name, s.gender]));
  };

  it('comes from an honorific, or from the "he" or "she" that reports the person; a body has none', () => {
    expect(genders('"We will appeal," said Mrs Dana Pike. "It is not over," Lin Hrib said. "We stand by it," he added. "No comment," the Northgate Trust said.')).toEqual({
      'Mrs Dana Pike': 'female',
      'Lin Hrib': 'male',
      'Northgate Trust': undefined,
    });
  });

  it('trusts a name over the pronouns, the pronouns over a title, and reads nothing into "Le" or a long sentence', () => {
    expect(speakerGender(['Mr Lin Oduya'], [], ['she said'])).toBe('male');
    expect(speakerGender(['Lin Oduya'], ['his wife'], ['he said', 'he added', 'she said'])).toBe('male');
    expect(speakerGender(['Lin Oduya'], ['his wife'], [])).toBe('female');
    expect(speakerGender(['Lin Oduya', 'the old woman'], [], ['he said'])).toBe('male'); // a description taken for a name is no honorific
    expect(speakerGender(['Marine Le Pen'], [], [])).toBeUndefined();
    expect(speakerGender(['Lin Oduya'], [], ['Lin Oduya, who spoke after she had left the hall, said'])).toBeUndefined();
  });

  it('is left unknown when the text gives no sign', () => {
    expect(genders('"We will appeal," said Lin Oduya.')).toEqual({ 'Lin Oduya': undefined });
  });
});

/** A case of a rule table: our own paragraphs, the speakers of their direct quotations in order, and a name no speaker may have. */
interface RuleCase { rule: string; paragraphs: string[]; said: (string | undefined)[]; notSpeaker?: string }

/**
 * Rules learnt from the errors of held-out rounds 158 to 160, each on sentences of our own: the speakers of the
 * direct quotations in order (and a name that must not become a speaker).
 */
const FROM_ROUNDS_158_TO_160: RuleCase[] = [
  {
    rule: 'an adverb that opens a sentence ("Even Lena Park, …"): is no part of the name, and the sentence still gives "she" her subject',
    paragraphs: [
      'Vote row',
      'Governor Tom Hale said the count was "crooked from the start."',
      'Even Lena Park, Hale\'s deputy, cannot calm the row. "We will accept the result of the count," she said on Sunday.',
    ],
    said: ['Tom Hale', 'Lena Park'],
    notSpeaker: 'Even Lena Park',
  },
  {
    rule: '"…, only for X to tweet that “…”": gives the second quotation to the one "for" names, not the speaker of the first',
    paragraphs: [
      'Vote row',
      'Lena Park is the governor\'s deputy.',
      '"We will accept the result of the count," she said on Sunday, only for Governor Tom Hale to tweet on Monday that "the count is crooked."',
    ],
    said: ['Lena Park', 'Tom Hale'],
  },
  {
    rule: '"Now Lee is doing …, announcing …" (an adverb before the subject of a report): gives the quotation to the subject after the adverb, not the last name before the quote',
    paragraphs: [
      'Vote row',
      'Governor Tom Hale said the count was "crooked from the start."',
      'Now Lena Park is doing many of the right things - condemning Hale\'s remarks, announcing she won\'t campaign with Hale and telling members to "do what is best for your district" regarding Hale.',
    ],
    said: ['Tom Hale', 'Lena Park'],
  },
  {
    rule: 'a verb form in -s after an article or a preposition ("in a series of tweets:"): is a plural noun, so the subject before the colon speaks',
    paragraphs: ['Vote row', 'Lena Park spoke on Monday.', 'Governor Tom Hale hit back at Park in a series of tweets: "She is weak and slow!"'],
    said: ['Tom Hale'],
  },
  {
    rule: 'a title and a surname before a colon ("President Hale released the following statement:"): speaks the block that follows, not the last name before it',
    paragraphs: [
      'Old friends',
      'As mayor in 1983, Tom Hale was photographed with Ann Reed and then Governor Lena Park at a fair.',
      'When Reed died in 1998, President Hale released the following statement:',
      '"We offer our condolences to her family and friends."',
    ],
    said: ['President Hale'],
  },
  {
    rule: '"In a 1963 speech, he declared:" closing a paragraph: gives the next paragraph to the subject of the sentence before, not the last man who spoke',
    paragraphs: [
      'Old speeches',
      'Governor Tom Hale said the comparison was "unfair and wrong."',
      'Ben Marsh (a Whig) was the voice of the old order, and he carried that message to the 1972 convention. In a 1963 speech, he declared:',
      '"Today we sound the drum for freedom as our fathers did before us."',
    ],
    said: ['Tom Hale', 'Ben Marsh'],
  },
  {
    rule: '"a confident-seeming Marsh bragged …. “…,” he said.": reads the name after an article and words that describe him as the subject',
    paragraphs: [
      'Campaign trouble',
      'His enemies, led by ousted manager Tom Hale, never thought so.',
      'X.',
      'In an interview in late May, a confident-seeming Marsh bragged about his success. "This is not a hard race," he said.',
    ],
    said: ['Marsh'],
  },
  {
    rule: 'a long title and a name closing the sentence after the words ("…” that …, Justice Department senior trial counsel Annabelle Louisa Reedman wrote in a court filing"): gives the quotation to that name',
    paragraphs: [
      'Records case',
      'The group has sued the State Department for the records.',
      '"If State obtains more records, it intends to search them" that would answer requests from the group, Justice Department senior trial counsel Annabelle Louisa Reedman wrote in a court filing.',
    ],
    said: ['Annabelle Louisa Reedman'],
  },
  {
    rule: 'a quotation that opens with a pronoun and a comma ("He, with his …"): addresses no one called "He", so the next "he continued" is still the speaker',
    paragraphs: [
      'Campaign trouble',
      '"Tom Hale is going to make this look like a stolen election," Ben Marsh said on the radio. "He, with his new friends, will divide us."',
      'He continued, "There will be a third party by the spring."',
    ],
    said: ['Ben Marsh', 'Ben Marsh', 'Ben Marsh'],
    notSpeaker: 'He',
  },
  {
    rule: 'a relative clause whose subject is named after "who" (", who Marsh on Wednesday called “…”"): gives the words to that subject, not the one "who" stands for',
    paragraphs: [
      'Radio feud',
      'Ben Marsh has turned on the campaign. Much of his anger was directed at Tom Hale, who Marsh on Wednesday called "a reckless and dangerous man."',
    ],
    said: ['Ben Marsh'],
  },
  {
    rule: 'words inside a bracketed aside ("(Park called it “…” and was “…”), Hale inflamed …"): are the aside subject\'s, and the sentence after the aside is its own subject\'s',
    paragraphs: [
      'Office fire',
      'Governor Tom Hale spoke in Raleigh on Sunday.',
      'After the firebombing of a county office (Lena Park called it "a shameful act" and was "glad that no one was hurt"), Hale inflamed tensions by saying, "Thugs working for my rivals did this."',
    ],
    said: ['Lena Park', 'Lena Park', 'Tom Hale'],
  },
  {
    rule: 'a participle after "by" in a clause a conjunction opens ("…, although Hale won the spin by declaring himself the “…”"): gives the words to that clause\'s subject, not the sentence\'s',
    paragraphs: [
      'Primary history',
      'The state has a long record of surprises: Ben Marsh of Ohio won the 1992 primary here, although Tom Hale won the spin by declaring himself the "comeback kid" on the night.',
    ],
    said: ['Tom Hale'],
  },
  {
    rule: '"talks of" as a verb of speech, and a verb after a comma that shares the clause\'s subject: gives "when he talks of X meeting “…”" to "he", not the body that protested',
    paragraphs: [
      'Campaign row',
      'Tom Hale spoke in Ohio on Monday.',
      'Hale in recent days has suggested Park is unwell, talked of a "stolen election" and attacked the press. The League of Fair Voters has protested Hale\'s use of old slurs when he talks of Park meeting "in secret with foreign banks to plot against us."',
    ],
    said: ['Tom Hale', 'Tom Hale'],
  },
  {
    rule: '"coined" as a verb of speech ("He has coined a new phrase, “…”"): gives the phrase to the one who coined it, not the last name before it',
    paragraphs: [
      'Stump speech',
      'Mr. Hale has sharpened his language amid attacks from Senator Ben Marsh over immigration.',
      'He has coined a new phrase, "undocumented voters," to describe those in the country illegally.',
    ],
    said: ['Hale'],
  },
  {
    rule: '"his campaign sent out a fundraising email. “…,” read the email.": gives the email to the campaign of the man "his" means',
    paragraphs: [
      'Delegate count',
      'Tom Hale has said he will fight all the way to the convention.',
      'On Saturday, his campaign sent out a fundraising email stressing his effect on the race. "Our movement has already changed the debate," read the email.',
    ],
    said: ['Hale campaign'],
  },
  {
    rule: 'a writing named again five paragraphs after its maker set it up, past an apposition ("Ann Reed, a radio host in Harbour, Nova Scotia, has set up a website …"): the maker speaks what "the website explains"',
    paragraphs: [
      'Island refuge',
      'Now one kind islander wants to help visitors keep their promise.',
      'Ann Reed, a radio host in Harbour, Nova Scotia, has set up a website that pitches the island as a new home.',
      'Reed told the Post she has already received hundreds of emails.',
      'She is glad of the attention.',
      'Reed is also honest about the island\'s troubles.',
      'The winters are long.',
      '"A slow economy has us on a hard path," the website explains.',
    ],
    said: ['Ann Reed'],
  },
];

/** Each case's direct quotations have the speakers it lists; a case with `notSpeaker` names no speaker so. */
function checksRuleTable(cases: RuleCase[]): void {
  it.each(cases)('$rule', ({ paragraphs, said }) => {
    expect(directSpeakers(paragraphs.join('\n\n')).said).toEqual(said);
  });
  it.each(cases.filter((c) => c.notSpeaker !== undefined))('no speaker named $notSpeaker: $rule', ({ paragraphs, notSpeaker }) => {
    expect(directSpeakers(paragraphs.join('\n\n')).names).not.toContain(notSpeaker);
  });
}

describe('attribution rules from the errors of rounds 158 to 160', () => checksRuleTable(FROM_ROUNDS_158_TO_160));

/** Rules added after the one run of round 160, each from errors on rounds already run; sentences written here. */
const AFTER_ROUND_160: RuleCase[] = [
  {
    rule: '"said Harbour sporting director Ann Lee" (a word in -ing before a title): is part of the role, not the end of the name',
    paragraphs: ['Transfer talk', '"We will meet his agent next week," said Harbour sporting director Ann Lee.'],
    said: ['Ann Lee'],
    notSpeaker: 'Harbour',
  },
  {
    rule: '"said Budget ranking Democrat Tom Hale (D-Ore.)" (a party member qualified in lower case): is a role before the name',
    paragraphs: ['Budget row', '"The vote was rushed through at midnight," said Budget ranking Democrat Tom Hale (D-Ore.). "We will fight it."'],
    said: ['Tom Hale', 'Tom Hale'],
    notSpeaker: 'Budget',
  },
  {
    rule: '"“…,” Rep. Ann Lee (D-Ore.) said." (a party and state in brackets, with its own full stop, between the name and the verb): gives the quotation to the lawmaker',
    paragraphs: ['Budget row', 'The vote was held at midnight.', '"There is a lot of anger in the districts," Rep. Ann Lee (D-Ore.) said.'],
    said: ['Rep. Ann Lee'],
  },
  {
    rule: '"…, as Ann Lee, associate professor at …, a think tank …, puts it.": the one who put it so, past an apposition',
    paragraphs: ['Nuclear race', 'Tom Hale spoke first.', 'The country is "racing towards the finish line," as Ann Lee, associate professor at the Pacific Center, a think tank in Hawaii, puts it.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"But right after she did, Tom Hale, who was adviser to the mayor in the White House, tweeted this:": the full name before the closed relative clause, not the clause\'s last name nor the pronoun before it',
    paragraphs: ['Debate', 'Lena Park spoke first.', 'But right after she did, Tom Hale, who was adviser to the mayor in the White House, tweeted this: "She did it again and I will say it again."'],
    said: ['Tom Hale'],
  },
  {
    rule: '"At a rally in Portland, Maine, on Thursday afternoon, Hale listed …. “…,” he said.": the subject past a place, its state and a time, not the last man who spoke',
    paragraphs: [
      'Ban row',
      '"There is no basis for the labeling," Joey Salceda said in a bill filed in Manila.',
      'At a rally in Portland, Maine, on Thursday afternoon, Tom Hale listed the countries he said had sent the immigrants. "We are letting people come in," he said.',
    ],
    said: ['Joey Salceda', 'Tom Hale'],
  },
  {
    rule: '"A likely running mate, Park is the daughter of …. “…,” she said": the name after an opening description, not the last woman named before',
    paragraphs: [
      'Vote row',
      'The headline echoes a tweet by Ann Coulter.',
      'A likely running mate, Park is the daughter of immigrants. "I am the proud daughter of immigrants," she said in the response.',
    ],
    said: ['Park'],
  },
  {
    rule: '"“…,” says Tom Hale of the non-partisan Hale-Park Political Report.": the person, not what he belongs to',
    paragraphs: ['Caucus night', '"The showing raises questions about the campaign," says Tom Hale of the non-partisan Hale-Park Political Report.'],
    said: ['Tom Hale'],
    notSpeaker: 'Hale-Park Political Report',
  },
  {
    rule: '"“…?” Hale pressed. “…?”": an interviewer pressing is a verb of speech, so both questions are his, not the one who answers',
    paragraphs: ['Interview', '"It was a private meeting," Ann Lee said.', '"Would it be open to talks?" Tom Hale pressed. "Maybe some of them could stay?"'],
    said: ['Ann Lee', 'Tom Hale', 'Tom Hale'],
  },
  {
    rule: '"“…!” US Senator Tom Hale said as he opened the vote.": a clause of time closing the sentence, not the speaker named the paragraph before',
    paragraphs: ['Roll call', '"Order, please," House Speaker Ann Lee said.', 'The roll call began at noon.', '"The great state of Alabama is proud to cast its votes!" US Senator Tom Hale said as he opened the vote.'],
    said: ['Ann Lee', 'Tom Hale'],
  },
  {
    rule: '"From Hale\'s Facebook post: “…”": the owner of a post on a named site, not "Hale\'s Facebook"',
    paragraphs: ['Endorsement', 'Tom Hale endorsed the senator on Wednesday.', 'From Hale\'s Facebook post: "For the sake of our party, we must move on."'],
    said: ['Tom Hale'],
    notSpeaker: "Hale's Facebook",
  },
  {
    rule: '"“…,” the Herald reported, quoting an unnamed party official. “…”": the one the paper quotes, for both parts',
    paragraphs: ['Shake-up', '"It just came to a head," the Herald reported, quoting an unnamed party official. "They wanted one style."'],
    said: ['an unnamed party official', 'an unnamed party official'],
  },
  {
    rule: '"Lee proposed a debate in May - but the Hale campaign rejected the idea as “ludicrous”": the subject of the clause after "but", with "rejected … as" judging in its words',
    paragraphs: ['Debate row', 'Ann Lee proposed a debate on the evening of May 4 - but the Hale campaign rejected the idea as "ludicrous" because the final is that night.'],
    said: ['Hale campaign'],
  },
  {
    rule: '"The Harbour Herald recently ran a piece that noted his “…”": the paper that ran the piece',
    paragraphs: ['Plans', 'Which brings me to Tom Hale.', 'The Harbour Herald recently ran a piece that noted his "plan would help the rich more than the poor."'],
    said: ['Harbour Herald'],
  },
  {
    rule: '"Hale resisted: “…”" (a name and a verb in the past alone before a colon): the one named, not the last speaker',
    paragraphs: ['Guns', 'Gov. Tom Hale could "sign an order," said Ann Lee, president of the union. Hale resisted: "Governors do not have the power."'],
    said: ['Ann Lee', 'Hale'],
  },
  {
    rule: '"“…,” Hale started. “…?”": "started" closing the sentence a quotation opens is a verb of speech there',
    paragraphs: ['Interview', '"The paper is claiming today that you met them," Tom Hale started. "Is that true?"', '"No," Ann Lee said.'],
    said: ['Tom Hale', 'Tom Hale', 'Ann Lee'],
  },
  {
    rule: '"…, where Senate Minority Leader Tom J. Hale (D-Nev.) told reporters … that “…”": the full name with its initial, not "where" as a role',
    paragraphs: ['Raids', 'The furor spread to the Capitol, where Senate Minority Leader Tom J. Hale (D-Nev.) told reporters that he had spoken to the secretary and that "we will see a pause."'],
    said: ['Tom J. Hale'],
  },
  {
    rule: '"Former prosecutor and Harbour City Mayor Tom Hale, who backs Lee, trashed …, calling it a “…”": the name after roles joined by "and", a capitalised title among them',
    paragraphs: ['Court row', 'Former prosecutor and Harbour City Mayor Tom Hale, who backs Lee, trashed the ruling on TV, calling it a "no-brainer" to appeal.'],
    said: ['Tom Hale'],
    notSpeaker: 'Former',
  },
  {
    rule: '"Hale left as soon as prayers were over, Lee said, adding, “…”": the one the closing report names, not the subject of the clause',
    paragraphs: ['Mosque', 'Tom Hale prayed there on Friday.', 'Hale did not mingle but left as soon as prayers were over, Ann Lee said, adding, "He was not very religious."'],
    said: ['Ann Lee'],
  },
  {
    rule: '"“…?” Hale asked rhetorically, shaking his head no. “…”": a participle\'s clause closing the sentence still leaves the report his',
    paragraphs: ['Guns', '"Do I think that the dealer should be sued?" Hale asked rhetorically, shaking his head no. "But makers should be."'],
    said: ['Hale', 'Hale'],
  },
  {
    rule: '"“…?” Hale went on, as if he didn\'t hear her. “…”": a clause of manner closing the sentence, not the woman who spoke before',
    paragraphs: ['Interview', 'Ann Lee replied: "It can happen at 45." She is 45.', '"You know, it happens, right?" Hale went on, as if he did not hear her. "But you get over it."'],
    said: ['Ann Lee', 'Hale', 'Hale'],
  },
  {
    rule: '"One of the groups he will launch, Our Future, will …. He plans …. “…,” he told me.": a name opening with "Our" is a group, never the "he"',
    paragraphs: [
      'Interview',
      '"We will win this," Tom Hale said last month.',
      'I met with Hale in his office.',
      'One of the groups he will soon launch, Our Future, will help recruit candidates. He plans to back at least 100 of them.',
      '"What matters is that we keep the movement alive," he told me.',
    ],
    said: ['Tom Hale', 'Tom Hale'],
    notSpeaker: 'Our Future',
  },
];

describe('rules added after round 160', () => checksRuleTable(AFTER_ROUND_160));

/** Rules added after the one run of round 164, each from errors on rounds already run; sentences written here. */
const AFTER_ROUND_164: RuleCase[] = [
  {
    rule: '"…, Ohio Voters for Better Schools, has …" (a name after "for"): the end of a longer name is no one a later "she" can mean',
    paragraphs: [
      'Charter vote',
      'One of the groups in favour, Ohio Voters for Better Schools, has paid for two dinners.',
      '"We argue a lot," said Marty Kane, chair of its board.',
      'Kane sounds calmer than most. She said she would rather see the money spent on the election.',
      '"They are trying to close the door on children," she said.',
    ],
    said: ['Marty Kane', 'Marty Kane'],
    notSpeaker: 'Better Schools',
  },
  {
    rule: '"South Dakota, he said, was “…”": a name before ", he said," is the subject of its clause, not the one speaking',
    paragraphs: ['On the trail', '"We will keep going," Tom Hale said. South Dakota, he said, was "where we have a chance to win."'],
    said: ['Tom Hale', 'Tom Hale'],
    notSpeaker: 'South Dakota',
  },
  {
    rule: '"a 30-second Web ad, “Playing Fair,”", "The rival spot, “Hale Care,”": the title of an ad is a term, not a quotation waiting for a speaker',
    paragraphs: [
      'Ad war',
      '"We will not go negative," Tom Hale said on Monday.',
      'Its opening salvo began with a 30-second Web ad, "Playing Fair," in which two actors argue. The rival spot, "Hale Care," attacks his record.',
    ],
    said: ['Tom Hale'],
  },
  {
    rule: '"“We’re like ‘Salt and Pepper,’” he explained": a comma inside a nested quotation that closes with the outer one still ends a line of speech, no title',
    paragraphs: ['Two friends', '"We each have our own views, but we are friends," Tom Hale, 57, told a passer-by. "We’re like ‘Salt and Pepper,’" he explained with a smile.'],
    said: ['Tom Hale', 'Tom Hale'],
  },
  {
    rule: '"Although …, a city official who asked not to be named said Monday, “…”": the subject before a relative clause open up to the verb',
    paragraphs: [
      'Stadium talks',
      '"We have made no offer," Mayor Tom Hale said.',
      'Although the club has not confirmed it, a city official who asked not to be named said Monday, "There are talks between the two sides."',
    ],
    said: ['Tom Hale', 'a city official'],
  },
  {
    rule: '"“…,” the New Jersey businessman said.": capitals of two words before a noun of someone who speaks describe the one named before',
    paragraphs: ['Rally', '"We are going to win this state," Tom Hale said on Monday.', '"We need change," the New Jersey businessman said. "Big change."'],
    said: ['Tom Hale', 'Tom Hale', 'Tom Hale'],
  },
  {
    rule: '"Gov. Ann Lee, hoping to surge in New Hampshire, called Obama a “…”": a name after "in" and before a comma is a place, not someone introduced',
    paragraphs: ['Campaign trail', '"We will win," Tom Hale said.', 'New Jersey Gov. Ann Lee, hoping to surge in New Hampshire, called Obama a "petulant child."'],
    said: ['Tom Hale', 'Ann Lee'],
    notSpeaker: 'New Hampshire',
  },
  {
    rule: '"Hale brought in …, leading to the exit of … Barry Reed …. He praised those who left but said, “…”": the pronoun that opens the sentence, when no other subject reads',
    paragraphs: [
      'Campaign staff',
      '"We have a plan," Tom Hale said on Monday.',
      'Hale brought in a new campaign manager, retired general Bob Dees, late last month, leading to the exit of former manager Barry Reed and two other aides. He praised those who left but said, "We are in a different ballgame."',
    ],
    said: ['Tom Hale', 'Tom Hale'],
  },
];

describe('rules added after round 164', () => checksRuleTable(AFTER_ROUND_164));

/** Rules added after the one run of round 166, each from errors on rounds already run; sentences written here. */
const AFTER_ROUND_166: RuleCase[] = [
  {
    rule: '"Ann Lee calls her rival a “fraud”": "call" with an object of its own gives the quotation to the one who calls, no term',
    paragraphs: ['Budget', '"We will cut taxes," Tom Hale said on Monday.', 'At a rally, Ann Lee calls her rival a "fraud" and leaves the stage.'],
    said: ['Tom Hale', 'Ann Lee'],
  },
  {
    rule: '"Ann Lee quit the show over what she called “bullying”": the word of the relative clause\'s subject, and "she" is the sentence\'s subject',
    paragraphs: ['Reality show', '"I am staying," Mary Cole said.', 'Earlier, twelve protesters were arrested. Singer Ann Lee quit the show last week over what she called "bullying" by its producers.'],
    said: ['Mary Cole', 'Ann Lee'],
  },
  {
    rule: '"His film, which the Daily Courier called “…,” opens": the paper that calls it so is the speaker',
    paragraphs: ['Film review', '"It is my best work," Tom Hale said.', 'His new film, which the Daily Courier called "dull and far too long", opens on Friday.'],
    said: ['Tom Hale', 'Daily Courier'],
  },
  {
    rule: '"Tom Hale Jr., in an interview …, blurted out, “…” at the mention of Mr. Reed\'s name. He added, “…”": "Jr." is part of the subject\'s name, whom "he" means',
    paragraphs: [
      'Race',
      '"I will stay in," Bob Reed, a former congressman, said on Friday.',
      'Vice President Tom Hale Jr., in an interview with a radio host, blurted out, "Oh, no," at the mention of Mr. Reed\'s name. He added, "I am not a big fan."',
    ],
    said: ['Bob Reed', 'Tom Hale Jr', 'Tom Hale Jr'],
  },
  {
    rule: '"Ann Lee accuses Tom Hale of … an “artful smear” about … while Hale suggests …": a clause that "while" opens reports its own words, even after words of this one\'s',
    paragraphs: [
      'Debate night',
      '"We will win this state," Ann Lee said on Monday.',
      'Ann Lee accuses Tom Hale of subjecting her to an "artful smear" about her links to banks while Hale suggests she is a captive of the establishment.',
    ],
    said: ['Ann Lee', 'Ann Lee'],
  },
  {
    rule: '"Reed’s campaign shrugged off Hale’s comments, telling reporters, “…”": a name\'s campaign, then a verb in the past, is the subject a participle shares',
    paragraphs: [
      'Endorsement',
      '"I am not there yet," Tom Hale said on Monday.',
      'Reed’s campaign shrugged off Hale’s comments, telling reporters, "Nobody on our team ever asked for his endorsement."',
    ],
    said: ['Tom Hale', 'Reed’s campaign'],
  },
  {
    rule: '"… Ann Lee after her March comment that, “…”": a month may describe the noun of speech whose owner speaks',
    paragraphs: [
      'Union support',
      '"We will decide next month," Bob Reed, the union president, said.',
      'Another holdout, the miners, is unlikely to back Ann Lee after her March comment that, "We are going to put a lot of mines out of business."',
    ],
    said: ['Bob Reed', 'Ann Lee'],
    notSpeaker: 'Another holdout',
  },
  {
    rule: '"When Tom Hale, Cole’s campaign manager was asked … if Cole would …, he laughed and said, “…”": the subject of the opening clause is whom the main clause\'s "he" means',
    paragraphs: [
      'Press conference',
      '"We are ready for the fall," Mary Cole said on Monday.',
      'When Tom Hale, Cole’s campaign manager was asked during a lunch held by The Daily Courier if Cole would hold a press conference before Election Day, he laughed and said, "We will see."',
    ],
    said: ['Mary Cole', 'Tom Hale'],
  },
  {
    rule: '"Asked whether he was concerned that Tom Hale, the nominee, who has …, could be …, Park demurred. ¶ “…,” he said.": the name and verb that end an "Asked" sentence are its subject',
    paragraphs: [
      'Climate talks',
      '"From day one, climate was my priority," said Kim Park, the outgoing secretary general.',
      'Asked whether he was concerned that Tom Hale, the Republican nominee, who has called global warming a hoax, could be the next president, Park demurred.',
      '"When it comes to the climate, there is just one science," he said.',
    ],
    said: ['Kim Park', 'Kim Park'],
  },
  {
    rule: '"“…,” said 9/11 widow Ann Cole.": a date in figures before a role in lower case is part of the description, not the end of the report',
    paragraphs: ['Veto fight', '"The bill is a mistake," White House spokesman Tom Hale said.', '"The reasons for the veto do not hold. They are wrong," said 9/11 widow Ann Cole.'],
    said: ['Tom Hale', 'Ann Cole'],
  },
  {
    rule: '"According to a news website, Lee spokesman Tom Hale said Friday that …, “…”": a clause with a verb of speech of its own after the source reports its own speaker',
    paragraphs: [
      'Bill signing',
      '"We will see what Congress does," Ann Lee told reporters on Monday.',
      'According to a news website, Lee spokesman Tom Hale said Friday that if she were to win in November, "she would sign this bill the day it reached her desk."',
    ],
    said: ['Ann Lee', 'Tom Hale'],
    notSpeaker: 'a news website',
  },
  {
    rule: '"Bob Reed knocked a statement by actor Ann Cole that an “…” was raised": the author of a statement "by" her, a few words into its clause',
    paragraphs: ['Fundraiser', '"We raised a record sum," Tom Hale said on Sunday.', 'On Monday, Bob Reed knocked a statement by actor Ann Cole that an "obscene amount of money" was raised at the dinner.'],
    said: ['Tom Hale', 'Ann Cole'],
  },
  {
    rule: '"Alongside the calls for action, even a top party strategist said Lee will have to choose …, saying, “…”": an opening phrase of "alongside" (amid, like, after …) is no subject, and the participle shares the strategist',
    paragraphs: [
      'Pressure builds',
      '"We stand with the families," Ann Lee said on Monday.',
      'Alongside the calls for action, even a top party strategist said Lee will have to choose whose side she is on, saying, "At some point, she has to decide."',
    ],
    said: ['Ann Lee', 'a top party strategist'],
  },
];

describe('rules added after round 166', () => checksRuleTable(AFTER_ROUND_166));

/** Rules added after the one run of round 167, each from errors on rounds already run; sentences written here. */
const AFTER_ROUND_167: RuleCase[] = [
  {
    rule: '"Meanwhile Adele, who was honored …, spoke about …. “…,” she said.": an opening adverb before a name and its relative clause is no opening phrase; "she" is Adele',
    paragraphs: [
      'Awards night',
      '"It was a long evening," said Mary Cole, who hosted the show.',
      'Meanwhile Adele, who was honored with the top award, spoke about courage. "The minute you stop being afraid, you start to live," she said.',
    ],
    said: ['Mary Cole', 'Adele'],
  },
  {
    rule: '"Because of how the party drew up the calendar, explained Tom Hale, “…”": a verb of speech in lower case after an opening phrase, then its speaker and a comma',
    paragraphs: [
      'Primary calendar',
      '"We will compete everywhere," Ann Lee said.',
      'Because of how the party drew up the calendar, explained Tom Hale, "with the race over by March, the rest of the spring is quiet."',
    ],
    said: ['Ann Lee', 'Tom Hale'],
  },
  {
    rule: '"…, a dollar sign and a red star, Speaker of the House Rep. Tom Hale (R-Ore.) said “…”": an office named with "of", an honorific and the name, after a list',
    paragraphs: [
      'Leaflet row',
      '"We did not print it," Ann Lee said.',
      'On Tuesday, while discussing a leaflet showing the mayor, a dollar sign and a red star, Speaker of the House Rep. Tom Hale (R-Ore.) said "such images have no place in a campaign."',
    ],
    said: ['Ann Lee', 'Rep. Tom Hale'],
  },
  {
    rule: '"… that Hale had “…” during the opening of Riverside Tower, calling it …": a participle after a phrase that goes on with the sentence, not the name its preposition governs',
    paragraphs: [
      'Ribbon cutting',
      '"We are proud of this building," Tom Hale said.',
      'Later, Mayor Ann Lee put out a statement saying that Hale had "thanked every worker by name" during the opening of Riverside Tower, calling it a fine day for the city.',
    ],
    said: ['Tom Hale', 'Ann Lee'],
    notSpeaker: 'Riverside Tower',
  },
  {
    rule: '"Ann Lee said … that she was hoping for a large turnout, which “…”": a relative clause inside the reported clause is part of the report',
    paragraphs: [
      'Council race',
      '"We need every vote," Bob Reed said.',
      'Ann Lee said Sunday in Leeds, Yorkshire, that she was hoping for a large turnout, which "will help elect Tom Hale to the council."',
    ],
    said: ['Bob Reed', 'Ann Lee'],
  },
  {
    rule: '"Tom Hale “bristled” and said, “…,” the Courier reported.": the whole sentence, past the term quoted in it, names the speaker the paper relays',
    paragraphs: [
      'Primary',
      '"We won every county," Ann Lee said.',
      'When asked about her win, Tom Hale "bristled" and said, "No comment," the Courier reported.',
    ],
    said: ['Ann Lee', 'Tom Hale'],
    notSpeaker: 'Courier',
  },
  {
    rule: '"“…,” Le Garrec told the radio. “…,” she said.": a capitalised "Le" before a surname is part of it and says nothing of gender',
    paragraphs: [
      'Election',
      '"We will win the north," Tom Hale said.',
      'The far-right leader spoke on Wednesday. "It is everything but the old parties," Le Garrec told the radio.',
      '"What we share is that we are outsiders," she said.',
    ],
    said: ['Tom Hale', 'Le Garrec', 'Le Garrec'],
  },
  {
    rule: '"“…,” a Lee campaign spokesman said.": a candidate\'s campaign qualifies the role, and the spokesman is no one else',
    paragraphs: [
      'E-mails',
      '"I sent nothing marked classified," Ann Lee said on Monday.',
      '"More than 90 percent were sent to a government address," a Lee campaign spokesman said. "That can be checked."',
    ],
    said: ['Ann Lee', 'a Lee campaign spokesman', 'a Lee campaign spokesman'],
  },
  {
    rule: '"Riverside High School fans also chanted, “…,” referring to …, the Courier reports.": the crowd, named with three capitals, not the paper that relays it',
    paragraphs: [
      'Basketball',
      '"We played a clean game," Tom Hale said.',
      'Riverside High School fans also chanted, "Go back home," referring to the visiting team, the Courier reports.',
    ],
    said: ['Tom Hale', 'Riverside High School fans'],
    notSpeaker: 'Courier',
  },
  {
    rule: '"Rep. Tom Hale (D-Ore.) said Lee called on members to be “…”": after "said", the subject of a reported verb of speech is its speaker',
    paragraphs: ['Caucus meeting', '"We will fight for every seat," Ann Lee said.', 'Rep. Tom Hale (D-Ore.) said Lee called on members to be "closely coordinated."'],
    said: ['Ann Lee', 'Ann Lee'],
  },
  {
    rule: '"Mr Hale said the council had agreed to reopen the library after “…”": "agreed to" consents, it reports no one\'s words',
    paragraphs: ['Library', '"It was hard work," Tom Hale said.', 'Mr Hale said the council had agreed to reopen the library after "long and difficult talks" with the union.'],
    said: ['Tom Hale', 'Tom Hale'],
  },
  {
    rule: '"“…,” said Del. Ann Cole of Guam.", "“…,” Del. Ann Cole said.": "Del." (a delegate) is an abbreviated title, no name and no end of a sentence',
    paragraphs: ['Hearing', '"This is a waste of time," said Del. Ann Cole of Guam.', '"We are done here," Del. Ann Cole said. "Let us vote."'],
    said: ['Del. Ann Cole', 'Del. Ann Cole', 'Del. Ann Cole'],
  },
  {
    rule: '"Hale\'s wife, Mara, is to speak. She is often by his side. …, she described Hale as “…”": a description with an owner\'s name, then the name, is the subject "she" goes back to',
    paragraphs: [
      'Convention',
      '"We will win in November," Tom Hale said.',
      'Hale\'s wife, Mara, is scheduled to be among the speakers. She is often by her husband\'s side. At a rally this spring, she described Hale as "kind" with a "great heart."',
    ],
    said: ['Tom Hale', 'Mara', 'Mara'],
  },
  {
    rule: '"… his being “extremely careless” with the files – as described by Inspector Ann Cole – …": the one "as described by" names later in the sentence',
    paragraphs: [
      'Audit',
      '"I kept every rule," Tom Hale said.',
      'Critics point to his being "extremely careless" with the files – as described by Inspector Ann Cole – and say he should resign.',
    ],
    said: ['Tom Hale', 'Ann Cole'],
  },
  {
    rule: '"Sunday, Governor Ann Lee (R-Ore.) said the mayor is “…”": a day alone before a comma opens the sentence, it is no subject',
    paragraphs: ['Race relations', '"We will see," Tom Hale said.', 'Sunday, Governor Ann Lee (R-Ore.) said the mayor is "trying to campaign as a healer."'],
    said: ['Tom Hale', 'Ann Lee'],
  },
  {
    rule: '"Former secretary of state Ann Marie Lee:“…”": a label of a title and a name, seven words, before a colon ("state" after "of" is no verb)',
    paragraphs: ['E-mails', '"We will look again," Tom Hale said.', 'Former secretary of state Ann Marie Lee:"We learned that from the department and its own analysis."'],
    said: ['Tom Hale', 'Ann Marie Lee'],
  },
  {
    rule: '"Channel News’ Bret Baird noticed …. He commented that his network “…”": a name after its employer\'s "s’" is the person, and the subject "he" goes back to',
    paragraphs: [
      'Coverage',
      '"We showed the whole speech," Ann Lee said.',
      'Channel News’ Bret Baird noticed that none of the networks cut away. He commented that his network "held on" the rally during her event.',
    ],
    said: ['Ann Lee', 'Bret Baird'],
  },
  {
    rule: '"Tom Hale … said Tuesday that according to its count, the party has won …, but “…”": a source inside a reported clause is not the speaker',
    paragraphs: [
      'Election night',
      '"The vote was fair," Ann Lee said.',
      'Tom Hale, a member of the party’s committee, said Tuesday morning that according to its count, the party has won 82 percent of the vote, but "we are still counting the seats."',
    ],
    said: ['Ann Lee', 'Tom Hale'],
  },
  {
    rule: '"“…,” Democrat Ann Lee said.": a party member\'s word that opens a phrase before a full name is a title',
    paragraphs: ['County race', '"We will win the county," Democrat Ann Lee said.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"Leeds (AFP) – Democrat Ann Lee has taken a swipe at …, saying that “…”": a dateline with a news agency is no part of the first sentence',
    paragraphs: [
      'Lee swipes at Hale over the vote',
      'Leeds (AFP) – Democrat Ann Lee has taken a swipe at Republican rival Tom Hale’s stance on the vote, saying that "loud comments" do more harm than good.',
    ],
    said: ['Ann Lee'],
    notSpeaker: 'Leeds',
  },
];

describe('rules added after round 167', () => checksRuleTable(AFTER_ROUND_167));

/** Rules added after round 168's run, from the errors of rounds already run; they joined `main` after round 169's run. */
const AFTER_ROUND_168: RuleCase[] = [
  {
    rule: '"Democratic presidential candidate Sen. Ann Lee (D-Ore.) on Saturday criticized the deal, saying …“…”": an abbreviated title and a party in brackets inside the role\'s name; not "Democratic"',
    paragraphs: [
      'Lee criticizes the deal',
      'Democratic presidential candidate Sen. Ann Lee (D-Ore.) on Saturday criticized the trade deal, saying the agreement goes "nowhere near far enough."',
    ],
    said: ['Sen. Ann Lee'],
    notSpeaker: 'Democratic',
  },
  {
    rule: '"According to Mark Dunn, writing for the Harbour Times: ¶ The fund “…” from donors, the Harbour Post reported ten days ago.": a phrase that ends the quotation\'s clause, then a comma, is no part of the reporter; not "donors"',
    paragraphs: [
      'Fund under scrutiny',
      'According to Mark Dunn, writing for the Harbour Times:',
      'The Hale Fund "received as much as $2 million in undisclosed payments" from donors, the Harbour Post reported ten days ago.',
      'The pact is of "fundamental importance" to the peace of the region, Ann Lee has said.',
    ],
    said: ['Harbour Post', 'Ann Lee'],
    notSpeaker: 'donors',
  },
  {
    rule: '"The fund “…” last year, the Harbour Times reported a few weeks ago.": "a few weeks ago" closes the report as "two weeks ago" does',
    paragraphs: ['Fund', 'Mark Dunn wrote about the fund.', 'The fund "lost millions" last year, the Harbour Times reported a few weeks ago.'],
    said: ['Harbour Times'],
  },
  {
    rule: '"Ann Lee called the plan “very flexible,” a nod to the critics acknowledging that …": a participle after a description of no one who speaks comments on the sentence; not "a nod to the critics"',
    paragraphs: ['Title', 'Ann Lee called the plan "very flexible," a nod to the critics acknowledging that it has changed.'],
    said: ['Ann Lee'],
    notSpeaker: 'a nod to the critics',
  },
  {
    rule: '"Tom Reed said …. ¶ At one point, Hale coached Reed to “breathe, breathe, breathe.”": "coached" tells someone what to do in words, as "urged" does; not Reed',
    paragraphs: ['Title', 'Tom Reed said the race was close.', 'At one point, Hale coached Reed to "breathe, breathe, breathe."'],
    said: ['Hale'],
  },
  {
    rule: '"Ann Lee said …. Reed himself released a statement saying he didn\'t “…”": a reflexive after a name is no part of it; not the subject of the sentence before',
    paragraphs: ['Title', 'Ann Lee, a senator, said she would vote no. Reed himself released a statement saying he didn\'t "condone his remarks."'],
    said: ['Reed'],
  },
  {
    rule: '"Before the clip, the cleric Omar Said, who was killed in 2011, is shown lecturing: “…”": "lecturing" reports the words of a talk',
    paragraphs: ['Title', 'Tom Hale said the clip was old.', 'Before the clip, the cleric Omar Said, who was killed in 2011, is shown lecturing: "Take heed and learn from history."'],
    said: ['Omar Said'],
  },
];

describe('rules added after round 168', () => {
  checksRuleTable(AFTER_ROUND_168);

  // "Partial transcript as follows: ¶ “WALLACE: … ¶ “PENCE: …": one quotation over the paragraphs, a turn to each
  const transcript = [
    'Lee defends the plan',
    'Gov. Ann Lee said on Sunday that the plan was "working."',
    'Partial transcript as follows:',
    '"HALE: Let us start with the news.',
    '"LEE: Well, look, the news is good.',
    '"(CROSSTALK.)',
    '"HALE: And the weather?',
    '"LEE: The weather is good too."',
  ].join('\n\n');

  it('reads no speaker from the heading of a record ("Partial transcript as follows:")', () => {
    const { said, names } = directSpeakers(transcript);
    expect(said).toEqual(['Gov. Ann Lee', 'HALE']);
    expect(names).not.toContain('Partial');
  });

  it('keeps the speaker of each labelled turn of a transcript quoted as one quotation, a paragraph with no label going on with the turn before', () => {
    const a = detect(parseSource(transcript, 'a.txt', 'text').article).article;
    const name = (id: string | undefined): string | undefined => a.speakers.find((s) => s.id === id)?.name;
    const turns = a.blocks
      .flatMap((b) => ('children' in b && b.type === 'paragraph' ? b.children : []))
      .filter((x) => x.type === 'quote' && x.depth === 0)
      .map((x) => (x.type === 'quote' ? name(x.speakerId) : undefined));
    expect(turns).toEqual(['Gov. Ann Lee', 'HALE', 'Gov. Ann Lee', 'Gov. Ann Lee', 'HALE', 'Gov. Ann Lee']);
  });
});

const AFTER_ROUND_173: RuleCase[] = [
  {
    rule: '"Ann Lee, head of the Harbour Party, argued that towns “must be able to carry” a measure of debt": a rule noun after an article is the object of the quoted words, no rule they name',
    paragraphs: ['Debt and towns', 'Ann Lee, head of the Harbour Party, argued that towns "must be able to carry" a measure of debt.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"In May 2013 - four months after Lee left office - the Harbour Board told the court that “…”": an aside between spaced dashes before the subject, read past as one in brackets',
    paragraphs: ['Records', 'In May 2013 - four months after Lee left office - the Harbour Board told the court that "no records of the talks were found."'],
    said: ['Harbour Board'],
  },
  {
    rule: '"Ann Lee, managing director, of Harbour Homes - a building firm - told the paper this was “…”": an apposition between dashes stays with the name before it; not "Harbour Homes"',
    paragraphs: ['Homes', 'Ann Lee, managing director, of Harbour Homes - a building firm - told the paper this was "a big positive step."'],
    said: ['Ann Lee'],
    notSpeaker: 'Harbour Homes',
  },
  {
    rule: '"Boos rained down, and at one point the crowd reprised the chant “…”": an article opens the crowd\'s noun phrase; not "one point the crowd"',
    paragraphs: ['The hall', 'Boos rained down, and at one point the crowd loudly reprised the chant "Out, out, out!" that rang through the hall.'],
    said: ['crowd'],
    notSpeaker: 'one point the crowd',
  },
  {
    rule: '"Leeds state delegate Ann Lee, clad in a red cape, said the show could be a “…”": a verb\'s form before a role noun ("state delegate") is part of the role; not "Leeds"',
    paragraphs: ['The show', 'Leeds state delegate Ann Lee, clad in a red cape, said the show could be a "failure" if Reed fails.'],
    said: ['Ann Lee'],
    notSpeaker: 'Leeds',
  },
  {
    rule: '"“This is fantastic!” beamed Tom Hale of Leeds": "beamed" reports the words',
    paragraphs: ['The show', '"This is fantastic!" beamed Tom Hale of Leeds, who came to see the show.'],
    said: ['Tom Hale'],
  },
  {
    rule: '"The only state holding an open vote was Rhode Island, …. “…,” she said.": a US state is a place, never "she"',
    paragraphs: [
      'Lee wins the vote',
      'Ann Lee defeated Tom Hale in the vote on Tuesday.',
      'The only state holding an open vote was Rhode Island, which Hale won.',
      'Hale held a rally on Saturday while Lee hosted an event on Monday, during which she thanked her old friend Joe Reed.',
      '"I want to thank someone who is not here," she said.',
    ],
    said: ['Ann Lee'],
    notSpeaker: 'Rhode Island',
  },
  {
    rule: '"Republican Rep. Tom Hale of New York, a Reed supporter, said …. ¶ “…,” he said": the subject is the name and the state it is of',
    paragraphs: [
      'Headline',
      'Ann Lee told a news conference they are "planting the seeds" to do that.',
      'Republican Rep. Tom Hale of New York, a Reed supporter, said it will help both sides.',
      '"I don\'t think it\'s do or die, any endorsement in particular," he said outside the building.',
    ],
    said: ['Ann Lee', 'Republican Rep. Tom Hale'],
  },
];

describe('rules added after round 173', () => checksRuleTable(AFTER_ROUND_173));

const AFTER_ROUND_176: RuleCase[] = [
  {
    rule: '"“…” ― Ann Reed": the quotation dash (U+2015) that signs a reader\'s comment names its writer, as an em dash does',
    paragraphs: [
      'Readers on the debate',
      '“Mr. Hale embodies the worst of us. He represents our greatest shame.” ― Ann Reed',
      '“During the debate Hale said we live in hell. He is ignorant of our lives.”― Tom Lee',
    ],
    said: ['Ann Reed', 'Tom Lee'],
  },
];

describe('rules added after round 176', () => checksRuleTable(AFTER_ROUND_176));

const AFTER_ROUND_177: RuleCase[] = [
  {
    rule: '"“…,” the conservative-leaning newspaper wrote.": a newspaper speaks as a paper does; not the last speaker',
    paragraphs: ['Headline', 'Joe Hale spoke at a rally. "He is a good man," Hale said. "He needs to stop blaming everyone," the conservative-leaning newspaper wrote.'],
    said: ['Joe Hale', 'the conservative-leaning newspaper'],
  },
  {
    rule: '"Ann Lee was quoted by the Harbour Post as saying the firm must stay “all-local”": the subject of the passive speaks, not its agent',
    paragraphs: ['Headline', 'Chief executive Ann Lee was quoted by the Harbour Post as saying the firm could no longer stay "all-local". Unions criticised the move.'],
    said: ['Ann Lee'],
    notSpeaker: 'Harbour Post',
  },
  {
    rule: '"… was quoted by The Harbour newspaper as saying …": so too when the agent is a newspaper, now a speaker',
    paragraphs: ['Headline', 'Chief executive Ann Lee was quoted by The Harbour newspaper as saying the firm could no longer stay "all-local". Unions criticised the move.'],
    said: ['Ann Lee'],
    notSpeaker: 'Harbour newspaper',
  },
];

describe('rules added after round 177', () => checksRuleTable(AFTER_ROUND_177));

const AFTER_ROUND_179: RuleCase[] = [
  {
    rule: '"“…, who knows?” Lee told Radio Harbour.": the one told, then the full stop, closes the report; the name before it speaks',
    paragraphs: ['Headline', 'Tom Hale spoke first. "It looks like we will not agree, who knows?" Ann Lee told Radio Harbour.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"… as the Harbour Review put it in a long profile, “…”": the one who put it so, past a phrase of place or means',
    paragraphs: ['Headline', 'Tom Hale has long been seen, as the Harbour Review put it in a long profile, "the quiet fixer."'],
    said: ['Harbour Review'],
  },
  {
    rule: '"“…” The union will sit out the vote, its director Ann Lee told POLITICO.": a new sentence with a clause of its own reports its own words',
    paragraphs: ['Headline', 'Miners still repeat one line from last spring, "We will close every mine." The union will likely sit out the vote altogether, Harbour Director of Government Affairs Ann Lee told POLITICO earlier this week.'],
    said: [undefined],
  },
  {
    rule: '"“…,” an angry Lee said.": words in lower case that describe someone before the name leave the name, one speaker with Ann Lee',
    paragraphs: ['Headline', 'Ann Lee, the mayor, opened the meeting. "We will not give up," an angry Lee said. "Nor will we," a visibly shaken Tom Hale said.'],
    said: ['Ann Lee', 'Tom Hale'],
  },
  {
    rule: '"“…,” Lee retaliated.": "retaliated" is a verb of speech; not the last one named',
    paragraphs: ['Headline', 'Tom Hale mocked the town on Monday. "This town will always be this town," Ann Lee retaliated.'],
    said: ['Ann Lee'],
  },
];

describe('rules added after round 179', () => checksRuleTable(AFTER_ROUND_179));

const AFTER_ROUND_180: RuleCase[] = [
  {
    rule: '"The paradox of Nancy, says Ann Lee, historian at the museum, is that she was “…”": a report set off by commas names the speaker',
    paragraphs: ['Headline', 'Tom Hale opened the museum in May.', 'The paradox of Nancy, says Ann Lee, historian at the Harbour Museum, is that she was "the most private public figure in town," not for her policy.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"The comments, said Ann Lee of Harbour Bank in Leeds, were “…”": the name before what it belongs to, not the place',
    paragraphs: ['Headline', 'Tom Hale spoke first. The comments, said Ann Lee of Harbour Bank in Leeds, were "too weak to move the market".'],
    said: ['Ann Lee'],
  },
];

describe('rules added after round 180', () => checksRuleTable(AFTER_ROUND_180));

const AFTER_ROUND_181: RuleCase[] = [
  {
    rule: '"Nor has he stood idle …": "Nor" that opens a sentence is no name, and "she" after it is the woman named before',
    paragraphs: ['Headline', 'Ann Lee spoke in Leeds on Monday.', 'The council has tried many ways of helping. Nor has it stood idle while the mill closed: it filed a claim.', 'She has called for tripling "the number of inspectors."'],
    said: ['Ann Lee'],
    notSpeaker: 'Nor',
  },
];

describe('rules added after round 181', () => checksRuleTable(AFTER_ROUND_181));

const AFTER_ROUND_182: RuleCase[] = [
  {
    rule: '"One of the central claims of Lee’s speech …": "claims" before "of" is a noun, no report; "He told …:" is Lee',
    paragraphs: ['Headline', 'One of the central claims of Mayor Tom Lee’s speech to the council on Monday night does not stand up to scrutiny.', 'He told his audience, to loud applause:', '"There has never been a better time to build."'],
    said: ['Tom Lee'],
  },
  {
    rule: '"“…,” Lee said as the heckler yelled: “…”": someone described, with a verb before the colon, speaks the words after it',
    paragraphs: ['Headline', 'Tom Lee spoke at the rally.', '"There is a young man having a hard day," Lee said as the heckler yelled: "Go home!"'],
    said: ['Tom Lee', 'the heckler'],
  },
];

describe('rules added after round 182', () => checksRuleTable(AFTER_ROUND_182));

const AFTER_ROUND_183: RuleCase[] = [
  {
    rule: '"“…,” noted the Harbour Evening Post this summer.": a span of time after the name is no part of it',
    paragraphs: ['Headline', 'Some sources said the talks were private.', '"When she ran the project in 1993, the meetings were secret," noted the Harbour Evening Post this summer.'],
    said: ['Harbour Evening Post'],
  },
  {
    rule: '"The email from Ann Lee to Tom Hale asks in the subject line, “…”": the sender speaks, not the one it went to',
    paragraphs: ['Headline', 'The email from council aide Ann Lee to party chairman Tom Hale asks in the subject line, "Is there something I can do" and goes on.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"Lee’s response was: “…”": the owner of a noun of speech, with "was" before the colon',
    paragraphs: ['Headline', 'Tom Hale emailed the mayor in December. Lee’s response was: "Is the shop in Leeds or York?"'],
    said: ['Lee'],
  },
  {
    rule: '"“…” by the council, the police and others, Lee said on Monday, “…”": a list in the quotation\'s own phrase is no speaker',
    paragraphs: ['Headline', '"If there had not been that help" by the council, the police and other partners, Ann Lee said at a town hall on Monday, "we would have lost the mill."'],
    said: ['Ann Lee', 'Ann Lee'],
  },
];

describe('rules added after round 183', () => checksRuleTable(AFTER_ROUND_183));

const AFTER_ROUND_187: RuleCase[] = [
  {
    rule: '"“…,” she elaborated, “…”": "elaborated" is a verb of speech',
    paragraphs: ['Headline', 'Ann Lee spoke to the radio.', 'Regarding the remarks, Lee shared her belief that none of it went too far.', '"The way I see it," she elaborated, "no one ever questioned his service."'],
    said: ['Ann Lee', 'Ann Lee'],
  },
];

describe('rules added after round 187', () => checksRuleTable(AFTER_ROUND_187));

const AFTER_ROUND_191: RuleCase[] = [
  {
    rule: '"“Otherwise, you see …”": "Otherwise" that opens a sentence is no name, nor the one a "he" means',
    paragraphs: ['Headline', 'Tom Lee spoke in Leeds.', '"Is the plan perfect? No," Lee said. "Otherwise, you see what has happened in York."', '"To the mayor, the four men were just names," he wrote.'],
    said: ['Tom Lee', 'Tom Lee', 'Tom Lee'],
    notSpeaker: 'Otherwise',
  },
  {
    rule: '"X did not want to discuss “…,” telling the Herald that … “…”": words quoted earlier in the sentence that found no speaker do not hide its subject',
    paragraphs: ['Mill row', 'The Harbour Trust did not want to discuss “that man,” telling the Herald that the trust is focused on “saving the old mill.”'],
    said: ['Harbour Trust', 'Harbour Trust'],
  },
];

/** Rules added after the one run of round 192, from its error; sentences written here. */
const AFTER_ROUND_192: RuleCase[] = [
  {
    rule: '"often labeled as a “witch hunt” by Democrats": the agent of a passive verb of naming, after the words, is their speaker',
    paragraphs: [
      'Inquiry row',
      'The Kent Republican Tom Hale admitted the inquiry had cost too much.',
      'While his party has faced criticism for the long inquiry — often labeled as a “witch hunt” by Democrats — it seems likely Hale is right.',
    ],
    said: ['Democrats'],
    notSpeaker: 'his party',
  },
];

/** Rules added after the one run of round 193 (the first AllSides round), from its errors; sentences written here. */
const AFTER_ROUND_193: RuleCase[] = [
  {
    rule: '"Brazil\'s trade ministry appealed … and urged …": a name in the possessive owns the subject of the joined verbs',
    paragraphs: ['Trade row', 'Brazil\'s trade ministry appealed for calm and urged both capitals to avoid "any hasty steps" in the dispute.'],
    said: ['Brazil\'s trade ministry'],
    notSpeaker: 'Brazil\'s',
  },
  {
    rule: '"Sen. Ann Lee, R-Ohio, who said": a party and state after a comma is no name, "who" is the senator',
    paragraphs: ['Budget row', 'Lawmakers criticized the plan, including Sen. Ann Lee, R-Ohio, who said she took "strong exception to it."'],
    said: ['Ann Lee'],
    notSpeaker: 'R-Ohio',
  },
  {
    rule: '"A day after Mayor Tom Hale vowed … “…” if the union continued to …": no span of time in the name, no condition as an attribution',
    paragraphs: ['Port row', 'A day after Mayor Tom Hale vowed to close the port "within the week" if the union continued to strike, the council met.'],
    said: ['Tom Hale'],
    notSpeaker: 'the union',
  },
  {
    rule: '"Still, Secretary of State Ann Lee on Monday seemed …, saying …": an opening adverb and an office with "of" before the subject',
    paragraphs: ['Port row', 'Still, Secretary of State Ann Lee on Monday seemed to play down fears that the city has moved closer to a strike, saying she sees no "serious risk" of one.'],
    said: ['Ann Lee'],
    notSpeaker: 'the city',
  },
];

describe('rules added after round 193', () => checksRuleTable(AFTER_ROUND_193));

/** Rules added after the one run of round 194, from its errors; sentences written here. */
const AFTER_ROUND_194: RuleCase[] = [
  {
    rule: '"Ann Reed, a teacher at the school, said …": a person, not a body, though a place of the kind of a body follows a preposition in the apposition',
    paragraphs: ['School row', 'Ann Reed, a teacher at the school, said the pupils hid in the library.', '"We heard the alarm and ran," she said.'],
    said: ['Ann Reed'],
  },
  {
    rule: '"Mayor Ann Lee credited the crew with “…”": words that give credit are the subject\'s own, not a term',
    paragraphs: ['Rescue', 'In a statement on Monday, Mayor Ann Lee credited the crew with "calm and courage" under fire.'],
    said: ['Ann Lee'],
  },
];

describe('rules added after round 194', () => checksRuleTable(AFTER_ROUND_194));

/** Rules added after the one run of round 195, from its errors; sentences written here. */
const AFTER_ROUND_195: RuleCase[] = [
  {
    rule: 'wire copy that closes a double mark with two single ones (`"…,\'\' said Ann Lee`): each quotation closes there',
    paragraphs: [
      'Mill vote',
      'The vote "sets a precedent for every town in the county,\'\' said Ann Lee, director of the trust.',
      'The mayor said he is "adamant\'\' that the mill stays. "We will keep the looms running,\'\' said Tom Hale.',
    ],
    said: ['Ann Lee', 'The mayor', 'Tom Hale'],
  },
  {
    rule: '"“…,” Hale\'s brother, Sam, reacted.": "reacted" is a verb of speech',
    paragraphs: ['Court row', 'The judge freed Tom Hale on Monday, and his lawyer Ann Lee spoke to reporters.', '"We respect the ruling, but it is hard for us," Hale\'s brother, Sam, reacted.'],
    said: ['Sam'],
  },
];

describe('rules added after round 195', () => checksRuleTable(AFTER_ROUND_195));

/** Rules added after the one run of round 196, from its errors; sentences written here. */
const AFTER_ROUND_196: RuleCase[] = [
  {
    rule: '"“…!” Reed declared, before heading to York …": a clause of "before" and a participle still closes the report',
    paragraphs: ['Vote row', 'Hale and Reed campaigned in Leeds on Monday.', '"One last push will do it!" Reed declared, before heading to York, Hull and finally Leeds.'],
    said: ['Reed'],
  },
  {
    rule: '"House Ways and Means Committee Chairman Tom Hale (R-Ohio) offered this forecast: “…”": a body\'s name with "and" before the title and the name',
    paragraphs: ['Vote row', 'House Ways and Means Committee Chairman Tom Hale (R-Ohio) offered this forecast: "The bill will pass by June."'],
    said: ['Tom Hale'],
    notSpeaker: 'House Ways',
  },
];

describe('rules added after round 196', () => checksRuleTable(AFTER_ROUND_196));

/** Rules added after the one run of round 197, from its errors; sentences written here. */
const AFTER_ROUND_197: RuleCase[] = [
  {
    rule: '"“…,” as conservative blogger Ann Lee likes to say.": the one who likes to say so, as with "as X put it"',
    paragraphs: ['Press row', 'Tom Hale spoke in Leeds.', 'Hale is echoing a view that reporters are nothing more than "activists with press passes," as conservative blogger Ann Lee likes to say.'],
    said: ['Ann Lee'],
  },
];

const AFTER_ROUND_199: RuleCase[] = [
  {
    rule: '"One strategist emailed in reaction to the report: “…”": words sent by email are the sender\'s',
    paragraphs: ['Mail bag', 'Tom Hale spoke in Leeds.', 'One Labour strategist emailed in reaction to the report: "Is this the best they can do?"'],
    said: ['One Labour strategist'],
  },
  {
    rule: '"“…,” Sen. Ann Lee, D-Wash., said Sunday on ABC\'s “This Week.”": the name before the party and state, not the network',
    paragraphs: ['Budget talks', 'Tom Hale spoke in Leeds.', '"We can find a deal," Sen. Ann Lee, D-Wash., said Sunday on ABC\'s "This Week."'],
    said: ['Sen. Ann Lee'],
    notSpeaker: "ABC's",
  },
  {
    rule: '"Sales “went crazy” after Tom Hale proposed a ban, he says.": the report that closes the sentence, past the clause "after" opens',
    paragraphs: ['Gun sales', 'Ann Lee runs a gun shop in Leeds.', 'Sales "went crazy" after Tom Hale proposed a ban on rifles, she says.'],
    said: ['Ann Lee'],
  },
  {
    rule: '"The Leeds Anglers Federation, which …, blames what it calls “…”": "it" is the body its sentence opens with',
    paragraphs: ['Empty rivers', 'Shoppers were angry on Friday.', 'The Leeds Anglers Federation, which represents clubs and shops, blames what it calls "spot shortages" on a cold spring.'],
    said: ['Leeds Anglers Federation'],
  },
];

describe('rules added after round 199', () => checksRuleTable(AFTER_ROUND_199));

const AFTER_ROUND_200: RuleCase[] = [
  {
    rule: '"Even the Leeds Anglers Federation, which …, tweeted, “…”": "Even" before an article is no part of the subject',
    paragraphs: ['Fish tales', 'Tom Hale spoke in Leeds.', 'Even the Leeds Anglers Federation, which often clashes with the council, tweeted, "Stand with Tom."'],
    said: ['Leeds Anglers Federation'],
  },
  {
    rule: '"…, says Ann Lee of the Leeds Institute. ¶ “…,” she says": the one an inverted report names, past where she works',
    paragraphs: ['Young voters', '"We lost a close game," said Mary Cole, head of the commission.', 'But these ideas are not just for the young, says Ann Lee of the Leeds Institute.', '"People are angry with the council," she says.'],
    said: ['Mary Cole', 'Ann Lee'],
  },
  {
    rule: '"the Yorkshire Liberal" is not seen again in "Liberal leaders\' advice": a party that ends a description is no surname',
    paragraphs: ['Care plans', 'Council leader Mary Cole said the plan was dead. The Yorkshire Liberal said she would not bring it up.', 'Tom Hale backed down on Monday, saying the issue would wait "until after the vote."', '"It will be a great plan," he wrote.', 'He also appeared to be heeding Liberal leaders\' advice.', '"It is a disaster what they are planning," he told reporters.'],
    said: ['Tom Hale', 'Tom Hale', 'Tom Hale'],
  },
  {
    rule: '"in Ann Lee\'s book: “Fire and Fury: Inside the Council.”": a title after the kind of work and a colon is a term',
    paragraphs: ['Book news', 'Tom Hale spoke in Leeds.', 'A source told the Post that Hale will be asked about Ann Lee\'s book: "Fire and Fury: Inside the Council."'],
    said: [],
  },
];

describe('rules added after round 200', () => checksRuleTable(AFTER_ROUND_200));

const AFTER_ROUND_201: RuleCase[] = [
  {
    rule: '"…, according to a statement carried on state television.": a verb of speech right after a preposition is a noun ("state")',
    paragraphs: ['Strikes', 'Tom Hale spoke in Leeds.', 'Ann Lee said the council rejects "unilateral action" by the board, according to a statement carried on state television.'],
    said: ['Ann Lee'],
  },
];

describe('rules added after round 201', () => checksRuleTable(AFTER_ROUND_201));

const AFTER_ROUND_202: RuleCase[] = [
  {
    rule: '"It also accused a shop owner of saying, “…”": the one accused of the words, not the accuser',
    paragraphs: ['Court case', 'Tom Hale spoke in Leeds.', 'The suit named the council. It also accused a neighboring shop owner of saying, "You are not welcome here."'],
    said: ['a neighboring shop owner'],
  },
  {
    rule: 'news in dashed points whose own quotations are in marks: the points are no lines of dialogue',
    paragraphs: [
      'What we know',
      'Here is what we know about the suspect:',
      '-- Tom Hale was born in Leeds in 1988.',
      '-- Investigators say they "directly linked" Hale to the devices.',
      '-- Hale\'s family runs a cafe in Leeds.',
      '-- The mayor said the cafe was "a danger to the town."',
    ],
    said: ['Investigators', 'The mayor'],
  },
];

describe('rules added after round 202', () => checksRuleTable(AFTER_ROUND_202));

const AFTER_ROUND_203: RuleCase[] = [
  {
    rule: '"movie star Dick Powell" is a man: a given name the list lacks is no "she"',
    paragraphs: ['A life', 'Ann Lee is 83. She sued the government.', 'But as she puts it, she secretly identified with movie star Dick Powell.', '"I told him the truth," she recalls.'],
    said: ['Ann Lee'],
  },
];

describe('rules added after round 203', () => checksRuleTable(AFTER_ROUND_203));

const AFTER_ROUND_204: RuleCase[] = [
  {
    rule: '"“…,” Chief Justice John G. Hale Jr. said in his opinion.": the full stop of "Jr." ends no sentence',
    paragraphs: ['Court', 'Justice Ann Paula Lee wrote a book.', '"Money in politics may seem repugnant," Chief Justice John G. Hale Jr. said in his majority opinion.'],
    said: ['John G. Hale Jr'],
  },
  {
    rule: '"Gov. Tom Hale has been running around the country warning … the “stupid party”": not the place the preposition governs',
    paragraphs: ['Party lines', 'Ann Lee spoke in Leeds.', 'Yorkshire Gov. Tom Hale has been running around the country warning anyone who will listen that his party must quit being the "stupid party" that picks odd candidates.'],
    said: ['Yorkshire Gov. Tom Hale'],
  },
];

describe('rules added after round 204', () => checksRuleTable(AFTER_ROUND_204));

/** Rules added after the one run of round 205, each from its errors; sentences written here. */
const AFTER_ROUND_205: RuleCase[] = [
  {
    rule: '"Lawyers representing the family said …": the subject is before the participle, not what the participle governs',
    paragraphs: ['Court ruling', 'Lawyers representing the Hale family said the ruling was "a disgrace to the court."'],
    said: ['Lawyers'],
    notSpeaker: 'the Hale family',
  },
  {
    rule: '"The council officer in charge of running the scheme warned that …": the officer, not the scheme',
    paragraphs: ['Parking', 'The council officer in charge of running the parking scheme warned on Monday that the new charges "will drive shoppers away."'],
    said: ['The council officer'],
    notSpeaker: 'the parking scheme',
  },
  {
    rule: '"One leading Leeds broker said …": an adjective in -ing after a number is part of the subject',
    paragraphs: ['Markets', 'One leading Leeds broker said the fall was "only the start of it."'],
    said: ['One leading Leeds broker'],
  },
];

describe('rules added after round 205', () => checksRuleTable(AFTER_ROUND_205));

/** Rules added after the one run of round 206, each from its errors; sentences written here. */
const AFTER_ROUND_206: RuleCase[] = [
  {
    rule: '"The council is “deeply sorry” for the delay, says Mayor Tom Hale.": a short quotation inside a sentence that a report closes is speech',
    paragraphs: ['Roadworks', 'The council is "deeply sorry" for the delay, says Mayor Tom Hale.'],
    said: ['Tom Hale'],
  },
  {
    rule: '"…,” Ann Lee told “Fox & Friends.”: the programme\'s name with an ampersand is a title',
    paragraphs: ['Budget', '"We will not back down," Ann Lee, the deputy press secretary, told "Fox & Friends." "The plan stays."'],
    said: ['Ann Lee', 'Ann Lee'],
  },
  {
    rule: '"…, and as The Daily Post reported, agency chief Gen. Tom Hale told a crowd … that …. And “…,” he said": the source in the aside is no speaker',
    paragraphs: [
      'Data row',
      'Several hearings in Parliament have turned on the matter, and as The Daily Post reported yesterday, agency chief Gen. Tom Hale told a crowd at a large annual trade fair in Leeds that his analysts do not abuse their power. And "if they did," he said, "our tools would catch them."',
    ],
    said: ['Gen. Tom Hale', 'Gen. Tom Hale'],
    notSpeaker: 'Daily Post',
  },
];

describe('rules added after round 206', () => checksRuleTable(AFTER_ROUND_206));

/** Rules added after the one run of round 207, each from its errors; sentences written here. */
const AFTER_ROUND_207: RuleCase[] = [
  {
    rule: '"It is unfair, but that is the way it is, says Tom Hale, a debate coach: “…”": the verb after more than one comma, then the name',
    paragraphs: ['Debate tips', 'It is unfair, but that is just the way it is, says Tom Hale, a veteran debate coach: "People like to see a happy warrior."'],
    said: ['Tom Hale'],
  },
];

describe('rules added after round 207', () => checksRuleTable(AFTER_ROUND_207));

/** Rules added after the one run of round 208, each from its errors; sentences written here. */
const AFTER_ROUND_208: RuleCase[] = [
  {
    rule: '"Rejecting requests from …, the judges declined …": the participle that opens the sentence is no one a later "she" means',
    paragraphs: [
      'Court order',
      'Judge Ann Lee dissented.',
      'Rejecting requests from the city and two civil rights groups, the judges declined to restore the ban.',
      'She also noted the case differed from the last one.',
      '"There is little risk in waiting," she wrote.',
    ],
    said: ['Ann Lee'],
    notSpeaker: 'Rejecting',
  },
  {
    rule: '"But the White House later said …. ¶ “…,” she said.": the White House is a body, never "she"',
    paragraphs: [
      'Visit',
      'Ann Lee, director of a veterans group, spoke at the event.',
      'A support group announced last week that the White House had invited a former soldier. But the White House later said that no invitation had been extended.',
      '"I believe the visit is a good thing," she said.',
    ],
    said: ['Ann Lee'],
  },
];

describe('rules added after round 208', () => checksRuleTable(AFTER_ROUND_208));

/** Rules added after the one run of round 209, each from its errors; sentences written here. */
const AFTER_ROUND_209: RuleCase[] = [
  {
    rule: '"Tom Hale, at a rally in Leeds, still asserted that Lee had “directly misled” State Department staff.": his words, not a name\'s',
    paragraphs: ['Campaign trail', 'Tom Hale, at a campaign rally Friday afternoon in Leeds, still asserted that Lee had "directly misled" State Department staff.'],
    said: ['Tom Hale'],
    notSpeaker: 'Department staff',
  },
];

describe('rules added after round 209', () => checksRuleTable(AFTER_ROUND_209));

/** Rules added after the one run of round 210, each from its errors; sentences written here. */
const AFTER_ROUND_210: RuleCase[] = [
  {
    rule: '"More recently, Lee at a rally in Leeds with many fans there, said …": an opening adverb set off by a comma is no name',
    paragraphs: ['Rally', 'Tom Hale spoke first.', 'More recently, Lee at a campaign rally in Leeds with many fans in attendance, said a Hale government would "sell off the parks."'],
    said: [undefined],
    notSpeaker: 'More',
  },
];

describe('rules added after round 210', () => checksRuleTable(AFTER_ROUND_210));

describe('rules added after round 197', () => checksRuleTable(AFTER_ROUND_197));

describe('rules added after round 192', () => checksRuleTable(AFTER_ROUND_192));

describe('rules added after round 191', () => checksRuleTable(AFTER_ROUND_191));
