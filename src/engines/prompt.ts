/**
 * The extraction prompt for Phi-2. Phi-2 is a base model trained on "Instruct: … Output:" pairs, not chat tags,
 * so the prompt is a few short worked examples in that form followed by the narrative.
 */
import type { TcccRecord } from '../tccc/record.js';

const INSTRUCTION =
  'Write the TCCC casualty record for this medic narrative as one line of JSON. ' +
  'Use only facts the narrative states; omit anything not stated; times as HH:MM; doses as number, space, unit.';

/** Short worked examples; each record follows the annotation conventions and states only what its text says. */
const EXAMPLES: ReadonlyArray<{ narrative: string; record: TcccRecord }> = [
  {
    narrative: 'GSW R thigh. TQ R thigh 0915. HR 120, BP 90/60. TXA 2g IV 0925. Urgent surgical.',
    record: {
      evac_priority: 'urgent_surgical',
      mechanism: ['gsw'],
      injuries: [{ type: 'gsw', location: 'right_leg' }],
      vitals: [{ pulse: 120, systolic: 90, diastolic: 60 }],
      interventions: [{ type: 'tourniquet', location: 'right_leg', time: '09:15' }],
      medications: [{ name: 'txa', dose: '2 g', route: 'IV', time: '09:25' }],
    },
  },
  {
    narrative: 'fell off the truck, closed fracture left forearm, splinted it, pulse eighty eight, alert, routine',
    record: {
      evac_priority: 'routine',
      mechanism: ['fall'],
      injuries: [{ type: 'fracture', location: 'left_arm' }],
      vitals: [{ pulse: 88, avpu: 'A' }],
      interventions: [{ type: 'splint', location: 'left_arm' }],
    },
  },
];

const request = (narrative: string) => `${INSTRUCTION}\nNarrative: ${narrative.trim()}`;
const turn = (narrative: string) => `Instruct: ${request(narrative)}\nOutput:`;

/** The full few-shot prompt ending in "Output:", ready for raw completion. */
export function extractionPrompt(narrative: string): string {
  const shots = EXAMPLES.map((e) => `${turn(e.narrative)} ${JSON.stringify(e.record)}\n`).join('');
  return shots + turn(narrative);
}

/**
 * The same few-shot prompt as conversation turns, for WebLLM's chat API (the only one of its APIs that applies
 * `response_format` in 0.2.86). Phi-2's MLC conversation template ("phi-2") renders each user turn as
 * "Instruct: …" and each assistant turn as "Output: …", so the model sees exactly {@link extractionPrompt}.
 */
export function extractionTurns(narrative: string): Array<{ role: 'user' | 'assistant'; content: string }> {
  return [
    ...EXAMPLES.flatMap((e) => [
      { role: 'user' as const, content: request(e.narrative) },
      { role: 'assistant' as const, content: JSON.stringify(e.record) },
    ]),
    { role: 'user' as const, content: request(narrative) },
  ];
}

/** Where the model should stop: the start of a next turn. */
export const STOP_SEQUENCES = ['\nInstruct:', '\nNarrative:'];
