/**
 * General rules of English news attribution (AP style), round 3 of the
 * held-out work (bench/heldout/README.md): dates after the verb, titles
 * before names, names with particles, reporting verbs, clause subjects,
 * pronouns across paragraphs. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { phraseAfter, readPhrase } from '../../src/detect/names.js';
import { attributionBefore } from '../../src/detect/rules.js';
import { leadingTime, sameOffice } from '../../src/detect/nouns.js';
import { articleOf, quotesOf } from './helpers.js';

/** The reports of speech (indirect quotations) of a plain-text article, with their speakers. */
const indirectOf = (body: string): { speaker: string | null; text: string }[] => {
  const a = detect(articleOf(body)).article;
  return a.quotations.filter((q) => q.kind === 'indirect').map((q) => ({ speaker: a.speakers.find((s) => s.id === q.speakerId)?.name ?? null, text: q.text }));
};

/** Depth-0 quotations of a plain-text article (title line first), with kind and speaker. */

describe('days, months and other words of time are never speakers', () => {
  it('skips a time adverbial right after the verb', () => {
    expect(leadingTime('Friday on the radio')).toBe('Friday '.length);
    expect(leadingTime('on March 3, 2021, that')).toBe('on March 3, 2021, '.length);
    expect(leadingTime('late Sunday night in Leeds')).toBe('late Sunday night '.length);
    expect(leadingTime('three days ago Ann Lee')).toBe('three days ago '.length);
    expect(leadingTime('May Chen, the mayor')).toBe(0); // May is a name unless a date follows
  });

  it('reads no speaker after “said <day>” when a preposition or “that” follows', () => {
    expect(phraseAfter('Thursday at the town hall that the road would reopen.')).toBeUndefined();
    expect(phraseAfter('on October 2 in a letter to parents.')).toBeUndefined();
    expect(phraseAfter('Tuesday Mayor Ann Lee.')).toMatchObject({ kind: 'name', text: 'Ann Lee' });
  });

  it('never takes a date for a name', () => {
    expect(readPhrase('in November')).toBeUndefined();
    expect(readPhrase('Saturday')).toBeUndefined();
    expect(quotesOf('Ann Lee runs the ferry service. “The boats are ready,” she said Monday, before the first crossing.')).toEqual([
      { text: 'The boats are ready,', kind: 'speech', speaker: 'Ann Lee' },
    ]);
  });
});

describe('a title before the name (inverted attribution)', () => {
  it('takes the name after a role and the words that qualify it', () => {
    expect(phraseAfter('regional water board chairman Piet van der Berg.')).toMatchObject({ kind: 'name', text: 'Piet van der Berg' });
    expect(phraseAfter('spokesperson Ann Lee of the port authority.')).toMatchObject({ kind: 'name', text: 'Ann Lee' });
    expect(phraseAfter('Sen. Mary K. Doyle, D-Ore.')).toMatchObject({ kind: 'name', text: 'Sen. Mary K. Doyle' });
    expect(
      quotesOf('“The harvest is the worst in a decade,” said county agriculture adviser Samir al-Hadi. “Prices will rise.”'),
    ).toEqual([
      { text: 'The harvest is the worst in a decade,', kind: 'speech', speaker: 'Samir al-Hadi' },
      { text: 'Prices will rise.', kind: 'speech', speaker: 'Samir al-Hadi' },
    ]);
  });

  it('reads a role with its name after “according to”', () => {
    expect(quotesOf('The vote was close, according to election officer Tom Reed: “We counted twice.”')).toMatchObject([{ speaker: 'Tom Reed' }]);
  });

  it('takes an adviser or an aide as someone who speaks', () => {
    expect(quotesOf('“The talks are over,” said an adviser to the governor.')).toMatchObject([{ speaker: 'an adviser' }]);
  });
});

describe('names with particles', () => {
  it('reads a hyphenated Arabic article and lower-case particles as part of the name', () => {
    expect(readPhrase('Khalid el-Masri')).toMatchObject({ kind: 'name', text: 'Khalid el-Masri' });
    expect(readPhrase('al-Masri')).toMatchObject({ kind: 'name', text: 'al-Masri' });
    expect(quotesOf('Khalid el-Masri runs the bakery. “We bake at four,” el-Masri said in an interview.')).toMatchObject([{ speaker: 'Khalid el-Masri' }]);
  });
});

describe('a body named by its owner', () => {
  it('reads “<Name>’s board” as the board that speaks', () => {
    expect(readPhrase('Acme’s board')).toMatchObject({ kind: 'description', text: 'Acme’s board' });
    expect(quotesOf('“We thank her for ten good years,” Acme’s board said in a statement.')).toMatchObject([{ speaker: 'Acme’s board' }]);
  });
});

describe('reporting verbs and who they belong to', () => {
  it('knows the common reporting verbs a news text uses (cautioned, vowed, countered …)', () => {
    expect(quotesOf('The ferry company cautioned that crossings would be “late and crowded for weeks.”')).toMatchObject([{ speaker: 'The ferry company' }]);
    expect(quotesOf('Ann Lee vowed, “We will rebuild the pier by spring.”')).toMatchObject([{ speaker: 'Ann Lee' }]);
  });

  it('gives a participle after a comma the subject of the main clause', () => {
    expect(quotesOf('Tom Reed hit back, calling the mayor a “coward” and a “liar.”')).toMatchObject([
      { text: 'coward', kind: 'speech', speaker: 'Tom Reed' },
      { speaker: 'Tom Reed' },
    ]);
  });

  it('lets he, she, it and they report a short quotation inside reported speech', () => {
    expect(quotesOf('Ann Lee toured the plant on Friday. She added that the new line was “very quiet.”')).toMatchObject([{ speaker: 'Ann Lee' }]);
  });

  it('takes the subject that stands right before the verb in a later clause', () => {
    expect(quotesOf('Tom Reed has said the road will open in May, and last week Ann Lee said: “It will not.”')).toMatchObject([{ speaker: 'Ann Lee' }]);
    expect(quotesOf('The crowd cheered when Ann Lee said on stage that the plan was “dead and buried.”')).toMatchObject([{ speaker: 'Ann Lee' }]);
  });

  it('gives the words of a source “quoted as saying” to that source, not to the paper quoting it', () => {
    expect(quotesOf('The Daily Courier quoted a senior police officer as saying the fire was “deliberately set.”')).toMatchObject([
      { speaker: 'a senior police officer' },
    ]);
  });
});

