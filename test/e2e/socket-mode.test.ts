import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { BOT_TOKEN, startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { freePort } from '../support/npm-start.js';
import { BOT_USER_ID, SlackEmulator } from '../support/slack-emulator.js';
import { CHANNEL_ID, USER_ID } from '../support/slack-requests.js';
import { APP_TOKEN, SocketModeEmulator } from '../support/socket-mode-emulator.js';

/** The real app with an app token and no signing secret, connected to a Socket Mode emulator. */
async function startInSocketMode() {
  const slack = await SlackEmulator.start(BOT_TOKEN);
  const socket = await SocketModeEmulator.start(slack);
  // Bolt's Socket Mode receiver does not say which port it took, so /healthz gets a known free one.
  const port = await freePort();
  const nd = await startNewsdesk({ slack, env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: undefined, PORT: String(port) } });
  return { slack, socket, nd, healthUrl: `http://127.0.0.1:${port}/healthz` };
}

describe('Socket Mode end to end (SLACK_APP_TOKEN set)', () => {
  let slack: SlackEmulator;
  let socket: SocketModeEmulator;
  let nd: RunningNewsdesk;
  let healthUrl: string;
  beforeEach(async () => {
    ({ slack, socket, nd, healthUrl } = await startInSocketMode());
  });
  afterEach(async () => {
    await nd.stop();
    await socket.close();
    await slack.close();
  });

  it('opens its connection with the app token through SLACK_API_URL', () => {
    // The first call checks the token at start-up; the second opens the connection the app keeps.
    expect(slack.callsTo('apps.connections.open').map((call) => call.token)).toEqual([APP_TOKEN, APP_TOKEN]);
    expect(socket.connections).toBe(1);
  });

  it('acks a /summarize envelope with the progress note and posts the summary with the bot token', async () => {
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const { ack } = await socket.command('/summarize', russiaArticle());
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'Reading the article…' });

    const post = await slack.waitFor('chat.postMessage');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.args.channel).toBe(CHANNEL_ID);
    expect(post.args.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: russiaSummary.headline } });
    expect(JSON.stringify(post.args.blocks)).toMatch(/model test-model · check before use · \d+ tokens/);
  });

  it('acks an events_api envelope with an empty payload and summarizes the article it mentions', async () => {
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const mention = { type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ${russiaArticle()}`, channel: CHANNEL_ID, ts: slack.nextTs() };
    const ack = await socket.event(mention);
    expect(ack.payload).toEqual({});
    const post = await slack.waitFor('chat.postMessage');
    expect(post.args.channel).toBe(CHANNEL_ID);
    expect(post.args.blocks[0].text.text).toBe(russiaSummary.headline);
  });

  it('serves /healthz on PORT, reporting Socket Mode', async () => {
    const health = await fetch(healthUrl);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, mode: 'socket', engine: 'llm', store: 'memory' });
  });
});

describe('Socket Mode shutdown', () => {
  it('closes its connection and its HTTP port when stopped', async () => {
    const { slack, socket, nd, healthUrl } = await startInSocketMode();
    try {
      await nd.stop();
      await eventually(() => socket.connections === 0 || undefined);
      await expect(fetch(healthUrl)).rejects.toThrow();
    } finally {
      await socket.close();
      await slack.close();
    }
  });
});
