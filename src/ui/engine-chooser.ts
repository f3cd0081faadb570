/**
 * Chooses the engine the app extracts with: reads what the model store holds, probes the device, builds the
 * engine with `engineFromProbe`, loads it with progress and makes it the app engine with the reason. The app
 * starts on the rules engine (usable at once); a better engine replaces it only once it has loaded.
 * Runs at startup ({@link startEngineChooser}) and again on demand ({@link chooseEngine}, e.g. after a download).
 */
import {
  browserProbeInput,
  engineFromProbe,
  probeEngines,
  webllmCandidate,
  type EngineChoice,
  type FallbackEngine,
  type ProbeResult,
} from '../engines/index.js';
import type {
  Engine,
  EngineStats,
  ExtractContext,
  Extraction,
  GenerateOptions,
  LoadProgress,
} from '../engines/engine.js';
import { createRulesEngine } from '../engines/rules/index.js';
import {
  isSpeechModel,
  kioskModelUrl,
  storedModel,
  toWebLLMModelRecord,
  type ModelLocation,
} from '../model-store/index.js';
import { getAppEngine, setAppEngine } from './app-engine.js';
import { setEngineStatus } from './shell/engine-status.js';
import { loadModelCatalog } from './views/model/model-catalog.js';

/** What the Model view shows about the engine decision. */
export interface EngineDecision {
  phase: 'probing' | 'loading' | 'ready';
  /** The probe's choice, order and every reason; absent until the first probe ends. */
  probe?: ProbeResult;
  /** The engine loading now and how far it is. */
  loading?: LoadProgress & { label: string };
  /** Why engines were left after a load or run failure, one sentence each. */
  fallbacks: string[];
  /** The one line the header shows beside the engine name. */
  reason: string;
  /** The test-only setting that accepts a software GPU is on (the view shows a banner). */
  softwareGpuForTests: boolean;
}

/**
 * URL flag that lets the probe accept a software (fallback) GPU adapter, for e2e runs on SwiftShader. Chosen over a
 * stored setting because it lasts one page load (nothing to forget switched on), works only on a loopback host (a
 * LAN tablet cannot be handed it), and the Model view shows a banner and the probe a reason while it is on.
 */
export const SOFTWARE_GPU_TEST_FLAG = 'test-allow-software-gpu';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const softwareGpuForTests =
  typeof location !== 'undefined' &&
  LOOPBACK.has(location.hostname) &&
  new URLSearchParams(location.search).has(SOFTWARE_GPU_TEST_FLAG);

const changes = new EventTarget();
let decision: EngineDecision = { phase: 'probing', fallbacks: [], reason: 'checking this device', softwareGpuForTests };
let running: Promise<void> | undefined;
let again = false;
let loadedOrder = '';

/** The decision as it stands. */
export function getEngineDecision(): EngineDecision {
  return decision;
}

/** Calls `listener` after each change of the decision; returns the unsubscribe. */
export function onEngineDecision(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}

/** Probes and switches engine if a better one is ready; a call during a run makes it run once more after. */
export function chooseEngine(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await choose().catch((error: unknown) =>
        update({ phase: 'ready', loading: undefined, reason: `engine check failed: ${String(error)}` }),
      );
    } while (again);
  })().finally(() => (running = undefined));
  return running;
}

/** Startup: the rules engine already runs; look for a better one in the background. */
export function startEngineChooser(): void {
  void chooseEngine();
}

async function choose(): Promise<void> {
  update({ phase: 'probing' });
  const { locations } = await loadModelCatalog();
  const { probe, cpu } = await probeStored(locations);
  // The whole order, not just the choice: after a fallback, a newly stored CPU model must replace the rules engine.
  const key = JSON.stringify(probe.order);
  if (key === loadedOrder) return update({ phase: 'ready', probe, reason: headerReason(probe, decision.fallbacks) });
  const previous = getAppEngine();
  if (probe.choice.engine === 'rules') {
    swap(previous.id === 'rules' ? previous : createRulesEngine(), previous, key, {
      phase: 'ready',
      probe,
      fallbacks: [],
      loading: undefined,
    });
    return;
  }
  // The CPU model reads only the store's verified copy, never the network.
  const transformers = cpu && {
    stored: { manifest: cpu.manifest, modelUrl: kioskModelUrl(location.origin, cpu.manifest.id) },
  };
  const engine = engineFromProbe(probe, {
    webllmRecord: (id) => recordFor(locations, id),
    ...(transformers ? { transformers } : {}),
  });
  update({ phase: 'loading', probe, loading: { label: engine.label, fraction: 0, text: 'Starting' } });
  setEngineStatus({ engine: previous.label, reason: `loading ${engine.label} in the background`, kind: previous.id });
  await engine.load((p) => update({ loading: { label: engine.label, ...p } }));
  swap(new ReportingEngine(engine, () => report(engine)), previous, key, {
    phase: 'ready',
    probe,
    fallbacks: reasonsOf(engine),
    loading: undefined,
  });
}

