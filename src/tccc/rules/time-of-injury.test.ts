import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../alerts/index.js';
import { buildCard } from '../reports/card.js';
import { buildZmist } from '../reports/zmist.js';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('time of injury', () => {
  it('is read after two hedges, past a dropped filler and past what the casualty was doing', () => {
    expect(toi('At about fourteen twenty our lead MATV rolled into the wadi. Pulse 132.')).toBe('14:20');
    expect(
      toi('he was in the back when it rolled down the embankment, uh, around eleven hundred. ankle deformed'),
    ).toBe('11:00');
    expect(toi('0440L dismounted IED strike. Frag R cheek.')).toBe('04:40');
  });
  it('is read in its usual forms', () => {
    expect(toi('IED blast 0253. Bilateral amputations.')).toBe('02:53');
    expect(toi('time of injury 0253, GSW chest')).toBe('02:53');
    expect(toi('TOI 1142. MOI GSW.')).toBe('11:42');
    // A card's field shortened to fit its box.
    expect(toi('NAME: KOWALSKI   TIME OF INJ: 0725\nMECH: IED')).toBe('07:25');
    expect(toi('INJ TIME 2210 / frag L arm')).toBe('22:10');
    expect(toi('he was hit at about fourteen twenty by a sniper round')).toBe('14:20');
    expect(toi('he got hit at fourteen oh two local, frag to the right forearm')).toBe('14:02');
    expect(toi('stepped on a landmine at 0815, right foot is gone')).toBe('08:15');
    expect(toi('Wounded at 2310, correction, 2315. GSW left thigh.')).toBe('23:15');
    // Wounded in action, as a report counts them.
    expect(toi('Two WIA around 1705 at the checkpoint. Frag L hand.')).toBe('17:05');
    expect(toi('1 WIA. Pulse 88 at 1720.')).toBeUndefined();
  });
  it('is read after the impact or strike of what hit them, and before a list of casualties', () => {
    expect(toi('Mortar impact at 0455, frag to the left leg.')).toBe('04:55');
    expect(toi('Vehicle hit, IED strike 1130. TQ R thigh 1134.')).toBe('11:30');
    const records = extractCasualties('Two wounded, RPG impact 0610. #1 SGT Voss: GSW R arm. #2 PFC Lam: frag L leg.');
    expect(records.casualties.map((c) => c.record.time_of_injury)).toEqual(['06:10', '06:10']);
    // "strike" or "impact" with a time said later is no injury.
    expect(toi('Air strike called in at 0500, TQ left thigh 0510.')).toBeUndefined();
  });
  it('is read in the phrase of the event, with or without "at", and when a following phrase speaks of the event', () => {
    expect(toi('He was wounded around 0240, GSW left leg.')).toBe('02:40');
    expect(toi('Injured 0240. GSW left leg.')).toBe('02:40');
    expect(toi('mortar rnd landed by the ECP 1705. pt male.')).toBe('17:05');
    expect(toi('pt caught R hand btwn MRAP door and frame ~0120. open fx R index.')).toBe('01:20');
    expect(toi('the scaffolding collapsed around oh nine hundred and he fell with it.')).toBe('09:00');
    expect(toi('he got burned pulling the cover off the generator, that was at about thirteen fifty.')).toBe('13:50');
    expect(toi('Shot at 0240 zulu in the left leg.')).toBe('02:40');
    expect(toi('GSW to the chest at 1415. TQ left leg 1420.')).toBe('14:15');
  });
  it('is read from a spelled label, a local-time letter, and a time the sentence opens with before the event', () => {
    expect(toi('T.O.I. 0240, GSW left leg')).toBe('02:40');
    expect(toi('MIST: M - IED, T.O.I 0240. I - left leg amputation.')).toBe('02:40');
    expect(toi('Injury time 0240, GSW left leg.')).toBe('02:40');
    expect(toi('TOI - 0240L')).toBe('02:40');
    expect(toi('At 0240 he was hit by a sniper round to the left leg.')).toBe('02:40');
    expect(toi('0240: IED strike. Amputation left leg.')).toBe('02:40');
    expect(toi('At 0240 TQ applied, he was hit in the leg')).toBeUndefined();
  });
  it('is read after "for both" and goes on each casualty it is said of', () => {
    const records = extractCasualties(
      'Cas 1 of 2: PVT Ochoa, burns to both legs, HR 104. Cas 2 of 2: PFC Tran, closed fracture left ankle, splint left leg, HR 84. Time of injury for both 2240.',
    ).casualties.map((c) => c.record);
    expect(records.map((r) => r.time_of_injury)).toEqual(['22:40', '22:40']);
    expect(records[1].interventions).toEqual([{ type: 'splint', location: 'left_leg' }]);
  });
  it('is not a time said after care or a sign is named, nor a time ago', () => {
    expect(toi('hit about twenty minutes ago, GSW left leg')).toBeUndefined();
    expect(toi('I got to him at 1430, he was hit, TQ at 1432.')).toBeUndefined();
    expect(toi('GSW left thigh, TQ at 1415.')).toBeUndefined();
    expect(toi('GSW left thigh pulse 120 at 1415')).toBeUndefined();
    // What was done after the event, said between it and the time, takes the time with it.
    expect(toi('GSW chest noted at 1400.')).toBeUndefined();
    expect(toi('Burns to both arms dressed at 1400.')).toBeUndefined();
    expect(toi('GSW R thigh found at 1400')).toBeUndefined();
    expect(toi('At 1400 we treated his GSW to the left leg.')).toBeUndefined();
    expect(toi('Blast occurred at 0240.')).toBe('02:40');
  });
  it('is kept apart from treatment and vitals times, and never taken from when care began', () => {
    const r = extractRecord('IED blast 0253. TQ left thigh 0258. HR 140 at 0300.');
    expect(r.time_of_injury).toBe('02:53');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '02:58' }]);
    expect(r.vitals).toEqual([{ pulse: 140, time: '03:00' }]);
    expect(toi('I got to him at 1430 and put a tourniquet on the left thigh at 1432')).toBeUndefined();
    expect(toi('Injury: GSW R arm, TQ at 1145.')).toBeUndefined();
  });
  it('feeds the card TIME box, ZMIST and the TXA window', () => {
    const r = extractRecord('IED blast 0253. GSW left thigh, TQ left thigh 0258.');
    expect(buildCard(r).time).toBe('02:53');
    expect(buildZmist(r).m).toContain('time of injury 02:53');
    const late = evaluateAlerts(r, { now: '06:10' }).find((a) => a.rule === 'txa-window');
    expect(late?.message).toBe(
      'No TXA recorded and 3 h 17 min since injury: the 3 h window has passed; do not start TXA now.',
    );
  });
});

