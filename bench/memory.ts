import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startNewsdesk } from '../test/support/newsdesk.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import { report, timeConcurrently } from './stats.js';

const FEW = 200;
const MANY = 2000;
/** Low enough that the cap is reached well before the end (about four entries an article). */
const MAX_ITEMS = 1000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Resident memory after a full collection, in MB: what the process holds on to, not its garbage. */
function settledRssMb(): number {
  gc();
  gc();
  return process.memoryUsage().rss / 1024 / 1024;
}

/**
 * The memory: store is a bounded LRU: RSS after 2,000 distinct articles summarized, against after
 * the first 200, with MEMORY_STORE_MAX_ITEMS at 1,000. An unbounded store grows with every article.
 */
export async function benchMemory(): Promise<void> {
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error', MEMORY_STORE_MAX_ITEMS: String(MAX_ITEMS) } });
  nd.openai!.respondWith(() => ({ json: russiaSummary }));
  const article = russiaArticle();
  let sent = 0;
  const summarize = async (count: number) => {
    const before = nd.slack.countOf('chat.postMessage');
    await timeConcurrently(count, 10, async () => {
      const i = sent++;
      const send = () => nd.send.command('/summarize', `${article}\nUpdate ${i} of this story.`, { userId: `UREPORTER${i % 50}`, channelId: `CNEWSROOM${i % 10}` });
      // A kept-alive connection the server closed while idle between the rounds: the request never arrived, send it again.
      const { response } = await send().catch(send);
      await response.text();
    });
    await nd.slack.waitForCount('chat.postMessage', before + count, 600_000);
    // The emulator keeps every call; what is measured is the app's memory, not the emulator's record.
    nd.slack.calls.length = 0;
    nd.slack.messages.length = 0;
  };
  try {
    await summarize(FEW);
    const few = settledRssMb();
    await summarize(MANY - FEW);
    const many = settledRssMb();
    report({ name: `RSS after ${MANY} articles vs ${FEW} (memory:, max ${MAX_ITEMS} items)`, value: many, baseline: few, unit: 'MB' });
  } finally {
    await nd.stop();
  }
}
