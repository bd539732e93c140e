import { randomUUID } from 'node:crypto';
import type { SlackEmulator } from './slack-emulator.js';
import { slackSignatureHeaders } from './slack-signing.js';

export const TEAM_ID = 'T0NEWSROOM';
export const CHANNEL_ID = 'C0NEWSDESK';
export const USER_ID = 'UJOURNALIST';

export interface Where {
  teamId?: string;
  channelId?: string;
  userId?: string;
  /** A workspace of an Enterprise Grid org where Newsdesk is installed org-wide. */
  enterprise?: { id: string; isEnterpriseInstall: boolean };
}

/** A slash command's fields as Slack sends them (form-encoded over HTTP, a JSON payload in Socket Mode). */
export function commandFields(command: string, text: string, responseUrl: string, where: Where = {}): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: where.teamId ?? TEAM_ID,
    team_domain: 'newsroom',
    channel_id: where.channelId ?? CHANNEL_ID,
    channel_name: 'newsdesk',
    user_id: where.userId ?? USER_ID,
    user_name: 'journalist',
    command,
    text,
    api_app_id: 'A0NEWSDESK',
    response_url: responseUrl,
    trigger_id: `trigger-${randomUUID()}`,
    ...(where.enterprise && { enterprise_id: where.enterprise.id, is_enterprise_install: String(where.enterprise.isEnterpriseInstall) }),
  };
}

/** The Events API's event_callback body around one event, as Slack sends it over HTTP and in Socket Mode. */
export function eventCallback(event: Record<string, unknown>, options: EventOptions = {}): Record<string, unknown> {
  const teamId = options.teamId ?? TEAM_ID;
  const { enterprise } = options;
  return {
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0NEWSDESK',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UNEWSDESK', is_bot: true }],
    // An org-wide install's events: Slack names the org, and no workspace, in the authorization.
    ...(enterprise && {
      enterprise_id: enterprise.id,
      authorizations: [
        { enterprise_id: enterprise.id, team_id: enterprise.isEnterpriseInstall ? null : teamId, user_id: 'UNEWSDESK', is_bot: true, is_enterprise_install: enterprise.isEnterpriseInstall },
      ],
    }),
  };
}

export interface EventOptions {
  eventId?: string;
  teamId?: string;
  enterprise?: Where['enterprise'];
}

/** Sends requests into the app's /slack/events exactly as Slack would: signed, in Slack's encodings. */
export class SlackSender {
  constructor(
    readonly eventsUrl: string,
    readonly signingSecret: string,
    private readonly slack: SlackEmulator,
  ) {}

  /** A slash command, form-encoded, with a response_url on the emulator. */
  async command(command: string, text: string, where: Where = {}): Promise<{ response: Response; responseUrl: string }> {
    const responseUrl = this.slack.newResponseUrl();
    const body = new URLSearchParams(commandFields(command, text, responseUrl, where)).toString();
    return { response: await this.post(body, 'application/x-www-form-urlencoded'), responseUrl };
  }