describe('the speaker before a verb of speech', () => {
  it('reads past an opening "Ahead of …," to the subject', () => {
    expect(readPhrase('Ahead of the launch, a Labour spokesman')).toEqual({ kind: 'description', text: 'a Labour spokesman' });
    expect(quotesOf('The plans came out on Monday. Ahead of the launch, a Labour spokesman said: "The other parties would cut the budget for schools."')).toMatchObject([
      { speaker: 'a Labour spokesman' },
    ]);
  });

  it('reads a number among the capitals that qualify a role ("a Number 10 spokeswoman")', () => {
    expect(readPhrase('A Number 10 spokeswoman')).toEqual({ kind: 'description', text: 'A Number 10 spokeswoman' });
  });

  it('takes no capitalised verb inside a name for the verb of speech ("the United States\' …")', () => {
    expect(quotesOf('The minister\'s chief aide said the rise was needed because of the United States\' growing "trade war".')).toMatchObject([
      { text: 'trade war', speaker: "The minister's chief aide" },
    ]);
  });

  it('reads no sentence after a quotation that ends its own as a verb and then its speaker ("X, however, urged the club …")', () => {
    expect(quotesOf('The club turned him down last year. "This time it is different." Fans United, however, urged the club to reject the deal.')).toMatchObject([
      { text: 'This time it is different.', speaker: null },
    ]);
  });

  it('gives the words to the name before "who said:", with or without a comma', () => {
    expect(quotesOf('The plan was welcomed by Tom Baker. Her call was backed by Health Secretary Ann Lee who said: "No one would let a child drive on the motorway."')[0]!.speaker).toMatch(/Ann Lee$/u);
    // (the name apart from its title, as everywhere else)
    expect(attributionBefore('Her call was backed by Culture and Sport Secretary Ann Lee, who said: ', 'en')?.phrase).toEqual({ kind: 'name', text: 'Ann Lee', title: 'Sport Secretary' });
  });
  it('takes no object of a preposition for the subject of a participle ("wrote to the council saying:")', () => {
    expect(quotesOf('Earlier, ferry union chief Ann Lee wrote to the council saying: "We have asked for these figures three times."')).toMatchObject([
      { speaker: 'Ann Lee' },
    ]);
    // ("with" and "from" still give theirs: "with Ann Lee saying", "a letter from Ann Lee saying")
    expect(quotesOf('The harbour board backed the plan, with chair Tom Reed saying it was "long overdue".')).toMatchObject([{ speaker: 'Tom Reed' }]);
  });

  it('reads a name before an apposition of a role at a body, left open before the verb', () => {
    expect(quotesOf('Ann Lee, economist at Harbour Research said the board "may well wait until the summer".')).toMatchObject([{ speaker: 'Ann Lee' }]);
  });

  it('reads a single someone picked out by a numeral and two words ("one deeply-worried backbencher")', () => {
    expect(quotesOf('As one deeply-worried backbencher said before the vote: "They have lost the town."')).toMatchObject([
      { speaker: 'one deeply-worried backbencher' },
    ]);
  });

  it('reads the name after capitals that qualify a role, in apposition ("Harbour Trust chief executive, Ann Lee,")', () => {
    expect(readPhrase('Harbour Trust chief executive, Ann Lee,')).toEqual({ kind: 'name', text: 'Ann Lee', title: 'Harbour Trust chief executive' });
    expect(quotesOf('Harbour Trust chief executive, Ann Lee, said repairs to the pier were urgent. "The longer we wait the more it costs."')).toMatchObject([
      { speaker: 'Ann Lee' },
    ]);
  });
});

describe('an attribution that closes the sentence', () => {
  it('covers the quotation the sentence opened with, across a clause or an apposition', () => {
    expect(quotesOf('“We are far behind,” and the gap has grown every year since 2019, said Ann Lee, an analyst with the Harbour Trust.')).toMatchObject([
      { speaker: 'Ann Lee' },
    ]);
    expect(quotesOf('“We keep losing ground,” the phrase heard at every meeting this year, said Sen. Tom Reed, D-Ore. “Nobody listens.”')).toMatchObject([
      { speaker: 'Sen. Tom Reed' },
      { speaker: 'Sen. Tom Reed' },
    ]);
  });

  it('makes a short lower-case quotation in such a sentence speech of the group named', () => {
    expect(quotesOf('More than 500 guards, among them trained “crowd marshals”, have been posted at the gates, officials said.')).toMatchObject([
      { text: 'crowd marshals', kind: 'speech', speaker: 'officials' },
    ]);
  });

  it('reads a name with a long apposition before the verb', () => {
    expect(quotesOf('“I saw nothing,” Tom Reed, a guard at the prison where the two men were held for a year, told the court.')).toMatchObject([{ speaker: 'Tom Reed' }]);
  });
});

describe('titles with American punctuation', () => {
  it('keeps a capitalised title with a comma or full stop inside the closing mark a term', () => {
    expect(quotesOf('Ann Lee, host of KXR’s “Morning Desk,” said Monday on the show that she would stay.')).toMatchObject([{ text: 'Morning Desk,', kind: 'term', speaker: null }]);
    expect(quotesOf('The crew named their boat “Sea Lark.” It sank in May.')).toMatchObject([{ kind: 'term', speaker: null }]);
    expect(quotesOf('Ann Lee won the prize for her memoir, “High Water,” on Thursday.')).toMatchObject([{ kind: 'term', speaker: null }]);
    expect(quotesOf('The council wants to rename the town “Oak Green.” Residents disagree.')).toMatchObject([{ kind: 'term', speaker: null }]);
  });
  it('keeps a programme a speaker told or gave an interview to, and a title right after its kind of work, a term', () => {
    const told = '“The mayor is fair game. He ran the city,” Ann Lee told “Morning Desk Live,” reminding the hosts of the vote.';
    expect(quotesOf(told)).toMatchObject([{ speaker: 'Ann Lee' }, { text: 'Morning Desk Live,', kind: 'term', speaker: null }]);
    const interview = '“We know the council has misled people,” Lee said in an interview with “Harlow Today.”';
    expect(quotesOf(interview)).toMatchObject([{ speaker: 'Lee' }, { text: 'Harlow Today.', kind: 'term', speaker: null }]);
    const podcast = '“Being a mother, that is my job,” Lee said in May on the podcast “Where We Stand.”';
    expect(quotesOf(podcast)[1]).toMatchObject({ text: 'Where We Stand.', kind: 'term', speaker: null });
    const drama = 'Tom Hale, who also stars in the crime drama, “Low Tide,” returns to the stage.';
    expect(quotesOf(drama)).toMatchObject([{ text: 'Low Tide,', kind: 'term', speaker: null }]);
    // (one word after "told" is what was said, not a programme)
    expect(quotesOf('Asked if he would stay, Tom Hale told “Yes.” He left in May.')[0]).toMatchObject({ kind: 'speech' });
  });
});

describe('the subject of the paragraph before, past what opens its sentence', () => {
  it('reads past a dateline, with or without a space after its dash', () => {
    for (const dateline of ['HARLOW — ', 'HARLOW —']) {
      const body = `Potholes.\n\n${dateline}Ann Lee turned on Sunday to the roads.\n\n"Here in Harlow, I remember the snow," she told the hall.`;
      expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Ann Lee' });
    }
  });
  it('reads past a dateline with a date and an agency ("WASHINGTON, June 10 (UPI) — ")', () => {
    const body = 'Roads\n\nHARLOW, June 10 (UPI) — Labour mayoral nominee Ann Lee told a meeting in Harlow she would mend the roads while her rival wants to "take the town backward."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Ann Lee' });
  });
  it('reads past an opening phrase of place that quotes a title ("At an event billed as “…,” Lee unveiled …")', () => {
    const body = 'Potholes.\n\nWith Mayor Tom Walsh by her side, Ann Lee turned on Sunday to the roads.\n\nAt an event billed as "Hard Hats for Harlow Town," Lee unveiled a plan to fix the roads.\n\n"Here in Harlow, I remember the snow," she told the hall.';
    // (not the mayor, the one other person named, whose given name says "he")
    expect(quotesOf(body)[1]).toMatchObject({ text: 'Here in Harlow, I remember the snow,', speaker: 'Lee' });
  });
});

