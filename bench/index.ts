import { benchAckLatency } from './ack-latency.js';
import { benchFollowUpTokens } from './follow-up-tokens.js';
import { benchOfflineEngine } from './offline-engine.js';
import { benchQuoteVerification } from './quote-verification.js';
import { benchSummaryPipeline } from './summary-pipeline.js';
import { benchTranslationConcurrency } from './translation-concurrency.js';

/**
 * `npm run bench`: every measurement runs its baseline side by side in the same process run
 * and prints the ratio. Numbers depend on the machine; ratios are what to compare across runs.
 */
const benches: Array<[string, () => Promise<void>]> = [
  ['Slack ack latency', benchAckLatency],
  ['Summary pipeline', benchSummaryPipeline],
  ['Quote verification', benchQuoteVerification],
  ['Translation of a long article', benchTranslationConcurrency],
  ['Follow-up prompt size', benchFollowUpTokens],
  ['Offline engine on a long article', benchOfflineEngine],
];

for (const [title, bench] of benches) {
  console.log(`\n## ${title}`);
  await bench();
}
