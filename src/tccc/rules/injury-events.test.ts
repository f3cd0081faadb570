import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('a time said in the sentence after the injuring event', () => {
  it('is read when the event breaks off where its time would come, or the next sentence speaks of it again', () => {
    expect(toi('The round hit him at. Uh. At twenty one fifteen.')).toBeUndefined();
    expect(toi('She was hit at about. Twenty one fifteen. Pulse 110.')).toBe('21:15');
    expect(toi('The truck rolled into the ditch. It happened just before dawn, around 0440.')).toBe('04:40');
    expect(toi('Mortar landed by the gate. That was roughly 1905, right after chow.')).toBe('19:05');
  });
  it('is not read when care is named first or the next sentence does not speak of the event', () => {
    expect(toi('IED strike on the lead truck. That was when I put the TQ on, 0610.')).toBeUndefined();
    expect(toi('Mortar hit the berm. 0510 TQ applied left leg.')).toBeUndefined();
  });
});

describe('a time said after the phrases that go on telling the injuring event', () => {
  it('is read past words in brackets within the event phrase, unless they name care', () => {
    expect(toi('Fell off the tower (approx 6 m) while fixing the antenna 2315L, landed on his back.')).toBe('23:15');
    expect(toi('Grenade thrown over the wall (from the alley) into the courtyard at 1742.')).toBe('17:42');
    expect(toi('Fell from the roof (TQ applied at 0620) at 0600.')).toBeUndefined();
  });
  it('is read past how far the fall was, the fall told by its verb or by its height alone', () => {
    expect(toi('He came off the ledge, maybe six meters, about twelve forty. Left leg deformed.')).toBe('12:40');
    expect(
      toi('gunner fell off the truck bed while loading, about two meters onto gravel, at around sixteen oh five.'),
    ).toBe('16:05');
  });
  it('is read after a hold lost with the height it was lost at, which is a fall', () => {
    const text = 'Lost her footing on the cargo net ~6 m up at 0915, landed on her back.';
    expect(toi(text)).toBe('09:15');
    expect(extractRecord(text).mechanism).toEqual(['fall']);
    expect(
      extractRecord('He lost his grip on the rifle, took a round in the arm 20 m from the wall.').mechanism,
    ).toEqual(['gsw']);
  });
  it('is not the injury time when care is named after the height', () => {
    expect(toi('fell off the wall, about three meters, TQ left thigh 1105.')).toBeUndefined();
  });
  it('is read when the weapon is said to go off with its subject left unsaid', () => {
    expect(toi('RPG came over the berm, went off at twenty one ten. Frag to the back.')).toBe('21:10');
  });
  it('is read when someone other than a pronoun is who the time is heard from', () => {
    expect(toi('She fell down the stairs, her husband thinks it was around nineteen fifteen. Wrist deformed.')).toBe(
      '19:15',
    );
    expect(toi('Fell down the stairs, the mother says it was at about ten forty-five.')).toBe('10:45');
  });
});

describe('an event time said in three spoken digits after "at" and a hedge', () => {
  it('is the time of injury in the event phrase', () => {
    expect(toi('corporal was hit at about five forty, gunshot wound to the abdomen')).toBe('05:40');
    expect(toi('he got hurt at around nine fifteen, ankle deformed')).toBe('09:15');
  });
  it('stays a reading outside an event phrase', () => {
    const record = extractRecord('GSW left thigh. Pulse is running at about one twenty.');
    expect(record.time_of_injury).toBeUndefined();
    expect(record.vitals?.[0]?.pulse).toBe(120);
  });
});

describe('words that name the injuring event', () => {
  it('include a vehicle turning over, a round glancing off, a weight holding the casualty and a mishap', () => {
    expect(toi('He was thrown clear of the truck that overturned on the ridge at 2210.')).toBe('22:10');
    expect(toi('Round ricocheted off the wall at 1315, frag to the right shin.')).toBe('13:15');
    expect(toi('He was trapped under the beam when the roof gave way around 0440.')).toBe('04:40');
    expect(toi('Training accident on the obstacle course at 1020, ankle deformed.')).toBe('10:20');
  });
  it('still give no time when care is named before it', () => {
    expect(toi('He was trapped under the beam, TQ right thigh at 0450.')).toBeUndefined();
  });
});

describe('how the explosive was set off, and a burst of fire, as the event', () => {
  it('reads the time past a phrase of how an explosive was set off, even one holding a sign word', () => {
    expect(toi('Roadside bomb, pressure plate, at 2231. Both legs hit.')).toBe('22:31');
    expect(toi('IED, command wire, 0317, one casualty.')).toBe('03:17');
  });
  it('reads a burst of fire as the injuring event', () => {
    expect(toi('Squad took a long burst from the ridge, 1608, GSW left arm.')).toBe('16:08');
  });
  it('still reads no time after a sign', () => {
    expect(toi('IED, BP 0458.')).toBeUndefined();
  });
});

describe('more ways the event is told on', () => {
  it('reads the time after "it blew", said of the explosive again', () => {
    expect(toi('Mine under the culvert, it blew at about 1130. PFC Ames, frag to the left calf.')).toBe('11:30');
  });
  it("reads the time said right after whoever it is heard from, a unit's number in his name", () => {
    expect(toi('Hit when the mortar landed, Charlie 2 reckons around 2210. Frag right thigh.')).toBe('22:10');
  });
});

describe('an event named by a word with a hyphen or two words', () => {
  it('reads its time past its own words, which name no later act', () => {
    const record = extractRecord(
      'A bus rear-ended the last truck of the convoy near the gate at 2240. SPC Ivo Dane, neck pain.',
    );
    expect(record.time_of_injury).toBe('22:40');
    expect(record.mechanism).toEqual(['mvc']);
    expect(toi('A pickup T-boned our HMMWV at about oh six fifteen, driver side.')).toBe('06:15');
  });
});

describe('what set off the fire that burned the casualty', () => {
  it("is part of the event, so the time after it is the injury's", () => {
    expect(toi('Scalded and burned when the stove flashed at about nineteen twenty in the galley tent.')).toBe('19:20');
  });
  it('names no event alone', () => {
    expect(toi('GSW left thigh. Saw the IV flashed at 1420, good line.')).toBeUndefined();
  });
});
