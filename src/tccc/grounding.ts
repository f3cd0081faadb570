/**
 * Grounding: a language model's record keeps only the values the narrative actually states.
 * Each number, time, dose and grid must appear in the text in some spoken or written form; each drug,
 * intervention, body region and other enum value must be mentioned by a name or synonym. The rest is dropped and counted.
 */
import { customaryDose, milMeantAsMilligrams, SPOKEN_MIL_WORDS } from './customary-doses.js';
import { splitDose, type MedicationName, type TcccRecord } from './record.js';
import {
  AVPU_WORDS,
  DRUG_WORDS,
  FLUID_WORDS,
  INJURY_WORDS,
  INTERVENTION_WORDS,
  MECHANISM_WORDS,
  NKDA_WORDS,
  PRIORITY_WORDS,
  REGION_WORDS,
  ROUTE_WORDS,
  SEX_WORDS,
  SIDE_WORDS,
  UNIT_WORDS,
  type WordsByValue,
} from './grounding-lexicon.js';
import { countsOne, readNarrative, saysAmountBeside, unitTakenBack, wordsOf } from './grounding-numbers.js';
import { BLOOD_UNIT_WORDS, VOLUME_UNITS, WHOLE_BLOOD_UNIT_ML } from './rules/lexicon/drugs.js';

/** A value the model gave that the narrative does not support. */
interface DroppedValue {
  /** JSON-pointer-like path in the model's record, e.g. "/medications/0/dose". */
  path: string;
  value: unknown;
  reason: string;
}

export interface GroundingResult {
  /** The model's record with ungrounded values removed (still schema-valid). */
  record: TcccRecord;
  dropped: DroppedValue[];
  /** How many values were checked in all. */
  checked: number;
}

/** Answers "does the narrative state this?" for each kind of value. */
export interface NarrativeEvidence {
  hasNumber(value: number): boolean;
  hasTime(time: string): boolean;
  /** The dose with its unit, or, for `drug`, its amount said bare by the drug's name in the drug's customary unit. */
  hasDose(dose: string, drug?: MedicationName): boolean;
  /** The amount said right before one of `units` ("one unit", "1 L"). */
  hasAmountBefore(amount: number, units: readonly string[]): boolean;
  /** Blood counted in several units ("two units whole blood"). */
  hasSeveralUnits(): boolean;
  /** A unit of blood numbered with "#" after its name ("LTOWB #2"): one unit. */
  hasNumberedUnit(): boolean;
  hasSpelled(code: string): boolean;
  hasWord(lexicon: WordsByValue, value: string): boolean;
  hasRegion(region: string): boolean;
  hasWords(text: string): boolean;
}

