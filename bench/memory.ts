import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startNewsdesk } from '../test/support/newsdesk.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import { report, timeConcurrently } from './stats.js';

const FEW = 200;
const MIDWAY = 1000;
const MANY = 2000;
/** Low enough that the cap is reached well before the end (about four entries an article). */
const MAX_ITEMS = 1000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * After a full collection, in MB: resident memory (every thread, the reading pool's too) and the
 * main thread's live heap, where the memory: store lives. What the process holds on to, not its garbage.
 */
function settledMemoryMb(): { rss: number; heap: number } {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / 1024 / 1024, heap: heapUsed / 1024 / 1024 };
}

/**
 * The memory: store is a bounded LRU: RSS after 2,000 distinct articles summarized, against after
 * the first 200, with MEMORY_STORE_MAX_ITEMS at 1,000. An unbounded store grows with every article.
 * Forty requests a person: the per-person limit is lifted, or the limit answers instead of the app.
 */
export async function benchMemory(): Promise<void> {
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error', MEMORY_STORE_MAX_ITEMS: String(MAX_ITEMS), USER_ANSWERS_PER_MINUTE: '100000' } });
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
    const few = settledMemoryMb();
    await summarize(MIDWAY - FEW);
    const midway = settledMemoryMb();
    await summarize(MANY - MIDWAY);
    const many = settledMemoryMb();
    report({ name: `RSS after ${MANY} articles vs ${FEW} (memory:, max ${MAX_ITEMS} items)`, value: many.rss, baseline: few.rss, unit: 'MB' });
    // The store is full from about the 250th article on: from there on, memory levels off.
    report({ name: `RSS after ${MANY} articles vs ${MIDWAY}`, value: many.rss, baseline: midway.rss, unit: 'MB' });
    report({ name: `main-thread heap after ${MANY} articles vs ${MIDWAY}`, value: many.heap, baseline: midway.heap, unit: 'MB' });
  } finally {
    await nd.stop();
  }
}
