/**
 * Reports and roles from rounds 10 to 20 (seen): a role right before one
 * name ("said fourth seed Ruiz"), a sentence-initial role that is no part of
 * the name ("Drummer Tom Hrib said"), a short quotation inside a report after
 * a bare "the", after "denied", after a closed relative clause, inside a
 * sentence that "X has warned" closes, and a judging verb with a named
 * owner ("criticised Northgate Council's “…”"). Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseSource } from '../../src/parse/index.js';
import { quotesOf } from './helpers.js';

const speakers = (body: string): (string | null)[] => quotesOf(body).map((q) => q.speaker);
const kinds = (body: string): string[] => quotesOf(body).map((q) => q.kind);

describe('a role before a name', () => {
  it('reads "said fourth seed Lia Ruiz" and "said fourth seed Ruiz" as the player', () => {
    expect(speakers('"We were beaten by a better side," said fourth seed Lia Ruiz.')).toEqual(['Lia Ruiz']);
    expect(speakers('"We were beaten by a better side," said fourth seed Ruiz.')).toEqual(['Ruiz']);
  });

  it('reads "“…,” said coach Bexley." as Bexley', () => {
    expect(speakers('"The tour goes on," said coach Bexley.')).toEqual(['Bexley']);
  });

  it('keeps a capitalised role that opens the sentence out of the name: "Drummer Tom Hrib said"', () => {
    expect(speakers('Drummer Tom Hrib said the tour would go on. "We are ready," he said.')).toEqual(['Tom Hrib']);
  });

  it('gives "The band\'s guitarist, Tom Hrib, described …" to Tom Hrib, not to the description', () => {
    expect(speakers('The band\'s guitarist, Tom Hrib, described the album as "our best work".')).toEqual(['Tom Hrib']);
  });

  it('leaves the day out of "The mayor on Sunday said"', () => {
    expect(speakers('The mayor on Sunday said the plan was "dead".')).toEqual(['The mayor']);
  });
});

describe('a short quotation inside a report', () => {
  it('gives "X said the budget was the “tightest” in years" to X: a bare "the" names nothing', () => {
    expect(speakers('Ann Lee said the budget was the "tightest" in years.')).toEqual(['Ann Lee']);
  });

  it('keeps "told the council the “green zones” would open" a term: the named thing is the subject of its clause', () => {
    expect(kinds('Ann Lee told the council the "green zones" would open in May.')).toEqual(['term']);
  });

  it('gives "X warned that people on the “edge of town” would …" to X: after a preposition the thing is no subject', () => {
    expect(speakers('Ann Lee warned that people on the "edge of town" would be left behind.')).toEqual(['Ann Lee']);
  });

  it('gives "X denied it amounted to a “cover-up”" to X', () => {
    expect(speakers('But Ann Lee denied it amounted to a "cover-up".')).toEqual(['Ann Lee']);
  });

  it('reads past a relative clause closed by a comma: "X said its branches, which opened this month, could be “busy”"', () => {
    expect(speakers('Northgate Bank said its two new branches, which opened this month, could be "busy" by summer.')).toEqual(['Northgate Bank']);
  });

  it('gives a word in a sentence that "X has warned" closes to X, even after "of"', () => {
    expect(speakers('Five years of "easy" money may be over, Northgate Bank has warned.')).toEqual(['Northgate Bank']);
  });

  it('does not read "according to a … report" as a verb of speech closing the sentence', () => {
    expect(kinds('The "green gap" between the two towns is closing, according to a Northgate Council report.')).toEqual(['term']);
  });

  it('gives "X has criticised Northgate Council\'s “neglect”" to X', () => {
    expect(speakers('Ann Lee has criticised Northgate Council\'s "neglect" of the park.')).toEqual(['Ann Lee']);
  });
});

describe('an attribution with "has"', () => {
  it('reads "“…,” Northgate Bank has warned." as the bank', () => {
    expect(speakers('"The rise will not last," Northgate Bank has warned.')).toEqual(['Northgate Bank']);
  });
});

describe('who a pronoun or a clause names, from rounds 21 and 22 (seen)', () => {
  it('reads the subject of a sentence past a long opening clause: "After winning …, Moss tips …"', () => {
    expect(
      speakers('Ann Moss is a former captain. After winning their first Northgate Cup for nineteen years last season, Moss tips her old team to go one better. "This is the year," she told reporters.'),
    ).toEqual(['Ann Moss']);
  });

  it('keeps "According to Moss, …" about Moss for a later "she"', () => {
    expect(speakers('Ann Moss said the deal was fine. According to Moss, the tablets were there to help connect with Northgate Wall, which works best at night. "There was no deal," she said.')).toEqual(['Ann Moss']);
  });

  it('does not take "Garden observers were …" for someone called Garden', () => {
    expect(speakers('Ann Lee quits the show today. Garden observers had been surprised by her decision. As she packed, she told the others: "I am leaving."')).toEqual(['Ann Lee']);
  });

  it('reads "And Dr Ann Lee, of the Northgate Lung Trust, said:" as Dr Ann Lee', () => {
    expect(speakers('And Dr Ann Lee, of the Northgate Lung Trust, said: "The illness is not simply imported."')).toEqual(['Dr Ann Lee']);
  });

  it('does not take the words after ", saying" for the speaker of the quotation before', () => {
    expect(speakers('Solicitor Ann Lee claimed the rules had driven two men to "despair", saying both were held in Northgate hospital.')).toEqual(['Ann Lee']);
  });

  it('reads "… and Northgate football club spokesman Tom Hrib said:" as Tom Hrib, not the subject of the first clause', () => {
    expect(speakers('Bexley had recently undergone surgery and Northgate football club spokesman Tom Hrib said: "He was one of the best."')).toEqual(['Tom Hrib']);
  });
});

describe('he and she, from rounds 23 and 24 (seen)', () => {
  it('takes a surname before "will" for the subject "she" takes up: "Moss will make her first appearance …"', () => {
    expect(speakers('Ann Moss will start the year with races at home. Moss will make her first appearance in May. She will also run in June. "I am still competitive," she said.')).toEqual(['Ann Moss']); // named in full since "Ann Moss will start" is noted too
  });

  it("reads the sentence right before a quotation in single marks as the sentence before, not as the pronoun's own", () => {
    expect(speakers("Rovers will see some space out wide.\n\nTom Hrib claimed he is not thinking about that game. 'I think we have ten more points than last season,' he added.")).toEqual([
      'Tom Hrib',
    ]);
  });

  it('passes back over a sentence that closes with "…, he said." as over one that opens with "he"', () => {
    expect(
      speakers('Rovers are ready, Tom Hrib, the club\'s coach, told reporters. Ivo Marsh has "the same hunger" as last year, he said.\n\nAnd he confirmed that no date had been set. He said: "I am the one who plans it and I do not know."').slice(-1),
    ).toEqual(['Tom Hrib']);
  });

  it('reads on into the paragraph before when every sentence before the quotation has the same pronoun for subject', () => {
    expect(
      speakers('Rovers coach Tom Hrib is lining up a move for Ivo Marsh.\n\nHe sees Marsh as the ideal replacement for Lia Ruiz, who is due to retire. "Ivo is a great player," he told reporters.'),
    ).toEqual(['Tom Hrib']);
  });
});

describe('labels, inverted reports and roles, from rounds 25 to 28 (seen)', () => {
  it('gives the quotation after "…, said Mr Hrib." to Mr Hrib, not to the subject of that sentence', () => {
    expect(speakers('Northgate has no link with the firm and the colours are only there to help readers, said Mr Hrib. "It is not a copy. We do something new."')).toEqual(['Mr Hrib']);
  });

  it('reads a label of a role and a name after a dash, "- Rovers boss Tom Hrib: “…”", as that person', () => {
    expect(speakers('Rovers face a replay.\n\n- Rovers boss Tom Hrib: "They will be fresh and we will be tired."')).toEqual(['Tom Hrib']);
  });

  it('reads "Rovers coach Tom Hrib sent …, saying: “…”" as Tom Hrib, not Rovers', () => {
    expect(speakers('Rovers coach Tom Hrib sent the team his thanks, saying: "We look to the final now."')).toEqual(['Tom Hrib']);
  });

  it('gives "X labelled the new car parks “a waste of money”" to X', () => {
    expect(speakers('Northgate councillor Ann Moss labelled the town\'s new car parks "a waste of money".')).toEqual(['Ann Moss']);
  });
});

describe('people and where they work, from rounds 29 to 32 (seen)', () => {
  it('reads "X from Northgate Bank said" and "X from the Northgate Trust, told" as X', () => {
    expect(speakers('"We are a nation of lazy people," Tom Hrib from Northgate Bank said.')).toEqual(['Tom Hrib']);
    expect(speakers('"Everything is going digital," Ann Moss from the Northgate Trust, told reporters.')).toEqual(['Ann Moss']);
  });

  it('does not take a prison for the "he" of a later report', () => {
    const text = 'Tom Hrib spoke in Leeds.\n\nIt was already holding men without trial at Northgate Prison, he said. He also criticised plans for trial without jury. He said everyone had the right to be safe.';
    const { article } = detect(parseSource(`Test article\n\n${text}\n`, 'test.txt', 'text').article);
    expect(article.speakers.map((s) => s.name)).not.toContain('Northgate Prison');
  });
});

describe('short quotations after verbs the lists had missed (rounds 37 to 40, seen)', () => {
  it('gives "accused ministers of turning the county into a “…”" to the accuser', () => {
    expect(speakers('Ann Pike accused ministers of turning the county into a "car park".')).toEqual(['Ann Pike']);
    expect(speakers('Ann Pike accused the board of making a "grave error" over the merger.')).toEqual(['Ann Pike']);
  });

  it('reads "…, declaring the rivals were not going to be “…”" and "say the plans are “…”" as reports', () => {
    expect(speakers('Tom Pound was in high spirits, declaring the rivals were not going to be "serious players" this year.')).toEqual(['Tom Pound']);
    expect(kinds('Residents say the plans are "a disgrace" and will fight them.')).toEqual(['speech']);
  });

  it('keeps a name after "of" with no verb of speech a term: "the concept of “fair use”"', () => {
    expect(kinds('The court weighed the concept of "fair use" in the case.')).toEqual(['term']);
  });
});

describe('a name with an apposition before "said in a statement" (round 46, seen)', () => {
  it('gives the quotation to the person, not to "a statement"', () => {
    expect(speakers('"Fares will rise in spring," Ann Kowal, head of sales at the rail firm, said in a statement.')).toEqual(['Ann Kowal']);
    expect(speakers('"Fares will rise," Ann Kowal, its chief economist, said in a letter to staff.')).toEqual(['Ann Kowal']);
  });
});

describe('an apposition between dashes (round 46, seen)', () => {
  it('reads "Ann Kowal - then adviser to President Lee - told …" as Ann Kowal, not the name inside the apposition', () => {
    expect(speakers('"We saw this before," Ann Kowal - then adviser to President Tom Lee - told a press conference.')).toEqual(['Ann Kowal']);
    expect(speakers('"Fares will rise," Ann Kowal - chief economist at the Bank of Northgate - said.')).toEqual(['Ann Kowal']);
    expect(speakers('Ann Kowal - chief economist at the Bank of Northgate - said: "Fares will rise."')).toEqual(['Ann Kowal']);
  });
});

describe('a day or an opening adverb before the name (rounds 10 to 48, seen)', () => {
  it('leaves "on Thursday" and "Meanwhile" out of the speaker\'s name', () => {
    expect(speakers('And on Thursday Mr Hrib is saying: "I want to talk about trains."')).toEqual(['Mr Hrib']);
    expect(speakers('Meanwhile Ms Kowal said she hoped the line would be "open by June".')).toEqual(['Ms Kowal']);
    expect(speakers('But on Wednesday Prime Minister Ann Kowal said: "The plan is dead."')).toEqual(['Ann Kowal']);
  });
});

describe('the subject of "…, saying:" (rounds 15 and 20, seen)', () => {
  it('reads a one-word name ending in -ing as the subject, not as an opening participle', () => {
    expect(speakers('Groening heaped praise on the show, saying: "Everybody here is a fan of it."')).toEqual(['Groening']);
    expect(speakers('Speaking at the launch, Ann Kowal praised the show, saying: "Everybody here is a fan of it."')).toEqual(['Ann Kowal']);
  });

  it('reads a description of someone who speaks as the subject: "The council\'s spokesman also rejected the claims, saying: …"', () => {
    expect(speakers('The council\'s official spokesman also rejected the claims, saying: "The figures were checked twice."')).toEqual(["The council's official spokesman"]);
  });
});

describe('an opening adverb set off by a comma (round 26, seen)', () => {
  it('reads "Earlier, Ann Kowal, head of the trust, had said: …" as Ann Kowal', () => {
    expect(speakers('"We will help," the minister said. Earlier, Ann Kowal, head of the Northgate trust, had said: "It is with regret that we act."')).toEqual(['the minister', 'Ann Kowal']);
  });
});

describe('a person introduced by a role before the name, then only "he" (round 51, seen)', () => {
  it('gives "…," he told BBC Sport to the one the article opened with: "Tough-scrummaging prop Tom Hrib is expecting …"', () => {
    const body =
      'Tough-scrummaging prop Tom Hrib is expecting a resurgent Northgate to give him a rough ride on Saturday.\n\n' +
      'The Leicester tight-head is in the form of his life. But he knows Northgate will test his technique. "Their scrum is a force to be reckoned with," he told BBC Sport.';
    expect(speakers(body)).toEqual(['Tom Hrib']);
  });
});

describe('more ways a person is introduced before "he said" (rounds 11 and 33, seen)', () => {
  it('an owner before the name: "Northgate City\'s Tom Hrib will find out …"', () => {
    const body = 'Northgate City\'s Tom Hrib will find out "within a month" whether he is to be offered a new deal.\n\nThe 34-year-old midfielder is out of contract in the summer. "I told the club I would like to stay," he said.';
    expect(speakers(body).slice(-1)).toEqual(['Tom Hrib']);
  });

  it('a verb whose past is irregular: "Ann Kowal lost to Lia Ruiz …", then "she said"', () => {
    const body = 'Ann Kowal lost to Lia Ruiz in an exhibition match on Sunday.\n\nAnd the Belgian faces a tough defence next month. "I will be heading there with a lot of question marks," she said.';
    expect(speakers(body)).toEqual(['Ann Kowal']);
  });
});