/** A clitic written onto a word: "ankle's", "arm’s". */
const CLITIC = /['’]s$/;

/** Indexes a narrative once for all grounding questions. */
export function narrativeEvidence(narrative: string): NarrativeEvidence {
  const reading = readNarrative(narrative);
  const { words: tokens, numbers, numbersBefore, squashed, times } = reading;
  const spaced = ` ${tokens.join(' ')} `;
  const hasPhrase = (phrase: string) => spaced.includes(` ${wordsOf(phrase).join(' ')} `);
  const hasNumber = (value: number) => numbers.has(String(value));

  const hasAmountBefore = (amount: number, units: readonly string[]) =>
    tokens.some(
      (t, i) =>
        units.includes(t) &&
        (numbersBefore(i).has(String(amount)) ||
          numbersBefore(unitTakenBack(tokens, i)).has(String(amount)) ||
          (amount === 1 && countsOne(reading, i))),
    );
  const nearSide = (side: readonly string[], parts: readonly string[]) =>
    tokens.some(
      (token, i) =>
        // "left ankle's broken": the part with its clitic is the part. "Humeral IO on the left": a side said "on the"
        // may follow the part by a few words.
        parts.includes(token.replace(CLITIC, '')) &&
        (tokens.slice(Math.max(0, i - 4), i + 3).some((t) => side.includes(t)) ||
          tokens
            .slice(i + 1, i + 5)
            .some((t, k, after) => side.includes(t) && after[k - 1] === 'the' && after[k - 2] === 'on')),
    );

  return {
    hasNumber,
    hasTime(time) {
      const [hh = '', mm = ''] = time.split(':');
      return times.has(time) || numbers.has(hh + mm) || numbers.has(String(Number(hh)) + mm);
    },
    hasDose(dose, drug) {
      const split = splitDose(dose);
      // The amount must be said right before its unit, so "one unit ... two grams" does not ground "1 g"; or, said bare
      // by the drug's name ("Ket 50 IM", "twenty of ketamine"), it is meant in the drug's customary unit.
      return split
        ? hasAmountBefore(split.amount, UNIT_WORDS[split.unit] ?? [split.unit]) ||
            (UNIT_WORDS[split.unit] ?? []).some((u) => reading.correctedDoses.has(`${split.amount} ${u}`)) ||
            (drug !== undefined &&
              customaryDose(drug, split.amount) === dose &&
              saysAmountBeside(reading, DRUG_WORDS[drug] ?? [], split.amount)) ||
            (drug !== undefined &&
              milMeantAsMilligrams(drug, split.amount) === dose &&
              hasAmountBefore(split.amount, SPOKEN_MIL_WORDS))
        : false;
    },
    hasAmountBefore,
    hasNumberedUnit: () => NUMBERED_UNIT.test(narrative),
    hasSeveralUnits: () => tokens.some((t, i) => t === 'units' && [...numbersBefore(i)].some((n) => Number(n) >= 2)),
    hasSpelled(code) {
      return squashed.includes(code.replace(/\s+/g, '').toUpperCase());
    },
    hasWord(lexicon, value) {
      const phrases = lexicon[value];
      return phrases === undefined ? true : phrases.some(hasPhrase);
    },
    hasRegion(region) {
      const [side, limb] = region.split('_');
      if (limb === 'arm' || limb === 'leg') return nearSide(SIDE_WORDS[side ?? ''] ?? [], REGION_WORDS[limb] ?? []);
      const parts = REGION_WORDS[region];
      return parts === undefined ? true : parts.some(hasPhrase);
    },
    hasWords(text) {
      const words = wordsOf(text);
      return words.length > 0 && words.every((w) => tokens.includes(w));
    },
  };
}

/** Checks every value of a model's record against the narrative, dropping what is not there. */
export function groundRecord(record: TcccRecord, narrative: string): GroundingResult {
  const ev = narrativeEvidence(narrative);
  const dropped: DroppedValue[] = [];
  let checked = 0;
  /** Records one check; returns whether the value stays. */
  const keep = (path: string, value: unknown, grounded: boolean, what: string): boolean => {
    checked += 1;
    if (!grounded) dropped.push({ path, value, reason: `${what} not in the narrative` });
    return grounded;
  };
  const out: TcccRecord = {};

  if (record.casualty) {
    const c = record.casualty;
    const kept: NonNullable<TcccRecord['casualty']> = {};
    if (c.name !== undefined && keep('/casualty/name', c.name, ev.hasWords(c.name), 'name')) kept.name = c.name;
    if (
      c.battle_roster !== undefined &&
      keep('/casualty/battle_roster', c.battle_roster, ev.hasSpelled(c.battle_roster), 'battle roster number')
    )
      kept.battle_roster = c.battle_roster;
    if (c.unit !== undefined && keep('/casualty/unit', c.unit, ev.hasWords(c.unit), 'unit')) kept.unit = c.unit;
    if (c.sex !== undefined && keep('/casualty/sex', c.sex, ev.hasWord(SEX_WORDS, c.sex), 'sex')) kept.sex = c.sex;
    if (c.allergies !== undefined) {
      const grounded =
        c.allergies.toUpperCase() === 'NKDA' ? NKDA_WORDS.some((p) => ev.hasWords(p)) : ev.hasWords(c.allergies);
      if (keep('/casualty/allergies', c.allergies, grounded, 'allergy')) kept.allergies = c.allergies;
    }
    if (Object.keys(kept).length > 0) out.casualty = kept;
  }
  if (
    record.location_grid !== undefined &&
    keep('/location_grid', record.location_grid, ev.hasSpelled(record.location_grid), 'grid')
  )
    out.location_grid = record.location_grid;
  if (
    record.time_of_injury !== undefined &&
    keep('/time_of_injury', record.time_of_injury, ev.hasTime(record.time_of_injury), 'time')
  )
    out.time_of_injury = record.time_of_injury;
  if (
    record.evac_priority !== undefined &&
    keep(
      '/evac_priority',
      record.evac_priority,
      ev.hasWord(PRIORITY_WORDS, record.evac_priority),
      'evacuation priority',
    )
  )
    out.evac_priority = record.evac_priority;

  const mechanism = (record.mechanism ?? []).filter((m, i) =>
    keep(`/mechanism/${i}`, m, ev.hasWord(MECHANISM_WORDS, m), 'mechanism'),
  );
  if (mechanism.length > 0) out.mechanism = mechanism;

  const injuries = (record.injuries ?? []).flatMap((inj, i) => {
    const p = `/injuries/${i}`;
    if (
      !keep(`${p}/type`, inj.type, ev.hasWord(INJURY_WORDS, inj.type), 'injury') ||
      !keep(`${p}/location`, inj.location, ev.hasRegion(inj.location), 'body region')
    )
      return [];
    const note =
      inj.note !== undefined && keep(`${p}/note`, inj.note, ev.hasWords(inj.note), 'note') ? { note: inj.note } : {};
    return [{ type: inj.type, location: inj.location, ...note }];
  });
  if (injuries.length > 0) out.injuries = injuries;

  const vitals = (record.vitals ?? []).flatMap((set, i) => {
    const p = `/vitals/${i}`;
    const kept: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(set)) {
      const grounded =
        field === 'time'
          ? ev.hasTime(String(value))
          : field === 'avpu'
            ? ev.hasWord(AVPU_WORDS, String(value))
            : ev.hasNumber(Number(value));
      if (keep(`${p}/${field}`, value, grounded, field === 'time' ? 'time' : field === 'avpu' ? 'AVPU' : 'number'))
        kept[field] = value;
    }
    return Object.keys(kept).length > 0 ? [kept] : [];
  });
  if (vitals.length > 0) out.vitals = vitals;

  const interventions = (record.interventions ?? []).flatMap((it, i) => {
    const p = `/interventions/${i}`;
    if (!keep(`${p}/type`, it.type, ev.hasWord(INTERVENTION_WORDS, it.type), 'intervention')) return [];
    return [
      {
        type: it.type,
        ...(it.location !== undefined && keep(`${p}/location`, it.location, ev.hasRegion(it.location), 'body region')
          ? { location: it.location }
          : {}),
        ...(it.time !== undefined && keep(`${p}/time`, it.time, ev.hasTime(it.time), 'time') ? { time: it.time } : {}),
      },
    ];
  });
  if (interventions.length > 0) out.interventions = interventions;

  const fluids = (record.fluids ?? []).flatMap((f, i) => {
    const p = `/fluids/${i}`;
    if (!keep(`${p}/name`, f.name, ev.hasWord(FLUID_WORDS, f.name), 'fluid')) return [];
    return [
      {
        name: f.name,
        ...(f.volume_ml !== undefined &&
        keep(`${p}/volume_ml`, f.volume_ml, hasVolume(ev, f.volume_ml, f.time === undefined), 'volume')
          ? { volume_ml: f.volume_ml }
          : {}),
        ...(f.route !== undefined && keep(`${p}/route`, f.route, ev.hasWord(ROUTE_WORDS, f.route), 'route')
          ? { route: f.route }
          : {}),
        ...(f.time !== undefined && keep(`${p}/time`, f.time, ev.hasTime(f.time), 'time') ? { time: f.time } : {}),
      },
    ];
  });
  if (fluids.length > 0) out.fluids = fluids;

  const medications = (record.medications ?? []).flatMap((m, i) => {
    const p = `/medications/${i}`;
    if (!keep(`${p}/name`, m.name, ev.hasWord(DRUG_WORDS, m.name), 'drug')) return [];
    return [
      {
        name: m.name,
        ...(m.dose !== undefined && keep(`${p}/dose`, m.dose, ev.hasDose(m.dose, m.name), 'dose')
          ? { dose: m.dose }
          : {}),
        ...(m.route !== undefined && keep(`${p}/route`, m.route, ev.hasWord(ROUTE_WORDS, m.route), 'route')
          ? { route: m.route }
          : {}),
        ...(m.time !== undefined && keep(`${p}/time`, m.time, ev.hasTime(m.time), 'time') ? { time: m.time } : {}),
      },
    ];
  });
  if (medications.length > 0) out.medications = medications;

  return { record: out, dropped, checked };
}