describe('a time of injury labelled after the time', () => {
  it('reads "<time> for the injury" as the time of injury', () => {
    expect(
      extractCasualties('Call it zero two one five for the injury. Pulse 100.').casualties[0].record.time_of_injury,
    ).toBe('02:15');
  });
});

describe('a time of injury said plainly', () => {
  it('reads "injury at …" and "hit right about …"', () => {
    const toi = (text: string) => extractCasualties(text).casualties[0].record.time_of_injury;
    expect(toi('When did it happen, two twenty? Okay, injury at zero two twenty. Pulse 128.')).toBe('02:20');
    expect(toi('Says he got hit right about 0955. Pulse 96.')).toBe('09:55');
  });
});

describe('a time of injury said again of the event', () => {
  it('reads the time in a phrase that says the event again ("it went off at …", "she thinks it was …")', () => {
    const toi = (text: string) => extractCasualties(text).casualties[0].record.time_of_injury;
    expect(toi('He knelt on a mine, it went off at zero five ten. Pulse 120.')).toBe('05:10');
    expect(toi('The grenade landed by the door, he says it was about 1740. Alert.')).toBe('17:40');
    expect(toi('Both hurt at 0315 in the crash. Pulse 88.')).toBe('03:15');
    // A phrase about care is no restatement of the event.
    expect(toi('Mine strike, it was splinted at 0530.')).toBeUndefined();
  });
});

