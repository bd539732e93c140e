import { openaiLibrary } from './openai-library.js';
import type { Config } from '../../config.js';
import { nodeHttpFetch } from '../../node-http-fetch.js';

/** What start-up learned about the configured model, for the log and /healthz. */
export interface ModelHealth {
  /** Undefined until checked, and when the server cannot say (no model list). */
  available: boolean | undefined;
  /** Why the model is unavailable: one line naming the variable to fix. */
  problem?: string;
}

/**
 * Asks the model server for its model list, once at start-up, with no retries: a rejected key or
 * an unreachable base URL is reported then (the offline engine answers meanwhile), instead of
 * surfacing as a fallback note under the first summaries. A server without a model list is not a
 * problem: many local servers have none.
 */
export async function checkModel(llm: NonNullable<Config['llm']>): Promise<ModelHealth> {
  // Through node-http-fetch, as the engine's own client: see quickClient in slack/startup-checks.ts.
  const client = new (openaiLibrary())({ apiKey: llm.apiKey, baseURL: llm.baseUrl, timeout: Math.min(llm.timeoutMs, 10_000), maxRetries: 0, fetch: nodeHttpFetch });
  const where = llm.baseUrl ?? 'OpenAI';
  try {
    await client.models.list();
    return { available: true };
  } catch (error) {
    if (error instanceof openaiLibrary().AuthenticationError || error instanceof openaiLibrary().PermissionDeniedError) {
      return { available: false, problem: `OPENAI_API_KEY: ${where} rejected the key (${error.status} ${oneLine(error.message)})` };
    }
    if (error instanceof openaiLibrary().APIConnectionError) {
      return { available: false, problem: `OPENAI_BASE_URL: ${where} is unreachable (${oneLine(causeOf(error))})` };
    }
    return { available: undefined };
  }
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);
