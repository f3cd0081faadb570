import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { glossUkrainian } from './ukrainian-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossUkrainian(tokenize(text))
    .map((t) => t.norm)
    .join(' ');
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('Ukrainian words of a Ukrainian partner medic', () => {
  it('read the wounds, the care given and where, in Cyrillic and in Latin letters', () => {
    const r = record(
      'Пацієнт: солдат Petro Shevchuk, чоловік. Алергій на ліки немає.\n' +
        'Кульове ліве стегно, без вихідного отвору.\n' +
        'турнікет ліве стегно 10:20\nв/в катетер 18G праве передпліччя 10:25\n' +
        'кетамін 50 мг в/м 10:30\nshyna SAM ліва гомілка 10:35',
    );
    expect(r.casualty).toMatchObject({ name: 'Petro Shevchuk', sex: 'male', allergies: 'NKDA' });
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '10:20' },
      { type: 'iv', location: 'right_arm', time: '10:25' },
      { type: 'splint', location: 'left_leg', time: '10:35' },
    ]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '10:30' }]);
  });

  it('read the signs, and "ні," as taking back the time before it', () => {
    const r = record(
      'Пацієнт: солдат Petro Shevchuk.\n10:40 АТ 100/60, ЧСС 118, ЧД 24, при свідомості, біль 7/10\n' +
        'ТХА 1 г в/в 10:45 — ні, виправлення: 10:47',
    );
    expect(r.vitals).toEqual([
      { time: '10:40', pulse: 118, systolic: 100, diastolic: 60, resp_rate: 24, avpu: 'A', pain: 7 },
    ]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '10:47' }]);
  });

  it('read a tourniquet taken off, or left where it was, as no new one', () => {
    const r = record(
      'турнікет праве передпліччя 10:15 — наклав я\n' +
        "10:50 турнікет з передпліччя конвертували — тиснуча пов'язка праве передпліччя.\n" +
        'турнікет ліве стегно 10:12. Турнікет на стегні залишили, не чіпали.',
    );
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '10:15' },
      { type: 'pressure_dressing', location: 'right_arm', time: '10:50' },
      { type: 'tourniquet', location: 'left_leg', time: '10:12' },
    ]);
  });

  it('read who the casualty is: his rank, his brigade by its letters, an allergy he does not know', () => {
    const r = record(
      'Поранений: мол. сержант Коваль Іван, чоловік, 128 ОГШБр. Алергія — не знає.\n' +
        'турнікет праве плече 19:58\nЧСС 110, біль 5/10',
    );
    expect(r.casualty).toEqual({ name: 'Коваль Іван', sex: 'male', unit: '128 ОГШБр' });
  });

  it('read a blast, its burns, and the care of the chest and pelvis', () => {
    const r = record(
      'Пацієнт: солдат Petro Shevchuk. Вибух о 09:50, опіки лівої руки.\n' +
        '10:00 пульс 120, тиск 90/60, сатурація 93%\n10:05 оклюзійна наліпка груди праворуч, тазовий бандаж\n' +
        'моксифлоксацин 400 мг 10:10\nтурнікет не потрібен',
    );
    expect(r.time_of_injury).toBe('09:50');
    expect(r.mechanism).toEqual(['blast']);
    expect(r.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
    expect(r.vitals).toEqual([{ time: '10:00', pulse: 120, systolic: 90, diastolic: 60, spo2: 93 }]);
    expect(r.interventions).toEqual([
      { type: 'chest_seal', location: 'chest', time: '10:05' },
      { type: 'pelvic_binder', time: '10:05' },
    ]);
    expect(r.medications).toEqual([{ name: 'moxifloxacin', dose: '400 mg', time: '10:10' }]);
  });

  it('leaves a narrative with no more than a Ukrainian word or two as it stands', () => {
    expect(glossed('Tourniquet left leg at 1020, pulse 118. Ні.')).toBe(
      'tourniquet left leg at 1020 , pulse 118 . ні .',
    );
    expect(glossed('турнікет ліве стегно, ЧСС 118, ні')).toBe('tourniquet left thigh , pulse 118 , ні');
  });
});
