import type { Logger } from '../logger.js';
import type { Engine, EngineLabel, EngineResult } from './engine.js';
import { EngineCannotError, ModelFailedError } from '../errors.js';

/**
 * An engine that asks the model and, when the model fails after its retries and repair round,
 * answers from the offline engine instead, labelled with the reason.
 */
export function withFallback(primary: Engine, fallback: Engine, logger: Logger): Engine {
  async function attempt<T>(task: string, ask: (engine: Engine) => Promise<EngineResult<T>>): Promise<EngineResult<T>> {
    try {
      return await ask(primary);
    } catch (error) {
      const reason = failureReason(error);
      logger.warn(`model failed on ${task} (${reason}); answering from the offline engine`);
      try {
        const result = await ask(fallback);
        return { ...result, engine: { ...result.engine, fallbackReason: reason } };
      } catch (fallbackError) {
        // The offline engine cannot do this task (translation), and a model IS configured:
        // say what failed and what to do, not the offline engine's "configure a model".
        if (fallbackError instanceof EngineCannotError) {
          throw new ModelFailedError(
            `The model failed (${reason}), and the ${task} needs the model: nothing was posted. Please try again in a few minutes; if it keeps failing, tell the Newsdesk admins.`,
          );
        }
        throw fallbackError;
      }
    }
  }
  const label: EngineLabel = primary.label;
  return {
    label,
    summarize: (article, options) => attempt('summary', (engine) => engine.summarize(article, options)),
    quotes: (article, options) => attempt('quotes', (engine) => engine.quotes(article, options)),
    translate: (article, request) => attempt('translation', (engine) => engine.translate(article, request)),
    ask: (article, question, turns) => attempt('answer', (engine) => engine.ask(article, question, turns)),
    headlines: (article) => attempt('headlines', (engine) => engine.headlines(article)),
    socialPost: (article) => attempt('social post', (engine) => engine.socialPost(article)),
  };
}

/** A short reason fit for the reply's context line; never the raw error, which may carry URLs or keys. */
export function failureReason(error: unknown): string {
  if (error instanceof Error) {
    // openai's error classes leave `name` as "Error": their class says what failed.
    const kind = error.constructor.name;
    if (kind === 'ModelOutputError') return 'its output did not match the schema';
    if (kind === 'APIConnectionTimeoutError' || kind === 'ModelDeadlineError') return 'it timed out';
    if (kind === 'APIConnectionError') return 'it could not be reached';
    const status = (error as { status?: unknown }).status;
    if (status === 429) return 'it is rate limited';
    if (typeof status === 'number') return `it answered HTTP ${status}`;
  }
  return 'an unexpected error';
}