describe('he and she across sentences and paragraphs', () => {
  it('reads he or she after a quotation as the subject of the sentence before, past a title quoted in it', () => {
    expect(quotesOf('Tom Reed spoke last. Lee, host of “Night Desk,” said Monday that she had never met Reed. “That is simply false,” she said.')).toMatchObject([
      { kind: 'term' },
      { text: 'That is simply false,', speaker: 'Lee' },
    ]);
  });

  it('reads he or she opening a paragraph as the subject of the last sentence of the paragraph before', () => {
    const q = quotesOf('“We waited all night,” said Ann Moss, a neighbour.\n\nThe mayor’s daughter Carla Diaz said she was relieved.\n\n“I can sleep again,” she said.');
    expect(q.map((x) => x.speaker)).toEqual(['Ann Moss', 'Carla Diaz']);
  });

  it('takes a title before the name and an apposition after it in that sentence', () => {
    const q = quotesOf('“It was loud,” said Ann Moss.\n\nHarbour master Tom Reed, who has worked at the port for 30 years, told reporters the crane had failed.\n\n“I have never seen that,” he said.');
    expect(q[1]).toMatchObject({ speaker: 'Tom Reed' });
  });

  it('does not read an opening adverb as a name', () => {
    const q = quotesOf('“Come in,” said Ann Moss.\n\nOnce more she looked at the door. “It is locked,” she said.');
    expect(q[1]).toMatchObject({ speaker: 'Ann Moss' });
  });
});

describe('people of one family', () => {
  it('keeps “Lee’s daughter Ann Lee” apart from Lee, and two full names with one surname apart', () => {
    const q = quotesOf('Omar Haddad was sent home on Sunday. “They told me nothing,” Haddad said.\n\nHaddad’s daughter Leila Haddad said she was angry.\n\n“He did nothing wrong,” she said.');
    expect(q.map((x) => x.speaker)).toEqual(['Omar Haddad', 'Leila Haddad']);
  });
});

describe('the rest of a sentence and the names in it', () => {
  it('reads the whole sentence when a title was quoted earlier in it', () => {
    expect(quotesOf('The crowd laughed when Ann Lee said on “Night Desk” that the budget was “dead on arrival.”')).toMatchObject([
      { kind: 'term' },
      { text: 'dead on arrival.', speaker: 'Ann Lee' },
    ]);
  });

  it('keeps two people joined by “and” apart, and gives a “that” report to the subject right before its verb', () => {
    const q = quotesOf('Lee and Reed have argued since he announced that the pier would close. Reed hit back, calling the plan a “disgrace.”');
    expect(q).toMatchObject([{ text: 'disgrace.', speaker: 'Reed' }]);
  });

  it('takes a name with a corporate suffix, and the same name without it, as a company that is never “he”', () => {
    const q = quotesOf('Tom Reed resigned as chief executive of The Acme Tool Inc. on Monday. Acme Tool said the decision was mutual. Asked what he would do next, Reed said, “Selling tools.”\n\nFor Acme Tool?\n\n“Absolutely,” he said at the time.');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
  });
});

describe('denied reports', () => {
  it('does not take “have not said why …” for a report of speech', () => {
    const { article } = parseSource('Test article\n\nMayor Ann Lee has not said why the bridge was closed, and the harbour is quiet.\n', 'test.txt', 'text');
    expect(detect(article).article.quotations).toEqual([]);
  });
});

describe('found by reading a news story of our own', () => {
  it('does not carry a split quotation over a new sentence that names another speaker', () => {
    const q = quotesOf('“We lost the whole crop,” said Rosa Pinto, who farms near the river. Her brother, Mario Pinto, said the fields were under water “for weeks.”');
    expect(q.map((x) => x.speaker)).toEqual(['Rosa Pinto', 'Mario Pinto']);
  });

  it('takes “the <Name>” right before the verb in a later clause', () => {
    const q = quotesOf('Gov. Ray Holt declared an emergency on Monday, and late Tuesday the Coast Guard said: “Stay in port.”');
    expect(q).toMatchObject([{ speaker: 'Coast Guard' }]);
  });

  it('reads a person described, then named in apposition, as that name', () => {
    expect(readPhrase('His daughter, Maria Costa,')).toMatchObject({ kind: 'name', text: 'Maria Costa', title: 'His daughter' });
  });
});

describe('a person described, then named, as the subject a pronoun takes up', () => {
  it('reads “Her husband, Frank, was …” as Frank, a man, for the “he” that follows', () => {
    const q = quotesOf('“I have lived here for years,” said Joan Hughes, 71.\n\nHer husband, Frank, was less worried. “They fixed it, didn’t they?” he said.');
    expect(q.map((x) => x.speaker)).toEqual(['Joan Hughes', 'Frank']);
  });
});

describe('false titles and ages', () => {
  it('takes any lower-case noun right before a full name as a title (“skipper Sean Ryan”)', () => {
    const q = quotesOf('“The nets are empty,” said Ann Moss.\n\nIn Galway, skipper Sean Ryan, 45, said the boats would stay in. “What else can we do?” he asked.');
    expect(q.map((x) => x.speaker)).toEqual(['Ann Moss', 'Sean Ryan']);
  });

  it('reads “the 58-year-old” as the person just quoted', () => {
    const q = quotesOf('Minister Lars Holm said: “We will be back in ten days.”\n\nThe 58-year-old, who has led the delegation since 2019, added that he was “not worried.”');
    expect(q.map((x) => x.speaker)).toEqual(['Lars Holm', 'Lars Holm']);
  });
});

describe('a company named by its trade', () => {
  it('takes “the airline” as a body that speaks, and “it” as that body', () => {
    expect(quotesOf('The airline said the fault lay with a contractor. It said in a statement that “no safety systems were affected.”')).toMatchObject([
      { speaker: 'The airline' },
    ]);
  });
});

describe('people named by title in running text', () => {
  it('finds “the president” as the president named earlier in the sentence that introduced two leaders', () => {
    const q = quotesOf('President Elena Varga of Hungary and Chancellor Karl Brenner signed the deal on Monday.\n\n“This is a good day,” the president said.');
    expect(q).toMatchObject([{ speaker: 'Elena Varga' }]);
  });

  it('reads a title of several words before a name as the title, and “the prime minister” later as that person', () => {
    const text = 'Prime Minister Ann Lee defended the budget on Monday. “It adds up,” Ms Lee said.\n\n“We will not change course,” the prime minister said later.';
    expect(quotesOf(text)).toMatchObject([{ speaker: 'Ann Lee' }, { speaker: 'Ann Lee' }]);
    const { article } = detect(articleOf(text));
    expect(article.speakers.map((s) => s.name)).toEqual(['Ann Lee']);
    expect(article.speakers[0]!.aliases).toContain('Prime Minister');
  });

  it('keeps two offices with the same head apart: the foreign secretary is not the home secretary', () => {
    const text =
      'Home Secretary Ann Lee met Foreign Secretary Tom Reed on Monday. “We agreed on the main points,” Ms Lee said.\n\n“There is more to do,” the foreign secretary said.\n\n“I remain hopeful,” the home secretary added.';
    expect(quotesOf(text)).toMatchObject([{ speaker: 'Ann Lee' }, { speaker: 'Tom Reed' }, { speaker: 'Ann Lee' }]);
    expect(sameOffice('the deputy prime minister', 'Prime Minister')).toBe(false);
    expect(sameOffice('the minister', 'Prime Minister')).toBe(true);
    expect(sameOffice('the Tory leader', 'Conservative leader')).toBe(true); // party names are not offices
  });

  it('reads “a spokesman for the ministry” as a person, whom “he” may mean', () => {
    const q = quotesOf('Karl Brenner signed the deal.\n\nA spokesman for the environment ministry, who declined to be named, said work would begin in spring. “We have the money,” he said.');
    expect(q).toMatchObject([{ speaker: 'A spokesman for the environment ministry' }]);
  });
});

