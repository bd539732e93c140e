import { afterEach, describe, expect, it } from 'vitest';
import { OFFLINE_CHANNEL_REASON } from '../../src/editorial/policy.js';
import { EDIT_CHANNEL_SETTINGS_ACTION, EDIT_GLOSSARY_ACTION, EDIT_SETTINGS_ACTION } from '../../src/home/slack-home-view.js';
import { NOT_A_SETTINGS_ADMIN } from '../../src/settings/slack-admins.js';
import { russiaSummary, scriptModel, summarizeInChannel, textOf } from '../support/conversation.js';
import { eventually } from '../support/eventually.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { taskOf } from '../support/openai-emulator.js';
import { CHANNEL_ID, homeButtonPress, TEAM_ID, USER_ID, viewSubmission } from '../support/slack-requests.js';

const EDITOR = 'UEDITOR';
const DESK_CHIEF = 'UDESKCHIEF';
const ADMIN_CHANNEL = 'C0EDITORS';

describe('settings in Slack: the Home tab and /newsdesk settings', () => {
  let nd: RunningNewsdesk;

  afterEach(async () => {
    await nd?.stop();
  });

  async function start(env: Record<string, string> = {}): Promise<RunningNewsdesk> {
    nd = await startNewsdesk({ env: { ADMIN_CHANNEL_ID: ADMIN_CHANNEL, ...env } });
    scriptModel(nd.openai!, { summary: russiaSummary, translation: (request: { messages: Array<{ content: string }> }) => translationFor(request) });
    nd.slack.addUser({ id: EDITOR, teamId: TEAM_ID, isAdmin: true });
    nd.slack.setMembers(ADMIN_CHANNEL, [DESK_CHIEF]);
    return nd;
  }

  /** Opens a person's Home tab and returns what Newsdesk published there. */
  async function openHome(userId: string): Promise<string> {
    const before = nd.slack.views.length;
    await nd.send.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home', event_ts: nd.slack.nextTs() });
    const published = await eventually(() => nd.slack.views.slice(before).find((v) => v.type === 'home' && v.userId === userId));
    return JSON.stringify(published.view.blocks);
  }

  /** Presses a Home tab button and returns the modal Newsdesk opened. */
  async function openModal(actionId: string, userId = EDITOR): Promise<Record<string, any>> {
    const before = nd.slack.views.length;
    await nd.send.interaction(homeButtonPress(actionId, userId));
    return (await eventually(() => nd.slack.views.slice(before).find((v) => v.type === 'modal'))).view;
  }

  async function submit(view: Record<string, any>, userId: string, changes: Record<string, Record<string, unknown>> = {}): Promise<{ status: number; body: any }> {
    const response = await nd.send.interaction(viewSubmission(view, userId, changes));
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  const modelCalls = () => nd.openai!.requests.length;

  it('shows a journalist how to use Newsdesk and their own articles with links to their threads, and no settings', async () => {
    await start();
    const root = await summarizeInChannel(nd);
    const home = await openHome(USER_ID);
    expect(home).toContain('/summarize');
    expect(home).toContain('Summarize with Newsdesk');
    expect(home).toContain('Rusia Siap Lanjutkan Upaya Diplomasi');
    expect(home).toContain(`/archives/${CHANNEL_ID}/p${root.replace('.', '')}`);
    expect(home).not.toContain('Settings for this workspace');
    expect(home).not.toContain(EDIT_SETTINGS_ACTION);
    expect(await openHome(EDITOR)).toContain('None yet');
  });

  it('shows the settings to workspace admins and to members of the admin channel', async () => {
    await start();
    for (const admin of [EDITOR, DESK_CHIEF]) {
      const home = await openHome(admin);
      expect(home).toContain('Settings for this workspace');
      expect(home).toContain(EDIT_SETTINGS_ACTION);
      expect(home).toContain("Not changed in Slack yet");
    }
  });

  it('lets an admin mark a channel offline-only in the Home tab: the next /summarize there makes no model call, without a restart', async () => {
    await start();
    await summarizeInChannel(nd);
    expect(modelCalls()).toBe(1);

    const modal = await openModal(EDIT_SETTINGS_ACTION);
    expect(modal.callback_id).toBe('newsdesk_settings');
    const saved = await submit(modal, EDITOR, { offline_channels: { selected_conversations: [CHANNEL_ID] } });
    expect(saved.status).toBe(200);
    expect(saved.body.response_action).toBeUndefined();

    const home = await eventually(async () => {
      const latest = nd.slack.homeOf(EDITOR);
      return latest && JSON.stringify(latest.view.blocks).includes('Last changed by') ? JSON.stringify(latest.view.blocks) : undefined;
    });
    expect(home).toContain(`Last changed by <@${EDITOR}>`);
    expect(home).toContain('offline-only channels');
    expect(home).toContain(`<#${CHANNEL_ID}>`);
    expect(await nd.services.settings.changes(TEAM_ID)).toEqual([{ by: EDITOR, at: expect.any(String), what: 'offline-only channels' }]);

    const before = nd.slack.callsTo('chat.postMessage').length;
    await nd.send.command('/summarize', '--fresh');
    await eventually(() => nd.slack.callsTo('chat.postMessage')[before]);
    expect(textOf(nd.slack.callsTo('chat.postMessage')[before]!)).toContain(OFFLINE_CHANNEL_REASON);
    expect(modelCalls()).toBe(1);
  });

  it('refuses a settings submission forged by someone who is not an admin, and changes nothing', async () => {
    await start();
    const modal = await openModal(EDIT_SETTINGS_ACTION);
    const refused = await submit(modal, USER_ID, { offline_channels: { selected_conversations: [CHANNEL_ID] }, embargo_markers: { value: 'NOTHING' } });
    expect(refused.body).toEqual({ response_action: 'errors', errors: { offline_channels: NOT_A_SETTINGS_ADMIN } });
    expect(await nd.services.settings.own(TEAM_ID)).toEqual({});
    expect(await nd.services.settings.changes(TEAM_ID)).toEqual([]);

    await summarizeInChannel(nd);
    expect(modelCalls()).toBe(1);
    // Nor do the Home buttons open anything for them.
    const views = nd.slack.views.length;
    await nd.send.interaction(homeButtonPress(EDIT_SETTINGS_ACTION, USER_ID));
    await eventually(() => nd.slack.views.slice(views).find((v) => v.type === 'home'));
    expect(nd.slack.views.slice(views).filter((v) => v.type === 'modal')).toEqual([]);
  });

  it('checks each value as the environment variables are, and shows what is wrong under the field', async () => {
    await start();
    const modal = await openModal(EDIT_SETTINGS_ACTION);
    const wrong = await submit(modal, EDITOR, { embargo_markers: { value: ' , ' }, default_language: { value: 'Klingon' }, answers_per_minute: { value: '0' } });
    expect(wrong.body.response_action).toBe('errors');
    expect(Object.keys(wrong.body.errors).sort()).toEqual(['answers_per_minute', 'default_language', 'embargo_markers']);
    expect(await nd.services.settings.own(TEAM_ID)).toEqual({});
  });

  it('takes a glossary from the modal, checked line by line as the file is, for the next translation', async () => {
    await start();
    const modal = await openModal(EDIT_GLOSSARY_ACTION);
    const wrong = await submit(modal, EDITOR, { glossary: { value: 'Gedung Putih = White House\nKremlin' } });
    expect(wrong.body).toEqual({ response_action: 'errors', errors: { glossary: expect.stringMatching(/line 2: expected "source = target"/) } });
    await submit(modal, EDITOR, { glossary: { value: 'Lavrov = Sergei Lavrov\n# notes are skipped' } });
    await eventually(async () => ((await nd.services.settings.effective(TEAM_ID)).glossary.length ? true : undefined));

    await summarizeInChannel(nd);
    await nd.send.command('/translate', '');
    const request = await eventually(() => nd.openai!.requests.find((r) => taskOf(r) === 'translation'));
    expect(JSON.stringify(request.messages)).toContain('Lavrov = Sergei Lavrov');
  });

  it('sets a channel\'s translation target with /newsdesk settings, for admins only', async () => {
    await start();
    const { responseUrl } = await nd.send.command('/newsdesk', 'settings', { userId: USER_ID });
    const refusal = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl);
    expect(refusal.args.text).toBe(NOT_A_SETTINGS_ADMIN);

    await nd.send.command('/newsdesk', 'settings', { userId: EDITOR });
    const modal = (await eventually(() => nd.slack.views.find((v) => v.type === 'modal'))).view;
    expect(JSON.stringify(modal.blocks)).toContain(`"initial_conversation":"${CHANNEL_ID}"`);
    const saved = await submit(modal, EDITOR, { translate_to: { value: 'French' }, summary_length: { selected_option: { value: 'short' } } });
    expect(saved.body.response_action).toBeUndefined();
    await eventually(async () => ((await nd.services.settings.effective(TEAM_ID)).channels[CHANNEL_ID] ? true : undefined));
    expect((await nd.services.settings.effective(TEAM_ID)).channels[CHANNEL_ID]).toEqual({ translateTo: 'fr', summaryLength: 'short' });

    await summarizeInChannel(nd);
    await nd.send.command('/translate', '');
    const request = await eventually(() => nd.openai!.requests.find((r) => taskOf(r) === 'translation'));
    expect(JSON.stringify(request.messages)).toContain('French');
    const summary = nd.openai!.requests.find((r) => taskOf(r) === 'summary')!;
    expect(JSON.stringify(summary.messages)).toContain('Keep it tight');
    expect((await openHome(EDITOR))).toContain('translations into French');
    await openModal(EDIT_CHANNEL_SETTINGS_ACTION);
  });
});

/** A translation of each paragraph the request carries, so the translation checks pass. */
function translationFor(request: { messages: Array<{ content: string }> }) {
  const ids = [...request.messages.at(-1)!.content.matchAll(/\[(P\d+)\]/g)].map((m) => m[1]);
  return { headline: 'Russia ready', paragraphs: [...new Set(ids)].map((id) => ({ id, text: `Text ${id}` })) };
}
