import { randomUUID } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAIEmulator, taskOf, type ChatRequest } from '../support/openai-emulator.js';
import { BOT_TOKEN, startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { groundedAnswer, mention, postsIn, russiaSummary, summarizeInChannel } from '../support/conversation.js';
import { eventually } from '../support/eventually.js';

const redisUrl = process.env.TEST_REDIS_URL;
const TRIALS = 8;

/** The questions of earlier turns the model was shown with a question. */
const turnsShown = (request: ChatRequest) => request.messages.map((m) => m.content).join('\n').match(/Q: [^\n]+/g) ?? [];

describe.skipIf(!redisUrl)('two processes on one Redis, two follow-ups at once in one thread', () => {
  const teamId = `T0TURNS${randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}`;
  let slack: SlackEmulator;
  let openai: OpenAIEmulator;
  let a: RunningNewsdesk;
  let b: RunningNewsdesk;
  beforeAll(async () => {
    slack = await SlackEmulator.start(BOT_TOKEN);
    openai = await OpenAIEmulator.start();
    // Answers come back together, so both processes remember their turn at the same moment.
    openai.respondWith((request) => (taskOf(request) === 'summary' ? { json: russiaSummary } : { delayMs: 300, then: { json: groundedAnswer } }));
    a = await startNewsdesk({ slack, openai, env: { STORE_URL: redisUrl, USER_ANSWERS_PER_MINUTE: '100' } });
    b = await startNewsdesk({ slack, openai, env: { STORE_URL: redisUrl, USER_ANSWERS_PER_MINUTE: '100' } });
  });
  afterAll(async () => {
    const redis = (await (a.services.kv.store as KeyvRedis<unknown>).getClient()) as unknown as {
      keys(pattern: string): Promise<string[]>;
      del(keys: string[]): Promise<number>;
    };
    const keys = await redis.keys(`*${teamId}*`);
    if (keys.length) await redis.del(keys);
    await a.stop();
    await b.stop();
    await slack.close();
    await openai.close();
  });

  it(`keeps both turns for the next question, in each of ${TRIALS} threads`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      // A channel of its own per trial, so each summary opens its own thread.
      const where = { teamId, channelId: `C0TRIAL${trial}` };
      const root = await summarizeInChannel(a, where);
      // The thread is stored just after the summary is posted.
      await eventually(() => a.services.threads.getThread({ ...where, threadTs: root }));
      await Promise.all([mention(a, `pertanyaan A${trial}?`, { threadTs: root, ...where }), mention(b, `pertanyaan B${trial}?`, { threadTs: root, ...where })]);
      await eventually(() => postsIn(a, root).length === 2 || undefined);
      const asked = openai.requests.length;
      await mention(a, `pertanyaan C${trial}?`, { threadTs: root, ...where });
      await eventually(() => postsIn(a, root).length === 3 || undefined);
      const next = openai.requests.slice(asked).find((r) => taskOf(r) === 'answer')!;
      expect(turnsShown(next).sort(), `trial ${trial}`).toEqual([`Q: pertanyaan A${trial}?`, `Q: pertanyaan B${trial}?`]);
    }
  });
});