describe('descriptions before a speaker (BBC rounds, seen)', () => {
  it('reads “A former critic of the plan, he has said” as “he”, not the description', () => {
    const q = quotesOf('Title\n\nTom Reed is the new chairman. A former critic of the plan, he has said it "will not work". "I was wrong," he said.');
    expect(q).toMatchObject([{ speaker: 'Tom Reed' }, { speaker: 'Tom Reed' }]);
  });

  it('reads a role qualified by a body written partly in lower case (“an All England club spokesperson”) as a person who speaks', () => {
    const q = quotesOf('Title\n\nTom Reed is the new chairman. "I was wrong," he said.\n\n"The courts will be ready," an All England club spokesperson said.');
    expect(q).toMatchObject([{ speaker: 'Tom Reed' }, { speaker: 'an All England club spokesperson' }]);
  });
});

describe('epithets, ages and unnamed spokespeople (BBC rounds, seen)', () => {
  it('reads an age before a name as no part of it, and shows the whole attribution as evidence', () => {
    const { article } = detect(articleOf('"I buy downloads," says 27-year-old Tom Ross.'));
    expect(article.quotations[0]).toMatchObject({ evidence: { text: 'says 27-year-old Tom Ross.' } });
    expect(article.speakers.map((s) => s.name)).toEqual(['Tom Ross']);
  });

  it('lets “he” after “A spokesman for the Home Office defended …” mean the spokesman', () => {
    const q = quotesOf('Title\n\nTom Reed set out the plan. "It will work," he said.\n\nBut a spokesman for the Home Office defended the proposals. He said: "The law is clear."');
    expect(q).toMatchObject([{ speaker: 'Tom Reed' }, { speaker: 'a spokesman for the Home Office' }]);
    // (and in the middle of a paragraph, after a quotation)
    const p = quotesOf('Title\n\nTom Reed set out the plan. He said: "It will work." But a spokesman for the Home Office defended the proposals. He said: "The law is clear."');
    expect(p).toMatchObject([{ speaker: 'Tom Reed' }, { speaker: 'a spokesman for the Home Office' }]);
  });

  it('reads “the Tottenham striker” and “the prop” as the person named last, not someone new', () => {
    const q = quotesOf(
      'Title\n\nManager Bob Kerr praised the team. "It was a great goal," he said. Tom Keane praised the winger too. "It was great play," said the Tottenham striker.\n\nAdam Jones says the forwards are ready.\n\nThe prop said: "We will be strong."',
    );
    expect(q).toMatchObject([{ speaker: 'Bob Kerr' }, { speaker: 'Tom Keane' }, { speaker: 'Adam Jones' }]);
  });

  it('makes no new speaker of an epithet in narration (“the England coach added that …”)', () => {
    const text = 'Title\n\nAndy Reed said he would keep working on the kicking. However, the England coach added that he would take positives from the defeat.\n\n"We played some very good rugby," he said.';
    const { article } = detect(articleOf(text));
    expect(article.speakers.map((s) => s.name)).toEqual(['Andy Reed']);
  });
});

describe('the subject right before the verb, inside a relative clause', () => {
  it('takes the role and name after “which”, and a determiner with a noun of people, never the dateline', () => {
    expect(quotesOf('The audit, which treasurer Amy Shaw said was “deeply flawed,” had been approved.')).toMatchObject([{ speaker: 'Amy Shaw' }]);
    const q = quotesOf('YORK, England - The council rejected the bridge plan, a decision the builder called “a mistake.”');
    expect(q).toMatchObject([{ speaker: 'the builder' }]);
    expect(readPhrase('YORK, England - Ann Lee')).toMatchObject({ kind: 'name', text: 'Ann Lee' });
  });
});

describe('a writing from a body', () => {
  it('gives the words of “a statement from the <kind of body>” to the body', () => {
    expect(readPhrase('a statement from the Danish farming ministry')).toMatchObject({ kind: 'description', text: 'the Danish farming ministry' });
    expect(quotesOf('According to a statement from the Danish farming ministry, the offer was “too little, too late.”')).toMatchObject([
      { speaker: 'Danish farming ministry' },
    ]);
  });
});

describe('a role word alone in a deck', () => {
  it('does not take “Judge” in “Judge calls …” for a name, so “the judge” finds the judge named later', () => {
    const q = quotesOf('Judge calls fraud cruel\n\nJudge Helen Carr told the court the scheme was wicked.\n\n“You betrayed their trust,” the judge said.');
    expect(q).toMatchObject([{ speaker: 'Helen Carr' }]);
  });
});

describe('titles and names after the verb', () => {
  it('keeps capitalised title words and abbreviations in the title, not the name', () => {
    expect(phraseAfter('former Mayor Ann Lee.')).toMatchObject({ kind: 'name', text: 'Ann Lee', title: 'former Mayor' });
    expect(phraseAfter('Deputy Prime Minister Tom Reed.')).toMatchObject({ kind: 'name', text: 'Tom Reed' });
    expect(phraseAfter('U.K. Ambassador Ann Lee.')).toMatchObject({ kind: 'name', text: 'Ann Lee', title: 'U.K. Ambassador' });
  });

  it('reads a party and state designation (AP: “R-Ky.,”) as part of the subject before the verb', () => {
    expect(quotesOf('“We will vote no,” Sen. Ann Lee, R-Ore., told reporters.')).toMatchObject([{ speaker: 'Sen. Ann Lee' }]);
    expect(quotesOf('“We will vote yes,” Rep. Tom Reed, D-N.Y., said Tuesday.')).toMatchObject([{ speaker: 'Rep. Tom Reed' }]);
  });

  it('reads a description named in apposition after the verb', () => {
    expect(phraseAfter('the port’s harbour master, Tom Reed, before the storm.')).toMatchObject({ kind: 'name', text: 'Tom Reed' });
  });
});

