/**
 * The application layer the views use: the casualties and their narrative, and the engine with its models.
 * No Lit and no DOM of its own; the page's parts are passed in. `src/main.ts` builds one {@link App} for the page
 * and hands it to the views (through `@lit/context`, `src/ui/app-context.ts`).
 */
import type { WorkspaceOptions } from './casualty-source.js';
import { CasualtyWorkspace } from './casualty-workspace.js';
import { DownloadTracker } from './download-tracker.js';
import { EngineManager, type EngineManagerOptions } from './engine-manager.js';
import { NarrativeRunner } from './narrative-runner.js';

/**
 * The name this browser signs its changes with ("Kiosk", or the tablet's): for a casualty's recording device.
 * @public (for the board's "recorded on" field, which is being added beside this)
 */
export { deviceName } from './device-name.js';

export interface App {
  casualties: CasualtyWorkspace;
  narrative: NarrativeRunner;
  engines: EngineManager;
  downloads: DownloadTracker;
}

export interface AppOptions {
  workspace: WorkspaceOptions;
  engines: EngineManagerOptions;
  /** Whether other tabs' model downloads can be followed (BroadcastChannel exists). */
  followOtherTabs: boolean;
}

/** The app's parts, built once per page. */
export function createApp(options: AppOptions): App {
  const casualties = new CasualtyWorkspace(options.workspace);
  const engines = new EngineManager(options.engines);
  const narrative = new NarrativeRunner(casualties, (text, context) => engines.extract(text, context));
  return { casualties, narrative, engines, downloads: new DownloadTracker(options.followOtherTabs) };
}
