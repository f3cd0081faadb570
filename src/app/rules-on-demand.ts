/**
 * The rules engine the app starts on, loaded on its first use: it is most of the app's code, and the first screen
 * (header, navigation, the casualty list) needs none of it. Capture's first piece loads it, as the Capture view's
 * own chunk did before the app layer was built.
 */
import type {
  Engine,
  EngineStats,
  ExtractContext,
  ExtractionRun,
  GenerateOptions,
  LoadProgress,
} from '../engines/engine.js';
import { RULES_ENGINE_LABEL } from '../engines/rules/rules-engine.js';

export class RulesOnDemand implements Engine {
  readonly id = 'rules';
  readonly label = RULES_ENGINE_LABEL;
  private engine: Promise<Engine> | undefined;

  load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    return this.loaded().then((e) => e.load(onProgress));
  }

  async extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun> {
    return (await this.loaded()).extract(narrative, context);
  }

  async *generate(prompt: string, options?: GenerateOptions): AsyncGenerator<string> {
    yield* (await this.loaded()).generate(prompt, options);
  }

  async stats(): Promise<EngineStats> {
    return (await this.loaded()).stats();
  }

  async unload(): Promise<void> {}

  private loaded(): Promise<Engine> {
    this.engine ??= import('../engines/rules/index.js').then((m) => m.createRulesEngine());
    return this.engine;
  }
}
