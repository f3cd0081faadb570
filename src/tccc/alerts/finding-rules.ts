/** Alert rules on the record's findings: untreated tension pneumothorax, no hypothermia prevention. */
import type { Location } from '../record.js';
import type { AlertContext, ProtocolAlert } from './alert.js';
import { hasSignificantBleeding, isUrgent, lastVitals, latestTimedVitals } from './facts.js';

/** CoTCCC lists SpO2 under 90% among the signs of tension pneumothorax after torso trauma. */
const TENSION_SPO2_BELOW = 90;
const TORSO: readonly Location[] = ['chest', 'back'];

/** Tension pneumothorax recorded, or chest trauma with SpO2 under 90%, and no needle decompression or chest tube. */
export function tensionPneumothorax({ record, now }: AlertContext): ProtocolAlert[] {
  const decompressed = (record.interventions ?? []).some(
    (step) => step.type === 'needle_decompression' || step.type === 'chest_tube',
  );
  if (decompressed) return [];
  const injuries = record.injuries ?? [];
  if (injuries.some((injury) => injury.type === 'tension_pneumothorax')) {
    return [
      {
        rule: 'tension-pneumothorax',
        severity: 'alert',
        passageId: 'needle-decompression-sites',
        message: 'Tension pneumothorax recorded and no needle decompression: decompress on the injured side.',
      },
    ];
  }
  const torsoTrauma = injuries.some(
    (injury) => injury.type === 'open_chest_wound' || (TORSO.includes(injury.location) && injury.type !== 'burn'),
  );
  const spo2 = (latestTimedVitals(record, now)?.vitals ?? lastVitals(record))?.spo2;
  if (torsoTrauma && spo2 !== undefined && spo2 < TENSION_SPO2_BELOW) {
    return [
      {
        rule: 'tension-pneumothorax',
        severity: 'alert',
        passageId: 'tension-pneumothorax-recognition',
        message: `Chest trauma with SpO2 ${spo2}% and no needle decompression: suspect tension pneumothorax.`,
      },
    ];
  }
  return [];
}

/** A bleeding or urgent casualty with no hypothermia prevention recorded. */
export function hypothermiaPrevention({ record }: AlertContext): ProtocolAlert[] {
  if (!hasSignificantBleeding(record) && !isUrgent(record)) return [];
  if ((record.interventions ?? []).some((step) => step.type === 'hypothermia_prevention')) return [];
  return [
    {
      rule: 'hypothermia-prevention',
      severity: 'warning',
      passageId: 'hypothermia-prevention-hpmk',
      message: 'Bleeding or urgent casualty and no hypothermia prevention recorded: insulate and warm (HPMK).',
    },
  ];
}
