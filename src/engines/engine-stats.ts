import type { CallStats, EngineId, EngineStats } from './engine.js';

/** What a model engine has measured so far; a figure it has not measured yet is undefined. */
export interface MeasuredCalls {
  calls: number;
  loadMs: number | undefined;
  lastCall: CallStats | undefined;
}

/** A model engine's stats, leaving out the figures it has not measured (the optional fields stay absent). */
export function modelEngineStats(
  engine: EngineId,
  loaded: boolean,
  { calls, loadMs, lastCall }: MeasuredCalls,
): EngineStats {
  return {
    engine,
    loaded,
    calls,
    ...(loadMs !== undefined ? { loadMs } : {}),
    ...(lastCall ? { lastCall } : {}),
  };
}
