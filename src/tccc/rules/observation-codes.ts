/**
 * What a field record's coded observation is, read by the words of its code as both HL7 versions send them: a version
 * 2 feed's "OBX|1|NM|8867-4^HEART RATE^LN" (interface-messages.ts) and a FHIR resource's "code": {"coding":
 * [{"display": "Heart rate"}]} (fhir-resources.ts). Each is named as a card's vitals name it, the first that fits
 * ("SPO2 BY PULSE OXIMETRY" is a saturation, not a pulse); a mean pressure and others (an ECG's reading) are left out.
 */
export const VITAL_CODES: [RegExp, string | null][] = [
  // A rate is a pulse, whatever counted it ("PULSE RATE (SPO2)" is the oximeter's pulse).
  [/\b(?:HEART|PULSE) RATE\b/, 'HR'],
  [/\b(?:SPO2|SAO2|O2 ?SAT|OXYGEN SATURATION)/, 'SpO2'],
  [/\b(?:MEAN|MAP)\b/, null],
  [/\b(?:SBP|SYSTOLIC)\b/, 'SBP'],
  [/\b(?:DBP|DIASTOLIC)\b/, 'DBP'],
  [/\b(?:HEART RATE|PULSE|HR)\b/, 'HR'],
  [/\b(?:NIBP|BP|BLOOD PRESSURE)\b/, 'BP'],
  [/\b(?:RESP(?:IRATORY)?(?: RATE)?|RR)\b/, 'RR'],
  [/\bETCO2\b/, 'EtCO2'],
  [/\bAVPU\b/, 'AVPU'],
  [/\bGCS\b/, 'GCS'],
  [/\bPAIN\b/, 'pain'],
  [/\bTEMP/, 'temp'],
];