describe('a time of injury said after a long phrase of the event', () => {
  it('reads the time said as the phrase after the event, however long the event was told', () => {
    const toi = (text: string) => extractCasualties(text).casualties[0].record.time_of_injury;
    expect(toi('MOI: slipped and fell about 4 m down the rocky bank into the creek bed, 1125. Alert.')).toBe('11:25');
    // Care named in the event's phrase ends it: its time is the care's.
    expect(toi('Fell off the wall and was splinted by his team in the yard, 1125.')).toBeUndefined();
  });
  it('reads a time after the label and a hedge such as "roughly"', () => {
    expect(toi('Blast at the gate. Time of injury roughly oh three fifty. Pulse 100.')).toBe('03:50');
  });
  it('reads the time a wound was sustained', () => {
    expect(toi('gunshot wound to the left forearm sustained at 1020 during the range incident')).toBe('10:20');
  });
  it('reads a time of injury set off by a comma, as a card read aloud gives it', () => {
    expect(toi('Date time of injury, zero six oh five. Mechanism, artillery box checked.')).toBe('06:05');
  });
});

describe('a time said in a phrase on how the weapon came', () => {
  it('is the time of the injury the weapon caused', () => {
    expect(
      extractRecord('All three hit by the same grenade, thrown over the courtyard wall at 2105. Frag R forearm.')
        .time_of_injury,
    ).toBe('21:05');
  });

  it('reads the time the event is said to have happened at ("happened at about 1420")', () => {
    expect(toi('Leg pinned under the ramp when it dropped, happened at about zero nine ten. TQ R thigh 0915.')).toBe(
      '09:10',
    );
    expect(toi('What happened at the gate is unclear, TQ R thigh 0915.')).toBeUndefined();
  });

  it('reads "that happened at …" after a sentence that told the care as well as the event', () => {
    expect(toi('She slipped on the ice and fell, wrist is deformed, we splinted it. It happened around 2215.')).toBe(
      '22:15',
    );
    // "That was …" after the care may be the care's time: no time of injury.
    expect(toi('She slipped on the ice and fell, wrist is deformed, we splinted it. That was around 2215.')).toBe(
      undefined,
    );
  });
});

describe("a MIST report's M line", () => {
  it('gives the time said in it as the time of injury', () => {
    expect(toi('Break. Line Mike: fragmentation, mortar, time zero-four-one-five. Line India: frag R calf.')).toBe(
      '04:15',
    );
    expect(toi('M - rollover, time 2250. I - crush L leg.')).toBe('22:50');
    // Care named before the time makes the time care's; a name is no line label.
    expect(toi('Mike: IED, TQ L thigh, time 0710.')).toBeUndefined();
    expect(toi('Mike Hale was hit, tourniquet time 0712.')).toBeUndefined();
  });
});

describe('a time the signs follow at once', () => {
  it('dates the signs, not the wound said before it', () => {
    const record = extractRecord('Casualty Two, GSW R shoulder: 2245 SpO2 93 RR 22; TQ R arm 2250.');
    expect(record.time_of_injury).toBeUndefined();
    expect(record.vitals).toEqual([{ time: '22:45', spo2: 93, resp_rate: 22 }]);
    expect(extractRecord('Blast injury both legs 2245 HR 120 BP 100/70.').vitals).toEqual([
      { time: '22:45', pulse: 120, systolic: 100, diastolic: 70 },
    ]);
  });
  it('stays the event time after a comma', () => {
    expect(toi('IED strike 0535, HR 140, BP 90/60.')).toBe('05:35');
  });
});

describe('a time of injury said before the casualty stepped on the mine', () => {
  it('reads the opening time when the casualty stepped on a mine', () => {
    expect(extractRecord('At 1342 hours the sapper stepped on a buried mine near the culvert.').time_of_injury).toBe(
      '13:42',
    );
    expect(extractRecord('At 0520 our point man stepped on an AP mine.').time_of_injury).toBe('05:20');
    // A step that hurt no one dates nothing.
    expect(extractRecord('At 0900 he stepped out of the truck. HR 88.').time_of_injury).toBeUndefined();
  });
});

describe('a time of injury given after the word "time"', () => {
  it('reads "<event>, time <clock>" of a radio report as the time of the event', () => {
    expect(toi('IED strike on the lead truck, time wun niner fower zero. Frag both legs.')).toBe('19:40');
    expect(toi('Sniper fire from the ridge, time 0815, GSW left shoulder.')).toBe('08:15');
    expect(toi('GSW left shoulder, tourniquet, time 0815.')).toBeUndefined();
  });
});