// "one unit" of blood is 500 ml and "1 L" is 1000 ml, by the rules engine's own conventions.
// "Two units whole blood IO" with no time: each untimed unit is one of them ("2 units IO at 0541" is one timed total).
function hasVolume(ev: NarrativeEvidence, ml: number, untimed: boolean): boolean {
  if (ev.hasNumber(ml)) return true;
  if (untimed && ml === WHOLE_BLOOD_UNIT_ML && ev.hasSeveralUnits()) return true;
  if (ml === WHOLE_BLOOD_UNIT_ML && ev.hasNumberedUnit()) return true;
  if (ml % WHOLE_BLOOD_UNIT_ML === 0 && ev.hasAmountBefore(ml / WHOLE_BLOOD_UNIT_ML, [...BLOOD_UNIT_WORDS]))
    return true;
  return ev.hasAmountBefore(ml / 1000, LITRE_WORDS);
}
/** "LTOWB #2", "WB # 1", "Whole Bld #1": blood named, then its unit's number after "#". */
const NUMBERED_UNIT = /\b(?:ltowb|fwb|wb|whole\s+bl(?:oo)?d)\s*#\s?[1-9](?![0-9])/i;
const LITRE_WORDS = Object.entries(VOLUME_UNITS)
  .filter(([, ml]) => ml === 1000)
  .map(([word]) => word);
