import { describe, expect, it } from 'vitest';
import { extractionPrompt, extractionTurns } from './prompt.js';
import { checkModelCasualties, parseJsonObject } from './model-extraction.js';
import { rulesExtractor } from './rules/index.js';
import { ScriptedEngine } from './testing/scripted-engine.js';

const LEE_HARRIS =
  'Two casualties. Casualty one, SPC Lee: frag left thigh, tourniquet left thigh 0305, pulse 110. ' +
  'Casualty two, PFC Harris: burns to both hands, pulse 140, fentanyl 800 mcg OTFC at 0312.';

describe('model prompts and checks, one record per casualty', () => {
  it('the prompt asks for one record per casualty, and its worked answers are in that shape', () => {
    const prompt = extractionPrompt('HR 118.');
    expect(prompt).toContain('one record per casualty');
    const answers = extractionTurns('HR 118.')
      .filter((t) => t.role === 'assistant')
      .map((t) => parseJsonObject(t.content));
    expect(answers.map((a) => a.ok && (a.value as { casualties: unknown[] }).casualties.length)).toEqual([1, 2]);
  });

  it("grounds each casualty's model record in that casualty's words only, and merges it with that casualty's rules record", () => {
    const model = JSON.stringify({
      casualties: [
        // The model put Harris's pulse on Lee: 140 is not in Lee's words, so it is dropped, not recorded.
        {
          casualty: { name: 'Lee' },
          vitals: [{ pulse: 140 }],
          injuries: [{ type: 'penetrating', location: 'left_leg' }],
        },
        { casualty: { name: 'Harris' }, vitals: [{ pulse: 140 }] },
      ],
    });
    const [lee, harris, ...rest] = checkModelCasualties('transformers', model, LEE_HARRIS, rulesExtractor(LEE_HARRIS));
    expect(rest).toEqual([]);
    expect(lee.grounding?.dropped.map((d) => d.path)).toEqual(['/vitals/0/pulse']);
    expect(lee.record.vitals).toEqual([{ pulse: 110 }]);
    expect(lee.record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '03:05' }]);
    expect(harris.record.vitals).toEqual([{ pulse: 140 }]);
    expect(harris.record.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '03:12' }]);
    expect(harris.record.interventions).toBeUndefined();
  });

  it('pairs model records with casualties by the facts they share when the counts differ, and says which casualty got none', () => {
    const model = JSON.stringify({ casualties: [{ casualty: { name: 'Harris' }, vitals: [{ pulse: 140 }] }] });
    const [lee, harris] = checkModelCasualties('transformers', model, LEE_HARRIS, rulesExtractor(LEE_HARRIS));
    expect(lee.fallbackReason).toMatch(/no record for this casualty/);
    expect(lee.record.vitals).toEqual([{ pulse: 110 }]);
    expect(harris.fallbackReason).toBeUndefined();
    expect(harris.sources?.some((f) => f.source === 'both')).toBe(true);
  });

  it('the scripted engine reads a one-casualty answer in the new shape like a bare record', async () => {
    const narrative = 'GSW L thigh. TQ applied L thigh 1432. HR 118.';
    const answer = JSON.stringify({ casualties: [{ vitals: [{ pulse: 118 }] }] });
    const x = await new ScriptedEngine({ outputs: [answer] }, rulesExtractor).extract(narrative);
    expect(x.fallbackReason).toBeUndefined();
    expect(x.record.vitals).toEqual([{ pulse: 118 }]);
    expect(x.record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:32' }]);
  });
});
