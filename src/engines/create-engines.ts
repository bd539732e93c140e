import type { EngineConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine } from './engine.js';
import { withFallback } from './fallback.js';
import { createOpenAIClient } from './llm/client.js';
import { LlmEngine } from './llm/engine.js';
import { StructuredGateway } from './llm/structured.js';
import type { ModelSlots } from './model-slots.js';
import { OfflineEngine } from './offline/engine.js';

// Apart from the app's wiring (services.ts), so the command line loads the engines without the store, queue and Slack modules.

/** The model with the offline engine behind it, or the offline engine alone: built one way for the app and the command line. */
export function createEngines(
  config: Pick<EngineConfig, 'llm' | 'logLevel'>,
  logger: Logger,
  modelSlots?: ModelSlots,
): { engine: Engine; offline: Engine } {
  const offline = new OfflineEngine();
  const limits = config.llm && { deadlineMs: config.llm.deadlineMs, attemptTimeoutMs: config.llm.timeoutMs };
  const engine = config.llm
    ? withFallback(new LlmEngine(new StructuredGateway(createOpenAIClient(config.llm, logger, config.logLevel), config.llm.model, limits!, modelSlots)), offline, logger)
    : offline;
  return { engine, offline };
}
