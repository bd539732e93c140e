import { openReadingPool } from './intake/reading-pool.js';
import { countTokens } from './tokens.js';

/**
 * Loads what a first request would otherwise wait for: the tokenizer here, and the reading pool's
 * first worker with its parsers (pdf.js, mammoth, the web page reader). Run after start-up.
 */
export async function warmUpIntake(): Promise<void> {
  // After start-up has said its lines and answered what was already waiting.
  await new Promise((resolve) => setImmediate(resolve));
  openReadingPool();
  countTokens('warm');
}