describe('a verb of speech that is not the report’s', () => {
  it('reads a word after a possessive ("the State Auditor’s report") as a noun', () => {
    const body = 'Later in the show, the host Tom Reyes stated of the budget that the State Auditor’s report “was not good.”';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'was not good.', speaker: 'Tom Reyes' });
  });

  it('keeps the first verb’s speaker, who goes on to report a view of his own ("said he thought")', () => {
    const body = '"This bill is a start," said Tom Hale on Monday. Deputy leader Ben Park said he thought Tom Hale\'s comments were "well judged".';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'well judged', speaker: 'Ben Park' });
  });

  it('takes "he" in a clause of the report to the person who opens the sentence as its reporter', () => {
    const body = 'Protesters marched down Broad Street for hours. "We are here to be heard," said Ann Cole, 23.\n\nAmnesty International spokesman Tom Ferris said observers were sent with the marchers, whom he described as "peaceful," for the whole route.';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'peaceful,', speaker: 'Tom Ferris' });
  });

  it('does not read one word and a comma after a full stop ("… kids.” Remember, “…”") as a citation', () => {
    const body = '"Go for a walk," suggests counsellor Ann Reyes. "Be with your dogs or your kids." Remember, "the sun will rise tomorrow," she says.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann Reyes', 'Ann Reyes', 'Ann Reyes']);
  });

  it('reads "he’s" and "she’s" before a verb as the pronoun, not as a name or a possessive', () => {
    expect(quotesOf('"We need a new plan," said Tom Reed on Monday. He’s said the old one was "a disaster" for years.')[1]).toMatchObject({ speaker: 'Tom Reed' });
    expect(quotesOf('Ann Lee spoke to reporters on Monday. She\'s called the plan "a disaster" more than once.')[0]).toMatchObject({ speaker: 'Ann Lee' });
  });

  it('never takes a name in the possessive for the speaker ("Ann Reed’s campaign manager Ben Cole …, arguing")', () => {
    const body = '"It was a bad deal," said Tom Hale. Ann Reed’s campaign manager Ben Cole said as much in an interview on Thursday, arguing that Hale "has no plan at all."';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'has no plan at all.', speaker: 'Ben Cole' });
  });

  it('takes a campaign or a coalition that writes or says something for the speaker', () => {
    const body = 'Ann Reed spoke in Dayton on Tuesday.\n\n"The tax plan is a gift to the few," the campaign wrote on Wednesday. "Voters deserve better."\n\n"We will not back down," the coalition said.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['the campaign', 'the campaign', 'the coalition']);
  });

  it('reads "said of …" after a name as what was spoken about, not who spoke', () => {
    const body = 'Tom Hale ran the county for ten years.\n\n"They listen to every idea," Ann Cole, a director at the firm, said of the senator. "They test everything."';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann Cole', 'Ann Cole']);
  });

  it('reads a name with a middle initial before the verb ("Senator Ann B. Reyes, Democrat of Ohio, said …")', () => {
    const body = 'The program has many critics.\n\n"Families are being misled," Senator Ann B. Reyes, Democrat of Ohio, said at a hearing in May. "It has to stop," said Tom K. Hale.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann B. Reyes', 'Tom K. Hale']);
  });

  it('keeps a nickname between a given name and a surname ("Gov. C.J. “Buzz” Keller") a term, nobody’s words', () => {
    const body = '"We will win the West," Tom Reed said on Monday. He praised Gov. C.J. "Buzz" Keller for his work. He added that his campaign in Akron was run by Ann "Dot" Lee.';
    expect(quotesOf(body).slice(1)).toEqual([
      { text: 'Buzz', kind: 'term', speaker: null },
      { text: 'Dot', kind: 'term', speaker: null },
    ]);
  });

  it('reads recounted, marvelled, griped, thundered, huffed, crowed, bragged, opined and scolded as verbs of speech', () => {
    for (const verb of ['recounted', 'marvelled', 'griped', 'thundered', 'huffed', 'crowed', 'bragged', 'opined', 'scolded']) {
      expect(quotesOf(`The meeting ran late. "We were never told," Ann Reed ${verb} on Monday.`)[0]).toMatchObject({ speaker: 'Ann Reed' });
    }
  });

  it('names "Another delegate, Tom Brown of Dayton," by his name, with the description as his title', () => {
    const body = 'Another delegate, Tom Brown of Dayton, explained the reason for his vote.\n\n"It is time to unite," he declared.';
    expect(quotesOf(body)).toEqual([{ text: 'It is time to unite,', kind: 'speech', speaker: 'Tom Brown' }]);
  });

  it('gives "She went on to attack Tom Hale, saying …" to her: a pronoun before an irregular past opens the clause', () => {
    const body = 'Ann Reed spoke in Ohio on Monday. She went on to attack Tom Hale, saying the presumptive nominee "has no plan at all."';
    expect(quotesOf(body)).toEqual([{ text: 'has no plan at all.', kind: 'speech', speaker: 'Ann Reed' }]);
  });

  it('gives a participle after a show’s quoted name ("… on the “Morning Show,” calling it a “…”") to the clause’s subject', () => {
    expect(quotesOf('Ann Reed trashed Tom Cole on the “Morning Show,” calling it a “no-brainer” to sue.')[1]).toMatchObject({ text: 'no-brainer', speaker: 'Ann Reed' });
    expect(quotesOf('Former mayor Ann Reed, who backs Hale, trashed Tom Cole on the “Morning Show,” calling it a “no-brainer” to sue.')[1]).toMatchObject({ text: 'no-brainer', speaker: 'Ann Reed' });
  });

  it('keeps the speaker a verb names right before the words when a paper reports the sentence ("…,” the Herald reported")', () => {
    const body = 'Tom Hale spoke on Monday. When asked about the vote, Hale said: "There is room for change," the Herald reported.';
    expect(quotesOf(body)).toEqual([{ text: 'There is room for change,', kind: 'speech', speaker: 'Tom Hale' }]);
  });

  it('reads past an opening "Asked about …," to the subject of "bristled and said"', () => {
    const body = 'The debate ran late. Asked about his rival, Tom Hale bristled and said, "No comment."';
    expect(quotesOf(body)).toEqual([{ text: 'No comment.', kind: 'speech', speaker: 'Tom Hale' }]);
  });

  it('gives the words to the one the sentence names as speaking, not to the report it cites ("…,” according to the report")', () => {
    const body = 'The inquiry heard from staff for a week. Tom Hale said the order was meant to "avoid a scandal before the vote," according to the report.';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'avoid a scandal before the vote,', speaker: 'Tom Hale' });
  });

  it('keeps words quoted as examples ("loose words like “soon” and “shortly”") terms', () => {
    const body = 'Speaking in Dover, ministry spokesman Tom Hale repeated that the ministry opposed the plan.\n\nPeople should give dates and not hide behind loose words like "soon" and "shortly", he told reporters.';
    expect(quotesOf(body)).toEqual([
      { text: 'soon', kind: 'term', speaker: null },
      { text: 'shortly', kind: 'term', speaker: null },
    ]);
  });

  it('takes "Ann Reed recalled …" and "Ann Reed highlighted …" right before a quotation as its lead-in', () => {
    for (const verb of ['recalled', 'highlighted', 'reiterated']) {
      const body = `Tom Hale spoke first. "Costs will rise," he said.\n\nAnn Reed ${verb} her vote against the plan in 2010. "We owe the staff a fair deal."`;
      expect(quotesOf(body)[1]).toMatchObject({ text: 'We owe the staff a fair deal.', speaker: 'Ann Reed' });
    }
  });

  it('takes "she" to the one person the sentence before names by her surname alone ("… a defining one for Reed.")', () => {
    const body = 'Ann Lee, the organizer, said the group came by bus. "We wanted to be here," she said.\n\nBetsy Reed lives a quiet life in Dover where she works for the state.\n\nThe friendship has been a defining one for Reed. "It is part of my life," she said.';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'It is part of my life,', speaker: 'Betsy Reed' });
  });
  it('reads "…, Sen. Ann Lee (D-Maine), said, “…”": the comma after the bracket opens no apposition', () => {
    const body = 'Tuesday in Dover, after winning Maine in the primary, Sen. Ann Lee (D-Maine), said, “We are going all the way to the convention.”';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'We are going all the way to the convention.', speaker: 'Sen. Ann Lee' });
  });
  it('gives "Reed told the paper that Lee’s comments “…”" to Reed: the comments are what Reed speaks of, not whose words these are', () => {
    const body = 'Tom Hale called for Judge Ann Lee to step down. House Speaker Tom Reed told the Courier on Tuesday that Lee’s comments “show bias to me.”';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'show bias to me.', speaker: 'Tom Reed' });
    // (after "that", a colon or a comma, the comments' words are their owner's)
    expect(quotesOf('Tom Reed told the Courier that Ann Lee’s comments: “We will not stand for it.”')[0]).toMatchObject({ speaker: 'Ann Lee' });
  });
  it('reads "“…?” Hale said at a fundraiser, according to audio obtained by the Courier." as Hale\'s, and the words after it too', () => {
    const body = '“Did you see them on the shows?” Tom Hale said at a fundraiser in Dover, according to audio obtained by the Courier. “You didn’t see them.”';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
  it('gives a quotation after "…, said Ann Lee, policy director for the Dover Trust." to Ann Lee', () => {
    const body = 'If the council acts now, members of the Green Party could push for a vote in March, said Ann Lee, policy director for the Dover Trust. "It would avoid a long fight."';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'It would avoid a long fight.', speaker: 'Ann Lee' });
  });
  it('reads "X said, “…,” Hale “…”" as X\'s words: a bare name between two quotations is the subject of the next', () => {
    const body = 'Republicans quickly accused the mayor of politics. Ann Lee, a spokeswoman for the council, said, "Instead of reassuring the town after the flood," Hale "opted for a political attack."';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee']);
  });
  it('gives a writing named again ("the statement said") to the author the text gave it before', () => {
    const issued = 'A separate statement issued by the Harlow campaign on Tuesday was quieter.\n\nInstead, the statement talked about giving voters the right to "pick who they want as their leader."';
    expect(quotesOf(issued)[0]).toMatchObject({ text: 'pick who they want as their leader.', speaker: 'Harlow campaign' });
    const provided = 'The Courier said Mark Pell provided a written statement in response to its questions.\n\n"After looking again at the plans, the minister believes they were a mistake," the statement said.';
    expect(quotesOf(provided)[0]).toMatchObject({ text: 'After looking again at the plans, the minister believes they were a mistake,', speaker: 'Mark Pell' });
    // in the passive, from a person named in apposition to a description
    const sent = 'According to the Courier, a letter was sent from the trust’s chief executive, Ann Holt, to every member.\n\nThe letter said, "We will close the hall at the end of June."';
    expect(quotesOf(sent)[0]).toMatchObject({ text: 'We will close the hall at the end of June.', speaker: 'Ann Holt' });
    // (the author given three paragraphs before, quotations of the writing between)
    const back = '"The club spoke to Tom Hale twice on Monday," the Harlow Trust said in a statement.\n\n"We told him the hall was not for hire."\n\n"He then offered to pay the staff himself. We could not accept that," the statement said.';
    expect(quotesOf(back)[2]).toMatchObject({ text: 'He then offered to pay the staff himself. We could not accept that,', speaker: 'Harlow Trust' });
    // (no author given: the writing itself)
    expect(quotesOf('The vote was close.\n\n"We regret the delay," the statement said.')[0]).toMatchObject({ speaker: 'the statement' });
  });
  it('reads "That, Party Chief of Staff Ann Reed explained, is by design." as Ann Reed\'s report, so a later "she said" finds her', () => {
    const body = 'Party chair Tarn Vask said the party was ready. It began spending money early. That, Party Chief of Staff Ann Reed explained, is by design.\n\n"We have a head start on the ground," she said.';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'We have a head start on the ground,', speaker: 'Ann Reed' });
  });
  it('never takes "he" or "she" for a group a capitalised plural names ("Delegates questioned …")', () => {
    const body = 'Tom Hale spoke to the hall on Monday.\n\nDelegates questioned how Hale could turn back on a pledge he made.\n\n"The day that pledge was broken was the day this became personal," he said.';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Tom Hale' });
  });
  it('never gives "“…,” he told Hale" to Hale, though Hale asked the question before', () => {
    const body = 'Tom Reed spoke to Ben Hale on his show. "We will build it," he said.\n\nHale asked Reed how high the wall would be.\n\n"I think it could be 35 feet," he told Hale, to cheers from the crowd.';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'I think it could be 35 feet,', speaker: 'Tom Reed' });
  });
  it('takes "Cost estimates, he added, were “…”" to the one speaking, not to a capital its subject opens with', () => {
    const body = '"The office is bound by law," spokesman Tom Hale said Tuesday. Cost estimates, he added, were "based on a model site."';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'based on a model site.', speaker: 'Tom Hale' });
  });
  it('gives "“…,” reads a Wednesday editorial in The Harlow Courier." to the paper', () => {
    const body = 'Reed has been taking heat at home.\n\n"There are snails with more spine than Sen. Tom Reed," reads a Wednesday editorial in The Harlow Courier.';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Harlow Courier' });
    expect(readPhrase('an editorial in The Harlow Courier')).toEqual({ kind: 'name', text: 'Harlow Courier' });
  });
  it('takes "“…?” Hale said about Reed\'s effort to win. He added …" as Hale\'s, though a sentence follows the phrase after the verb', () => {
    const body = 'Polls showed Reed behind, according to Gallup.\n\n"Why would you try to win that way?" Hale said about Reed\'s effort to win the state. He added, though, that "it did not work."';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'Why would you try to win that way?', speaker: 'Hale' });
  });
  it('never takes a "he" that opens its sentence for someone the sentence names after it ("He lambasted the deal made by President Reed, who he noted …")', () => {
    const body = [
      'Tom Hale spoke to the conference on Monday, after President Ben Reed had left.',
      'But while Hale\'s past statements have caused concern among activists, he offered promises in line with what the audience hoped to hear. At times, he brought the crowd to its feet.',
      'He lambasted the trade deal negotiated by President Reed, who he noted was "in his final year, yay." He pledged to move the embassy to the "eternal capital of the region."',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
  it('takes "The actress explained …" to the person just named, not to a new speaker "The actress"', () => {
    const body = 'Tom Hale said the show had changed. "We cast wider now," he said.\n\nAnn Reed has played a maid twice. The actress explained why the part was a "backhanded compliment."';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'backhanded compliment.', speaker: 'Ann Reed' });
  });
  it('gives a digest item\'s words to the outlet credited in brackets after them ("“…” [Courier.]"), unless the item names who said them', () => {
    const body = 'RACE TIGHTENS In the north, Tom Hale said his rival is in "serious trouble." [Courier.]\n\nFLOODS CLOSE THE PORT "The river rose two metres overnight and the port will stay shut until Friday." [Gazette.]\n\nA SONG FOR THE TEAM "We sang it in the bus all the way home." [Herald.]';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Gazette', 'Herald']);
    expect(quotesOf('The crowd stood. "We will win this," he said. [Applause]')[0]).not.toMatchObject({ speaker: 'Applause' });
  });
  it('gives the words after "As The Courier\'s Ann Reed puts it, …" to Ann Reed', () => {
    const body = 'Tom Hale spoke first. "We will wait," he said.\n\nAs The Courier\'s Ann Reed puts it, the senators are trying to make Hale "an offer he cannot refuse."';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'an offer he cannot refuse.', speaker: 'Ann Reed' });
    expect(attributionBefore("As Ben Cole, the party's deputy leader, put it: ", 'en')?.phrase).toMatchObject({ kind: 'name', text: 'Ben Cole' });
  });
  it('gives the answer after "X asked Tom Hale whether …" to Tom Hale, not to the one who asked', () => {
    const body = 'Tom Hale spoke on Monday. "I am ready," he said.\n\nLast month, the Courier\'s Ben Cole asked Hale whether questions about his age were fair game.\n\n"Sure they are. I would not have run if I were not well," he said.';
    expect(quotesOf(body)[1]).toMatchObject({ speaker: 'Tom Hale' });
  });
  it('gives "The timing of Hale\'s rise does not surprise pollster Ann Reed: “…”" to Ann Reed, not to the subject', () => {
    const body = 'Tom Hale won the vote.\n\nThe timing of Hale\'s rise does not surprise Republican pollster Ann Reed: "Lesser-known candidates who win early see the biggest boost."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Ann Reed' });
    // (not one a preposition governs: "… was a blow to Tom Hale: “…”")
    expect(attributionBefore('The result was a blow to party leader Tom Hale: ', 'en')?.phrase).not.toMatchObject({ text: 'Tom Hale' });
  });
  it('never takes "None" or "Neither" opening a sentence for a speaker', () => {
    const body = 'It is the first time a candidate has made the issue a plank, said Tom Hale, who leads the group. None has offered plans. "It makes this a national conversation," he said.';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Tom Hale' });
  });
  it('gives a crowd\'s chant or shout to the crowd the sentence names, not to whom it interrupts or to no one', () => {
    const body = [
      'The mayor spoke at the town hall on Tuesday.',
      'Outside the hall, about 300 protesters gathered in the rain, waving placards and chanting "Close the mine."',
      'Students from the college interrupted her speech, shouting "No more cuts!"',
      'Small groups of demonstrators kept walking around the square while chanting, "Not in our name."',
      'When the vote was read out, the opposition delegates erupted in boos and loud chants of "shame."',
      'Reed supporters waved flags and chanted "Four more years!"',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['protesters', 'students', 'demonstrators', 'opposition delegates', 'Reed supporters']);
    // (a crowd in a clause opened by "where", after the one the sentence is about)
    expect(quotesOf('Ann Reed spoke down the street from the casino — now owned by a fund — where about 50 protesters had gathered on Wednesday, chanting "no contract, no peace" at the doors.')[0]).toMatchObject({ speaker: 'protesters' });
    // (one person shouting is theirs, whoever they shout at)
    expect(quotesOf('Ann Reed told the students, shouting "Enough!"\n\nThe mayor shouted at the protesters: "Go home."').map((q) => q.speaker)).toEqual(['Ann Reed', 'The mayor']);
  });
  it('gives "Although Hale admitted that they had been “…,” he claimed" to Hale, the one the sentence names as reporting', () => {
    const body = [
      'Former councillor Tom Hale was unable to put down his pen.',
      'Hale, 51, who is married to party aide Kim Abbot, sent letters of his own to another woman, the Courier reported.',
      'Although Hale admitted to the paper that he and the woman had "been friends for some time," he claimed they had never met.',
    ].join('\n\n');
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Tom Hale' });
    // (not one the pronoun cannot mean)
    expect(quotesOf('Ben Cole spoke first.\n\nWhile Mrs Ann Reed said the plan was "too costly by far," he insisted it would pass.')[0]).toMatchObject({ speaker: 'Ben Cole' });
  });
  it('reads the whole sentence for "Ann Reed visited ABC’s “Today” to discuss her rival, saying “…”" when the words since the title name no one, and keeps the title nobody’s', () => {
    const body = 'Sen. Ann Reed (Lab) visited ABC’s “Today” to discuss her recent remarks about her rival, Tom Hale, saying “on his best day” he would still lose.';
    expect(quotesOf(body)).toEqual([
      { text: 'Today', kind: 'term', speaker: null },
      { text: 'on his best day', kind: 'speech', speaker: 'Sen. Ann Reed' },
    ]);
  });
  it('gives a short quotation no rule attributes to the speaker quoted saying those words before (an echo)', () => {
    const body = [
      'Tom Hale spoke of the judge at a rally: "They ought to look into Judge Reed, because what Judge Reed is doing is a disgrace."',
      'Judge Ann Reed, who is hearing the case, has emerged as a target. The remarks about Reed stand out for their personal nature and the demand that someone "ought to look into" a sitting judge.',
    ].join('\n\n');
    expect(quotesOf(body)[1]).toMatchObject({ text: 'ought to look into', speaker: 'Tom Hale' });
    // (a single word or a term is no echo: "a disgrace" named as such stays a term)
    expect(quotesOf(body.replace('the demand that someone "ought to look into" a sitting judge', 'the word "disgrace"'))[1]).toMatchObject({ speaker: null });
  });
  it('reads past a dateline with its agency ("MACAU (Courier) – …") and never takes a span of time ("Hours later, …") for a name', () => {
    expect(readPhrase('MACAU (Courier) – Top party donor Ben Cole')).toMatchObject({ kind: 'name', text: 'Ben Cole' });
    expect(readPhrase('Hours later, Tom Hale')).not.toMatchObject({ text: 'Hours' });
    const body = 'Ben Cole spoke first. "We will see," he said.\n\nHours later, Tom Hale returned the compliment, telling the Courier: "Ben and I have been friends for a long time."';
    expect(quotesOf(body)[1]).not.toMatchObject({ speaker: 'Hours' });
  });
  it('never takes a named day ("prior to Election Day, he laughed and said") for whom "he" means', () => {
    const body = 'Questions are being asked about when the council will meet.\n\nWhen the clerk was asked if the council would meet prior to Election Day, he laughed and said, "We\'ll see."';
    expect(quotesOf(body)[0]).not.toMatchObject({ speaker: 'Election Day' });
  });
  it('never takes "Like" opening a sentence for part of a name ("Like most campaigns, …", "Like Reed, …")', () => {
    const body = 'Donations are checked against the limits, Tom Hale said, but "we do not ask them what they earn." Like most campaigns, "we only check that the gift is legal," Hale said.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
    expect(readPhrase('Like Reed')).not.toMatchObject({ text: 'Like Reed' });
  });
  it('reads "X said on Friday he …" as a report of X, so that X is known when named again', () => {
    const body = [
      'HAMBURG (Courier) – Shipping firm owner Jonas Ekberg said on Friday he had met the port authority twice.',
      'The harbour has lost trade to its rivals for a decade.',
      '"The new cranes will pay for themselves within five years," Ekberg said.',
    ].join('\n\n');
    expect(quotesOf(body)).toMatchObject([{ speaker: 'Jonas Ekberg' }]);
    expect(indirectOf(body.replace('on Friday', 'late Tuesday'))).toEqual([{ speaker: 'Jonas Ekberg', text: 'he had met the port authority twice.' }]);
  });
  it('resolves a description by the nouns of business and campaigns ("the shipping magnate", "the nominee") to the person it titled', () => {
    const body = [
      'Shipping magnate Jonas Ekberg acquired the old port last year.',
      'He had long kept away from the city. Mayor Lena Vogt has not commented on the plan.',
      '"The new cranes will pay for themselves within five years," the shipping magnate said.',
    ].join('\n\n');
    expect(quotesOf(body)).toMatchObject([{ speaker: 'Jonas Ekberg' }]);
    expect(quotesOf(body.replace('Shipping magnate', 'Party nominee').replace('the shipping magnate', 'the nominee'))).toMatchObject([{ speaker: 'Jonas Ekberg' }]);
  });
  it('resolves "the port director" to the person an apposition introduced as "a port director"', () => {
    const body = [
      'Jonas Ekberg, a port director, bought the old harbour last year.',
      'He had long kept away from the city. Mayor Lena Vogt has not commented on the plan.',
      '"The new cranes will pay for themselves within five years," the port director said.',
    ].join('\n\n');
    expect(quotesOf(body)).toMatchObject([{ speaker: 'Jonas Ekberg' }]);
  });
  it('reads ", which has said" after a body as that body speaking', () => {
    const body = 'The Commission faces two challenges, one from the Port Users Group and the other from the Transport Union, which has said the plan is a "bad piece of law".';
    expect(quotesOf(body)).toMatchObject([{ speaker: 'Transport Union' }]);
  });
});