describe('a time of injury before what set the device off, or after what collided', () => {
  it('reads the time a casualty set a device off, the device said again by its order', () => {
    expect(toi('Marsh ran in after him and set off a second one at oh eight forty-two.')).toBe('08:42');
    expect(toi('PFC Lowe set off another at 0842, frag both legs.')).toBe('08:42');
    expect(toi('We set off for the LZ at 0900.')).toBeUndefined();
  });
  it('reads the opening time when someone initiated or triggered the device', () => {
    expect(toi('At 1815 the second squad triggered a pressure-plate mine on the footpath.')).toBe('18:15');
    expect(toi('At 2240 our rear security initiated a victim-operated IED. Frag both legs.')).toBe('22:40');
    // A device set off by no one hurt is still no later care: a checked time after it stays the signs'.
    expect(toi('At 0610 we initiated the breach. HR 90.')).toBeUndefined();
  });
  it('reads the time after a phrase saying what ran into what', () => {
    expect(toi('Rollover, Humvee versus a ditch, 2215. Neck pain.')).toBe('22:15');
    expect(toi('Vehicle crash, HMMWV vs motorcycle, 0905, rider thrown.')).toBe('09:05');
  });
});

describe('a time of injury after "went off", or after the vehicle named by its type', () => {
  it('reads the time of what went off, its subject left unsaid', () => {
    expect(toi('Mortar. Q: When? A: Went off right about zero two ten. Q: Wounds? A: Frag left arm.')).toBe('02:10');
  });
  it('reads the time past a phrase that is only the vehicle type in capitals', () => {
    expect(toi('Vehicle rollover, HMMWV, at one one two zero, one hurt.')).toBe('11:20');
    // A limb code set off the same way is a place, not the vehicle.
    expect(toi('GSW, RLE, 1400.')).toBeUndefined();
  });
});

describe('a detonation said short', () => {
  it('reads "det was <clock>" as when the casualty was hurt, "Det 1" as no time', () => {
    expect(toi('Caught in the truck bomb at the gate, det was oh-four-fifty. Burns both hands.')).toBe('04:50');
    expect(toi('Mine strike, det at 2215. Amputation right foot.')).toBe('22:15');
    expect(toi('SFC Vance, Det 2, burns right hand, cooled, dressing at 1120.')).toBeUndefined();
  });
});

describe('a time of injury said of a fire', () => {
  it('reads the time of the fire that burned the casualty', () => {
    expect(toi('Kitchen fire in the galley at 1215. Burns to his right hand, pain six.')).toBe('12:15');
    expect(toi('Caught in the brush fire, about twenty-three ten, burns to both legs.')).toBe('23:10');
  });
  it('does not read a time after care is named', () => {
    expect(toi('Burns from the fire, dressing on the left hand at 1230.')).toBeUndefined();
  });
});

describe('a time of injury said of the event by its name', () => {
  it('reads the time of an ambush, an attack, a discharge, a collision or a collapse', () => {
    expect(toi('Both from the ambush on Route Iron at 0440. GSW right thigh.')).toBe('04:40');
    expect(toi('Accidental discharge in the arms room, 1315, GSW left foot.')).toBe('13:15');
    expect(toi('Roof collapse at about twenty-two ten, crush to the pelvis.')).toBe('22:10');
  });
  it('reads no time said after care is named', () => {
    expect(toi('Wounded in the ambush, tourniquet on the right leg at 0450.')).toBeUndefined();
  });
});

describe('a time of injury said of a fall of a structure, a casualty thrown, or a hard landing', () => {
  it('reads the time the structure came down, the casualty was thrown, or the aircraft landed hard', () => {
    expect(toi('The culvert roof came down at 0615, crush to both legs.')).toBe('06:15');
    expect(toi('Thrown off the quad bike around 1745, closed fracture right wrist.')).toBe('17:45');
    expect(toi('Blackhawk hard landing at the FARP, 2320, blunt chest trauma.')).toBe('23:20');
  });
  it('reads no time that comes after care is named', () => {
    expect(toi('Thrown clear, splint on the right leg at 1750.')).toBeUndefined();
  });
});

describe('a time of injury after words that say more of the weapon', () => {
  it('reads past the weapon named again or the side of the vehicle it struck', () => {
    expect(toi('The lead MRAP hit a roadside bomb, an IED, at 0412. Frag to both legs.')).toBe('04:12');
    expect(toi('Took an EFP, left side, at twenty-two ten. Burns to the left arm.')).toBe('22:10');
    expect(extractRecord('Took an EFP through the door. Burns to the left arm.').mechanism).toEqual(['ied']);
    // Care said between ends the event's phrase: its time is the care's.
    expect(toi('Hit by an IED, TQ left leg, at 0415.')).toBeUndefined();
  });
});

