/**
 * The extraction prompt for Phi-2. Phi-2 is a base model trained on "Instruct: … Output:" pairs, not chat tags,
 * so the prompt is a few short worked examples in that form followed by the narrative.
 */
import type { TcccRecord } from '../tccc/record.js';

const INSTRUCTION =
  'Write the TCCC records for this medic narrative as one line of JSON {"casualties":[...]}: one record per casualty, ' +
  'in the order introduced, each fact on its own casualty; only stated facts; times HH:MM; doses as number, space, unit.';

/** Short worked examples (short, so prompt and answer fit a 1024-token model); each states only what its text says. */
const EXAMPLES: ReadonlyArray<{ narrative: string; records: TcccRecord[] }> = [
  {
    narrative: 'GSW R thigh. TQ R thigh 0915. HR 120. TXA 2g IV 0925. Urgent surgical.',
    records: [
      {
        evac_priority: 'urgent_surgical',
        mechanism: ['gsw'],
        injuries: [{ type: 'gsw', location: 'right_leg' }],
        vitals: [{ pulse: 120 }],
        interventions: [{ type: 'tourniquet', location: 'right_leg', time: '09:15' }],
        medications: [{ name: 'txa', dose: '2 g', route: 'IV', time: '09:25' }],
      },
    ],
  },
  {
    narrative:
      'two casualties. first one: fractured left forearm, splinted, pulse 88. second one: frag to the neck, sats 91',
    records: [
      {
        injuries: [{ type: 'fracture', location: 'left_arm' }],
        vitals: [{ pulse: 88 }],
        interventions: [{ type: 'splint', location: 'left_arm' }],
      },
      { injuries: [{ type: 'penetrating', location: 'neck' }], vitals: [{ spo2: 91 }] },
    ],
  },
];

/** The answer the prompt asks for: one record per casualty. */
const answerOf = (records: readonly TcccRecord[]): string => JSON.stringify({ casualties: records });

const request = (narrative: string) => `${INSTRUCTION}\nNarrative: ${narrative.trim()}`;
const turn = (narrative: string) => `Instruct: ${request(narrative)}\nOutput:`;

/** The full few-shot prompt ending in "Output:", ready for raw completion. */
export function extractionPrompt(narrative: string): string {
  const shots = EXAMPLES.map((e) => `${turn(e.narrative)} ${answerOf(e.records)}\n`).join('');
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
      { role: 'assistant' as const, content: answerOf(e.records) },
    ]),
    { role: 'user' as const, content: request(narrative) },
  ];
}

/** Where the model should stop: the start of a next turn. */
export const STOP_SEQUENCES = ['\nInstruct:', '\nNarrative:'];
