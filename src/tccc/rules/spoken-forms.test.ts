import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('numbers said over the radio', () => {
  it('reads radio digits in a dose and a time', () => {
    expect(extractRecord('fentanyl fife zero micrograms IV at one fower tree zero').medications).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '14:30' },
    ]);
  });
  it('leaves out a dose of zero, a number heard in part, and keeps the drug', () => {
    expect(extractRecord('fentanyl fiv zero micrograms IV at 1430').medications).toEqual([
      { name: 'fentanyl', route: 'IV', time: '14:30' },
    ]);
  });
});

describe('a number the medic is unsure of', () => {
  it('is left out when two values are said with "or", and the rest of the set kept', () => {
    expect(extractRecord('pulse 120 or 130, BP 110/70').vitals).toEqual([{ systolic: 110, diastolic: 70 }]);
    expect(extractRecord('pulse one twenty or one thirty').vitals).toBeUndefined();
    expect(extractRecord('resps 20 or so').vitals).toEqual([{ resp_rate: 20 }]);
  });
});

describe('amounts said the way a medic says them', () => {
  it('reads "mic" as micrograms and "a liter" as 1000 ml', () => {
    const r = extractRecord('starting a liter of lr iv time 1012 fentanyl 50 mic iv 1015');
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 1000, route: 'IV', time: '10:12' }]);
    expect(r.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '10:15' }]);
  });
  it('gives each of two acts its time when a count follows a spoken clock', () => {
    expect(
      extractRecord(
        'pressure dressing on the abdomen at zero two twenty eighteen gauge IV left forearm at zero two thirty',
      ).interventions,
    ).toEqual([
      { type: 'pressure_dressing', location: 'abdomen', time: '02:20' },
      { type: 'iv', location: 'left_arm', time: '02:30' },
    ]);
  });
});

describe('care and wounds said the way a medic says them while working', () => {
  it('reads needle decompression said as a verb', () => {
    expect(extractRecord('Tension pneumo, decompressing the right chest, one one one zero.').interventions).toEqual([
      { type: 'needle_decompression', location: 'chest', time: '11:10' },
    ]);
    expect(extractRecord("needle's going in, left chest, two one four eight").interventions).toEqual([
      { type: 'needle_decompression', location: 'chest', time: '21:48' },
    ]);
  });
  it('reads a chest needled as decompressed, and a compressive bandage as a pressure dressing', () => {
    expect(extractRecord('Needled the right chest, 2nd ICS MCL, at 0317.').interventions).toEqual([
      { type: 'needle_decompression', location: 'chest', time: '03:17' },
    ]);
    expect(extractRecord('Was applied a compression dressing on the left forearm.').interventions).toEqual([
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
  });
  it('reads a below-knee amputation with a hyphen, and one said without the word', () => {
    expect(extractRecord('Right below-knee amputation from the blast.').injuries).toEqual([
      { type: 'amputation', location: 'right_leg' },
    ]);
    expect(extractRecord("IED. Left leg's gone below the knee.").injuries).toEqual([
      { type: 'amputation', location: 'left_leg' },
    ]);
    expect(extractRecord("You stepped on a mine, your left foot's gone.").injuries).toEqual([
      { type: 'amputation', location: 'left_leg' },
    ]);
    expect(extractRecord('his right hand is gone').injuries).toEqual([{ type: 'amputation', location: 'right_arm' }]);
  });
  it('reads a volume said before its fluid', () => {
    expect(extractRecord("Giving five hundred of lactated Ringer's IV at two one two two.").fluids).toEqual([
      { name: 'crystalloid', volume_ml: 500, route: 'IV', time: '21:22' },
    ]);
    expect(extractRecord('500 of whole blood IV at 1505.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IV', time: '15:05' },
    ]);
  });
  it('puts a tourniquet or chest seal with no place said where the wound just named is', () => {
    expect(
      extractRecord('Round went into the right thigh, bleeding bad. Getting a CAT on, high and tight.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_leg' }]);
    expect(
      extractRecord('Sucking chest wound on the right, putting a vented seal on, one one zero six.').interventions,
    ).toEqual([{ type: 'chest_seal', location: 'chest', time: '11:06' }]);
  });
  it('reads words a speech recogniser splits: "gun shot wound", "tx a", "i v", "134 slash 82"', () => {
    const r = extractRecord(
      'gun shot wound right arm gave tx a one gram i v at one one two zero bp one ten slash seventy',
    );
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '11:20' }]);
    expect(r.vitals).toEqual([{ systolic: 110, diastolic: 70 }]);
  });
  it('leaves a tourniquet spoken of before the one placed to the placed one', () => {
    expect(
      extractRecord('GSW to the left thigh. Before the tourniquet: HR 140. TQ L thigh 0817.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '08:17' }]);
  });
});

describe('a name said surname first', () => {
  it('reads "Delgado, first name Rosa" as Rosa Delgado', () => {
    expect(extractRecord('Patient Delgado, first name Rosa, PFC, allergic to penicillin.').casualty?.name).toBe(
      'Rosa Delgado',
    );
    expect(extractRecord("Her name's Jensen, first name Carla.").casualty?.name).toBe('Carla Jensen');
  });
  it('joins the first name he says to the surname on his nametape', () => {
    expect(extractRecord('GSW L calf. Nametape OKONJO, says first name Dale. HR 96.').casualty?.name).toBe(
      'Dale OKONJO',
    );
  });
});