describe("a unit's own fire", () => {
  it('is no event, so the time after it is not the injury', () => {
    expect(toi('Squad put down suppressive fire till 0722. Frag to the left calf.')).toBeUndefined();
    expect(toi('Third squad set a base of fire from 1315. GSW right thigh.')).toBeUndefined();
    // Fire the casualty took stays the event.
    expect(toi('Took fire from the treeline at 0705, GSW right thigh.')).toBe('07:05');
  });
});

describe('a time of injury in a clause joined by "and"', () => {
  it('is read when the clause refers back to the event', () => {
    expect(toi('The jack slipped and the hood came down on his hand, and this was around 1415. Crush R hand.')).toBe(
      '14:15',
    );
  });
});

describe('a time of injury asked and answered across speakers, or said of an explosive going off', () => {
  it('reads the answer right after the asked label and the answering speaker', () => {
    expect(toi('AID: Time of injury? MEDIC: Twenty-one oh five. GSW left arm.')).toBe('21:05');
    // An answer with no time gives none, and the next time said is no answer.
    expect(toi('AID: Time of injury? MEDIC: Not sure. TQ at 2120.')).toBeUndefined();
  });
  it('reads the time after "going off" as after "went off"', () => {
    expect(toi('Squad log shows the mine going off at 1712. SPC Ruiz, left foot gone.')).toBe('17:12');
  });
  it('reads a unit that received fire as hurt by it, past a setting and a unit said between', () => {
    expect(
      toi(
        'At 0722, during a mounted movement along Route Gold, 2nd Squad, B Troop received accurate sniper fire. SGT Ives, GSW L shoulder.',
      ),
    ).toBe('07:22');
    // Received at a point of care is care, not the event.
    expect(toi('At 0722 he was received at the aid station with a fire burn to the hand.')).toBeUndefined();
  });
  it('reads the estimate of the time the speaker gives after the event', () => {
    expect(toi('Frag hit him in the calf a minute before the medic got there, call it zero nine ten.')).toBe('09:10');
    expect(toi("IED went off under the lead truck, I'd say around 2235.")).toBe('22:35');
    // An estimate said after care is the care's time.
    expect(toi('GSW left arm. TQ on, call it 1450.')).toBeUndefined();
  });
});

describe('time of injury from whose word it is, or bounded only', () => {
  it('reads the time after the source a label names', () => {
    expect(toi('Two pts, rollover, TOI per driver 0512. Pt 1 lac forehead.')).toBe('05:12');
    expect(toi('IED. Time of injury per the card 2240. Burns both hands.')).toBe('22:40');
  });

  it('gives none for a time said only as a range', () => {
    expect(toi('Shot sometime between 1910 and 1920, he could not say. GSW R arm.')).toBeUndefined();
    expect(toi('Blast around 0305Z to 0310Z by the platoon log. Frag L leg.')).toBeUndefined();
    expect(toi('Blast at 0305, tourniquet 0310 to 0312 it took. Frag L leg.')).toBe('03:05');
  });
});

describe('a time of injury put as a question', () => {
  it("is the answer's time when the answer gives one, the guess when it says yes, and none otherwise", () => {
    expect(toi('Mine went off about 1210, right?\n1214. I checked.\nTQ R leg.')).toBe('12:14');
    expect(toi('Mine went off about 1210, right?\nYep.\nTQ R leg.')).toBe('12:10');
    expect(toi('Mine went off about 1210, right?\nNo idea, ask the LT.\nTQ R leg.')).toBeUndefined();
    expect(toi('Was it the mine at 1210 that got him? 1214 I put the TQ on.')).toBeUndefined();
  });
});

describe('a hit said again as what the casualty took', () => {
  it('dates the hit by the time said after "took it" or "took one"', () => {
    expect(toi("Okafor's hit \u2014 took one right about sixteen twenty, belly. Packing it.")).toBe('16:20');
    expect(toi('Rahimi was wounded, took it at 0455 in both legs.')).toBe('04:55');
  });
  it('reads no hit in taking a reading or a pill', () => {
    expect(toi('He took his meds at 0800. Fell off the truck, TQ right leg 1110.')).toBeUndefined();
  });
});
