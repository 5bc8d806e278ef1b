import { describe, expect, it } from 'vitest';
import { dialogueDashSpans, isApostrophe, scanMarks } from '../../src/detect/marks.js';

const quoted = (text: string, lang = 'en'): string[] => scanMarks(text, lang).map((s) => text.slice(s.contentStart, s.contentEnd));

describe('quote marks', () => {
  it('pairs curly double quotes', () => {
    expect(quoted('He said “hello there” and left.')).toEqual(['hello there']);
  });

  it('reads no quotation in the attributes of a markup tag pasted with the text', () => {
    expect(quoted('<tweet tweet-id="785842546878578688"><tweet/>.')).toEqual([]);
    expect(quoted('See the <a href="https://example.com/x" title=\'Report\'>"full report"</a>, she said.')).toEqual(['full report']);
    expect(quoted('If a < b and "c" > d, then "e".')).toEqual(['c', 'e']);
  });

  it('pairs straight double quotes, even after a comma', () => {
    expect(quoted('Wilkins said," [Warhol] liked it". Then "more".')).toEqual([' [Warhol] liked it', 'more']);
  });

  it('pairs French guillemets and nests an inner pair', () => {
    expect(quoted('« On a constaté 261 cas de « réelle » fraude ».', 'fr')).toEqual([' On a constaté 261 cas de « réelle » fraude ', ' réelle ']);
  });

  it('closes with a left double mark typed for a right one, where it can only close', () => {
    expect(quoted('He set up a website called “Harbour If Hale Wins“ that pitches the island. “Hi there!” it reads.')).toEqual(['Harbour If Hale Wins', 'Hi there!']);
    expect(quoted('He blasted the film “Frozen“ for being too “soft,” the pastor said.')).toEqual(['Frozen', 'soft,']);
  });

  it('opens with a right double mark where it can only open, none is open and one of its kind follows', () => {
    expect(quoted('”Sorry Sarah, you should have said it!!” posted Ann Lee.')).toEqual(['Sorry Sarah, you should have said it!!']);
    // (after a mark that sets the direction of text, U+202A, which is invisible)
    expect(quoted('\u202a”Isis will burn for it.” posted Tom Hale.')).toEqual(['Isis will burn for it.']);
    // (marks typed the usual way are read as before)
    expect(quoted('He said “we won” and left.')).toEqual(['we won']);
  });

  it('pairs German low-high quotes', () => {
    expect(quoted('Er sagte: „Guten Tag“.', 'de')).toEqual(['Guten Tag']);
  });

  it('pairs single guillemets and single curly quotes', () => {
    expect(quoted('‹ oui › and ‘yes’')).toEqual([' oui ', 'yes']);
  });

  it('finds a single-quoted word inside a double-quoted sentence', () => {
    expect(quoted(`"produces these 'events' every now and again."`)).toEqual([`produces these 'events' every now and again.`, 'events']);
  });

  it('reads an elision only as a whole word: \'bot nets is robot cut short, \'emergency\' is a quoted word', () => {
    expect(quoted("Zombie or 'bot nets of hijacked PCs act as \"honey pots\" to attract hackers. While 'bot nets are known, few are found.")).toEqual(['honey pots']);
    expect(quoted("The sign read 'emergency' in red, and 'boutique' in blue.")).toEqual(['emergency', 'boutique']);
  });

  it('does not take apostrophes for quotes: it’s, Wagner’s, Mendes’, ’tis, rock ’n’ roll', () => {
    const text = '“It’s Wagner’s group, not Sam Mendes’ film; ’tis rock ’n’ roll, and \'90s style.”';
    expect(quoted(text)).toEqual([text.slice(1, -1)]);
  });

  it('reads the Dutch article cut short before a name as an apostrophe: Sophie in \'t Veld, van ’t Hoff', () => {
    expect(quoted('"Europe is breaking up," said Anne in \'t Veld, a Dutch member. "It is a risk everywhere," said Jan van ’t Hoff.')).toEqual([
      'Europe is breaking up,',
      'It is a risk everywhere,',
    ]);
    // (in lower case after it, a quoted word that opens with t)
    expect(quoted("He wrote 't hello' twice.")).toEqual(['t hello']);
  });

  it('tells an apostrophe from a closing single quote by the letters around it', () => {
    expect(isApostrophe('it’s', 2)).toBe(true);
    expect(isApostrophe('say ‘yes’ now', 8)).toBe(false);
  });

  it('takes a plural possessive inside single quotes as an apostrophe when a closing mark follows', () => {
    expect(quoted('‘the girls’ books are here’')).toEqual(['the girls’ books are here']);
  });

  it('closes a single-quoted name ending like a dropped g when the single marks after it pair among themselves', () => {
    // Origin' looks like tryin' (a dropped g), but every later mark opens or closes a quotation of its own
    expect(quoted("The very term 'Music of Black Origin' has confused many. The use of 'black' or 'white' makes people uneasy.")).toEqual([
      'Music of Black Origin',
      'black',
      'white',
    ]);
    // nor when the only later closer is shaped like a possessive itself
    expect(quoted("They joined the 'All Golds' rugby league side. The All Blacks' inclusion of players was 'controversial'.")).toEqual([
      'All Golds',
      'controversial',
    ]);
    // a possessive inside a quotation whose own closer comes after a pair of inner marks stays an apostrophe
    expect(quoted("'The boys' toys are 'great' and fun,' he said.")).toEqual(["The boys' toys are 'great' and fun,", 'great']);
  });

  it('reads a straight mark that opens a new sentence inside an open quotation as the start of its next paragraph, not a closer', () => {
    // paragraphs of one quotation run together, each opening with a mark, the earlier ones never closed
    const text = 'He replied: "I could say yes. "It is a blow to lose four players. "On the other hand it is good for the young ones." Then he left.';
    expect(quoted(text)).toEqual(['I could say yes. "It is a blow to lose four players. "On the other hand it is good for the young ones.']);
    // a quotation nested after a word or a colon is still nested
    expect(quoted('"We were told: "Go home." So we did."')).toEqual(['We were told: "Go home." So we did.', 'Go home.']);
  });

  it('closes a quotation opened with a straight single mark and closed by mistake with a double one, when the double marks after it pair up', () => {
    const text = `The union was quick to object. 'Nobody was asked," it said. "We will fight this," it added. "Every step."`;
    expect(quoted(text)).toEqual(['Nobody was asked,', 'We will fight this,', 'Every step.']);
    expect(quoted(`'Nobody was asked," it said.`)).toEqual(['Nobody was asked,']);
    // (not where that would leave the double marks after it odd)
    expect(quoted(`'Nobody was asked," it said of the "plan.`)).not.toContain('Nobody was asked,');
    // (nor a double mark with no punctuation before it: "Richards" injury" is an apostrophe typed wrong)
    expect(quoted(`He said 'Richards" injury is bad' today.`)).toEqual(['Richards" injury is bad']);
  });

  it('closes a quotation opened with a double mark and closed by mistake with a straight single one after punctuation, when the double marks after it pair up', () => {
    const text = `Her student says that "speech needs far more bandwidth.' "It can't fail at any point." "It must be tough," he says.`;
    expect(quoted(text)).toEqual(['speech needs far more bandwidth.', "It can't fail at any point.", 'It must be tough,']);
    // (a single mark inside the quotation still closes a nested one: "'go home.'")
    expect(quoted(`"He told them 'go home.' Then he left."`)).toEqual([`He told them 'go home.' Then he left.`, 'go home.']);
  });

  it('pairs a curly opening mark with a straight closing one, and a straight opening mark with a curly closing one', () => {
    const text = '“We will win again," Tom Hale said at the party. "You will be so happy.” He left at ten.';
    expect(quoted(text)).toEqual(['We will win again,', 'You will be so happy.']);
    // (a straight pair inside curly marks stays nested; a curly mark closes the outer one)
    expect(quoted('“He called it "great" twice,” she said.')).toEqual(['He called it "great" twice,', 'great']);
  });

  it('runs a quotation left open to the end of the text, marked as not closed', () => {
    const [span] = scanMarks('“Active actions continue. The most difficult is Bakhmut.', 'en');
    expect(span?.closed).toBe(false);
    expect(span?.close).toBe('');
  });

  it("closes a straight double mark with two straight single ones, as some wire copy writes it, and keeps apostrophes", () => {
    const text = `The vote "sets a precedent,'' said Ann Lee. The mayor is "adamant'' that the mill's looms stay.`;
    const spans = scanMarks(text, 'en');
    expect(spans.map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual(['sets a precedent,', 'adamant']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([`"sets a precedent,''`, `"adamant''`]);
    expect(spans.every((s) => s.closed && s.close === "''")).toBe(true);
  });
});

describe('dialogue dashes', () => {
  it('reads a line opened by a dash as speech, split around the attribution', () => {
    const text = '—Thanks, old chap, he cried briskly. That will do nicely.';
    const spans = dialogueDashSpans(text, 'en');
    expect(spans.map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual(['Thanks, old chap', 'That will do nicely.']);
    expect(spans[0]?.open).toBe('—');
  });

  it('reads a double-hyphen line as speech too', () => {
    const text = '-- Hello, he said.';
    expect(dialogueDashSpans(text, 'en').map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual(['Hello']);
  });

  it('ignores a decorative dashed heading', () => {
    expect(dialogueDashSpans('— I —', 'en')).toEqual([]);
  });
});
