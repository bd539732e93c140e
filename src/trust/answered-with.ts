import type { EngineLabel } from '../engines/engine.js';
import type { UseCase } from '../engines/wrap-engine.js';
import type { AnsweredWith } from '../store/reviews.js';

/**
 * What an answer was made with, carried by its sign-off and feedback buttons. An answer the
 * model failed on was the offline engine's, and is counted as such.
 */
export function answeredWith(kind: UseCase, articleId: string, engine: EngineLabel): AnsweredWith {
  return engine.kind === 'llm' ? { kind, articleId, engine: 'llm', model: engine.model } : { kind, articleId, engine: 'offline' };
}

/** How ratings and exports name an engine: "model gpt-4o-mini", or "offline". */
export const engineName = (answer: Pick<AnsweredWith, 'engine' | 'model'>): string =>
  answer.engine === 'llm' ? `model ${answer.model ?? 'unknown'}` : 'offline';
