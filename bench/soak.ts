import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import { eventually } from '../test/support/eventually.js';
import { OpenAIEmulator } from '../test/support/openai-emulator.js';
import { SlackEmulator } from '../test/support/slack-emulator.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { withAppProcess } from './app-process.js';
import { npmStartNodeArgs, percentile, procStatCpuMs, report, timeConcurrently } from './stats.js';

const ROUNDS = 4;
const REQUESTS = 300;
const CONCURRENCY = 30;
const SECRET = 'soak-secret';
const BOT_TOKEN = 'xoxb-soak';
const projectRoot = new URL('../', import.meta.url).pathname;

/** CPU seconds (user and system) the process has used, and its resident memory in MB, from /proc. */
function usage(pid: number): { cpuSeconds: number; rssMb: number } {
  const cpuSeconds = procStatCpuMs(`/proc/${pid}/stat`) / 1000;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return { cpuSeconds, rssMb: rssKb / 1024 };
}

/**
 * A working day in four rounds: 300 signed /summarize requests at 30 concurrent per round, each a
 * different article, so each is a model call and an audit record. The app runs compiled, as its
 * own process as `npm start` runs it (its node flags too), with its default store (SQLite), so its CPU and memory are its
 * own: with memory: the store itself holds the day's articles (up to MEMORY_STORE_MAX_ITEMS), which
 * the memory bench measures. A request costs the same late in the day as early: round 4 is
 * compared with round 1.
 */
export async function benchSoak(): Promise<void> {
  const slack = await SlackEmulator.start(BOT_TOKEN);
  const openai = await OpenAIEmulator.start();
  openai.respondWith(() => ({ json: russiaSummary }));
  const storeFolder = mkdtempSync(join(tmpdir(), 'newsdesk-soak-'));
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    OPENAI_API_KEY: 'sk-soak',
    OPENAI_BASE_URL: openai.url,
    // npm start's default store: a SQLite file, so memory shows the app's own, not the day's articles.
    STORE_URL: `sqlite://${join(storeFolder, 'soak.db')}`,
    LOG_LEVEL: 'error',
    USER_ANSWERS_PER_MINUTE: '100000',
  };
  const article = russiaArticle();
  const answered = () => slack.countOf('chat.postMessage');
  try {
    await withAppProcess(npmStartNodeArgs(), projectRoot, env, async ({ port, pid }) => {
      const send = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SECRET, slack);
      const rounds: Array<{ cpuSeconds: number; ackP99: number; rssMb: number }> = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const before = usage(pid);
        const expected = answered() + REQUESTS;
        const acks = await timeConcurrently(REQUESTS, CONCURRENCY, async (i) => {
          const { response } = await send.command('/summarize', `${article}\nRound ${round} request ${i}.`, { userId: `UREPORTER${i % 50}` });
          await response.text();
        });
        // Every request answered before the round's cost is read.
        await eventually(() => answered() >= expected || undefined, 300_000);
        const after = usage(pid);
        rounds.push({ cpuSeconds: after.cpuSeconds - before.cpuSeconds, ackP99: percentile(acks, 99), rssMb: after.rssMb });
        const r = rounds.at(-1)!;
        console.log(`round ${round}: app CPU ${r.cpuSeconds.toFixed(1)} s, ack p99 ${r.ackP99.toFixed(0)} ms, RSS ${r.rssMb.toFixed(0)} MB (${REQUESTS} requests at ${CONCURRENCY} concurrent, all answered)`);
      }
      const [first, last] = [rounds[0]!, rounds.at(-1)!];
      report({ name: `soak: app CPU per round, round ${ROUNDS} against round 1`, value: last.cpuSeconds, baseline: first.cpuSeconds, unit: 's' });
      report({ name: `soak: ack p99, round ${ROUNDS} against round 1`, value: last.ackP99, baseline: first.ackP99, unit: 'ms' });
      report({ name: `soak: RSS after the round, round ${ROUNDS} against round 1`, value: last.rssMb, baseline: first.rssMb, unit: 'MB' });
    });
  } finally {
    await slack.close();
    await openai.close();
    rmSync(storeFolder, { recursive: true, force: true });
  }
}
