import { afterEach, describe, expect, it } from 'vitest';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { OpenAIEmulator, taskOf } from '../support/openai-emulator.js';
import { BOT_TOKEN, startNewsdesk, SIGNING_SECRET, type RunningNewsdesk } from '../support/newsdesk.js';
import { BOT_USER_ID, SlackEmulator } from '../support/slack-emulator.js';
import { CHANNEL_ID, commandFields, eventCallback, TEAM_ID, USER_ID } from '../support/slack-requests.js';
import { slackSignatureHeaders } from '../support/slack-signing.js';
import { eventually } from '../support/eventually.js';
import { summarizeInChannel } from '../support/conversation.js';
import { utcDay } from '../../src/store/audit-log.js';

const redisUrl = process.env.TEST_REDIS_URL;
const FOREIGN_TEAM = 'T0FOREIGN';

const running: RunningNewsdesk[] = [];
async function start(options: Parameters<typeof startNewsdesk>[0] = {}): Promise<RunningNewsdesk> {
  const nd = await startNewsdesk(options);
  running.push(nd);
  return nd;
}
afterEach(async () => {
  for (const nd of running.splice(0).reverse()) await nd.stop();
});

/** A signed /summarize --fresh exactly as Slack sent it: the same bytes and headers can be sent again. */
function signedCommand(nd: RunningNewsdesk, timestamp = Math.floor(Date.now() / 1000)) {
  const body = new URLSearchParams(commandFields('/summarize', `--fresh ${russiaArticle()}`, nd.slack.newResponseUrl())).toString();
  const headers = { 'content-type': 'application/x-www-form-urlencoded', ...slackSignatureHeaders(SIGNING_SECRET, body, timestamp) };
  return (to: RunningNewsdesk = nd) => fetch(`${to.url}/slack/events`, { method: 'POST', headers, body });
}

const summaryCalls = (openai: OpenAIEmulator) => openai.requests.filter((r) => taskOf(r) === 'summary').length;

describe('request integrity', () => {
  it('refuses a signed slash command replayed within the window: one summary, one model call', async () => {
    const nd = await start();
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const send = signedCommand(nd);
    expect((await send()).status).toBe(200);
    await nd.slack.waitFor('chat.postMessage');
    expect((await send()).status).toBe(401);
    // A fresh request afterwards is answered, so the replay had its chance to post.
    await summarizeInChannel(nd);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(2);
    // The later request reuses the first summary; a replay of --fresh would have asked the model again.
    expect(summaryCalls(nd.openai!)).toBe(1);
  });

  it('refuses a request whose timestamp is 600 s in the future', async () => {
    const nd = await start();
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const response = await signedCommand(nd, Math.floor(Date.now() / 1000) + 600)();
    expect(response.status).toBe(401);
    await summarizeInChannel(nd);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('drops an event whose team_id is a foreign workspace though its authorizations name an allowed one, and audits nothing under it', async () => {
    const nd = await start({ env: { ALLOWED_TEAM_IDS: TEAM_ID } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const warned: string[] = [];
    const warn = nd.services.logger.warn.bind(nd.services.logger);
    nd.services.logger.warn = (...message: unknown[]) => {
      warned.push(message.map(String).join(' '));
      warn(...message);
    };
    const forged = eventCallback(
      { type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ${russiaArticle()}`, channel: CHANNEL_ID, team: FOREIGN_TEAM, ts: nd.slack.nextTs() },
      { teamId: FOREIGN_TEAM },
    );
    forged.authorizations = [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }];
    const response = await nd.send.post(JSON.stringify(forged), 'application/json');
    expect(response.status).toBe(200);
    await eventually(() => warned.find((line) => line.includes(`team_id ${FOREIGN_TEAM}`)));
    // The workspace's own request right after is answered; the forged one never was.
    await summarizeInChannel(nd);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(summaryCalls(nd.openai!)).toBe(1);
    expect(await nd.services.audit.recordsOn(FOREIGN_TEAM, [utcDay(new Date())])).toEqual([]);
  });

  it.skipIf(!redisUrl)('refuses the replay on another process sharing the Redis store', async () => {
    const slack = await SlackEmulator.start(BOT_TOKEN);
    const openai = await OpenAIEmulator.start();
    try {
      openai.respondWith(() => ({ json: russiaSummary }));
      const a = await start({ slack, openai, env: { STORE_URL: redisUrl } });
      const b = await start({ slack, openai, env: { STORE_URL: redisUrl } });
      const send = signedCommand(a);
      expect((await send(a)).status).toBe(200);
      await slack.waitFor('chat.postMessage');
      expect((await send(b)).status).toBe(401);
      await summarizeInChannel(b);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
      expect(summaryCalls(openai)).toBe(1);
    } finally {
      for (const nd of running.splice(0).reverse()) await nd.stop();
      await slack.close();
      await openai.close();
    }
  });
});
