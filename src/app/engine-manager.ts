/**
 * The engine the app extracts with, and how it is chosen: reads what the model store holds, probes the device,
 * builds the engine with `engineFromProbe`, loads it with progress and makes it the app's engine with the reason.
 * The app starts on the rules engine (usable at once); a better engine replaces it only once it has loaded.
 * Views read {@link EngineManager.engine}, {@link EngineManager.status} and {@link EngineManager.decision} and call
 * {@link EngineManager.extract} and {@link EngineManager.choose}; they never learn which backend runs.
 */
import type { Engine, EngineId, ExtractContext, LoadProgress } from '../engines/engine.js';
import type { EngineChoice, FallbackEngine, ProbeResult } from '../engines/index.js';
import type { Extraction } from '../tccc/extraction.js';
import type { ModelCatalog } from './model-catalog.js';
import { Store } from './observable.js';
import { ReportingEngine } from './reporting-engine.js';
import { RulesOnDemand } from './rules-on-demand.js';

/** What the header shows about the engine producing records. */
export interface EngineStatus {
  /** Engine name as the medic should read it ("Rules engine", "Phi-2 on WebGPU"). */
  engine: string;
  /** Why this engine runs, in a few words ("no model downloaded"). */
  reason: string;
  /** Which backend it is, for the header's short chip; without it the chip shows the name's first word. */
  kind?: EngineId;
}

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

/** Whether the page at `url` may accept a software GPU (the test flag, on a loopback host only). */
export function softwareGpuForTests(url: { hostname: string; search: string }): boolean {
  return LOOPBACK.has(url.hostname) && new URLSearchParams(url.search).has(SOFTWARE_GPU_TEST_FLAG);
}

/** What the manager needs from the page, passed in so it runs anywhere. */
export interface EngineManagerOptions {
  /** Where the kiosk serves models (the page's origin). */
  origin: string;
  /** See {@link softwareGpuForTests}. */
  softwareGpuForTests: boolean;
  /** The models this kiosk offers (`loadModelCatalog`). */
  loadCatalog: () => Promise<ModelCatalog>;
  /** The engine the app starts on; the rules engine (loaded on first use) by default. */
  initial?: Engine;
}

export class EngineManager {
  /** The engine extraction runs on now. */
  readonly engine: Store<Engine>;
  /** What the header's engine chip shows. */
  readonly status: Store<EngineStatus>;
  readonly decision: Store<EngineDecision>;
  private running: Promise<void> | undefined;
  private again = false;
  private checked = false;
  private loadedOrder = '';

  constructor(private readonly options: EngineManagerOptions) {
    const initial = options.initial ?? new RulesOnDemand();
    this.engine = new Store(initial);
    this.status = new Store<EngineStatus>({
      engine: 'Rules engine',
      reason: 'no on-device model loaded',
      kind: 'rules',
    });
    this.decision = new Store<EngineDecision>({
      phase: 'probing',
      fallbacks: [],
      reason: 'checking this device',
      softwareGpuForTests: options.softwareGpuForTests,
    });
  }

  /**
   * Runs the current engine on the whole narrative: the extraction as the engine gave it (its fallback reason and
   * per-fact sources included, so the Record view credits the engine that really found each fact), stamped with
   * when it was asked for and the engine's name; what the run measured is for logs and is not kept.
   */
  async extract(narrative: string, context?: ExtractContext, now: Date = new Date()): Promise<Extraction> {
    const engine = this.engine.get();
    const { grounding: _g, rawOutput: _r, stats: _s, ...extraction } = await engine.extract(narrative, context);
    return { ...extraction, engineLabel: engine.label, at: now.toISOString() };
  }

  /**
   * The first engine check, unless one has run or is running. The page asks for it once the casualties are open and
   * it is idle; the Model view, which shows its result, as soon as it is on screen: whichever asks first runs it.
   */
  chooseFirst(): Promise<void> {
    return this.checked ? (this.running ?? Promise.resolve()) : this.choose();
  }

  /** Probes and switches engine if a better one is ready; a call during a run makes it run once more after. */
  choose(): Promise<void> {
    this.checked = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.chooseOnce().catch((error: unknown) =>
          this.update({ phase: 'ready', loading: undefined, reason: `engine check failed: ${String(error)}` }),
        );
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  private async chooseOnce(): Promise<void> {
    this.update({ phase: 'probing' });
    // Its own chunk: the first screen needs no probe.
    const { probeStored } = await import('./engine-probe.js');
    const { locations } = await this.options.loadCatalog();
    const { probe, cpu } = await probeStored(locations, this.options.softwareGpuForTests);
    // The whole order, not just the choice: after a fallback, a newly stored CPU model must replace the rules engine.
    const key = JSON.stringify(probe.order);
    const decision = this.decision.get();
    if (key === this.loadedOrder)
      return this.update({ phase: 'ready', probe, reason: headerReason(probe, decision.fallbacks) });
    const previous = this.engine.get();
    if (probe.choice.engine === 'rules') {
      this.swap(previous.id === 'rules' ? previous : new RulesOnDemand(), previous, key, {
        phase: 'ready',
        probe,
        fallbacks: [],
        loading: undefined,
      });
      return;
    }
    const { engineFor } = await import('./probed-engine.js');
    const engine = engineFor(probe, locations, cpu, this.options.origin);
    this.update({ phase: 'loading', probe, loading: { label: engine.label, fraction: 0, text: 'Starting' } });
    this.status.set({ engine: previous.label, reason: `loading ${engine.label} in the background`, kind: previous.id });
    await engine.load((p) => this.update({ loading: { label: engine.label, ...p } }));
    this.swap(new ReportingEngine(engine, () => this.report(engine)), previous, key, {
      phase: 'ready',
      probe,
      fallbacks: reasonsOf(engine),
      loading: undefined,
    });
  }

  private swap(engine: Engine, previous: Engine, key: string, next: Partial<EngineDecision>): void {
    this.loadedOrder = key;
    this.update(next);
    this.use(engine);
    if (previous !== engine) void previous.unload().catch(() => undefined);
  }

  /** Makes `engine` the one every later extraction uses, and shows it (with the decision's reason) in the header. */
  private use(engine: Engine): void {
    this.status.set({ engine: engine.label, reason: this.decision.get().reason, kind: engine.id });
    this.engine.set(engine);
  }

  /** Called when the app engine fell back while extracting: the header and the view say so. */
  private report(engine: FallbackEngine): void {
    this.update({ fallbacks: reasonsOf(engine) });
    this.use(this.engine.get());
  }

  private update(change: Partial<EngineDecision>): void {
    const decision = { ...this.decision.get(), ...change };
    if (decision.probe && (change.probe || change.fallbacks))
      decision.reason = headerReason(decision.probe, decision.fallbacks);
    this.decision.set(decision);
  }
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