describe('verbs that label someone "as a “…”"', () => {
  it('gives the label to the subject who mocks, paints, pounds or goes after someone as it, not to the one labelled', () => {
    const opening = 'Tom Hale and Ann Lee met on Monday. "We will see," Hale said.';
    for (const s of ['In recent weeks, Ann Lee has gone after Tom Hale as a "drain on the town" and a "spoiled brat."', 'Ann Lee has been steadily pounding Tom Hale as a "con artist" for months.', 'Ann Lee mocked Tom Hale as a "con artist" on Monday.']) {
      expect(quotesOf(`${opening}\n\n${s}`).slice(1).map((q) => q.speaker)).toEqual(s.includes('brat') ? ['Ann Lee', 'Ann Lee'] : ['Ann Lee']);
    }
  });

  it('leaves the passive alone: one mocked as a “…” is not the speaker', () => {
    expect(quotesOf('Tom Hale was mocked as a "con artist" for months.')).toMatchObject([{ speaker: null }]);
  });
});

describe('a clause opened by "with" and a name', () => {
  it('gives the words to the name after "with", not to the subject of the sentence', () => {
    const opening = 'Tom Hale and Ann Lee met on Monday. "We will see," Hale said.';
    expect(quotesOf(`${opening}\n\nThe campaign has denied it happened, with Ann Lee taking to the radio to call Tom Hale "totally confused" for the claim.`)[1]).toMatchObject({ speaker: 'Ann Lee' });
    expect(quotesOf(`${opening}\n\nThe council voted again, with Ann Lee going on the radio to say the plan was "a shambles."`)[1]).toMatchObject({ speaker: 'Ann Lee' });
  });
  it('reads an adverb before the participle, and a colon after it: "…, with Hale reportedly yelling: “…”"', () => {
    const body = 'At a rally in Dover, Kent, on Saturday, some of his supporters shoved a protester, with Tom Hale reportedly yelling: “Get him out of here!”';
    expect(quotesOf(body)[0]).toMatchObject({ text: 'Get him out of here!', speaker: 'Tom Hale' });
  });
});

