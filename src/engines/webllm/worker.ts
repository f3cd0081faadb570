/** WebLLM's worker: its own handler owns the GPU, the model and the cache; the page talks to it through client.ts. */
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => handler.onmessage(message);
