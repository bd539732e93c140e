import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_REFUSAL, WORKSPACE_REFUSAL } from '../../src/slack/middleware/allowlist.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { BOT_USER_ID } from '../support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';
import { eventually } from '../support/eventually.js';

const OTHER_TEAM = 'T0STRANGER';
const OTHER_CHANNEL = 'C0ELSEWHERE';

describe('who may use Newsdesk', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  const mentionIn = (teamId: string, channelId: string) =>
    nd.send.event(
      { type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ${russiaArticle()}`, channel: channelId, team: teamId, ts: nd.slack.nextTs() },
      { teamId },
    );

  it('refuses a command from a workspace not in ALLOWED_TEAM_IDS, ephemerally, and posts nothing to its channel', async () => {
    nd = await startNewsdesk({ env: { ALLOWED_TEAM_IDS: `${TEAM_ID},T0PARTNER` } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const warnings = vi.spyOn(nd.services.logger, 'warn');
    const refusalsLogged = () => warnings.mock.calls.filter(([line]) => String(line).includes(`refused a request from workspace ${OTHER_TEAM}`));

    const { response } = await nd.send.command('/summarize', russiaArticle(), { teamId: OTHER_TEAM });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: WORKSPACE_REFUSAL });
    const mention = await mentionIn(OTHER_TEAM, CHANNEL_ID);
    expect(mention.status).toBe(200);

    // Both refusals are logged; the allowed workspace is still served.
    await eventually(() => (refusalsLogged().length === 2 ? true : undefined));
    await nd.send.command('/summarize', russiaArticle());
    await nd.slack.waitFor('chat.postMessage');
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(nd.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
    expect(nd.openai!.requests).toHaveLength(1);
  });

  it('refuses a channel not in ALLOWED_CHANNEL_IDS with a clear message, for commands and mentions alike', async () => {
    nd = await startNewsdesk({ env: { ALLOWED_CHANNEL_IDS: CHANNEL_ID } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));

    const { response } = await nd.send.command('/summarize', russiaArticle(), { channelId: OTHER_CHANNEL });
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: CHANNEL_REFUSAL });

    await mentionIn(TEAM_ID, OTHER_CHANNEL);
    const note = await nd.slack.waitFor('chat.postEphemeral');
    expect(note.args).toMatchObject({ channel: OTHER_CHANNEL, user: USER_ID, text: CHANNEL_REFUSAL });
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(nd.openai!.requests).toHaveLength(0);
  });

  it('lets the admin channel use /newsdesk even when it is not among the allowed channels', async () => {
    nd = await startNewsdesk({ env: { ALLOWED_CHANNEL_IDS: CHANNEL_ID, ADMIN_CHANNEL_ID: 'C0ADMIN' } });
    const { response } = await nd.send.command('/newsdesk', 'usage', { channelId: 'C0ADMIN' });
    expect((await response.json()).text).toMatch(/Newsdesk usage, today/);
  });
});