describe('a colon after a sentence with no verb of speech', () => {
  it('gives the words to a subject of five capitalised words, past an apposition, not to the one named before the colon', () => {
    const body = '"We will win," Hale said.\n\nSenate Minority Leader Ann Lee, D-Md., delivered a blunt message to Hale: "It is time to stop attacking people."';
    expect(quotesOf(body)[1]).toMatchObject({ text: 'It is time to stop attacking people.', speaker: 'Ann Lee' });
  });
  it('gives the words to the subject, not to a paper spoken to, named before the colon ("… to the Dutch newspaper NRC Handelsblad:")', () => {
    const body = 'Taco\n\nFormer Labour mayoral candidate Ann Lee broke down what was wrong with the image to the Dutch newspaper De Harlow Krant: "What Hale did was so insensitive."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Ann Lee' });
    // (one named after "by" is still the one who goes on: "the question posed by Brighton nurse Ann Moss:")
    expect(quotesOf('Taco\n\nAnd then came the question posed by Brighton nurse Ann Moss: "Would you do it for five pounds?"')[0]).toMatchObject({ speaker: 'Ann Moss' });
  });
  it('keeps a short name in capitals "cited as" something a term', () => {
    const body = 'Former Harlow Gov. Ann Lee rounded out the list of candidates interviewed, citing "Night Desk" as her guilty pleasure.';
    expect(quotesOf(body)).toMatchObject([{ text: 'Night Desk', kind: 'term', speaker: null }]);
  });
});

