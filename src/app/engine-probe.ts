/**
 * The engine manager's probe, in a chunk of its own (loaded once the first screen is up): what the model store holds
 * verified, what the device can run, and the engine that choice makes.
 */
import {
  browserProbeInput,
  engineFromProbe,
  probeEngines,
  webllmCandidate,
  type ProbeResult,
} from '../engines/index.js';
import type { FallbackEngine } from '../engines/index.js';
import {
  isSpeechModel,
  kioskModelUrl,
  storedModel,
  toWebLLMModelRecord,
  type ModelLocation,
} from '../model-store/index.js';

/** Probes with what the store holds verified: every Phi-2 build, and the CPU model (a stored one before any other). */
export async function probeStored(
  locations: ModelLocation[],
  allowFallbackAdapter: boolean,
): Promise<{ probe: ProbeResult; cpu: ModelLocation | undefined }> {
  const complete = await Promise.all(
    locations.map((l) =>
      storedModel(l).then(
        (s) => s.complete,
        () => false,
      ),
    ),
  );
  const webllm = locations.flatMap((l, i) =>
    l.manifest.engine === 'webllm' ? [webllmCandidate(l.manifest, complete[i])] : [],
  );
  const cpuModels = locations.flatMap((l, i) =>
    l.manifest.engine === 'transformers' && !isSpeechModel(l.manifest)
      ? [{ location: l, downloaded: complete[i] }]
      : [],
  );
  const cpu = cpuModels.find((m) => m.downloaded) ?? cpuModels[0];
  const transformers = cpu && { modelId: cpu.location.manifest.id, downloaded: cpu.downloaded };
  const probe = await probeEngines(browserProbeInput({ webllm, transformers, allowFallbackAdapter }));
  return { probe, cpu: cpu?.location };
}

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