/** Probes with what the store holds verified: every Phi-2 build, and the CPU model (a stored one before any other). */
async function probeStored(
  locations: ModelLocation[],
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
  const probe = await probeEngines(
    browserProbeInput({ webllm, transformers, allowFallbackAdapter: softwareGpuForTests }),
  );
  return { probe, cpu: cpu?.location };
}

function recordFor(locations: ModelLocation[], modelId: string) {
  const location = locations.find((l) => l.manifest.id === modelId);
  if (!location) throw new Error(`No manifest for ${modelId}`);
  return toWebLLMModelRecord(location.manifest, location.modelUrl);
}

function swap(engine: Engine, previous: Engine, key: string, next: Partial<EngineDecision>): void {
  loadedOrder = key;
  update(next);
  setAppEngine(engine, decision.reason);
  if (previous !== engine) void previous.unload().catch(() => undefined);
}

/** Called when the app engine fell back while extracting: the header and the view say so. */
function report(engine: FallbackEngine): void {
  update({ fallbacks: reasonsOf(engine) });
  setAppEngine(getAppEngine(), decision.reason);
}

function reasonsOf(engine: FallbackEngine): string[] {
  return engine.fallbacks.map((f) => f.reason);
}

/**
 * The header's reason: the last fallback if any; for Phi-2, the GPU finding; otherwise the probe's verdict on
 * the GPU (the reason just before its lines on the CPU model and the rules engine).
 */
function headerReason(probe: ProbeResult, fallbacks: string[]): string {
  const last = fallbacks.at(-1);
  if (last) return last;
  const tail: Record<EngineChoice['engine'], number> = { webllm: 1, transformers: 2, rules: 3 };
  const { reasons } = probe;
  const verdict =
    probe.choice.engine === 'webllm'
      ? reasons.find((r) => r.startsWith('GPU found'))
      : reasons[reasons.length - tail[probe.choice.engine]];
  return verdict ?? reasons[0] ?? '';
}

function update(change: Partial<EngineDecision>): void {
  decision = { ...decision, ...change };
  if (decision.probe && (change.probe || change.fallbacks))
    decision.reason = headerReason(decision.probe, decision.fallbacks);
  changes.dispatchEvent(new Event('change'));
}

/** The chosen engine, telling the chooser after any call during which it fell back to the next engine. */
class ReportingEngine implements Engine {
  constructor(
    private readonly inner: FallbackEngine,
    private readonly onFallback: () => void,
  ) {}

  get id() {
    return this.inner.id;
  }

  get label(): string {
    return this.inner.label;
  }

  load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    return this.watch(() => this.inner.load(onProgress));
  }

  extract(narrative: string, context?: ExtractContext): Promise<Extraction> {
    return this.watch(() => this.inner.extract(narrative, context));
  }

  async *generate(prompt: string, options?: GenerateOptions): AsyncGenerator<string> {
    const before = this.inner.fallbacks.length;
    try {
      yield* this.inner.generate(prompt, options);
    } finally {
      if (this.inner.fallbacks.length > before) this.onFallback();
    }
  }

  stats(): Promise<EngineStats> {
    return this.inner.stats();
  }

  unload(): Promise<void> {
    return this.inner.unload();
  }

  private async watch<T>(call: () => Promise<T>): Promise<T> {
    const before = this.inner.fallbacks.length;
    try {
      return await call();
    } finally {
      if (this.inner.fallbacks.length > before) this.onFallback();
    }
  }
}
