import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { linesLogged, russiaSummary, scriptModel, summarizeInChannel } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { installThroughSlack } from '../support/oauth.js';
import { USER_ID } from '../support/slack-requests.js';
import { uninstallRecordKey, type UninstallRecord } from '../../src/install/uninstall.js';

const redisUrl = process.env.TEST_REDIS_URL;
const runId = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Uninstall, a revoked token and the Home tab opened are not jobs: they run at once in the web
 * role. Slack redelivers an event it thinks timed out (to any process); each must still run once.
 */
const stores = [{ store: 'memory:' }, ...(redisUrl ? [{ store: redisUrl }] : [])];

describe.each(stores)('events that run at once, on the store $store', ({ store }) => {
  const running: RunningNewsdesk[] = [];
  afterEach(async () => {
    for (const nd of running.splice(0)) await nd.stop();
  });

  /** An app in OAuth mode with one workspace of this run installed (its keys are its own on a shared Redis). */
  async function installed(): Promise<{ nd: RunningNewsdesk; teamId: string }> {
    const nd = await startNewsdesk({ oauth: true, env: { STORE_URL: store } });
    running.push(nd);
    scriptModel(nd.openai!, { summary: russiaSummary });
    const teamId = `T0REDO${runId()}`;
    await installThroughSlack(nd, { teamId, name: 'Redelivery' });
    return { nd, teamId };
  }

  /** The first delivery, then two redeliveries of the same event at once, as Slack's retries may reach two processes. */
  async function deliverThrice(nd: RunningNewsdesk, event: Record<string, unknown>, teamId: string, firstDone: () => unknown): Promise<void> {
    const eventId = `Ev${runId()}`;
    expect((await nd.send.event(event, { teamId, eventId })).status).toBe(200);
    await eventually(firstDone);
    const again = await Promise.all([1, 2].map((retryNum) => nd.send.event(event, { teamId, eventId, retryNum })));
    expect(again.map((response) => response.status)).toEqual([200, 200]);
    await settle(500);
  }

  it('a redelivered app_uninstalled runs once: the counts kept of the removal are not overwritten by a second, empty one', async () => {
    const { nd, teamId } = await installed();
    await summarizeInChannel(nd, { teamId });
    const logged = linesLogged(nd, /uninstalled Newsdesk/);

    await deliverThrice(nd, { type: 'app_uninstalled' }, teamId, () => logged[0]);

    expect(logged).toHaveLength(1);
    const record = await nd.services.kv.get<UninstallRecord>(uninstallRecordKey(teamId));
    expect(record).toMatchObject({ modelCalls: 1, removed: { installation: 1, thread: 1 } });
  });

  it('a redelivered tokens_revoked runs once', async () => {
    const { nd, teamId } = await installed();
    const logged = linesLogged(nd, /revoked Newsdesk's bot token/);

    await deliverThrice(nd, { type: 'tokens_revoked', tokens: { bot: ['UNEWSDESK'] } }, teamId, () => logged[0]);

    expect(logged).toHaveLength(1);
    expect(await nd.services.kv.get(`installation:${teamId}`)).toBeUndefined();
  });

  it('a redelivered app_home_opened publishes the Home tab once', async () => {
    const { nd, teamId } = await installed();
    const published = () => nd.slack.views.filter((view) => view.type === 'home' && view.userId === USER_ID);

    const opened = { type: 'app_home_opened', user: USER_ID, channel: 'D0HOME', tab: 'home', event_ts: nd.slack.nextTs() };
    await deliverThrice(nd, opened, teamId, () => published()[0]);

    expect(published()).toHaveLength(1);
  });
});
