import { afterEach, describe, expect, it } from 'vitest';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { OpenAIEmulator } from '../support/openai-emulator.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { SlackSender } from '../support/slack-requests.js';
import { SocketModeEmulator } from '../support/socket-mode-emulator.js';
import { eventually } from '../support/eventually.js';
import { freePort, npmStart, untilHealthy } from '../support/npm-start.js';

describe('npm start (black box)', () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('serves /healthz and answers a signed /summarize by posting to SLACK_API_URL', async () => {
    const slack = await SlackEmulator.start('xoxb-black-box');
    const openai = await OpenAIEmulator.start();
    cleanups.push(() => slack.close(), () => openai.close());
    openai.respondWith(() => ({ json: russiaSummary }));
    const port = await freePort();
    const app = npmStart({
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-black-box',
      SLACK_SIGNING_SECRET: 'black-box-secret',
      SLACK_API_URL: slack.apiUrl,
      OPENAI_API_KEY: 'sk-black-box',
      OPENAI_BASE_URL: openai.url,
      OPENAI_MODEL: 'black-box-model',
      STORE_URL: 'memory:',
    });
    cleanups.push(() => app.stop());

    const health = await untilHealthy(port);
    expect(health).toMatchObject({ ok: true, engine: 'llm', model: 'black-box-model', store: 'memory', mode: 'http' });

    const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'black-box-secret', slack);
    const { response } = await sender.command('/summarize', russiaArticle());
    expect(response.status).toBe(200);
    const post = await slack.waitFor('chat.postMessage');
    expect(post.token).toBe('xoxb-black-box');
    expect(JSON.stringify(post.args.blocks)).toContain(russiaSummary.headline);
  });

  it('runs in Socket Mode with SLACK_APP_TOKEN and no signing secret', async () => {
    const slack = await SlackEmulator.start('xoxb-black-box');
    const socket = await SocketModeEmulator.start(slack, 'xapp-black-box');
    cleanups.push(() => slack.close(), () => socket.close());
    const port = await freePort();
    const app = npmStart({
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-black-box',
      SLACK_APP_TOKEN: 'xapp-black-box',
      SLACK_API_URL: slack.apiUrl,
      STORE_URL: 'memory:',
    });
    cleanups.push(() => app.stop());

    await eventually(() => socket.connections > 0 || undefined, 20_000);
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toMatchObject({ ok: true, mode: 'socket', engine: 'offline' });
    const { ack } = await socket.command('/summarize', russiaArticle());
    expect(ack.payload?.text).toMatch(/Reading the article/);
    const post = await slack.waitFor('chat.postMessage');
    expect(post.token).toBe('xoxb-black-box');
    expect(JSON.stringify(post.args.blocks)).toMatch(/offline extractive engine/);
  });

  it('stops at start-up with one clear line for a bad setting', async () => {
    const app = npmStart({ PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 's' });
    expect(await app.exited).not.toBe(0);
    const lines = app.output().trim().split('\n');
    expect(lines).toEqual(['Invalid configuration: PORT: expected a port number from 0 to 65535']);
  });
});
