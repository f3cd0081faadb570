import { describe, expect, it } from 'vitest';
import { answerFromPassages, buildAnswerPrompt, citationNumbers, REFUSAL, type Generate } from './answer.js';
import type { SearchHit } from './library.js';
import type { Passage } from './passage.js';

const passage = (id: string, text: string): Passage => ({ id, title: id, tags: [], source: `Guide ${id}`, text });
const hits: SearchHit[] = [
  { passage: passage('txa-dose', 'Give 2 g TXA by slow IV push.'), score: 9 },
  { passage: passage('txa-window', 'Not later than 3 hours after injury.'), score: 7 },
  { passage: passage('calcium', 'Give 1 g calcium with blood.'), score: 5 },
  { passage: passage('fourth', 'Never shown to the model.'), score: 1 },
];

/** A scripted generator that records the prompt it was given. */
function scripted(reply: string): Generate & { prompts: string[] } {
  const prompts: string[] = [];
  return Object.assign(async (prompt: string) => (prompts.push(prompt), reply), { prompts });
}

describe('answerFromPassages', () => {
  it('without a generator, the top passages are the answer', async () => {
    const answer = await answerFromPassages('txa dose?', hits);
    expect(answer).toEqual({ kind: 'passages', passages: hits.slice(0, 3).map((hit) => hit.passage) });
  });

  it('refuses when retrieval found nothing, without calling the model', async () => {
    const generate = scripted('anything [1]');
    expect(await answerFromPassages('?', [], generate)).toMatchObject({ kind: 'refused', reason: 'no-passages' });
    expect(generate.prompts).toEqual([]);
  });

  it('prompts with only the top 3 passages, numbered, and the question', async () => {
    const generate = scripted('2 g slow push [1], within 3 h [2].');
    await answerFromPassages('How much TXA?', hits, generate);
    const [prompt] = generate.prompts;
    expect(prompt).toContain('[1] txa-dose (Guide txa-dose)\nGive 2 g TXA by slow IV push.');
    expect(prompt).toContain('[3] calcium');
    expect(prompt).not.toContain('Never shown');
    expect(prompt).toContain(REFUSAL);
    expect(prompt.trimEnd().endsWith('Question: How much TXA?\nAnswer:')).toBe(true);
  });

  it('accepts a cited answer and reports which passages it cites', async () => {
    const answer = await answerFromPassages('TXA?', hits, scripted('Give 2 g [1] within 3 hours [2][1].'));
    expect(answer.kind).toBe('generated');
    if (answer.kind === 'generated') expect(answer.cited.map((cited) => cited.id)).toEqual(['txa-dose', 'txa-window']);
  });

  it('refuses an answer with no citation, a citation to a passage it was not given, or the model declining', async () => {
    expect(await answerFromPassages('TXA?', hits, scripted('Give 2 g of TXA.'))).toMatchObject({
      kind: 'refused',
      reason: 'no-citation',
    });
    expect(await answerFromPassages('TXA?', hits, scripted('Give 2 g [4].'))).toMatchObject({
      kind: 'refused',
      reason: 'unknown-citation',
    });
    expect(await answerFromPassages('TXA?', hits, scripted('Give 2 g [0].'))).toMatchObject({
      kind: 'refused',
      reason: 'unknown-citation',
    });
    expect(await answerFromPassages('Best rifle?', hits, scripted(REFUSAL))).toMatchObject({
      kind: 'refused',
      reason: 'declined',
    });
  });

  it('passes the abort signal to the generator', async () => {
    const controller = new AbortController();
    let received: AbortSignal | undefined;
    await answerFromPassages(
      'TXA?',
      hits,
      async (_prompt, signal) => ((received = signal), 'x [1]'),
      controller.signal,
    );
    expect(received).toBe(controller.signal);
  });
});

describe('citationNumbers', () => {
  it('reads single, grouped and adjacent citations once each', () => {
    expect(citationNumbers('a [2] b [1, 3] c [2][3]')).toEqual([2, 1, 3]);
    expect(citationNumbers('no citations, [x]')).toEqual([]);
  });

  it('is what the prompt asks for', () => {
    expect(buildAnswerPrompt('q', [passage('p', 't')])).toContain('like [1]');
  });
});
