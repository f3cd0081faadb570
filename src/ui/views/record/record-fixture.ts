import type { TcccRecord } from '../../../tccc/record.js';

/** A record with every kind of fact and every optional field filled, for form round-trips. */
export const FULL_RECORD_FOR_FORMS: TcccRecord = {
  casualty: { name: 'Doe, J', battle_roster: 'AB1234', unit: '2-504 PIR', sex: 'male', allergies: 'NKDA' },
  location_grid: '38SMB4484',
  evac_priority: 'urgent_surgical',
  mechanism: ['gsw', 'blast'],
  injuries: [{ type: 'gsw', location: 'left_leg', note: 'through and through' }],
  vitals: [{ time: '14:10', pulse: 120, systolic: 90, diastolic: 60, resp_rate: 22, spo2: 94, avpu: 'V', pain: 7 }],
  interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:07' }],
  fluids: [{ name: 'whole_blood', volume_ml: 500, route: 'IV', time: '14:20' }],
  medications: [{ name: 'txa', dose: '2 g', route: 'IV', time: '14:25' }],
};
