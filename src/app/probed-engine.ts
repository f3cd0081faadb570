/**
 * The engine for the probe's choice of a model (`engine-probe.ts`), in a chunk of its own: the model engines' clients
 * and the rules engine they fall back on are most of the app's code, and a device with no model stored needs none
 * of it until the medic's first extraction (`rules-on-demand.ts`).
 */
import { engineFromProbe, type FallbackEngine, type ProbeResult } from '../engines/index.js';
import { toWebLLMModelRecord } from '../model-store/manifest.js';
import { kioskModelUrl, type ModelLocation } from '../model-store/tasks.js';

/** The engine for the probe's choice, falling back along its order; the CPU model reads only the store's verified copy. */
export function engineFor(
  probe: ProbeResult,
  locations: ModelLocation[],
  cpu: ModelLocation | undefined,
  origin: string,
): FallbackEngine {
  const transformers = cpu && { stored: { manifest: cpu.manifest, modelUrl: kioskModelUrl(origin, cpu.manifest.id) } };
  return engineFromProbe(probe, {
    webllmRecord: (id) => recordFor(locations, id),
    ...(transformers ? { transformers } : {}),
  });
}

function recordFor(locations: ModelLocation[], modelId: string) {
  const location = locations.find((l) => l.manifest.id === modelId);
  if (!location) throw new Error(`No manifest for ${modelId}`);
  return toWebLLMModelRecord(location.manifest, location.modelUrl);
}
