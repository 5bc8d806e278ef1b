/**
 * A name after a quotation with a long title in apposition ("“…,” Ann Lee,
 * deputy director for planning and regional development at the county
 * council, told reporters"): AP style gives full titles, and the name is
 * still the speaker. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { who } from './helpers.js';

describe('a long title in apposition after the name', () => {
  it('still gives the quotation to the name', () => {
    const text = '"We approved the bridge because the ferry can no longer carry the traffic of the valley," Ann Lee, executive deputy director for strategic planning and regional development at Harwick County Council, told reporters on Monday.';
    expect(who(text).map((q) => q.speaker)).toEqual(['Ann Lee']);
  });

  it('does not take a long clause without a name for the speaker', () => {
    const text = '"We approved the bridge," and the ferry that had carried the traffic of the valley for forty years across the river in all weathers said goodbye.';
    expect(who(text).map((q) => q.speaker)).not.toContain('the ferry that had carried the traffic of the valley for forty years across the river in all weathers');
  });
});

describe('a long description of someone by where they were', () => {
  it('cuts "a woman in the audience at a Harlow council meeting in North Dover" to the person and her first place', () => {
    const text = 'In March, a woman in the audience at a Harlow council meeting in North Dover asked her: "You say that every vote counts. Would you say that about Dover?"';
    expect(who(text).map((q) => q.speaker)).toEqual(['a woman in the audience']);
  });
});
