import buildOnce from '../test/support/build-once.js';
import { benchBurst } from './burst.js';
import { benchMemory } from './memory.js';
import { benchCliCall, benchCpuPerSummary, benchStartUp } from './runtime.js';
import { benchAckLatency } from './ack-latency.js';
import { benchFollowUpTokens } from './follow-up-tokens.js';
import { benchOfflineEngine } from './offline-engine.js';
import { benchQuoteVerification } from './quote-verification.js';
import { benchScaleOut } from './scale-out.js';
import { benchSoak } from './soak.js';
import { benchSummaryPipeline } from './summary-pipeline.js';
import { benchTranslationConcurrency } from './translation-concurrency.js';

/**
 * `npm run bench`: every measurement runs its baseline side by side in the same process run
 * and prints the ratio. Numbers depend on the machine; ratios are what to compare across runs.
 */
const benches: Array<[string, () => Promise<void>]> = [
  ['CPU per /summarize', benchCpuPerSummary],
  ['A burst of /summarize', benchBurst],
  ['Start-up', benchStartUp],
  ['Command line call', benchCliCall],
  ['Slack ack latency', benchAckLatency],
  ['Summary pipeline', benchSummaryPipeline],
  ['Quote verification', benchQuoteVerification],
  ['Translation of a long article', benchTranslationConcurrency],
  ['Follow-up prompt size', benchFollowUpTokens],
  ['Offline engine on a long article', benchOfflineEngine],
  ['Memory of the memory: store', benchMemory],
  ['Scale-out: web and worker processes on one Redis', benchScaleOut],
  ['Soak: a working day of /summarize', benchSoak],
];

// Several benches run the compiled app (the server bundle, the command line): build the current code first.
buildOnce();

// `npm run bench -- burst` runs only the benches whose title contains one of the words.
const only = process.argv.slice(2).map((word) => word.toLowerCase());
for (const [title, bench] of benches) {
  if (only.length > 0 && !only.some((word) => title.toLowerCase().includes(word))) continue;
  console.log(`\n## ${title}`);
  await bench();
}
