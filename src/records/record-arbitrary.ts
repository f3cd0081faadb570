import fc from 'fast-check';
import {
  AVPU,
  EVAC_PRIORITIES,
  FLUID_NAMES,
  FLUID_ROUTES,
  INJURY_TYPES,
  INTERVENTION_TYPES,
  LOCATIONS,
  MECHANISMS,
  MEDICATION_NAMES,
  MEDICATION_ROUTES,
  type TcccRecord,
} from '../tccc/record.js';

// Few times and small lists so generated records often hold same-key duplicates, the hard case for identities.
const time = fc.constantFrom('14:32', '14:35', '09:05');
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const list = <T>(arb: fc.Arbitrary<T>) => opt(fc.array(arb, { minLength: 1, maxLength: 4 }));

/** Schema-valid TCCC records for property tests (test-only helper). */
export const recordArbitrary: fc.Arbitrary<TcccRecord> = fc
  .record(
    {
      casualty: opt(
        fc.record(
          {
            name: opt(fc.constantFrom('Ann Lee', 'Bo Diaz')),
            battle_roster: opt(fc.constant('AB1234')),
            sex: opt(fc.constantFrom('male' as const, 'female' as const)),
            allergies: opt(fc.constant('NKDA')),
          },
          { requiredKeys: [] },
        ),
      ),
      location_grid: opt(fc.constant('38SMB4484')),
      evac_priority: opt(fc.constantFrom(...EVAC_PRIORITIES)),
      mechanism: opt(fc.uniqueArray(fc.constantFrom(...MECHANISMS), { minLength: 1, maxLength: 3 })),
      injuries: list(
        fc.record(
          {
            type: fc.constantFrom(...INJURY_TYPES.slice(0, 3)),
            location: fc.constantFrom(...LOCATIONS.slice(9, 12)),
            note: opt(fc.constantFrom('deep', 'small')),
          },
          { requiredKeys: ['type', 'location'] },
        ),
      ),
      vitals: list(
        fc.record(
          { time: opt(time), pulse: opt(fc.integer({ min: 40, max: 160 })), avpu: opt(fc.constantFrom(...AVPU)) },
          { requiredKeys: [] },
        ),
      ),
      interventions: list(
        fc.record(
          {
            type: fc.constantFrom(...INTERVENTION_TYPES.slice(0, 3)),
            location: opt(fc.constantFrom('left_leg' as const, 'right_leg' as const)),
            time: opt(time),
          },
          { requiredKeys: ['type'] },
        ),
      ),
      fluids: list(
        fc.record(
          {
            name: fc.constantFrom(...FLUID_NAMES.slice(0, 2)),
            volume_ml: opt(fc.constantFrom(500, 1000)),
            route: opt(fc.constantFrom(...FLUID_ROUTES)),
            time: opt(time),
          },
          { requiredKeys: ['name'] },
        ),
      ),
      medications: list(
        fc.record(
          {
            name: fc.constantFrom(...MEDICATION_NAMES.slice(0, 3)),
            dose: opt(fc.constantFrom('2 g', '50 mg')),
            route: opt(fc.constantFrom(...MEDICATION_ROUTES)),
            time: opt(time),
          },
          { requiredKeys: ['name'] },
        ),
      ),
    },
    { requiredKeys: [] },
  )
  .map((r) => JSON.parse(JSON.stringify(r)) as TcccRecord); // drop undefined keys, as a parsed record has none
