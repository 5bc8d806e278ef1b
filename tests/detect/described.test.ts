/**
 * People named once and then described: "the 29-year-old", "said the Scot",
 * "the 51-year-old actor told …". A description by age or by country points
 * back to someone the article has named; it is that person, not someone new.
 * Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { DEMONYMS } from '../../src/detect/nouns.js';
import { readPhrase } from '../../src/detect/names.js';
import { namedInSentence, previousSubject, subjectOfSentence } from '../../src/detect/pronouns.js';
import { SpeakerRegistry } from '../../src/detect/speakers.js';
import { attributionBefore, indirectReport } from '../../src/detect/rules.js';
import { articleOf, quotesOf, who } from './helpers.js';
import { detect } from '../../src/detect/index.js';
import { givenNameGender } from '../../src/detect/given-names.js';

const speakers = (body: string): (string | null)[] => quotesOf(body).map((q) => q.speaker);

describe('people described by age or country', () => {
  it('knows the common demonyms, and not the names or papers that look like them', () => {
    for (const w of ['Scot', 'Frenchman', 'Welshwoman', 'Spaniard', 'Italian', 'Argentinian', 'Brazilian', 'Portuguese', 'Pakistani', 'German', 'New Zealander']) {
      expect(DEMONYMS.test(w), w).toBe(true);
    }
    for (const w of ['Guardian', 'Christian', 'Morgan', 'Jordan', 'Times', 'Independent', 'Germany', 'Scotland']) expect(DEMONYMS.test(w), w).toBe(false);
  });

  it('reads "the Scot" and "the 31-year-old Frenchman" as descriptions, "the Guardian" as a name', () => {
    expect(readPhrase('the Scot')).toMatchObject({ kind: 'description' });
    expect(readPhrase('the 31-year-old Frenchman')).toMatchObject({ kind: 'description' });
    expect(readPhrase('the Guardian')).toMatchObject({ kind: 'name' });
  });

  it('gives "said the Frenchman" to the person speaking just before', () => {
    expect(speakers('Club manager Luc Moreau told reporters: "We played well."\n\n"It was a tough game," said the Frenchman. "We must improve."')).toEqual([
      'Luc Moreau',
      'Luc Moreau',
      'Luc Moreau',
    ]);
  });

  it('gives a quotation to "the 51-year-old actor" when the article has only named him', () => {
    expect(speakers('Dan Hollis now says that several stars keep the same secret.\n\n"I know who they are," the 51-year-old actor told a radio show.')).toEqual(['Dan Hollis']);
  });

  it('prefers the person named since the last quotation to the one who spoke it', () => {
    expect(
      speakers('Coach Luc Moreau told reporters: "We played well."\n\nHis captain, Ian McRae, was less sure. "We have to be patient," said the 31-year-old Scot.'),
    ).toEqual(['Luc Moreau', 'Ian McRae']);
  });

  it('still gives "said the officer" to the one speaking before, not to whoever was named last', () => {
    expect(speakers('Sergeant Ann Bell spoke outside court. "We are satisfied," she said.\n\nTom Reed was jailed for six years. "Justice was done," said the officer.')).toEqual([
      'Ann Bell',
      'Ann Bell',
    ]);
  });
});

describe('a report with a word between the reporter and the verb', () => {
  it('reads "X now says that …", "X has repeatedly claimed that …" and "X still says …" as X’s report', () => {
    expect(indirectReport('Dan Hollis now says that several stars keep the same secret.', 'en')?.phrase).toMatchObject({ text: 'Dan Hollis' });
    expect(indirectReport('The council has repeatedly claimed that the bridge is safe.', 'en')?.phrase).toMatchObject({ text: 'The council' });
    expect(indirectReport('Ms Ortiz still says the vote was rigged from the start.', 'en')?.phrase).toMatchObject({ text: 'Ms Ortiz' });
  });
});

describe('he or she inside the sentence that names two people', () => {
  it('takes the first named whose given names fit as surely as one called "he" before ("Hale … to defeat Ortiz, who he described as")', () => {
    const registry = new SpeakerRegistry();
    // (known by surname alone, a man by the given name the text wrote with it)
    registry.register('Hale', { kind: 'person' }).nameGender = 'male';
    registry.register('Ben Ortiz', { kind: 'person' }).gender = 'male';
    const sentence = 'In Dover, Hale again said the party must back Ann Lee in May to defeat Ortiz, who he';
    expect(namedInSentence(registry, sentence, 'he')?.names).toEqual(['Hale']);
    // (a given name that says otherwise still yields: "Ann Hale" is not "he")
    const other = new SpeakerRegistry();
    other.register('Ann Hale', { kind: 'person' });
    other.register('Ben Ortiz', { kind: 'person' }).gender = 'male';
    expect(namedInSentence(other, sentence, 'he')?.names).toEqual(['Ben Ortiz']);
  });
});

describe('he or she after a sentence whose subject is a surname', () => {
  it('takes a surname the text has not introduced before an irregular past tense ("But Kova hit back …")', () => {
    const registry = new SpeakerRegistry();
    expect(previousSubject(registry, 'Ruiz took the opening set. But Kova hit back to take the next two. "', 'she')?.names).toEqual(['Kova']);
    expect(previousSubject(new SpeakerRegistry(), 'It was tight. But Kova beat Ruiz in the final. "', 'she')?.names).toEqual(['Kova']);
  });

  it('reads past "himself" or "herself" after the surname to its verb ("Kova herself says …")', () => {
    expect(previousSubject(new SpeakerRegistry(), 'Ruiz may pick Ana Kova for the final. Kova herself says she is ready. "', 'she')?.names).toEqual(['Kova']);
  });

  it('takes the one person the sentence names when its subject is no one ("Spain have won …, but captain Ana Ruiz sees …")', () => {
    const body = [
      'Spain coach Marco Vidal said: "We are happy with the win."',
      'Spain have won their first two games but captain Ana Ruiz sees room to improve. "We can be sharper," she said.',
      'Italy have lost twice, and their coach Tom Reed is worried. "We must defend better," he said.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Marco Vidal', 'Ana Ruiz', 'Tom Reed']);
    // (a subject of two leaves no one: "Ruiz and her coach …")
    expect(previousSubject(new SpeakerRegistry(), 'Vega and forward Tom Reed have signed new deals. "', 'she')).toBeUndefined();
    // ("According to X, …" is about X, not about the one other person the sentence names)
    const source = [
      'Speaking to a radio station, the network\'s spokesman, Sam Dorn, said the deal was a small one.',
      'According to Dorn, the screens were there to connect with the Big Data Wall, which runs on the old software.',
      '"There was no product deal," he said.',
    ].join('\n\n');
    expect(quotesOf(source).map((q) => q.speaker)).toEqual(['Sam Dorn']);
  });
});

describe('names in a sentence', () => {
  it('never runs a name over a full stop: "… to beat Lia Ruiz. Tom Hrib, who …" introduces Tom Hrib', () => {
    expect(
      speakers('Dana Kova recovered from a poor start to beat Lia Ruiz. Tom Hrib, who had not lost a set all week, then beat Guy Coro. "I would like to congratulate Dana," Hrib said.'),
    ).toEqual(['Tom Hrib']);
  });
});

describe('he or she in a run of sentences', () => {
  it('follows a run of sentences about the same "he" back to the name that began it', () => {
    expect(
      speakers(
        'Coach Ray Gill told a paper: "We have not offered Tom a deal yet. "But we will." Tom Keane played well last season but lost his place in the autumn. However he hopes a new deal will bring it back.\n\n"Rugby is still my priority," he said.',
      ),
    ).toEqual(['Ray Gill', 'Tom Keane']);
  });

  it('does not give words about "him" to the man the sentence before was about', () => {
    expect(
      speakers(
        'After the match, coach Bob Dean warned that the young flanker Sam Berg needed a rest. Berg, 21, was named player of the year but has struggled lately. "It is his first year at that level and he was superb until the summer," he said.',
      ),
    ).toEqual(['Bob Dean']);
  });

  it('reads "She said …" at the start of a paragraph before anyone that paragraph names later', () => {
    // ("Glyn" is a name the gender lists do not know, so only the order of the text can keep "she" from him)
    const body = [
      'Our correspondent Sara Lane said supporters were in tears.',
      'She said few people shared the alliance\'s hope that the sport could go on. Farmer Glyn Hart, a member of the hunt, told us that lives "revolved around hunting". He described the ban as "ridiculous".',
    ].join('\n\n');
    const { article } = detect(articleOf(body));
    const name = (id: string | undefined): string | undefined => article.speakers.find((s) => s.id === id)?.name;
    expect(article.quotations.map((q) => [q.kind, name(q.speakerId)])).toEqual([
      ['indirect', 'Sara Lane'],
      ['indirect', 'Sara Lane'],
      ['direct', 'Glyn Hart'],
      ['direct', 'Glyn Hart'],
    ]);
  });
});

describe('who "he" is in a sentence with two men', () => {
  it('is not the man after a preposition: "standing next to Mr Hale he added that …"', () => {
    expect(
      speakers(
        '"We are old friends," Mr Hale said of his guest.\n\nGen Tariq said the rebel group was "on the run" in the north.\n\nBut standing next to Mr Hale he added that it was vital to tackle the "causes that turn young men towards violence".',
      ),
    ).toEqual(['Mr Hale', 'Gen Tariq', 'Gen Tariq']);
  });

  it('is the subject who recalled, not the man he introduced: "Al Vole … introduced Bo Dunn and recalled …. “…,” he said."', () => {
    expect(speakers('Al Vole, alongside Ray Kirk, also introduced fellow guitarist Bo Dunn and recalled seeing him play as a boy. "He was everything to me then," he said.')).toEqual([
      'Al Vole',
    ]);
  });
});

describe('a possessive is not a subject', () => {
  it('reads "Matt Reids\' side has …, but Johns insisted …. “…,” he said." as Johns\'s, not "Matt Reids\'"', () => {
    expect(
      speakers(
        '"We are ready," said assistant coach Ray Johns.\n\nMatt Reids\' side has shown little in attack, but Johns insisted they will be hard to beat. "They are really brave opposition," he said.',
      ),
    ).toEqual(['Ray Johns', 'Ray Johns']);
  });
});

describe('titles of churches and offices', () => {
  it('resolves "the cardinal" and "the bishop" to the person introduced with that title', () => {
    expect(speakers('Cardinal Tomas Reyes attacked the war.\n\nThe cardinal said next year should be the year for "ending hunger for good in every country".')).toEqual(['Tomas Reyes']);
    expect(speakers('Bishop Ann Lowry opened the hall.\n\nThe bishop said the building was "a gift to everyone in the town and beyond".')).toEqual(['Ann Lowry']);
  });

  it('resolves "the minister" to a secretary of state introduced before (a British secretary of state is a minister)', () => {
    const body = 'Schools could get more power over exclusions, Education Secretary Ann Lowry has said.\n\nMs Lowry spoke to the BBC. The minister also confirmed she had asked for "practical guidance" from heads.';
    expect(speakers(body)).toEqual(['Ann Lowry']);
  });

  it('reads "the South African archbishop" as a description of the archbishop, the capitals qualifying the title', () => {
    expect(readPhrase('the South African archbishop')).toEqual({ kind: 'description', text: 'the South African archbishop' });
    const body = 'Archbishop Tomas Reyes has called for the camp to close.\n\nHis comments follow the release of four men. The South African archbishop said the detentions were "unacceptable" and "distressing".';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Tomas Reyes', 'Tomas Reyes']);
  });
});

describe('subjects that are not where the nearest name is', () => {
  it('never takes a capitalised preposition that opens the sentence for a name: "Between rounds, the old champion reveals …:"', () => {
    const body = 'Mr Okafor trains every morning. Between rounds, the old champion reveals what he wants most: "To fight once more at home."';
    expect(speakers(body)).not.toContain('Between');
    expect(speakers(body)).toEqual(['Mr Okafor']);
  });

  it('reads past an age before the name: "On the edge of town, 83-year-old Ada Moss tends her bees. … “…,” she says."', () => {
    const body = '"I walk every day," said Mrs Lund.\n\nOn the edge of town, 83-year-old Ada Moss tends her bees with her grandson.\n\n"The bees keep me young," she says.';
    expect(speakers(body)).toEqual(['Mrs Lund', 'Ada Moss']);
  });

  it('gives ", saying “…”" to the pronoun that opens the clause, not to the name the clause ends on', () => {
    const body = '"We have the money," Mr Vane told MPs. "They have only debts." He closed his speech with a challenge to Labour, saying "come and get it".';
    expect(speakers(body)).toEqual(['Mr Vane', 'Mr Vane', 'Mr Vane']);
  });

  it('does not let a new sentence that leads into the next quotation with a participle attribute the one before', () => {
    const body = '"We have the money," Mr Vane told MPs. "They have only debts." Ann Reid ended the debate with a jibe at the minister, saying "that is not true".';
    expect(speakers(body)).toEqual(['Mr Vane', 'Mr Vane', 'Ann Reid']);
  });

  it('finds the subject past a long apposition with a relative clause before "… he said"', () => {
    const body =
      '"It will not last," said Tom Hale, an analyst.\n\nCory Lanning, European co-ordinator for the Open Rights Group which campaigns for consumers on many digital issues, doubted the plan would work. "No lock has ever stopped copying," he said.';
    expect(speakers(body)).toEqual(['Tom Hale', 'Cory Lanning']);
  });
});

describe('who speaks next in a paragraph', () => {
  it('never takes a nationality left alone after a quotation for a name ("… anything.” American")', () => {
    const body = 'Ann Holt won again. "I felt very good here," she said. "I can do anything." American\n\nThe race was fast.';
    expect(speakers(body)).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('reads "said Gardner afterwards" as Gardner, the adverb no part of the name', () => {
    expect(speakers('Jay Gardner came fifth. "You cannot win them all," said Gardner afterwards. "I was disappointed."')).toEqual(['Jay Gardner', 'Jay Gardner']);
  });

  it('does not carry the words on by the same-paragraph rule past a sentence whose subject is another person, with a role', () => {
    const body = '"What a great way to end the year," said Nadal afterwards. US coach Dan Mercer wants his team to play more on clay. "It will help these guys even on slow hard courts."';
    // (the rules leave it open; the model of unattributed quotations then weighs both)
    expect(quotesOf(body, { rules: true }).map((q) => q.speaker)).toEqual(['Nadal', null]);
  });

  it('carries them on when the sentence between has a common word at its head', () => {
    const body = '"Growth will slow," Mr Abbott said. Foreign exchange reserves may come under strain. "We will be hard pressed to keep them up." Much foreign aid has come in.';
    expect(quotesOf(body, { rules: true }).map((q) => q.speaker)).toEqual(['Mr Abbott', 'Mr Abbott']);
  });
  it('carries them on past a one-word capital that is no name ("…, said Ann Lee. Splendid entirely. “…”")', () => {
    const body = '"That is the best of it," said Ann Lee. Splendid entirely. "Pour us some more tea."';
    expect(who(`Test article\n\n${body}\n`).map((q) => [q.speaker, q.rule])).toEqual([
      ['Ann Lee', 'verb-after'],
      ['Ann Lee', 'same-paragraph'],
    ]);
  });
  it('reads "…,” points out former champion and BBC pundit Steve Crane." as Steve Crane, past roles joined by "and"', () => {
    const body = 'Holt has pulled out of the race. "It is a lot easier being the champion," points out former champion and BBC pundit Steve Crane. "You have to want it."';
    expect(speakers(body)).toEqual(['Steve Crane', 'Steve Crane']);
  });

  it('never takes a capitalised compound that opens a sentence for the "he" after it ("Smoke-free areas will save lives, … Jack Lund has insisted. He told …")', () => {
    const body = 'Smoke-free areas will save lives and improve health, First Minister Jack Lund has insisted.\n\nHe told the parliament on Wednesday that a "total ban" on smoking would come in by the spring.';
    expect(speakers(body)).toEqual(['Jack Lund']);
  });
});

describe('a phrase in lower case that names places', () => {
  it('is the speaker\'s words, not a title: "Ann Reid said the town would follow the “success stories of New York and Ireland”"', () => {
    const body = 'Ann Reid said the town would follow the "success stories of New York and Ireland".';
    expect(quotesOf(body).map((q) => [q.kind, q.speaker])).toEqual([['speech', 'Ann Reid']]);
  });

  it('leaves a quoted title a term: "Ann Reid praised “The Lord of the Isles”"', () => {
    expect(quotesOf('Ann Reid praised the film "The Lord of the Isles" on Monday.').map((q) => q.kind)).toEqual(['term']);
  });
});

describe('a source quoted in the passive ("was quoted as saying")', () => {
  it('gives the words to the subject before "was quoted as", after the quotation or before it', () => {
    const body =
      '"Clean water is what we need most," the relief charity was quoted as saying. The regional minister, Mara Voss, was quoted as saying that help had to come "in the first days after the storm".';
    expect(speakers(body)).toEqual(['the relief charity', 'Mara Voss']);
  });
});

describe('a report whose verb and speaker come after it', () => {
  it('makes that speaker the "he" of the next sentence, not a capital that opens the report ("Fresh talks have failed …, observed Tom Varga, …")', () => {
    const body = 'Fresh talks have failed and somebody has to give way, observed Tom Varga, adviser to the county council. "We should have acted sooner," he said.';
    expect(speakers(body)).toEqual(['Tom Varga']);
  });
});

describe('a statement and who it is from', () => {
  it('gives "“…,” read a statement from the ferry firm" to the firm, named or described', () => {
    const body = 'Services resumed on Friday. "We apologise to every passenger who was delayed," read a statement from Calder Ferries.\n\n"Repairs took longer than planned," read a statement from the ferry operator.';
    expect(speakers(body)).toEqual(['Calder Ferries', 'the ferry operator']);
  });

  it('gives the words to whoever issued the statement, not to the statement ("The union issued a statement calling the offer “an insult”")', () => {
    const body = 'The Harbour Workers Union issued a statement calling the offer "an insult". Mayor Ada Brandt released a short statement saying the talks would "go on as long as it takes".';
    expect(speakers(body)).toEqual(['Harbour Workers Union', 'Ada Brandt']);
    // ("sent out", "put out": a verb with its particle)
    expect(speakers('Mayor Ada Brandt sent out a press release saying the council owes Dover "an apology."')).toEqual(['Ada Brandt']);
  });
});

describe('a speaker named after a role the lists did not know', () => {
  it('reads "said Spanish teenager Ruiz" and "said the British youngster Hale" as those people', () => {
    const body =
      'Seventh seed Carlos Ruiz also reached the last eight, beating Marco Vela 6-1 6-3. "It is always a problem to stop for rain," said Spanish teenager Ruiz.\n\n"I was lucky today," said the British youngster Hale.';
    // (named by the surname alone here: "Carlos Ruiz" before is a mention, not a speaker, so either form is his)
    const [ruiz, hale] = speakers(body);
    expect(ruiz).toMatch(/^(?:Carlos )?Ruiz$/);
    expect(hale).toBe('Hale');
  });
});

describe('a club or firm and a role: "the Rovers boss", "the Acme manager"', () => {
  it('is the person last named, not the paper the sentence before cites ("according to The Courier, … “…,” the Rovers boss is quoted as saying")', () => {
    const body =
      'Luc Moreau has stepped up his feud with the league. Later, according to The Daily Courier, Moreau spoke to a smaller group of reporters. "I have nothing more to say to them," the Rovers boss is quoted as saying.';
    expect(speakers(body)).toEqual(['Luc Moreau']);
  });
});

describe('a person introduced with a title and an apposition after it', () => {
  it('is named without the title ("Solicitor General Harriet Harman, two of his own officials, …"), and the title is an alias', () => {
    const body =
      'He said the answer had been prepared with the help of Solicitor General Harriet Harman, two of his own officials and a QC. "It was careful work," Harman said.';
    const { article } = detect(articleOf(body));
    const harman = article.speakers.find((s) => s.name.includes('Harman'));
    expect(harman?.name).toBe('Harriet Harman');
    expect(harman?.aliases).toContain('Solicitor General');
  });
});

describe('a first name that is also a capitalised function word ("Des")', () => {
  it('is a name after a role in lower case: "immigration minister Des Browne said: “…”"', () => {
    expect(readPhrase('immigration minister Des Browne')).toMatchObject({ kind: 'name', text: 'Des Browne', title: 'immigration minister' });
    const body = 'When the changes were unveiled, immigration minister Des Browne said: "Our aim is to avoid needless delays."';
    expect(speakers(body)).toEqual(['Des Browne']);
  });
});

describe('an honorific and a name, then a role with no comma', () => {
  it('is that person, not the firm the role is held at ("Dr Ann Vale games director at digital firm Zentrix told …")', () => {
    expect(readPhrase('Dr Ann Vale chief executive of the trust')).toMatchObject({ kind: 'name', text: 'Dr Ann Vale', title: 'chief executive' });
    const body = 'Consoles will soon need it. "Support is mandatory," Dr Ann Vale games systems director at digital content firm Zentrix told the BBC.';
    expect(speakers(body)).toEqual(['Dr Ann Vale']);
  });
});

describe('"implored" and "confided" are verbs of speech', () => {
  it('gives "“…?”, implored campaigner Ben Ruiz" and "“…,” a tearful Mr Ruiz confided in the host" to him', () => {
    const body =
      'The panel heard every plan. "Don\'t you care about the hedgehogs?", implored guitar-toting campaigner Ben Ruiz. "I do not," replied Mr Kell.\n\n"That went badly. I could not think of a thing to say," a tearful Mr Ruiz confided in the host.';
    expect(speakers(body)).toEqual(['Ben Ruiz', 'Mr Kell', 'Ben Ruiz']);
  });
});

describe('a report whose verb comes before the reporter at the end of the sentence ("…, said Ann Lee.")', () => {
  it('is indirect speech by the name the sentence ends on, so a later "he said" finds him', () => {
    expect(indirectReport('Demand will keep rising all winter, said Brightline\'s chief technology officer Tom Rask.', 'en')?.phrase).toMatchObject({ text: 'Tom Rask' });
    const body = 'Demand will keep rising all winter, said Brightline\'s chief technology officer Tom Rask.\n\nFirms are adding capacity. "The growth should be a wake-up call," he said.';
    expect(speakers(body)).toEqual(['Tom Rask']);
  });

  it('is not read into a clause that goes on after the verb, nor into an apposition', () => {
    expect(indirectReport('The guidance published on Tuesday, said the police had a duty to act.', 'en')?.phrase.text).not.toBe('the police had a duty to act');
    expect(indirectReport('Ann Lee, director of the council, said her office was told on Monday.', 'en')?.phrase).toMatchObject({ text: 'Ann Lee' });
    expect(indirectReport('Ann Lee, a veteran of 90 caps, said full-back Tom Rask would play.', 'en')?.phrase).toMatchObject({ text: 'Ann Lee' });
  });
});

describe('a report in a later clause of its sentence ("…, but Ms Lee said …")', () => {
  it('is the subject right before the verb, and an infinitive after it ("hard to say") is not the verb', () => {
    expect(indirectReport('Prices could rise further, but Ms Vance said the rise would not last.', 'en')?.phrase).toMatchObject({ text: 'Ms Vance' });
    expect(indirectReport('The krona rose after Norway and Chile denied they were selling reserves.', 'en')?.phrase.text).not.toBe('Chile');
    const body = 'Phones could drive upgrades, but Ms Vance said it was hard to say when. "At the end of the day, people want cameras."';
    expect(speakers(body)).toEqual(['Ms Vance']);
  });
});

describe('he or she after a sentence whose later clause reports speech', () => {
  it('is the reporter of that clause, not a subject whose verb is no verb of speech ("Roads are to be cut first but Linda Knox says …")', () => {
    const body = 'The council will make savings. Roads are to be cut first but Linda Knox says other services will suffer. She said: "In practice, that will mean a cut for other services."';
    expect(speakers(body)).toEqual(['Linda Knox']);
  });

  it('keeps a subject whose own verb is one of speech, and reads no verb into a capitalised word ("the United States")', () => {
    const body = 'In a broadcast, the president\'s chief aide Tom Varga said it was needed because of the United States\' "pressure". "The levy applies only to the dollar," he said.';
    expect(speakers(body)).toEqual(['Tom Varga', 'Tom Varga']);
  });
});

describe('a quotation that opens with a noun and a comma', () => {
  it('does not take the noun for someone addressed ("Gamers, especially those on PCs, …")', () => {
    const body = 'Dr Richard Pell said the chips were "a boon" for graphics. "Gamers, especially those on PCs, are always focused on capacity."\n\nHe added: "The focus for games is immersion."';
    expect(speakers(body)).toEqual(['Dr Richard Pell', 'Dr Richard Pell', 'Dr Richard Pell']);
  });
});

describe('an office named with "of", "for" or "to" before a full name', () => {
  it('is the title of the person named ("Chief Secretary to the Treasury Paul Boateng")', () => {
    expect(readPhrase('Chief Secretary to the Treasury Paul Boateng')).toMatchObject({ kind: 'name', text: 'Paul Boateng', title: 'Chief Secretary to the Treasury' });
    expect(readPhrase('Secretary of State for Trade and Industry Ann Hewitt')).toMatchObject({ kind: 'name', text: 'Ann Hewitt', title: 'Secretary of State for Trade and Industry' });
    const body = 'The Tories want cuts. But Chief Secretary to the Treasury Paul Boateng attacked the plans. "The cuts cannot be found," he said.';
    expect(speakers(body)).toEqual(['Paul Boateng']);
  });
});

describe('he or she after a sentence whose main clause, after an opening one, has the same pronoun for subject', () => {
  it('passes back to the sentence before ("In a statement, he said …, saying: “…”")', () => {
    const body =
      'Mr Howard spoke on Monday. His words came as Cardinal Tom Hale backed Mr Howard\'s stance. In a statement, he said abortion was a "key issue", saying: "The policy of Mr Howard is one we commend."\n\nHe denied taking sides, but he said: "We are not going to tell people how to vote."';
    expect(speakers(body)).toEqual(['Tom Hale', 'Tom Hale', 'Tom Hale']);
  });
});

describe('the wording of a question put to voters', () => {
  it('is a term, not the words of the last speaker ("The proposed question for the referendum is: “…?”")', () => {
    const body =
      'Mr Hale said: "Who are they trying to kid?" The proposed question for the referendum is: "Should the country approve the new charter?"\n\nBallot papers in the poll will ask: "Should the country approve the new charter?" The result is due in May.';
    expect(quotesOf(body).map((q) => [q.kind, q.speaker])).toEqual([
      ['speech', 'Mr Hale'],
      ['term', null],
      ['term', null],
    ]);
  });
});

describe('an honorific and a name right before the verb, after a participle that opens the sentence', () => {
  it('is the subject, not the owner named in the opening ("Asked about Mr Reed\'s post Mr Lowe told … he thought it a “…”")', () => {
    const body =
      'Doug Reed, the chief executive, is leaving, Work Secretary Alan Lowe told MPs in May. Asked on Thursday about Mr Reed\'s position Mr Lowe told the radio he thought it was a "non-story". He added that he had been open when he announced Mr Reed\'s exit and how people read it was a "different thing".';
    expect(speakers(body)).toEqual(['Alan Lowe', 'Alan Lowe']);
  });

  it('is read past a clause that names someone else ("Pressed on whether Labour would raise taxes Mr Lowe told the BBC:")', () => {
    expect(attributionBefore('Pressed on whether Labour would raise taxes Mr Lowe told the BBC: ', 'en')?.phrase).toMatchObject({ text: 'Mr Lowe' });
  });

  it('is not an owner ("… said he thought Lord Hale\'s comments were “…”")', () => {
    const body = 'Deputy leader Ann Moss said he thought Lord Hale\'s comments were "well justified".';
    expect(speakers(body)).not.toContain("Lord Hale's");
  });
});

describe('an owner named before he or she', () => {
  it('is whom the pronoun means when no one else named speaks ("Tom\' sister pleaded with him to send Ann …, but he replied")', () => {
    const body = 'Tom Hale and his wife were in court. Allegedly, Tom Hale\'s sister pleaded with him to send Ann Hale to a doctor, but he replied "I am not able to do that".';
    expect(speakers(body)).toEqual(['Tom Hale']);
  });
});

describe('a phrase that quotes a word', () => {
  it('is no speaker ("a report into the “failing” agency noting the head “has now left”")', () => {
    const body = 'In January the MPs on the committee published a critical report into the "failing" agency noting the chief executive "has now left".';
    expect(quotesOf(body).map((q) => q.speaker)).not.toContain('the "failing" agency');
    const titled = 'The 44-year-old moderator of "The View," who joined the show in 2006, said the show was "special on many levels".';
    expect(quotesOf(titled).find((q) => q.text.startsWith('special'))?.speaker).toMatch(/moderator/);
  });
});

describe('"She said:" after the full stop that closes a sentence with a quoted phrase', () => {
  it('leads into the next quotation and does not attribute the phrase before it', () => {
    const body =
      'Ann Moss, the party leader, wants answers. The council spokeswoman said the leave was agreed by a doctor "in conjunction with officials". She said: "Ministers were told of that, but they do not sign it off."';
    expect(speakers(body)).toEqual(['The council spokeswoman', 'The council spokeswoman']);
  });
});

describe('a quotation followed by "is the … assessment of X", and a subject with two appositions', () => {
  it('gives the words to X', () => {
    const body = 'Tony Reed told supporters he is "back".\n\n"Voters like us more than members do," is the dry assessment of Gail Hart, leader of the council group.';
    expect(speakers(body)).toEqual(['Tony Reed', 'Gail Hart']);
  });

  it('reads the subject past a second apposition ("Her friend, Sam Ode, leader of the county group, lays …")', () => {
    expect(subjectOfSentence('Her friend, Sam Ode, leader of the county group, lays the blame on one issue.')).toMatchObject({ text: 'Sam Ode', verb: 'lays' });
  });
});

describe('a later clause opened by a description and a name between commas, with two verbs joined by "and"', () => {
  it('gives the quotation to that name ("… but his lawyer, Ann Lee, told the website it was absurd and added: “…”")', () => {
    expect(attributionBefore('Officials claimed Mr Hay was one of the leaders but his lawyer, Ann Lee, told the website it was absurd and added: ', 'en')?.phrase).toMatchObject({ text: 'Ann Lee' });
  });

  it('reads a body whose name holds a comma before the person ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd")', () => {
    expect(readPhrase('A spokesman for US Immigration, Customs and Enforcement, Dean Boyd')).toMatchObject({ kind: 'name', text: 'Dean Boyd' });
    expect(readPhrase('His son, Luis Amaral')).toMatchObject({ kind: 'name', text: 'Luis Amaral', title: 'His son' });
  });
});

describe('a bare plural of people in a later clause, and "as X put it"', () => {
  it('gives "… when people asked “…?”" to the people, and "one “secret weapon”, as one activist put it" to the activist', () => {
    const body =
      'Mr Tell agreed, but said it was hard to think of an answer when people asked "What has the council done for us?"\n\nThey could rely on one "secret weapon", as one activist put it.';
    expect(speakers(body)).toEqual(['people', 'one activist']);
  });
});

describe("a band's or a team's fellow member as a speaker", () => {
  it('gives the words to "a teammate" and "a bandmate"', () => {
    const body =
      'The striker was hurt in the first half. A teammate said: "He will be back within a week."\n\nThe singer did not collect the prize. A bandmate told the crowd he was "in the toilet".';
    expect(speakers(body)).toEqual(['A teammate', 'A bandmate']);
  });
});

describe('an adverb opening a sentence is no name', () => {
  it('does not read "Sadly" in "Sadly comments such as his …" as someone who speaks', () => {
    const body =
      "The author wrote a long essay on the law.\n\nSadly comments such as his will make many people believe that they are ruled by tyrants, even if Mr. Forsyth seems to be putting them along side the 'scruffy little Austrian.'";
    expect(speakers(body)).not.toContain('Sadly');
  });
});

describe('a named ground is no person', () => {
  it('does not give "he" to "Cardiff Arms Park" after "a win at Cardiff Arms Park"', () => {
    const body =
      'A try by Ted Moran sealed a 3-0 win at Cardiff Arms Park, but talk was dominated by a try that was ruled out by the referee. The referee said the player was tackled short, but the player said he was dragged back - years later he exclaimed: "I did score that try."';
    expect(speakers(body)).not.toContain('Cardiff Arms Park');
  });
});

describe('a verb of speech joined by "and" to another verb in a later clause', () => {
  it('gives "… when the host opened the envelope and declared “…”" to the host, not to the sentence\'s subject', () => {
    const body =
      'Ann Capra was the butt of one gaffe in 1934 when the host opened the envelope and declared "come on up and get it, Ann" to which Ann Capra ran up to the stage.';
    expect(speakers(body)).toEqual(['the host']);
  });
});

describe('an event is no person', () => {
  it('does not give "he" to "Brit Awards" after "nominated for five prizes at next week\'s Brit Awards"', () => {
    const body =
      'Alex Kaprane gave a lecture in Edinburgh on Wednesday.\n\nKaprane and his band have been nominated for five prizes at next week\'s Brit Awards, including best group. Their debut album won a prize last year. He told the audience that musicians should not be restricted by stereotypes. "We listen to everything, and that is how it should be."';
    expect(speakers(body)).toEqual(['Alex Kaprane']);
  });
});

describe('a saying attributed to someone, named in the sentence right before it', () => {
  it('gives "I am reminded of a quote attributed to Thomas Jefferson. “…”" to Jefferson, not to the writer named before', () => {
    const body =
      'The writer Fred Hollis argued that the new law goes too far.\n\nThe government disagrees. I am reminded of a quote attributed to Thomas Jefferson. "A nation that gives up its freedom for safety deserves neither."';
    expect(speakers(body)).toEqual(['Thomas Jefferson']);
  });
});

describe('"X said …" that leads straight into the next quotation', () => {
  it('does not give the quotation that ends a sentence to the next sentence\'s "he said “…”"', () => {
    const body =
      'Interior Minister Paul Arden has said every visitor will need a permit. Opposition leader Gary Winter said his party offered a "real alternative".\n\nThe interior minister said, by 2028, he wanted every visitor to be registered, to "know exactly who is here". Speaking on the radio, he said "visitors are welcome, and always will be".';
    expect(speakers(body)).toEqual(['Gary Winter', 'Paul Arden', 'Paul Arden']);
  });
});

describe('what a given name says of gender', () => {
  it('does not take "he" to mean a woman the text names by her given name, when a man fits', () => {
    const body =
      'The musician Ned Cole said his new album was a change. In particular, he said he had struggled after his split from the singer Zoe Hart, after she was seen with another man.\n\n"It was hard at times," Cole said. He said that he had been "determined" that what happened with Hart would not show. "At first I wrote cheerful songs so nobody would worry," he explained.';
    expect(speakers(body)).toEqual(['Ned Cole', 'Ned Cole', 'Ned Cole']);
  });

  it('still lets "she" mean the one woman named, whatever the list says of her given name', () => {
    // the list gives Germaine as a man's name: with no one else to mean, "she" is still Germaine Tull
    const body = 'Germaine Tull has walked out of the show. She said: "The rules here are petty and cruel."';
    expect(speakers(body)).toEqual(['Germaine Tull']);
  });

  it('keeps "His mother Ruth Arden" apart from Mr Arden', () => {
    const body =
      'Mr Arden, 46, denies the charges. "I am innocent," Mr Arden told the court. His mother Ruth Arden told a radio station on Sunday that her son was innocent. "I know his character," she said.';
    const article = detect(articleOf(body)).article;
    expect(speakers(body)).toEqual(['Mr Arden', 'Ruth Arden']);
    expect(article.speakers.find((s) => s.name === 'Ruth Arden')?.aliases ?? []).not.toContain('Mr Arden');
  });

  it('gives a speaker the gender of their given name when nothing else tells', () => {
    const article = detect(articleOf('Kerstin Maple, who runs the shelter, said the work "never stops".')).article;
    expect(article.speakers.find((s) => s.name === 'Kerstin Maple')?.gender).toBe('female');
  });

  it('reads the given name after a party or a role, and nothing from a surname alone or a name many share', () => {
    expect(givenNameGender('Tory MP Nigel Wates')).toBe('male');
    expect(givenNameGender("Tennis Australia's Brian Pollen")).toBe('male');
    expect(givenNameGender('Harriet Cole')).toBe('female');
    expect(givenNameGender('Blair')).toBeUndefined();
    expect(givenNameGender('Sam Reed')).toBeUndefined();
    expect(givenNameGender('Labour Party')).toBeUndefined();
  });
});

describe('"A said …, but B rejected …": the next "he" means B', () => {
  it('gives "“…,” he said" after "…, but the federation chief Ray Dunne rejected his comments" to Ray Dunne', () => {
    const body =
      'Tim Marsh said he was tired of asking for faster courts, but the federation chief Ray Dunne rejected his comments. "We asked for the courts to be faster, and they are," he said.';
    expect(speakers(body)).toEqual(['Ray Dunne']);
  });

  it('keeps the first speaker when the later clause is about something else', () => {
    const body = 'Tim Marsh said he was tired of asking for faster courts, but the final was still a great match. "I loved every minute of it," he said.';
    expect(speakers(body)).toEqual(['Tim Marsh']);
  });
});

describe('a name with an apposition between dashes', () => {
  it('introduces a person whom a later "he" may mean: "Ray Dunne - who has resigned as chairman - built …"', () => {
    const body =
      'Ray Dunne - who has resigned as chairman of the board - built his name as a blunt speaker.\n\n"I accepted long ago that we had to change," he said of the new rules.';
    expect(speakers(body)).toEqual(['Ray Dunne']);
  });

  it('reads a body between dashes as a body: "the Green Alliance - the smallest party in the chamber - won"', () => {
    const body =
      'In Hillford, the Green Alliance - the smallest party in the chamber - won two seats. But Professor Ann Cole said the vote would split. "Ironically the largest party may gain the most," she said.';
    expect(speakers(body)).toEqual(['Ann Cole']);
    const article = detect(articleOf(body)).article;
    expect(article.speakers.map((s) => s.name)).not.toContain('Green Alliance');
  });
});

describe('a full name after an owner in lower case, or a role after "But"', () => {
  it('reads "said the federation\'s Ray Dunne" as Ray Dunne, of the federation', () => {
    expect(speakers('"We asked for faster courts," said the federation\'s Ray Dunne.')).toEqual(['Ray Dunne']);
  });

  it('gives "“…,” he said" after "But the federation\'s Ray Dunne hit back." to Ray Dunne, not to the one who complained', () => {
    expect(speakers('Tim Marsh complained again. But the federation\'s Ray Dunne hit back. "We asked for faster courts," he said.')).toEqual(['Ray Dunne']);
    expect(speakers('Tim Marsh complained again. But federation chief Ray Dunne hit back. "We asked for faster courts," he said.')).toEqual(['Ray Dunne']);
  });
});

describe('words that name someone in the third person are not theirs', () => {
  it('gives "“I have had a quiet word with Olaf …,” he told …" to the manager, not to the player the words are about', () => {
    const body =
      '"We need two new players," said Dan Keegan, the club\'s manager. Meanwhile, Keegan has rapped captain Olaf Berglund for his comments before the derby.\n\nBerglund spoke of his dislike of the rivals before the match. "I have had more than a quiet word with Olaf. It was said to the whole group," he told the club\'s website.';
    expect(speakers(body)).toEqual(['Dan Keegan', 'Dan Keegan']);
  });
});

describe('what a sentence counts is no one', () => {
  it('does not take "three Grand Slams, the …" for a person whom "she" may mean', () => {
    const body =
      'Robin Dorsey has put talk of retirement on hold.\n\nThe 28-year-old world number one had said that she would quit, but she has had a change of heart. "I feel I can still win," said Dorsey. Dorsey has won three Grand Slams, the 2001 Open, Wimbledon and the 1999 Cup. Her career has been hit by injuries but last year she won seven titles. She was due to play in the Hopman Cup this week but decided she wanted to rest her knee. "I wanted to be sure my knee was fine," she said.';
    expect(speakers(body)).toEqual(['Robin Dorsey', 'Robin Dorsey']);
  });
});

describe('US political news: reports after the quotation, openings and titles', () => {
  it('gives "“…” Ann Lee, the editor of a network, wrote sarcastically on Twitter, adding …" to Ann Lee', () => {
    expect(speakers('"Long live free speech!" Margarita Lenova, the editor of the network, wrote sarcastically on Twitter, adding that the bank had given no reason.')).toEqual([
      'Margarita Lenova',
    ]);
  });

  it('gives "“…,” the website quoted Ms. Lenova, the editor, as saying" to the one quoted, not to a phrase of the sentence', () => {
    expect(speakers('"We have no idea what this is about," the news website quoted Ms. Lenova, the editor in chief, as saying.')).toEqual(['Ms. Lenova']);
  });

  it('gives "Said Jim Hale, “…”" to Jim Hale, as with a colon', () => {
    expect(speakers('Ann Lee spoke first. Said Jim Hale, "We are done with this."')).toEqual(['Jim Hale']);
  });

  it('reads "Preceded at the podium by Tom Reed, …, Jim Hale launched …" with Jim Hale as the subject whom "he" means', () => {
    const body = 'Preceded at the podium by Tom Reed, the county sheriff and a long-time ally, Jim Hale launched into an attack on the plan.\n\n"We will build it," he said.';
    expect(speakers(body)).toEqual(['Jim Hale']);
  });

  it('does not take "Opinion polls see …" for a person named Opinion', () => {
    const body = 'Opinion polls see Ann Lee making it to the run-off.\n\nShe shares with Tom Reed a strategy of presenting herself as "anti-system."\n\n"What we have in common is that we are not insiders," she told the network.';
    expect(speakers(body)).not.toContain('Opinion');
  });

  it('gives "NatWest\'s corporate parent, the Royal Bank of Scotland Group, said …" to the group named in apposition', () => {
    expect(speakers('NatWest\'s corporate parent, the Royal Bank of Scotland Group, said in a statement on Monday that "these decisions are not taken lightly."')).toEqual([
      'Royal Bank of Scotland Group',
    ]);
  });

  it('keeps the title of a class a term, after its noun and a comma or after "called", even in a report of speech', () => {
    const kinds = (body: string): string[] => quotesOf(body).map((q) => `${q.kind}:${q.speaker}`);
    expect(kinds('Jim Hale wrote in his memoir that he had been named the most honest student in a college history class, "History 301," because he stayed.')).toEqual([
      'term:null',
    ]);
    expect(kinds('Later, Jim Hale shared a syllabus for a history class called "History" on his page, writing "Here is the syllabus you said never existed."')).toEqual([
      'term:null',
      'speech:Jim Hale',
    ]);
  });

  it('gives a quotation to the one the next sentence names as looking back at it ("That quote from …", "That was how … described")', () => {
    expect(speakers('"I would rather walk home." That quote from county commissioner Tom Reed appeared on the front page of the paper in 1980.')).toEqual(['Tom Reed']);
    const body =
      'Time Warner agreed a deal.\n\n"You should have combined a donkey with a rabbit."\n\nThat was how Jeffrey Bewkes, the chief executive of Time Warner, once described his merger.';
    expect(speakers(body)).toEqual(['Jeffrey Bewkes']);
  });

  it('registers "Police Chief James Colby\'s news conference" as James Colby, never as "James Colby\'s"', () => {
    const { article } = detect(articleOf('Police Chief James Colby\'s news conference on Tuesday was the latest in a series of failures. "We failed," he said.'));
    expect(article.speakers.map((s) => s.name)).toEqual(['James Colby']);
  });

  it('does not take "the North American Free Trade Agreement, which …" for a person whom "he" may mean', () => {
    const body =
      'Jim Hale flew to Mexico on Wednesday.\n\nAnd the North American Free Trade Agreement, which Hale had called a "disaster" and promised to "rip up"? This Hale doppelganger spoke instead about "improving NAFTA" and making sure it\'s "updated."\n\nBut back on American soil, he returned to his familiar lines: "It\'s called America First!"';
    expect(speakers(body).at(-1)).toMatch(/Hale$/u);
  });

  it('reads "former President Bill Clinton" as Bill Clinton, though "bill" is also a noun', () => {
    expect(readPhrase('former President Bill Clinton')).toEqual({ kind: 'name', text: 'Bill Clinton', title: 'former President' });
    expect(readPhrase('Senator Bill Nelson')).toEqual({ kind: 'name', text: 'Bill Nelson', title: 'Senator' });
  });

  it('keeps "Clinton and her husband, former President Bill Clinton," two people, and "she" the first', () => {
    const body =
      'Of course, Clinton said, "I did know him."\n\nClinton and her husband, former President Bill Clinton, attended the wedding in 2005. She has since said that she went because it would be fun.\n\n"I think it has been most surprising," Clinton said.\n\n"It is going to be interesting to see," she continued.';
    const { article } = detect(articleOf(body));
    const names = article.quotations.map((q) => article.speakers.find((s) => s.id === q.speakerId)?.name);
    expect(names).toEqual(['Clinton', 'Clinton', 'Clinton', 'Clinton']);
    expect(article.speakers.find((s) => s.name === 'Clinton')?.gender).toBe('female');
  });

  it('gives "“…,” she continued" to the one who spoke last, not to the last woman named', () => {
    expect(speakers('"I know it well," Ann Lee said, as her rival, Mary Cole, looked on.\n\n"It will be close," she continued.')).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('does not take "Early in his campaign," for the subject of the sentence', () => {
    const body =
      'Mitt Romney will not attend. Jim Hale is the nominee.\n\nEarly in his campaign, Hale attacked Romney, calling him, among other things, "a failed candidate." Romney fired back in March, attacking Hale for "the greed, the showing off" of his campaign.';
    expect(speakers(body)).toEqual(['Jim Hale', 'Mitt Romney']);
  });

  it('gives "X, in an interview, blurted out, “…”" and the "He added, “…”" after it to X', () => {
    const body =
      'Mr. Weiner ran for mayor in 2013.\n\nVice President Joseph R. Biden Jr., in an interview with CNN, blurted out, "Oh, God," at the mention of Mr. Weiner\'s name. He added, "I\'m not a big fan."';
    expect(speakers(body)).toEqual(['Joseph R. Biden Jr', 'Joseph R. Biden Jr']);
  });

  it('gives "“…,” said one Democrat familiar with the discussion, who added …" to that unnamed source, not to "the people" before', () => {
    const body =
      'Members peppered him with questions about the raids, the people said. "It wasn\'t a convincing argument," said one Democrat familiar with the discussion, who added that the White House seemed "rattled" by the opposition.';
    expect(speakers(body)).toEqual(['one Democrat familiar with the discussion', 'one Democrat familiar with the discussion']);
  });

  it('reads "Rep. Sean Duffy (R-Wisc.) also addressed …" with its party and state in brackets as the subject whom "he" means', () => {
    const body =
      'Jim Hale spoke on Thursday. "No, I meant it," Hale responded.\n\nRep. Sean Duffy (R-Wisc.) also addressed the controversy when introducing Hale Thursday. "Maybe not literally, but they set the policy up," he said.';
    expect(speakers(body)).toEqual(['Jim Hale', 'Rep. Sean Duffy']);
  });

  it('gives "“…,” Will wrote." to the columnist George Will, though "will" is also a word of the text', () => {
    const body =
      'Conservative columnist and television contributor George Will reignited his feud with Jim Hale this week.\n\n"The war is a reminder that the process will send a commander in chief to Washington," Will wrote.\n\nWill described Hale as a "caricature of democracy\'s most embarrassing possibilities" who will not last.';
    expect(speakers(body)).toEqual(['George Will', 'George Will']);
  });

  it('reads "On CNN Tuesday, his wife, Jane, called …" with Jane as the subject whom "she" means', () => {
    const body =
      'Sanders said closed primaries deny independents the right to vote. On CNN Tuesday, his wife, Jane, called for an open primary process. "Shutting people out of the process is not smart," she said.';
    expect(speakers(body)).toEqual(['Jane']);
  });

  it('reads past a relative clause whose commas part a list to the subject whom the next "he" means', () => {
    const body =
      'Mayor Tom Reed has a new ally in the trade envoy Paul Okafor.\n\nOkafor, who has worked in Lagos, Accra and Nairobi, welcomed Reed’s port plan at a dinner on Friday. He leaves his post in March.\n\n"The harbour deal is the best news this coast has had in years," he told the Gazette.';
    expect(speakers(body)).toEqual(['Okafor']);
  });

  it('reads "said Sen. Ann Lee (D-Minn.), who …" with the party and state in brackets after the name', () => {
    const body =
      'Tom Reed moved to Duluth as a child.\n\n"Families like his have waited long enough for this law," said Sen. Ann Lee (D-Minn.), who wrote the bill.';
    expect(speakers(body)).toEqual(['Sen. Ann Lee']);
  });

  it('reads a one-word name before "doesn\'t" as the subject whom the next "he" means', () => {
    const body =
      'Okafor, who brags he has run more than 100 races in Kenya, doesn\'t pretend that his season will go on if he loses on Tuesday. "If we don\'t do well, we\'re not going to be dragging around," he told reporters.';
    expect(speakers(body)).toEqual(['Okafor']);
  });
});
