import { setTimeout as sleep } from 'node:timers/promises';
import { openReadingPool } from './intake/reading-pool.js';
import { countTokens } from './tokens.js';

/**
 * Loading the tokenizer holds the thread that acks Slack for a few hundred milliseconds (its rank
 * table is parsed in one go), so it waits until the platform's first health checks and any request
 * queued at start-up have been answered. Only articles longer than the token budget in bytes, and
 * long follow-up threads, need it.
 */
const TOKENIZER_DELAY_MS = 2_000;

/**
 * Loads what a first request would otherwise wait for: the reading pool's two readers with their
 * parsers (pdf.js, mammoth, the web page reader) at once, in their own threads; the tokenizer a little
 * later. Run after start-up. `tokenizerDelayMs` 0 for benches that measure warmed-up requests.
 */
export async function warmUpIntake(tokenizerDelayMs = TOKENIZER_DELAY_MS): Promise<void> {
  // After start-up has said its lines and answered what was already waiting.
  await new Promise((resolve) => setImmediate(resolve));
  openReadingPool({ readers: 2, preloadParsers: true });
  await sleep(tokenizerDelayMs, undefined, { ref: false });
  countTokens('warm');
}
