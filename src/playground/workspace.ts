import { randomUUID } from 'node:crypto';
import { BOT_ID, BOT_USER_ID, type EmulatedFile, type EmulatedMessage, type SlackEmulator } from '../../test/support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID, USER_ID, type SlackSender } from '../../test/support/slack-requests.js';
import { escapeTyped, mentionsBot, messageText, parseCommand } from './slack-text.js';

export const CHANNEL = { id: CHANNEL_ID, name: 'newsroom' };
export const PERSON = { id: USER_ID, name: 'journalist' };
export const BOT = { id: BOT_USER_ID, name: 'Newsdesk' };

/** How the app answered one request the page made: its HTTP status, as Slack would see it. */
export interface Delivery {
  ok: boolean;
  status: number;
}

/** Where a response_url's posts show up: a thread, and the message an action was taken on. */
interface Origin {
  threadTs?: string;
  messageTs?: string;
  /** A replace or delete of the command's acknowledgement that arrived before the acknowledgement was shown. */
  early?: ResponseUrlPost;
}

interface ResponseUrlPost {
  url: string;
  text?: string;
  blocks?: unknown[];
  response_type?: string;
  replace_original?: boolean;
  delete_original?: boolean;
}

export class UnknownTarget extends Error {}

/**
 * The person's side of the workspace: turns what they do in the page into what Slack would send
 * the app (slash commands, message and app_mention events, block_actions, message shortcuts),
 * and shows what the app answers through ack bodies and response_url as Slack would.
 */
export class Workspace {
  private readonly origins = new Map<string, Origin>();

  constructor(
    private readonly slack: SlackEmulator,
    private readonly send: SlackSender,
  ) {
    slack.on('call', (call: { method: string; args: ResponseUrlPost }) => {
      if (call.method === 'response_url') this.showResponse(call.args);
    });
  }

  /** Everything typed into a composer: a slash command, or a message (with files) in the channel or a thread. */
  async type(typed: string, threadTs?: string, fileIds: string[] = []): Promise<Delivery> {
    const command = fileIds.length === 0 ? parseCommand(typed) : undefined;
    return command ? this.command(command.command, command.text, threadTs) : this.post(typed, threadTs, fileIds);
  }

  async command(command: string, text: string, threadTs?: string): Promise<Delivery> {
    const { response, responseUrl } = await this.send.command(command, escapeTyped(text), { channelId: CHANNEL.id });
    // A response_url post that beats this line lands in the channel rather than the thread; nothing is lost.
    const origin: Origin = { threadTs };
    this.origins.set(responseUrl, origin);
    const body = await response.text();
    // The acknowledgement is the command's original message: a later replace_original or delete_original acts on it.
    if (response.ok && body.trim()) origin.messageTs = this.showResponse({ ...JSON.parse(body), url: responseUrl })?.ts;
    if (origin.early) this.showResponse(origin.early);
    if (!response.ok) this.slackbotSays(`\`${command}\` failed with the error "dispatch_failed" (the app answered HTTP ${response.status})`, threadTs);
    return delivered(response);
  }

  /** A person's message: stored in the channel, then the events Slack sends for it. */
  async post(typed: string, threadTs?: string, fileIds: string[] = []): Promise<Delivery> {
    const text = messageText(typed);
    const files = fileIds.map((id) => this.fileInfo(id));
    const parent = threadTs ? this.find(threadTs) : undefined;
    const message = this.slack.seedMessage({
      channel: CHANNEL.id,
      user: PERSON.id,
      text,
      ...(threadTs && { thread_ts: threadTs }),
      ...(files.length > 0 && { files }),
    });
    const event = {
      channel: CHANNEL.id,
      user: PERSON.id,
      team: TEAM_ID,
      text,
      ts: message.ts,
      client_msg_id: randomUUID(),
      ...(threadTs && { thread_ts: threadTs, parent_user_id: parent?.user }),
      ...(files.length > 0 && { files, upload: false, display_as_bot: false }),
    };
    const sent = [this.send.event({ type: 'message', channel_type: 'channel', ...(files.length > 0 && { subtype: 'file_share' }), ...event })];
    if (mentionsBot(text)) sent.push(this.send.event({ type: 'app_mention', ...event }));
    const responses = await Promise.all(sent);
    return delivered(responses.find((response) => !response.ok) ?? responses[0]!);
  }

  /** A click on a button in a message: a block_actions payload carrying the button and the message. */
  async press(ts: string, actionId: string, blockId: string | undefined): Promise<Delivery> {
    const message = this.find(ts);
    const button = findElement(message, actionId, blockId);
    if (!button) throw new UnknownTarget(`no button ${actionId} in message ${ts}`);
    const response = await this.send.interaction({
      type: 'block_actions',
      ...this.actor(message),
      container: { type: 'message', message_ts: ts, channel_id: CHANNEL.id, is_ephemeral: Boolean(message.ephemeral_to), thread_ts: message.thread_ts },
      // Slack sends no message with an action on an ephemeral one.
      ...(!message.ephemeral_to && { message: asSlackMessage(message) }),
      state: { values: {} },
      actions: [{ ...button, action_ts: String(Date.now() / 1000) }],
    });
    return delivered(response);
  }

