import OpenAI from 'openai';
import type { Config } from '../config.js';

/** The openai client for any OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp). */
export function createOpenAIClient(llm: NonNullable<Config['llm']>): OpenAI {
  return new OpenAI({
    apiKey: llm.apiKey,
    baseURL: llm.baseUrl,
    timeout: llm.timeoutMs,
    // The client retries 408/409/429/5xx and connection errors with backoff.
    maxRetries: 2,
  });
}
