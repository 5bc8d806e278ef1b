/**
 * The ways news gives words to someone that the held-out rounds showed: short
 * quotations that complete a verb which judges or names something in the
 * speaker's own words ("accused them of “…”", "described it as “…”"),
 * reported clauses that open with "the", people picked out by a numeral
 * ("one local said"), plural role nouns ("commentators"), and, from rounds 7
 * and 8, long and relative clauses, titles, fact sheets, songs, posts and
 * captions. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { judgingVerb } from '../../src/detect/judging.js';
import { quotesOf } from './helpers.js';


describe('judging verbs (judging.ts)', () => {
  it('finds the verb, its object and "of", "as" or "for" before the quotation, in the active voice only', () => {
    expect(judgingVerb('The union accused the board of ', 'en')).toMatchObject({ verb: 'accused' });
    expect(judgingVerb('A ministry spokeswoman described the delay as ', 'en')).toMatchObject({ verb: 'described' });
    expect(judgingVerb('Fans kept referring to the new stadium as ', 'en')).toMatchObject({ verb: 'referring to' });
    expect(judgingVerb('The coach blamed the referee for ', 'en')).toMatchObject({ verb: 'blamed' });
    expect(judgingVerb('The board was accused of ', 'en')).toBeUndefined();
    expect(judgingVerb('The bridge is often described as ', 'en')).toBeUndefined();
    expect(judgingVerb('The union has been accusing the board of ', 'en')).toMatchObject({ verb: 'accusing' });
    expect(judgingVerb('The union accused the board of ', 'fr')).toBeUndefined();
    // the quotation must complete the verb's object: not a term further on in the sentence
    expect(judgingVerb('The union accused the board of cutting pay and of its ', 'en')).toBeUndefined();
  });

  it('gives the quotation to the subject of the verb', () => {
    expect(quotesOf('The union leader, Marta Kovac, accused the board of "treating nurses like furniture."')).toEqual([
      { text: 'treating nurses like furniture.', kind: 'speech', speaker: 'Marta Kovac' },
    ]);
    expect(quotesOf('A ministry spokeswoman described the delay as "regrettable" and promised a new timetable.')).toEqual([
      { text: 'regrettable', kind: 'speech', speaker: 'A ministry spokeswoman' },
    ]);
    expect(quotesOf('The river has been dry for weeks. Anglers have been accusing the water company of "draining it for profit."')[0]).toMatchObject({
      kind: 'speech',
      speaker: 'Anglers',
    });
  });

  it('takes the subject before "began", "kept" or "started" for a participle that judges', () => {
    const q = quotesOf('Within a month, fans started referring to the new stand as "the fridge" and "the shed."');
    expect(q.map((x) => x.speaker)).toEqual(['fans', 'fans']);
  });

  it('leaves a passive judgement a term: the words are someone else’s, unnamed', () => {
    expect(quotesOf('The old mill is often described as "a brick cathedral" by visitors.')).toEqual([{ text: 'a brick cathedral', kind: 'term', speaker: null }]);
    expect(quotesOf('The board was accused of "sleepwalking" last winter.')).toEqual([{ text: 'sleepwalking', kind: 'term', speaker: null }]);
  });

  it('never gives the words to the subject of a verb of speech in the passive', () => {
    const q = quotesOf('Pollsters questioned the fans after the final.\n\nThe new coach Tom Reed was described as "a breath of fresh air" and "the best thing to happen to the club".');
    expect(q.map((x) => x.text)).toEqual(['a breath of fresh air', 'the best thing to happen to the club']);
    expect(q.map((x) => x.speaker)).toEqual([null, null]);
    // (nor does "was said to be", whose subject is the source)
    expect(quotesOf('Local police were said to be "surprised" by the visit.')).toMatchObject([{ speaker: 'Local police' }]);
  });

  it('reads "hailed it as “…”" as the words of the one who hailed it', () => {
    expect(quotesOf('Welsh legend Tom Reed, a member of two winning sides, hailed it as "one of the great performances".')).toMatchObject([
      { kind: 'speech', speaker: 'Tom Reed' },
    ]);
  });

  it('gives a passive judgement to its agent when "by" names one before "as"', () => {
    expect(quotesOf('The new tablet, priced at £299, was described by Ann Lee as the "most important launch" of the year.')).toMatchObject([
      { text: 'most important launch', kind: 'speech', speaker: 'Ann Lee' },
    ]);
    // (after a dash, the agent rather than the subject of the clause before it)
    const q = quotesOf('The minister announced plans to merge 30 agencies into eight - branded by one staff union as a "bonfire of the quangos".');
    expect(q.map((x) => x.speaker)).toEqual(['one staff union']);
  });
});

describe('reported clauses and unnamed people', () => {
  it('reads "claiming the “…”" as the claimant’s words, not a name', () => {
    expect(quotesOf('Councillor Ian Shaw hit back, claiming the "real scandal" was the delay in Leeds.')).toEqual([
      { text: 'real scandal', kind: 'speech', speaker: 'Councillor Ian Shaw' },
    ]);
  });

  it('takes "one local" and "another driver" for the speaker', () => {
    expect(quotesOf('"Nobody here has seen snow like this since the eighties," one local said.')[0]).toMatchObject({ speaker: 'one local' });
    expect(quotesOf('"We waited four hours," another driver told reporters.')[0]).toMatchObject({ speaker: 'another driver' });
  });

  it('reads a plural of a listed role as a group that speaks ("commentators")', () => {
    expect(quotesOf('"It was the slowest final in years," commentators said.')[0]).toMatchObject({ speaker: 'commentators' });
  });
});

describe('nouns of speech and colons (owners.ts, rules.ts)', () => {
  it('gives words introduced by "X’s remark that" or "his promise:" to their owner, not to the subject', () => {
    expect(quotesOf('Voters remembered Dana Pike\'s promise: "No new taxes."')).toEqual([{ text: 'No new taxes.', kind: 'speech', speaker: 'Dana Pike' }]);
    expect(quotesOf('History is now mocking Ortega for his boastful comment that "the crisis is over."')[0]).toMatchObject({ speaker: 'Ortega' });
    expect(quotesOf('The senator, Ruth Gale, stood by her claim that "the money was never there."')[0]).toMatchObject({ speaker: 'Ruth Gale' });
  });

  it('gives a quotation after a colon, with no verb of speech, to the name that opens the sentence', () => {
    expect(quotesOf('Mr Okafor then turned on the minister: "You have had ten years and built nothing!"')[0]).toMatchObject({ speaker: 'Mr Okafor' });
    expect(quotesOf('The rules were simple: "Nobody leaves before six."')[0]).toMatchObject({ speaker: null });
    expect(quotesOf('Nobody in the hall forgot the warning: "Doors close at nine."')[0]).toMatchObject({ speaker: null });
  });
});

describe('labels before a colon', () => {
  it('takes no speaker from a numbered label ("Question one:")', () => {
    expect(quotesOf('Question one: "Why was the bridge closed for a year?"')[0]).toMatchObject({ speaker: null });
    expect(quotesOf('The next day was no calmer. Obi\'s first question: "Who signed the contract?"')[0]).toMatchObject({ speaker: 'Obi' });
  });
});

describe('"said another"', () => {
  it('is one more of the kind last introduced with "one": a new speaker, not the last one', () => {
    expect(quotesOf('"It was a long night," said one nurse. "We managed," said another.').map((q) => q.speaker)).toEqual(['one nurse', 'another nurse']);
  });
});

describe('long reports and dashes before a quotation', () => {
  it('reads a report that runs on to a colon, however long', () => {
    const body =
      'In reply, Mona Kerr, chief executive of the trust, said it had run the service since 2009 and had built up long experience of caring for patients while helping the courts and the police with the evidence they need to bring cases of assault and abuse across the whole county to trial: "Our nurses are the best trained in the region."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Mona Kerr' });
  });

  it('gives a quotation after a dash, with no verb of speech, to the name that opens the sentence', () => {
    expect(quotesOf('Coach Ken Mills has one message for his players - "Play for each other, every week."')[0]).toMatchObject({ speaker: 'Ken Mills' });
  });
});

describe('more ways news gives words to someone', () => {
  it('reads "criticised the “…”" as the critics’ word for it', () => {
    expect(quotesOf('Local doctors sharply criticised the "fire sale" of the clinics to a private firm.')[0]).toMatchObject({ kind: 'speech', speaker: 'Local doctors' });
    expect(quotesOf('The mayor was criticised for the "fire sale" by her own party.')).toEqual([{ text: 'fire sale', kind: 'term', speaker: null }]);
  });

  it('reads "“…,” was the chant from X" as X’s words', () => {
    expect(quotesOf('The keeper did not move. "We are going up," was the chant from the away fans.')[0]).toMatchObject({ speaker: 'the away fans' });
  });

  it('reads "X would begin “…”" as X’s words', () => {
    expect(quotesOf('Every night, Dolan would begin "Good evening, insomniacs" and play the first record.')[0]).toMatchObject({ speaker: 'Dolan' });
  });

  it('reads a report that runs on to "that" at some length', () => {
    const body =
      'Speaking on the show, Priya Nair told viewers that she had met the director twice and that during one of their meetings he had spent an hour on the lighting in the studio, the height of the chairs, the noise from the street outside and the temperature of the coffee he was given, and that "he was impossible. He was simply impossible."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Priya Nair' });
  });
});

describe('second reported clauses, titles before an apposition, names of rules', () => {
  it('reads "X said …, and that … “…”" as X’s words, however far the quotation is from the verb', () => {
    const body =
      'Inspectors said the bakery had run two ovens and a boiler it had no licence for during most of the winter, and that it stored flour in a way that was not "safe for anyone" and "far below" the standards of the trade.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Inspectors', 'Inspectors']);
  });

  it('takes a capitalised quotation followed by an apposition naming a kind of work as that work’s title', () => {
    const body = '"Harbour Lights: The Return," the second film in the studio\'s seaside series, sold out every cinema in town, the company said.';
    expect(quotesOf(body)).toEqual([{ text: 'Harbour Lights: The Return,', kind: 'term', speaker: null }]);
    // an apposition that is the speaker is not one
    expect(quotesOf('"Thank You All," the author of the book said.')[0]).toMatchObject({ kind: 'speech', speaker: 'the author of the book' });
  });

  it('takes a short quotation naming the rule or policy after it as a term', () => {
    const body = 'The trip broke no law, the inquiry concluded, though it made no ruling on "work from home" council guidance.';
    expect(quotesOf(body)).toEqual([{ text: 'work from home', kind: 'term', speaker: null }]);
    expect(quotesOf('The mayor said the "open door" approach had failed.')[0]).toMatchObject({ kind: 'speech', speaker: 'The mayor' });
  });
});

describe('fact sheets, songs, posts and captions (round 8)', () => {
  it('reads "FIELD: …" lines of a fact sheet as no one’s turns, and finds the subject after the field’s colon', () => {
    const body = [
      'STATE: Ohio', 'KNOWN FOR: Ann Lee ran the state treasury for ten years and cut its costs by a third.', 'STATE: Iowa',
      'KNOWN FOR: Bo Park, a farmer, said the plan was "a bold step" for rural towns.', 'STATE: Utah', 'KNOWN FOR: Cy Dunn has served two terms in the House.',
    ].join('\n\n');
    expect(quotesOf(body)).toEqual([{ text: 'a bold step', kind: 'speech', speaker: 'Bo Park' }]);
  });

  it('gives sung, rapped and purred words to the singer, even with a phrase of place after the verb', () => {
    expect(quotesOf('Mara Quinn has a new single. "Are you ready for the night?" Quinn sings in the chorus.')[0]).toMatchObject({ speaker: 'Mara Quinn' });
    expect(quotesOf('Mara Quinn then seems to tease her old band by purring: "I never needed you."')[0]).toMatchObject({ speaker: 'Mara Quinn' });
  });

  it('reads "Her lyrics include:" and "was X’s caption" as the owner’s words', () => {
    expect(quotesOf('Mara Quinn released a song on Friday. Her lyrics include: "I keep the lights on for you."')[0]).toMatchObject({ speaker: 'Mara Quinn' });
    expect(quotesOf('Tom Reyes posted a photo of the flood. "Two dogs waiting at the gate," was Reyes\'s short caption.')[0]).toMatchObject({ speaker: 'Tom Reyes' });
  });

  it('keeps a dropped g inside a single-quoted line: tryin’ is no closing mark', () => {
    expect(quotesOf("The band's singer said: 'Some days we're tryin' too hard, and that is fine.'")).toEqual([
      { text: "Some days we're tryin' too hard, and that is fine.", kind: 'speech', speaker: "The band's singer" },
    ]);
  });

  it('finds the subject of a sentence that opens with a name and its apposition before a colon', () => {
    const body = 'Ken Mills, a coach who runs the youth club in town, led the protest with the words: "Play for each other, every week."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Ken Mills' });
  });

  it('reads "X began singing “…”" as X’s words', () => {
    expect(quotesOf('Then Sam shook himself, and began singing in a low voice "row, row, row the boat—" and would not stop.')[0]).toMatchObject({ speaker: 'Sam' });
  });
});

describe('sentence openers that name no one', () => {
  it('reads "First," and "Old flames" as no names', () => {
    const quotes = quotesOf('First, Rowling shared the clip. Old flames get a going over too, including a tank top reading: "I love T.S."');
    expect(quotes.map((q) => q.speaker)).not.toContain('First');
    expect(quotes.map((q) => q.speaker)).not.toContain('Old');
  });

  it('gives a quotation after a colon to the pronoun that opens the clause', () => {
    expect(quotesOf('Mara Quinn has a new album out. Then she lashed out at old friends: "You asked me for a place to sleep."')[0]).toMatchObject({ speaker: 'Mara Quinn' });
  });
});

describe('book titles with a subtitle', () => {
  it('takes a capitalised title and subtitle after "the co-author of" as a term', () => {
    const body = 'Editor\'s note: Ann Lee is the co-author with Bo Park of "Slow River: One Teacher\'s Year in the Hills." Lee lives in Ohio.';
    expect(quotesOf(body)).toEqual([{ text: "Slow River: One Teacher's Year in the Hills.", kind: 'term', speaker: null }]);
  });
});

describe('relative clauses after a verb of speech', () => {
  it('does not give a quotation inside ", which …" to the subject of the verb before it by the rules; the model reads "her promise of"', () => {
    const body = 'Ann Lee announced her run outdoors in the rain, which she tied to her promise of a "homegrown" campaign.';
    expect(quotesOf(body, { rules: true })).toEqual([{ text: 'homegrown', kind: 'term', speaker: null }]);
    // the model of unattributed quotations reads "her promise of a “…”" as her words
    expect(quotesOf(body)).toEqual([{ text: 'homegrown', kind: 'speech', speaker: 'Ann Lee' }]);
    // a verb of speech inside the clause still reports
    expect(quotesOf('Ann Lee unveiled the plan, which she said was "a fresh start" for the town.')[0]).toMatchObject({ speaker: 'Ann Lee' });
  });
});

describe('relative "who" before a verb of speech', () => {
  it('gives the quotation to the one "who" stands for, not the subject of the sentence', () => {
    const body = 'The forum was full of replies, including the blogger Nia Kent, who wrote: "This is the best news all year."';
    expect(quotesOf(body)[0]).toMatchObject({ speaker: 'Nia Kent' });
  });
});

describe('roles after a body, capitals that open a sentence, heated verbs', () => {
  it('names the person after "deputy City Hall press secretary", not the body', () => {
    expect(quotesOf('In a statement to the paper, deputy City Hall press secretary Mia Ortiz said: "The mayor condemns it."')[0]).toMatchObject({ speaker: 'Mia Ortiz' });
  });

  it('reads a short capitalised quotation that opens a sentence closed by "…, X told lawmakers." as X’s words', () => {
    expect(quotesOf('"Fraud did happen" in the county during the count, Attorney General Lena Moss told lawmakers.')[0]).toMatchObject({ kind: 'speech', speaker: 'Lena Moss' });
    // a headline-like line that opens with a name in quotes is still a term
    expect(quotesOf("'Voice' host denies the producer's claim about the show").map((q) => q.kind)).toEqual(['term']);
  });

  it('reads seethed, clarified and blasted as verbs of speech', () => {
    expect(quotesOf('Ann Lee read the report twice. "This is a scandal," she seethed.')[0]).toMatchObject({ speaker: 'Ann Lee' });
    expect(quotesOf('Bo Park was asked about it. "I act for a living," he clarified.')[0]).toMatchObject({ speaker: 'Bo Park' });
  });
});

describe('words that speak for their author', () => {
  it('gives what "the lyrics" or "Tweet No2" say to the one who spoke last', () => {
    const body = [
      '"I never wanted the fame," Mara Quinn said on Monday.',
      'The lyrics insist that "fame is a cage, and I have the key."',
      'Tweet No2 explained why: "I wrote it on a train at night."',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Mara Quinn', 'Mara Quinn', 'Mara Quinn']);
  });
});

describe('a second expert introduced with "suggests that"', () => {
  it('makes the newly introduced expert the one a later "he" means', () => {
    const body = [
      'Property expert Sam Hale explains there are many factors to consider.', "He said: 'Rent it out while you are away.'",
      'Buying agent Ian Moss suggests that a flat abroad may prove a shrewd buy.', "But he also adds a warning, saying: 'Coastal towns cost a third more.'",
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Sam Hale', 'Ian Moss']);
  });
});
