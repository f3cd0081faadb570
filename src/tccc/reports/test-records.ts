import type { TcccRecord } from '../record.js';

/** Records the report tests (and the CLI and records tests) share: full, sparse and empty. */
export const FULL_RECORD: TcccRecord = {
  casualty: { name: 'Luis Alvarado', battle_roster: 'AB1234', unit: '2-75 RGR', sex: 'male', allergies: 'NKDA' },
  location_grid: '38SMB4484',
  evac_priority: 'urgent_surgical',
  mechanism: ['ied', 'blast', 'gsw'],
  injuries: [
    { type: 'amputation', location: 'right_leg' },
    { type: 'penetrating', location: 'left_leg', note: 'multiple frag wounds' },
    { type: 'gsw', location: 'back' },
  ],
  vitals: [
    { time: '14:32', pulse: 118, systolic: 96, diastolic: 60, resp_rate: 20, spo2: 97, avpu: 'A', pain: 8 },
    { time: '14:50', pulse: 130, systolic: 80, diastolic: 50, resp_rate: 28, avpu: 'V' },
  ],
  interventions: [
    { type: 'tourniquet', location: 'right_leg', time: '14:32' },
    { type: 'tourniquet', location: 'right_leg', time: '14:35' },
    { type: 'hemostatic_dressing', location: 'left_leg' },
    { type: 'npa' },
    { type: 'chest_seal', location: 'back', time: '14:38' },
    { type: 'io', location: 'chest', time: '14:40' },
    { type: 'hypothermia_prevention' },
    { type: 'eye_shield', location: 'face' },
  ],
  fluids: [{ name: 'whole_blood', volume_ml: 500, route: 'IO', time: '14:42' }],
  medications: [
    { name: 'txa', dose: '2 g', route: 'IO', time: '14:45' },
    { name: 'ketamine', dose: '50 mg', route: 'IO' },
    { name: 'ertapenem', dose: '1 g', route: 'IO', time: '14:55' },
  ],
};

/** A terse field note: mechanism, one wound, one pulse, one splint. */
export const SPARSE_RECORD: TcccRecord = {
  mechanism: ['fall'],
  injuries: [{ type: 'fracture', location: 'left_arm' }],
  vitals: [{ pulse: 92 }],
  interventions: [{ type: 'splint', location: 'left_arm' }],
};

export const EMPTY_RECORD: TcccRecord = {};
