import type OpenAI from 'openai';
import { nodeHttpFetch } from '../../node-http-fetch.js';
import { openaiLibrary } from './openai-library.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';

/**
 * The openai client for any OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp).
 * It logs through Newsdesk's logger, so its lines are redacted like the rest (it would otherwise
 * write to the console, at the level OPENAI_LOG says), but never below info: at debug it logs
 * whole request and response bodies, i.e. article text (possibly embargoed) and unverified model
 * output such as invented quotes.
 */
export function createOpenAIClient(llm: NonNullable<Config['llm']>, logger: Logger, logLevel: Config['logLevel']): OpenAI {
  return new (openaiLibrary())({
    apiKey: llm.apiKey,
    baseURL: llm.baseUrl,
    timeout: llm.timeoutMs,
    // Newsdesk retries itself, within the request's deadline (retries.ts).
    maxRetries: 0,
    fetch: nodeHttpFetch,
    logger,
    logLevel: logLevel === 'debug' ? 'info' : logLevel,
  });
}
