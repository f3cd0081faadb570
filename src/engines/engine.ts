import type { Extraction } from '../tccc/extraction.js';
import type { GroundingResult } from '../tccc/grounding.js';

/** Which backend an engine runs on; the probe picks among these. */
export type EngineId = 'webllm' | 'transformers' | 'rules';

/** Load progress for a person: a fraction of the whole and a line of text. */
export interface LoadProgress {
  /** 0..1 */
  fraction: number;
  text: string;
}

/** What the runtime measured for one model call. Absent for engines that run no model. */
export interface CallStats {
  promptTokens: number;
  completionTokens: number;
  /** Milliseconds from the call to the first generated token. */
  timeToFirstTokenMs: number;
  prefillTokensPerSecond: number;
  decodeTokensPerSecond: number;
  totalMs: number;
}

/**
 * The result of {@link Engine.extract}: the {@link Extraction} the app stores, as it is but for the time it was asked
 * for (the asker stamps that), with what the run measured (for logs, the CLI and the Bench view; never stored).
 */
export interface ExtractionRun extends Omit<Extraction, 'at'> {
  /** For model engines: the grounding check of the model's record (values dropped as not in the narrative). */
  grounding?: GroundingResult;
  /** The model's raw text, kept for the log. */
  rawOutput?: string;
  stats?: CallStats;
}

/** Options of {@link Engine.extract}. */
export interface ExtractContext {
  signal?: AbortSignal;
}

/** Options of {@link Engine.generate}. */
export interface GenerateOptions {
  signal?: AbortSignal;
  /** true (default): yield text as it is produced; false: yield the whole text once. */
  stream?: boolean;
  maxTokens?: number;
}

/** Figures an engine keeps about itself, for the Model and Bench views. */
export interface EngineStats {
  engine: EngineId;
  loaded: boolean;
  /** Milliseconds the last load took. */
  loadMs?: number;
  /** The most recent model call, if any. */
  lastCall?: CallStats;
  calls: number;
}

/**
 * The one shape every backend implements (WebLLM, transformers.js, rules, and the scripted test engine).
 * The UI and the extraction flow never branch on which one they hold.
 */
export interface Engine {
  readonly id: EngineId;
  /** Words for a person, e.g. "Phi-2 on the GPU (q4f32_1)". */
  readonly label: string;
  load(onProgress?: (progress: LoadProgress) => void): Promise<void>;
  extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun>;
  /** Free text for a prompt, as a pull-based stream of text pieces; aborting ends it with an AbortError. */
  generate(prompt: string, options?: GenerateOptions): AsyncIterable<string>;
  stats(): Promise<EngineStats>;
  unload(): Promise<void>;
}

/** Joins a generate() stream into one string. */
export async function collectText(stream: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of stream) text += piece;
  return text;
}
