/**
 * The Bench view's fixed narratives: always the same text, so runs on different devices and days compare.
 * Short, medium and long, in the styles medics use (telegraphic, spoken, timed log).
 */
export const BENCH_NARRATIVES: readonly string[] = [
  'GSW L thigh. TQ applied L thigh 1432. HR 118, BP 96/60, RR 22. TXA 2g IV 1440. Urgent surgical.',
  'Patient fell off a wall about three metres, complains of pain in the right ankle, no bleeding, alert and talking, pulse ninety, routine.',
  'Blast injury at 0915, multiple frag wounds to both legs. Tourniquet right leg 0918, pressure dressing left calf. ' +
    'Pulse 130 weak radial, resp 28, AVPU voice. Ketamine 50 mg IM 0925. Hextend 500 ml IO 0930. Urgent.',
  'Casualty two: burns to face and both arms after vehicle fire, about twenty percent, airway patent, NPA placed at 1105, ' +
    'SpO2 94, fentanyl lozenge 800 mcg 1110, covered with burn dressings and hypothermia wrap. Priority.',
];
