import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { readDoc } from './document.js';
import { extractRecord } from './index.js';
import { opensSentence, textSentencesOf } from './sentence-ends.js';

describe('sentence ends', () => {
  it('closes a sentence at a question mark, so a question does not hold the answer after it', () => {
    const doc = readDoc('Time? Time is 2144.');
    const answer = doc.tokens.findIndex((t, i) => i > 0 && t.norm === 'time');
    expect(doc.sentence[answer]).toBe(doc.sentence[0] + 1);
  });
  it('gives the time answered to a question to the device said before it', () => {
    expect(extractRecord('CAT going on the right arm, high. Time? Time is two one four four.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '21:44' },
    ]);
  });
  it('reads the cells of a table row as separate sentences', () => {
    const doc = readDoc('HR 110 | BP 90/60');
    expect(doc.sentence[doc.tokens.length - 1]).toBe(1);
  });
  it('opens a sentence after a quote mark that follows a sentence end, or one that closes a quoted sentence', () => {
    const tokens = readDoc('He said. "Next is Hale." Then stop.').tokens;
    expect(
      opensSentence(
        tokens,
        tokens.findIndex((t) => t.norm === 'next'),
      ),
    ).toBe(true);
    expect(
      opensSentence(
        tokens,
        tokens.findIndex((t) => t.norm === 'then'),
      ),
    ).toBe(true);
    expect(
      opensSentence(
        tokens,
        tokens.findIndex((t) => t.norm === 'is'),
      ),
    ).toBe(false);
  });
  it('cuts casualties whose labels open quoted speech', () => {
    const records: TcccRecord[] = extractCasualties(
      'Two hurt by the mortar round. "First is Corporal Ana Ruiz, shrapnel to the left thigh, tourniquet at 1410," ' +
        'Dawes said. "Second is Private Tom Hale, burns to both hands." "Hale is routine, she\'s urgent."',
    ).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.evac_priority, r.injuries?.[0].type])).toEqual([
      ['Ana Ruiz', 'urgent', 'penetrating'],
      ['Tom Hale', 'routine', 'burn'],
    ]);
  });
});

describe('sentences of the text as written', () => {
  it('runs each to all the marks that close it or to its line end, the line break left between', () => {
    const text = 'Wait... this is Reyes?!\nHang on\n. Okay';
    expect(textSentencesOf(text).map((s) => s.words)).toEqual(['Wait...', ' this is Reyes?!', 'Hang on', ' Okay']);
    expect(textSentencesOf(text)[1]).toMatchObject({ start: 7, end: 23 });
  });

  it('with spaced stops, ends none at "No. 3", a decimal or "a.m.", only at a mark before a space', () => {
    const text = 'Pulled out by No. 2. no.3 had 0.9% at 7 a.m. today! Left flank man fine';
    expect(textSentencesOf(text, { spacedStops: true }).map((s) => s.words)).toEqual([
      'Pulled out by No. 2.',
      ' no.3 had 0.9% at 7 a.m.',
      ' today!',
      ' Left flank man fine',
    ]);
  });
});
