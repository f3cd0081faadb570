/**
 * WebLLM settings both sides agree on: the app config (reading only the model store's IndexedDB copy),
 * the schema-constrained extraction request, and the runtime's figures turned into our CallStats.
 */
import type { AppConfig, ChatCompletionRequestNonStreaming, CompletionUsage, ModelRecord } from '@mlc-ai/web-llm';
import recordSchema from '../../tccc/record.schema.json' with { type: 'json' };
import type { CallStats } from '../engine.js';
import { extractionTurns } from '../prompt.js';

/** The cache WebLLM reads from; the model store writes a verified copy there (one copy, never a second download). */
const WEBLLM_CACHE_BACKEND = 'indexeddb' as const;

/** WebLLM's app config for exactly one model record (built from the manifest by the model store's toWebLLMModelRecord). */
export function webllmAppConfig(record: ModelRecord): AppConfig {
  return { model_list: [record], cacheBackend: WEBLLM_CACHE_BACKEND };
}

/** The answer the prompt asks for, `{"casualties": [record, ...]}`, as the grammar WebLLM holds the output to. */
const { $schema: _schema, $id: _id, ...recordItem } = recordSchema as Record<string, unknown>;
const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['casualties'],
  properties: { casualties: { type: 'array', minItems: 1, items: recordItem } },
};

/** Extraction as a chat request: few-shot turns, greedy, output held to the record schema by WebLLM's grammar engine. */
export function extractionRequest(narrative: string, maxTokens: number): ChatCompletionRequestNonStreaming {
  return {
    messages: extractionTurns(narrative),
    response_format: { type: 'json_object', schema: JSON.stringify(ANSWER_SCHEMA) },
    temperature: 0,
    max_tokens: maxTokens,
    stream: false,
  };
}

/** WebLLM's usage block (its `extra` figures) as our CallStats. */
export function statsFromUsage(usage: CompletionUsage, totalMs: number): CallStats {
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    timeToFirstTokenMs: usage.extra.time_to_first_token_s * 1000,
    prefillTokensPerSecond: usage.extra.prefill_tokens_per_s,
    decodeTokensPerSecond: usage.extra.decode_tokens_per_s,
    totalMs,
  };
}
