import { fixture } from '../test/support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../test/support/newsdesk.js';
import { OpenAIEmulator, type ChatRequest, type Reply } from '../test/support/openai-emulator.js';
import { SlackEmulator, type SlackCall } from '../test/support/slack-emulator.js';
import { median, report } from './stats.js';

const RUNS = 5;
/** A fixed model latency per request, so the figure is about how requests are scheduled, not the machine. */
const LATENCY_MS = 300;

/**
 * Wall time to translate the long article (36 paragraphs, three chunks) against the emulated
 * model: chunks side by side (the default bound) against one chunk at a time
 * (TRANSLATE_CONCURRENCY=1), from the signed command to the result replacing the progress message.
 */
export async function benchTranslationConcurrency(): Promise<void> {
  const slack = await SlackEmulator.start('xoxb-test-bot-token');
  const openai = await OpenAIEmulator.start();
  openai.respondWith(echoTranslation);
  const concurrent = await startNewsdesk({ slack, openai, env: { LOG_LEVEL: 'error' } });
  const oneAtATime = await startNewsdesk({ slack, openai, env: { LOG_LEVEL: 'error', TRANSLATE_CONCURRENCY: '1' } });
  const article = fixture('article-en-declaration.txt');
  try {
    const timed = { concurrent: [] as number[], oneAtATime: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      // A different article each run, so no run is answered from the cache.
      const text = `${article}\n\nThis copy was filed as number ${i}.`;
      timed.concurrent.push(await timeTranslation(concurrent, slack, text));
      timed.oneAtATime.push(await timeTranslation(oneAtATime, slack, text));
    }
    report({
      name: `long article translated, ${LATENCY_MS} ms per request, median`,
      value: median(timed.concurrent),
      baseline: median(timed.oneAtATime),
      unit: 'ms',
    });
  } finally {
    await concurrent.stop();
    await oneAtATime.stop();
    await slack.close();
    await openai.close();
  }
}

async function timeTranslation(nd: RunningNewsdesk, slack: SlackEmulator, text: string): Promise<number> {
  // Three chunks always show progress, so the result is the update that puts the headline in its place.
  const isResult = (call: SlackCall) => call.method === 'chat.update' && call.args.blocks?.[0]?.type === 'header';
  const before = slack.calls.filter(isResult).length;
  const start = performance.now();
  await nd.send.command('/translate', `id ${text}`);
  await slack.waitFor('chat.update', () => slack.calls.filter(isResult).length > before, 60_000);
  return performance.now() - start;
}

/** The emulated model "translates" by giving back each requested paragraph of the fenced article, after the fixed latency. */
function echoTranslation(request: ChatRequest): Reply {
  const article = request.messages[1]!.content;
  const task = request.messages.at(-1)!.content;
  const wanted = /Translate exactly these paragraphs: ([^.]+)\./.exec(task)?.[1]?.split(', ') ?? [];
  const paragraphs = [...article.matchAll(/^\[(P\d+)\] (.*)$/gm)]
    .filter((match) => wanted.includes(match[1]!))
    .map((match) => ({ id: match[1]!, text: match[2]! }));
  return { delayMs: LATENCY_MS, then: { json: { headline: 'Deklarasi bulat', paragraphs } } };
}