  /** An Events API callback; pass retryNum to play Slack's redelivery of the same event_id. */
  async event(
    event: Record<string, unknown>,
    options: EventOptions & { retryNum?: number } = {},
  ): Promise<Response> {
    const body = JSON.stringify(eventCallback(event, options));
    const retry: Record<string, string> = options.retryNum
      ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }
      : {};
    return this.post(body, 'application/json', retry);
  }

  /** An interactivity payload (block_actions, message_action, …), form-encoded as payload=JSON. */
  async interaction(payload: Record<string, unknown>): Promise<Response> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.post(body, 'application/x-www-form-urlencoded');
  }

  /**
   * A click on a button under one of the app's messages in the default channel, as Slack sends it:
   * with the message as the channel now shows it (its text, thread and blocks).
   */
  async buttonPress(
    button: { messageTs: string; actionId: string; value: string; userId?: string; blockId?: string },
    responseUrl = this.slack.newResponseUrl(),
  ): Promise<Response> {
    const userId = button.userId ?? USER_ID;
    const shown = this.slack.messages.find((m) => m.channel === CHANNEL_ID && m.ts === button.messageTs);
    return this.interaction({
      type: 'block_actions',
      team: { id: TEAM_ID, domain: 'newsroom' },
      user: { id: userId, username: userId.toLowerCase(), team_id: TEAM_ID },
      api_app_id: 'A0NEWSDESK',
      token: 'deprecated-verification-token',
      container: { type: 'message', message_ts: button.messageTs, channel_id: CHANNEL_ID, is_ephemeral: false },
      trigger_id: `trigger-${randomUUID()}`,
      channel: { id: CHANNEL_ID, name: 'newsdesk' },
      message: {
        type: 'message',
        ts: button.messageTs,
        text: shown?.text ?? 'summary',
        user: 'UNEWSDESK',
        ...(shown?.thread_ts && { thread_ts: shown.thread_ts }),
        ...(shown?.blocks && { blocks: shown.blocks }),
      },
      response_url: responseUrl,
      actions: [
        { type: 'button', action_id: button.actionId, block_id: button.blockId ?? 'article_actions', value: button.value, action_ts: '1700000000.000001' },
      ],
    });
  }

  /** A modal sent (view_submission) with the values a person entered, as Slack sends it. */
  async viewSubmission(view: { callback_id: string; private_metadata: string; values: Record<string, Record<string, unknown>> }, userId = USER_ID): Promise<Response> {
    return this.interaction({
      type: 'view_submission',
      team: { id: TEAM_ID, domain: 'newsroom' },
      user: { id: userId, username: userId.toLowerCase(), team_id: TEAM_ID },
      api_app_id: 'A0NEWSDESK',
      token: 'deprecated-verification-token',
      trigger_id: `trigger-${randomUUID()}`,
      view: {
        id: 'V00000001',
        team_id: TEAM_ID,
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values: view.values },
        hash: '1700000000.abcdef',
        app_id: 'A0NEWSDESK',
        bot_id: 'BNEWSDESK',
      },
      response_urls: [],
    });
  }

  async post(body: string, contentType: string, headers: Record<string, string> = {}, timestamp?: number): Promise<Response> {
    return fetch(this.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': contentType, ...slackSignatureHeaders(this.signingSecret, body, timestamp), ...headers },
      body,
    });
  }
}

/** A view's inputs as Slack sends them on submission: each input's initial value, unless `changes` gives another. */
export function viewStateOf(view: Record<string, any>, changes: Record<string, Record<string, unknown>> = {}): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks as Array<Record<string, any>>) {
    if (block.type !== 'input') continue;
    const element = block.element as Record<string, any>;
    const initial: Record<string, Record<string, unknown>> = {
      plain_text_input: { value: element.initial_value ?? null },
      number_input: { value: element.initial_value ?? null },
      multi_conversations_select: { selected_conversations: element.initial_conversations ?? [] },
      conversations_select: { selected_conversation: element.initial_conversation ?? null },
      static_select: { selected_option: element.initial_option ?? null },
    };
    values[block.block_id] = { [element.action_id]: { type: element.type, ...initial[element.type], ...changes[block.block_id] } };
  }
  return values;
}

/** A modal's submission (view_submission) by a person, as Slack sends it. */
export function viewSubmission(view: Record<string, any>, userId: string, changes: Record<string, Record<string, unknown>> = {}, teamId = TEAM_ID): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: teamId, domain: 'newsroom' },
    user: { id: userId, username: userId.toLowerCase(), team_id: teamId },
    api_app_id: 'A0NEWSDESK',
    token: 'deprecated-verification-token',
    trigger_id: `trigger-${randomUUID()}`,
    view: { id: 'V0MODAL', team_id: teamId, type: 'modal', ...view, state: { values: viewStateOf(view, changes) }, hash: 'hash' },
  };
}

/** A click on a button of a person's Home tab (block_actions from the home view). */
export function homeButtonPress(actionId: string, userId: string, teamId = TEAM_ID): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: teamId, domain: 'newsroom' },
    user: { id: userId, username: userId.toLowerCase(), team_id: teamId },
    api_app_id: 'A0NEWSDESK',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'V0HOME' },
    trigger_id: `trigger-${randomUUID()}`,
    view: { id: 'V0HOME', team_id: teamId, type: 'home', blocks: [] },
    actions: [{ type: 'button', action_id: actionId, block_id: 'settings_actions', action_ts: '1700000000.000001' }],
  };
}
