import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import { afterEach, describe, expect, it } from 'vitest';
import { taskOf, OpenAIEmulator } from '../support/openai-emulator.js';
import { eventually } from '../support/eventually.js';
import { BOT_TOKEN, startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { CHANNEL_ID } from '../support/slack-requests.js';
import {
  groundedAnswer,
  linesLogged,
  mention,
  postsIn,
  replyIn,
  russiaSummary,
  scriptModel,
  summarizeInChannel,
  textOf,
} from '../support/conversation.js';

const redisUrl = process.env.TEST_REDIS_URL;

describe('what the store keeps across restarts and processes', () => {
  const running: RunningNewsdesk[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  let slack: SlackEmulator;
  let openai: OpenAIEmulator;

  async function emulators(): Promise<void> {
    slack = await SlackEmulator.start(BOT_TOKEN);
    openai = await OpenAIEmulator.start();
    scriptModel(openai, { summary: russiaSummary, answer: groundedAnswer });
    cleanups.push(() => slack.close(), () => openai.close());
  }

  async function start(storeUrl: string): Promise<RunningNewsdesk> {
    const nd = await startNewsdesk({ slack, openai, env: { STORE_URL: storeUrl } });
    running.push(nd);
    return nd;
  }

  async function stop(nd: RunningNewsdesk): Promise<void> {
    running.splice(running.indexOf(nd), 1);
    await nd.stop();
  }

  afterEach(async () => {
    for (const nd of running.splice(0)) await nd.stop();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('finds the article for a follow-up after a restart with the SQLite store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sqlite-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await emulators();
    const storeUrl = `sqlite://${join(dir, 'newsdesk.db')}`;

    const before = await start(storeUrl);
    const root = await summarizeInChannel(before);
    await mention(before, 'berapa tentara?', { threadTs: root });
    await replyIn(before, root, 0);
    await stop(before);

    const after = await start(storeUrl);
    await mention(after, 'dan siapa yang mengatakannya?', { threadTs: root });
    const reply = await replyIn(after, root, 1);
    expect(textOf(reply)).toContain('100.000');
    const asked = openai.requests.filter((r) => taskOf(r) === 'answer').at(-1)!;
    expect(asked.messages.at(-1)!.content).toContain('Q: berapa tentara?');
    expect(openai.requests.filter((r) => taskOf(r) === 'summary')).toHaveLength(1);
  });

  describe('two processes on one Redis', () => {
    // Every key this run writes carries its own workspace id, so the run is cleaned up by it alone.
    const teamId = `T0RUN${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;

    async function twoProcesses(): Promise<[RunningNewsdesk, RunningNewsdesk]> {
      await emulators();
      const a = await start(redisUrl!);
      const b = await start(redisUrl!);
      cleanups.push(async () => {
        // The client type is a union over clusters and sentinels; the tests use one server.
        const redis = (await (a.services.kv.store as KeyvRedis<unknown>).getClient()) as unknown as {
          keys(pattern: string): Promise<string[]>;
          del(keys: string[]): Promise<number>;
        };
        const keys = await redis.keys(`*${teamId}*`);
        if (keys.length) await redis.del(keys);
      });
      return [a, b];
    }

    it.skipIf(!redisUrl)('share one article: a follow-up on the other process finds it', async () => {
      const [a, b] = await twoProcesses();
      const root = await summarizeInChannel(a, { teamId });
      await mention(b, 'berapa tentara?', { threadTs: root, teamId });
      const reply = await replyIn(b, root, 0);
      expect(textOf(reply)).toContain('100.000');
      expect(textOf(reply)).not.toMatch(/no article/);
    });

    it.skipIf(!redisUrl)('de-duplicate a retried event that lands on the other process', async () => {
      const [a, b] = await twoProcesses();
      const dropped = linesLogged(b, /delivered again/);
      const root = await summarizeInChannel(a, { teamId });
      const ts = a.slack.nextTs();
      const first = await mention(a, 'berapa tentara?', { threadTs: root, teamId, ts });
      const retry = await mention(b, 'berapa tentara?', { threadTs: root, teamId, ts, eventId: first.eventId, retryNum: 1 });
      expect(retry.response.status).toBe(200);
      await eventually(() => dropped[0]);
      await replyIn(a, root, 0);
      await mention(b, 'siapa Lavrov?', { threadTs: root, teamId });
      await replyIn(b, root, 1);
      expect(postsIn(a, root)).toHaveLength(2);
      expect(openai.requests.filter((r) => taskOf(r) === 'answer')).toHaveLength(2);
      expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === CHANNEL_ID)).toHaveLength(3);
    });
  });
});
