/**
 * What follows a quotation in the same sentence, from round 10 (seen after its
 * one run): "…, said Mr Blair." at the end of a longer clause, "…, told ANI."
 * (the one told is no speaker), "… while Muse said …" (a new report, not
 * this quotation's), "He added:" leading into the next quotation, and, before
 * a quotation, an opening participle phrase and "thanked … for". Every
 * sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const speakers = (body: string): (string | null)[] => quotesOf(body).map((q) => q.speaker);

describe('the clause after a quotation', () => {
  it('gives "“…” when he saw the papers were Italian, said Ms Ortiz." to Ms Ortiz, not to a capitalised word before the comma', () => {
    expect(speakers('The mayor "should have resigned at once" when he saw the papers were Italian, said Ms Ortiz.')).toEqual(['Ms Ortiz']);
  });

  it('keeps "“…,” Sunita, a cook, told ANI." with the one who told, not the one told', () => {
    expect(speakers('"We have had no water for three days," Sunita, a cook, told ANI.')).toEqual(['Sunita']);
  });

  it('does not give "… as “quite an honour” while the band said …" to the band', () => {
    expect(speakers('Ivo Marsh described the prize as "quite an honour" while Rovers said their win was "a shock for us".')).toEqual([
      'Ivo Marsh',
      'Rovers',
    ]);
  });

  it('keeps "X said: “…” He added: “…”" with X for both: the colon before names the first, the new sentence leads into the next', () => {
    expect(
      speakers('Mr Lowe said the pair had "no trust" in each other. Evan Brandt said: "This is damaging. Ian Cole knows it as well as Tom Hart." He added: "Lots of them believe it."'),
    ).toEqual(['Mr Lowe', 'Evan Brandt', 'Evan Brandt']);
  });
});

describe('the clause before a quotation', () => {
  it('drops an opening participle phrase: "Pointing out that …, Rovers singer Ivo Marsh said: “…”"', () => {
    expect(speakers('Pointing out that most of the prizes were won by American acts, Rovers singer Ivo Marsh said: "There should be more European acts."')).toEqual([
      'Ivo Marsh',
    ]);
  });

  it('gives "X thanked the staff for “…”" to X', () => {
    expect(speakers('Ivo Marsh thanked the hospital staff for "their tireless work".')).toEqual(['Ivo Marsh']);
  });
});

describe('a quotation that opens its paragraph with no verb of its own', () => {
  it('goes on with the last speaker when the sentence after names that speaker again', () => {
    expect(
      speakers('"There is no trust left," Mr Lowe said.\n\n"What we have to do as a party is to be clear with people." Mr Lowe also defended his tax plans on the programme.'),
    ).toEqual(['Mr Lowe', 'Mr Lowe']);
  });

  it('does not when the sentence after names someone else (the rules; the model gives it to the last speaker)', () => {
    const body = '"There is no trust left," Mr Lowe said.\n\n"What we have to do as a party is to be clear with people." Ann Price, the minister, disagreed.';
    expect(quotesOf(body, { rules: true }).map((q) => q.speaker)).toEqual(['Mr Lowe', null]);
    // the model of unattributed quotations gives it to the one who spoke last: the minister disagrees with him
    expect(speakers(body)).toEqual(['Mr Lowe', 'Mr Lowe']);
  });
});

describe('a speaker named twice', () => {
  it('gives "X said: “…,” he said." to X, not to the one named in the sentence before', () => {
    expect(
      speakers('The minister\'s spokesman said: "We will study this." But former commander Colonel Ray Dunn said : "Anyone at the top will be saddened," he said.'),
    ).toEqual(['The minister\'s spokesman', 'Ray Dunn']);
  });

  it('does not take "Of Hepburn, she said:" for someone called "Of Hepburn"', () => {
    expect(speakers('Cate Lane said her award was "a surprise". Of Hepburn, she said: "Her long career is an inspiration."')).toEqual(['Cate Lane', 'Cate Lane']);
  });
});

describe('round 12 (seen after its one run)', () => {
  it('reads "Said assistant coach Ian Lott: “…”", the verb before its speaker', () => {
    expect(speakers('Said assistant coach Ian Lott: "They have trained all weekend."')).toEqual(['Ian Lott']);
  });

  it('reads "“…,” according to PR adviser Glen Ward, who is …" as Glen Ward\'s', () => {
    expect(speakers('"The labels will work with the artists," according to media and PR adviser Glen Ward, who speaks for them.')).toEqual(['Glen Ward']);
  });

  it('reads "Kay Stone, 71, appeared … saying: “…”" as hers, not the last noun\'s before the verb', () => {
    expect(speakers('Kay Stone, 71, appeared not to have enjoyed her week in the house saying: "I am a wreck, I need a holiday."')).toEqual(['Kay Stone']);
  });
});

describe('a quotation opening its paragraph, then a sentence about a body', () => {
  it('goes on with the last speaker when the next sentence begins "A North Wales Police spokeswoman …"', () => {
    expect(
      speakers(
        'Tom Idle, head of the council, said the group had called the police. "I was shocked to see this leaflet here," he said.\n\n"They have tried before to get a foothold in the town and failed. They will fail again." A North Wales Police spokeswoman confirmed that officers were looking at it.',
      ),
    ).toEqual(['Tom Idle', 'Tom Idle']);
  });
});

describe('a quotation opening its paragraph, then a sentence that names a competition', () => {
  it('goes on with the last speaker when the capitals come late in the next sentence ("… in this year\'s Six Nations")', () => {
    expect(
      speakers(
        '"He was calm and he fancied it," Dai Rees said.\n\n"His defence was superb and he had a great game." A win over the visitors will fuel hopes of what the team might achieve in this year\'s Six Nations.',
      ),
    ).toEqual(['Dai Rees', 'Dai Rees']);
  });
});

describe('round 13 (seen after its one run)', () => {
  it('reads "… “…” coming here, he said, although …" as his: the pronoun after the last comma is the subject', () => {
    expect(
      speakers('Mr Howard spoke in Kent.\n\nThe plans would bring "a substantial and lasting cut in the numbers" coming here, he said, although he could not give a figure.'),
    ).toEqual(['Mr Howard']);
  });

  it('reads "introduced X as “…”" and "spoke of “…”" as the subject\'s words', () => {
    expect(speakers('Mr Brown introduced the professor to the guests as "the greatest economist of our age".')).toEqual(['Mr Brown']);
    expect(speakers('Jon Baume, of the civil servants\' union, spoke of "competing agendas" between the two men.')).toEqual(['Jon Baume']);
  });
});

describe('a sentence of stance before a quotation', () => {
  it('gives "Charity director Ann Holt criticised the rules. “…”" to Ann Holt', () => {
    expect(speakers('Charity director Ann Holt criticised the current rules. "There is no sense in a system that pays carers so differently."')).toEqual(['Ann Holt']);
  });

  it('does not take a name that is no subject of such a verb', () => {
    expect(speakers('The report by Ann Holt was published on Monday. "There is no sense in a system that pays carers so differently."')).toEqual([null]);
  });
});

describe('round 14 (seen after its one run)', () => {
  it('gives "Mark Sear, the leader of the Public and Civil Services Union said: “…”" to Mark Sear, not to the union', () => {
    expect(speakers('Mark Sear, the leader of the Public and Civil Services Union said: "Last year we had the day of the long knives."')).toEqual(['Mark Sear']);
  });

  it('reads "after US Treasury Secretary Jon Snell said … “…”": a name with a long title right before the verb', () => {
    expect(speakers('The dollar steadied after US Treasury Secretary Jon Snell said a strong dollar was "in the national interest".')).toEqual(['Jon Snell']);
  });

  it('reads "X likened the task to a “…”" as X\'s words', () => {
    expect(speakers('Ray Rifkin likened the task to a "musical Rubik\'s cube".')).toEqual(['Ray Rifkin']);
  });
});

describe('round 15 (seen after its one run)', () => {
  it('takes "stressed" as a verb of stance that leads into the quotation after it', () => {
    expect(speakers('As a result, Wood stressed his squad might not be dominated by players from two nations and held out hope for the struggling Scots. "Recent results have not been that impressive."')).toEqual(['Wood']);
  });

  it('reads "attacked the government\'s “failure”" as the subject\'s word', () => {
    expect(speakers('Mr Fox spoke at the conference. He also attacked the government\'s "failure" to control the borders.')).toEqual(['Mr Fox']);
  });

});

describe('round 17 (seen after its one run)', () => {
  it('gives "But Dallow, who retired from the side last year, said: “…”" to Dallow, not to the man the sentence before named', () => {
    expect(
      speakers('Coach Sir Ray Wood has made it clear he will pick on form. But Dallow, who retired from the side last year, said: "I assure you I would not let anyone down."'),
    ).toEqual(['Dallow']);
  });
});
