/**
 * The engine manager's probe, in a chunk of its own (loaded once the first screen is up): what the model store holds
 * verified and what the device can run. The engine a choice makes is built in `probed-engine.ts`, its own chunk:
 * the model engines' clients and the rules engine they fall back on load only once a model was chosen.
 */
import { browserProbeInput, probeEngines, webllmCandidate, type ProbeResult } from '../engines/probe.js';
// The store's catalog and manifest modules, not its index: the probe needs no downloader.
import { storedModel } from '../model-store/catalog.js';
import { isSpeechModel } from '../model-store/manifest.js';
import type { ModelLocation } from '../model-store/tasks.js';

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