describe('a question, then the speaker and the one asked or told', () => {
  it('reads "“…?” Hale asked reporters rhetorically during a news conference." as Hale\'s', () => {
    expect(quotesOf('"You think I am going to change?" Tom Hale asked reporters rhetorically during a news conference in May.')[0]).toMatchObject({ speaker: 'Tom Hale' });
    expect(quotesOf('"Is it over?" Tom Hale told the Harlow Courier on Monday.')[0]).toMatchObject({ speaker: 'Tom Hale' });
  });
  it('leaves "X told Radio Harlow:" to the quotation it leads into', () => {
    expect(quotesOf('Ann Lee said the council offered a "hard sell." Tom Hale told Radio Harlow: "It is over."')).toMatchObject([{ speaker: 'Ann Lee' }, { speaker: 'Tom Hale' }]);
  });
});

describe('"Said X, …, “…”": the verb before its speaker', () => {
  it('reads "Continued Stone: “…”" as Stone\'s, and a verb of speech after "and later" as the subject\'s', () => {
    expect(quotesOf('Vote\n\n"It will happen here," Tom Stone said.\n\nContinued Stone: "So I think it is a very real problem."')[1]).toMatchObject({ speaker: 'Tom Stone' });
    expect(quotesOf('Show\n\nTom Wilkes brought up the bombing and later said, "It is not just one group."')[0]).toMatchObject({ speaker: 'Tom Wilkes' });
  });
  it('reads past an apposition or a relative clause after the name', () => {
    const relative = 'The old house was turned into a museum. Said Ann Lee, who grew up with Hale in the street, "We were all so proud of him."';
    expect(quotesOf(relative)[0]).toMatchObject({ speaker: 'Ann Lee' });
    expect(quotesOf('The old house was turned into a museum. Said Ann Lee, a neighbour, "We were all so proud of him."')[0]).toMatchObject({ speaker: 'Ann Lee' });
  });
});

describe('words that open a sentence or end a list, taken for names', () => {
  it('never takes "Sometimes" opening a sentence, or the last word of a quoted list, for someone "he" may mean', () => {
    const body = [
      'Roads',
      'Tom Hale said members are "Latino, non-Latino, Irish, non-Irish, Caucasian."',
      'He added that they come "Latino, Irish, Polish, or Greek."',
      'When Hale held rallies he met protesters. Sometimes confrontations grew violent, and Hale took to the radio. "Everybody is talking about the flags," he said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale', 'Tom Hale']);
  });
});

describe('a party\'s word before a role', () => {
  it('reads "Labour mayoral nominee Ann Lee issued the following statement:" as Ann Lee, not "Labour"', () => {
    const body = 'Flood\n\nIn response, Labour mayoral nominee Ann Lee issued the following statement:\n\n"Our thoughts are with all those affected."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Ann Lee' });
    const saying = 'Flood\n\nGreen council candidate Tom Hale chimed in on the radio, saying that officials should act "without delay."';
    expect(quotesOf(saying)[0]).toMatchObject({ speaker: 'Tom Hale' });
  });
  it('reads "The Labour candidate" as the one named before, not as someone called "Labour"', () => {
    expect(readPhrase('The Labour candidate')).toEqual({ kind: 'description', text: 'The Labour candidate' });
    expect(readPhrase('The Green mayoral nominee')).toEqual({ kind: 'description', text: 'The Green mayoral nominee' });
    const body = 'Flood\n\nTom Hale said, "We will not have a town left."\n\nThe Labour candidate went on to set out his plans by saying, "I am trying to save homes."';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('offices named with "of" and "for"', () => {
  it('reads "Secretary of State Ann B. Lee said …" as her report, and a later "he" or "she" as her', () => {
    const body = [
      'Mayor Tom Hale condemned the closure. "It is a clear breach," he said.',
      'Secretary of State Ann B. Lee said the ministry would work with other councils to take "firm steps" in response, and she urged the firm to reopen talks.',
      '"We remain open to serious talks," she said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tom Hale', 'Ann B. Lee', 'Ann B. Lee']);
  });

  it('reads "The Shadow Secretary of State for Transport, Ann Lee, said:" as Ann Lee', () => {
    const body = 'Tom Hale said the plan was new. The Shadow Secretary of State for Transport, Ann Lee, said: "These plans were announced in December."';
    expect(quotesOf(body)).toMatchObject([{ speaker: 'Ann Lee' }]);
  });
});

describe('"…, said X, a role" after a short clause that ends the quotation\'s sentence', () => {
  it('gives the words to the name after the inverted verb, past its apposition', () => {
    const body = 'Tom Hale hopes to win the county. "He can claim it, but it seems very unlikely" that Hale can catch Lee, said Ann Berg, deputy manager of the 2004 campaign for mayor.';
    expect(quotesOf(body)).toMatchObject([{ speaker: 'Ann Berg' }]);
  });
});

