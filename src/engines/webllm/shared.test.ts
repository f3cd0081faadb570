import type { CompletionUsage } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import recordSchema from '../../tccc/record.schema.json' with { type: 'json' };
import { extractionPrompt, extractionTurns } from '../prompt.js';
import { extractionRequest, statsFromUsage, webllmAppConfig } from './shared.js';

describe('WebLLM settings', () => {
  it('reads weights only from the IndexedDB cache, for exactly the given record', () => {
    const record = {
      model: 'http://kiosk/models/phi-2-q4f16_1-MLC',
      model_id: 'phi-2-q4f16_1-MLC',
      model_lib: 'http://kiosk/models/phi-2-q4f16_1-MLC/resolve/main/lib.wasm',
    };
    expect(webllmAppConfig(record)).toEqual({ model_list: [record], cacheBackend: 'indexeddb' });
  });

  it('extraction is greedy and held by response_format to one record per casualty, each in the record schema', () => {
    const request = extractionRequest('HR 118. Routine.', 300);
    expect(request.response_format?.type).toBe('json_object');
    const schema = JSON.parse(request.response_format!.schema as string);
    const { $schema: _s, $id: _i, ...record } = recordSchema as Record<string, unknown>;
    expect(schema.required).toEqual(['casualties']);
    expect(schema.properties.casualties).toEqual({ type: 'array', minItems: 1, items: record });
    expect(request).toMatchObject({ temperature: 0, max_tokens: 300, stream: false });
    expect(request.messages.at(-1)).toEqual({
      role: 'user',
      content: expect.stringMatching(/Narrative: HR 118\. Routine\.$/),
    });
  });

  it("the chat turns, rendered by Phi-2's template (Instruct:/Output:), are exactly the raw few-shot prompt", () => {
    const narrative = 'pulse one thirty, routine';
    const rendered = extractionTurns(narrative)
      .map((t) => (t.role === 'user' ? `Instruct: ${t.content}\nOutput:` : ` ${t.content}\n`))
      .join('');
    expect(rendered).toBe(extractionPrompt(narrative));
    expect(rendered).not.toMatch(/<\|user\|>|\[INST\]|<\|im_start\|>/);
  });

  it("turns WebLLM's usage figures into CallStats", () => {
    // Only the figures we read; the real block has a few more (time_per_output_token_s...).
    const usage = {
      prompt_tokens: 400,
      completion_tokens: 60,
      total_tokens: 460,
      extra: { e2e_latency_s: 3, prefill_tokens_per_s: 800, decode_tokens_per_s: 24, time_to_first_token_s: 0.5 },
    };
    expect(statsFromUsage(usage as CompletionUsage, 3000)).toEqual({
      promptTokens: 400,
      completionTokens: 60,
      timeToFirstTokenMs: 500,
      prefillTokensPerSecond: 800,
      decodeTokensPerSecond: 24,
      totalMs: 3000,
    });
  });
});