  /** A modal the app opened, sent with what the person entered: a view_submission, as Slack sends it. */
  async submitView(id: string, values: Record<string, Record<string, unknown>>): Promise<Delivery> {
    const opened = this.slack.views.find((view) => view.id === id && view.type === 'modal');
    if (!opened) throw new UnknownTarget(`no open modal ${id}`);
    const response = await this.send.interaction({
      type: 'view_submission',
      user: { id: PERSON.id, username: PERSON.name, name: PERSON.name, team_id: TEAM_ID },
      team: { id: TEAM_ID, domain: 'newsroom' },
      api_app_id: 'A0NEWSDESK',
      token: 'deprecated-verification-token',
      trigger_id: `trigger-${randomUUID()}`,
      view: { ...opened.view, id, team_id: TEAM_ID, state: { values }, hash: String(Date.now() / 1000), app_id: 'A0NEWSDESK', bot_id: BOT_ID },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    return delivered(response);
  }

  /** A message shortcut (the message's "More actions" menu), e.g. summarize_message. */
  async shortcut(ts: string, callbackId: string): Promise<Delivery> {
    const message = this.find(ts);
    const response = await this.send.interaction({
      type: 'message_action',
      callback_id: callbackId,
      ...this.actor(message),
      message: asSlackMessage(message),
      message_ts: ts,
      action_ts: String(Date.now() / 1000),
    });
    return delivered(response);
  }

  /** A file the person attaches: kept by the emulator, served at url_private behind the bot token. */
  upload(name: string, mimetype: string, bytes: Buffer): Record<string, unknown> {
    return this.fileInfo(this.slack.addFile({ name, mimetype, bytes }).id);
  }

  /** The channel as the person sees it: every message, their ephemerals included. */
  messages(): EmulatedMessage[] {
    return this.slack.messages.filter((m) => m.channel === CHANNEL.id && (!m.ephemeral_to || m.ephemeral_to === PERSON.id));
  }

  private find(ts: string): EmulatedMessage {
    const message = this.messages().find((m) => m.ts === ts);
    if (!message) throw new UnknownTarget(`no message ${ts} in #${CHANNEL.name}`);
    return message;
  }

  /** Who acted, where, and the response_url for the answer: shared by every interaction payload. */
  private actor(message: EmulatedMessage) {
    const responseUrl = this.slack.newResponseUrl();
    this.origins.set(responseUrl, { threadTs: message.thread_ts, messageTs: message.ts });
    return {
      user: { id: PERSON.id, username: PERSON.name, name: PERSON.name, team_id: TEAM_ID },
      team: { id: TEAM_ID, domain: 'newsroom' },
      channel: { id: CHANNEL.id, name: CHANNEL.name },
      api_app_id: 'A0NEWSDESK',
      token: 'deprecated-verification-token',
      trigger_id: `trigger-${randomUUID()}`,
      response_url: responseUrl,
      is_enterprise_install: false,
      enterprise: null,
    };
  }

  private fileInfo(id: string): Record<string, unknown> {
    const file: EmulatedFile | undefined = this.slack.files.get(id);
    if (!file) throw new UnknownTarget(`no file ${id}`);
    const { bytes: _bytes, ...info } = file;
    return { ...info, title: file.name, filetype: file.name.split('.').pop()?.toLowerCase() ?? '', user: PERSON.id };
  }

  /** What Slack does with an ack body or a response_url post: replace, delete, or show a new (ephemeral) message, which it returns. */
  private showResponse(post: ResponseUrlPost): EmulatedMessage | undefined {
    const origin = this.origins.get(post.url) ?? {};
    if (!origin.messageTs && (post.delete_original || post.replace_original) && this.origins.has(post.url)) {
      origin.early = post;
      return undefined;
    }
    if (origin.messageTs && post.delete_original) {
      this.slack.deleteMessage(CHANNEL.id, origin.messageTs);
      return undefined;
    }
    if (origin.messageTs && post.replace_original) {
      this.slack.updateMessage(CHANNEL.id, origin.messageTs, { text: post.text ?? '', blocks: post.blocks });
      return undefined;
    }
    return this.slack.seedMessage({
      channel: CHANNEL.id,
      thread_ts: origin.threadTs,
      user: BOT.id,
      bot_id: BOT_ID,
      text: post.text ?? '',
      blocks: post.blocks,
      ...(post.response_type !== 'in_channel' && { ephemeral_to: PERSON.id }),
    });
  }

  /** Slack's own notice when an app fails a request, shown only to the person. */
  private slackbotSays(text: string, threadTs?: string): void {
    this.slack.seedMessage({ channel: CHANNEL.id, thread_ts: threadTs, user: 'USLACKBOT', text, ephemeral_to: PERSON.id });
  }
}

function delivered(response: Response): Delivery {
  return { ok: response.ok, status: response.status };
}

/** The message as Slack puts it in interaction payloads. */
function asSlackMessage(message: EmulatedMessage): Record<string, unknown> {
  const { channel: _channel, ephemeral_to: _ephemeral, ...fields } = message;
  return { type: 'message', ...fields };
}

interface Element {
  type: string;
  action_id?: string;
  block_id?: string;
  [field: string]: unknown;
}

/** The interactive element with this action_id: in an actions block, or a section's accessory. */
function findElement(message: EmulatedMessage, actionId: string, blockId: string | undefined): Element | undefined {
  for (const block of (message.blocks ?? []) as Array<{ type: string; block_id?: string; elements?: Element[]; accessory?: Element }>) {
    if (blockId && block.block_id !== blockId) continue;
    const element = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])].find((e) => e.action_id === actionId);
    if (element) return { ...element, block_id: block.block_id };
  }
  return undefined;
}
