import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, readBody, sendJson } from './http.js';

/** One Web API call the app made, with its arguments decoded. */
export interface SlackCall {
  method: string;
  args: Record<string, any>;
  token: string | undefined;
  /** When the emulator received it (epoch ms). */
  at?: number;
}

/** A message as the emulated workspace holds it (posted by the bot or seeded by a test). */
export interface EmulatedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text: string;
  blocks?: unknown[];
  ephemeral_to?: string;
  /** Files shared with the message, as Slack describes them (no bytes). */
  files?: Array<Record<string, unknown>>;
}

export interface EmulatedFile {
  id: string;
  name: string;
  mimetype: string;
  size: number;
  url_private: string;
  url_private_download: string;
  bytes: Buffer;
}

export const BOT_USER_ID = 'UNEWSDESK';
export const BOT_ID = 'BNEWSDESK';
/** The workspace the emulator's first bot token belongs to (slack-requests' TEAM_ID). */
export const DEFAULT_TEAM_ID = 'T0NEWSROOM';

/** A workspace the emulated Slack knows: its bot token, and an enterprise when it is on Enterprise Grid. */
export interface EmulatedWorkspace {
  teamId: string;
  name: string;
  botToken: string;
  enterpriseId?: string;
  /** An org-wide install: one token serves every workspace of the enterprise. */
  isEnterpriseInstall?: boolean;
}

/** A person as users.info describes them: admins and owners may change Newsdesk's settings. */
export interface EmulatedUser {
  id: string;
  teamId: string;
  isAdmin?: boolean;
  isOwner?: boolean;
}

/** A view the app published or opened: the Home tab of a person, or a modal. */
export interface EmulatedView {
  id: string;
  type: 'home' | 'modal';
  userId?: string;
  triggerId?: string;
  view: Record<string, any>;
  token: string | undefined;
}

/**
 * A local Slack Web API: records every call, answers like Slack, keeps the messages the app
 * posts (so tests and the playground can read the channel), serves private files behind the
 * bot token and takes response_url posts.
 */
export class SlackEmulator extends EventEmitter {
  readonly calls: SlackCall[] = [];
  /** Calls per method, counted as they arrive (kept when a bench clears `calls` to measure memory). */
  private readonly callCounts = new Map<string, number>();
  readonly messages: EmulatedMessage[] = [];
  readonly files = new Map<string, EmulatedFile>();
  /** Bot tokens by the workspace they act for: the first one's, then one per install. */
  readonly workspaces = new Map<string, EmulatedWorkspace>();
  readonly users = new Map<string, EmulatedUser>();
  /** Channel members, for conversations.members. */
  readonly members = new Map<string, string[]>();
  readonly views: EmulatedView[] = [];
  /** Authorization codes Slack hands the app's redirect URL, with the workspace each installs. */
  private readonly installCodes = new Map<string, EmulatedWorkspace>();
  private oauthClient: { clientId: string; clientSecret: string } | undefined;
  private failures = new Map<string, Array<{ error: string; when?: (args: Record<string, any>) => boolean }>>();
  /** Per method, the Retry-After (seconds) of each next call Slack rate-limits with HTTP 429. */
  private rateLimits = new Map<string, number[]>();
  private socketMode: { appToken: string; newUrl(): string } | undefined;
  // Message ts are the time in seconds, as Slack's are (Newsdesk tells a just-started thread by it).
  private clock = Math.floor(Date.now() / 1000);
  private counter = 0;
  private responseUrls = 0;

  private constructor(
    readonly origin: string,
    private readonly closeServer: () => Promise<void>,
    readonly botToken: string,
  ) {
    super();
    this.workspaces.set(botToken, { teamId: DEFAULT_TEAM_ID, name: 'Newsroom', botToken });
  }

  static async start(botToken = 'xoxb-test-token'): Promise<SlackEmulator> {
    let emulator: SlackEmulator | undefined;
    const { origin, close } = await listenOnLoopback((req, res) => {
      emulator!.handle(req, res).catch((error) => sendJson(res, 500, { ok: false, error: String(error) }));
    });
    emulator = new SlackEmulator(origin, close, botToken);
    return emulator;
  }

  /** The base for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  close(): Promise<void> {
    return this.closeServer();
  }

  /** A fresh response_url for a slash command or action; its posts are recorded as calls to "response_url". */
  newResponseUrl(): string {
    return `${this.origin}/response/${++this.responseUrls}`;
  }

  /** Lets apps.connections.open, called with `appToken`, hand out WebSocket URLs (see SocketModeEmulator). */
  acceptSocketMode(appToken: string, newUrl: () => string): void {
    this.socketMode = { appToken, newUrl };
  }

  /** The OAuth client the app is registered as: oauth.v2.access checks its id and secret. */
  registerOAuthClient(clientId: string, clientSecret: string): void {
    this.oauthClient = { clientId, clientSecret };
  }

  /**
   * A person approved the install of the app in a workspace: the code Slack sends to the
   * redirect URL, which oauth.v2.access exchanges for the workspace's own bot token.
   */
  approveInstall(workspace: Omit<EmulatedWorkspace, 'botToken'>): { code: string; botToken: string } {
    const botToken = `xoxb-${workspace.enterpriseId ?? ''}${workspace.teamId}-${this.counter++}-${Math.random().toString(36).slice(2)}`;
    const code = `code-${Math.random().toString(36).slice(2)}`;
    this.installCodes.set(code, { ...workspace, botToken });
    return { code, botToken };
  }

  addUser(user: EmulatedUser): void {
    this.users.set(user.id, user);
  }

  setMembers(channel: string, userIds: string[]): void {
    this.members.set(channel, userIds);
  }

  /** The Home tab the app last published for a person. */
  homeOf(userId: string): EmulatedView | undefined {
    return this.views.filter((v) => v.type === 'home' && v.userId === userId).at(-1);
  }

  /** Makes the next call to `method` (the next one `when` matches, if given) fail with Slack's error code, e.g. not_in_channel. */
  failNext(method: string, error: string, when?: (args: Record<string, any>) => boolean): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), { error, when }]);
  }

  /** Makes the next call to `method` answer HTTP 429 with Retry-After, as Slack's rate limits do. */
  rateLimitNext(method: string, retryAfterSeconds: number): void {
    this.rateLimits.set(method, [...(this.rateLimits.get(method) ?? []), retryAfterSeconds]);
  }

  nextTs(): string {
    this.counter += 1;
    return `${this.clock + this.counter}.${String(this.counter).padStart(6, '0')}`;
  }

  /** Puts a message in a channel as a person would have posted it. */
  seedMessage(message: Omit<EmulatedMessage, 'ts'> & { ts?: string }): EmulatedMessage {
    const stored = { ...message, ts: message.ts ?? this.nextTs() };
    this.messages.push(stored);
    this.emit('change', stored);
    return stored;
  }

  /** Changes a message in place, as chat.update does; undefined when there is no such message. */
  updateMessage(channel: string, ts: string, changes: Partial<Pick<EmulatedMessage, 'text' | 'blocks'>>): EmulatedMessage | undefined {
    const message = this.messages.find((m) => m.channel === channel && m.ts === ts);
    if (!message) return undefined;
    Object.assign(message, changes);
    this.emit('change', message);
    return message;
  }

  /** Removes a message, as chat.delete does, and emits 'delete' with it. */
  deleteMessage(channel: string, ts: string): EmulatedMessage | undefined {
    const index = this.messages.findIndex((m) => m.channel === channel && m.ts === ts);
    if (index < 0) return undefined;
    const [removed] = this.messages.splice(index, 1);
    this.emit('delete', removed);
    return removed;
  }

  addFile(file: { name: string; mimetype: string; bytes: Buffer }): EmulatedFile {
    const id = `F${String(this.files.size + 1).padStart(8, '0')}`;
    const url = `${this.origin}/files/${id}/${encodeURIComponent(file.name)}`;
    const stored = { ...file, id, size: file.bytes.length, url_private: url, url_private_download: url };
    this.files.set(id, stored);
    return stored;
  }

  /**
   * What one command's person sees of it now, as Slack shows it: the acknowledgement's ephemeral
   * (pass the ack body), then each response_url post, which replaces that first message
   * (replace_original), deletes it (delete_original) or adds another.
   */
  shownThrough(responseUrl: string, ack?: { text?: string; blocks?: unknown[] }): Array<{ text?: string; blocks?: unknown[] }> {
    let original = ack?.text || ack?.blocks ? ack : undefined;
    const added: Array<{ text?: string; blocks?: unknown[] }> = [];
    for (const { args } of this.callsTo('response_url').filter((call) => call.args.url === responseUrl)) {
      const shown = { text: args.text, blocks: args.blocks };
      if (args.delete_original) original = undefined;
      else if (args.replace_original) original = shown;
      else if (original) added.push(shown);
      else original = shown;
    }
    return original ? [original, ...added] : added;
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Everything the app showed a person: posts, updates, ephemerals and response_url posts. */
  visibleText(): string {
    return this.calls
      .filter((c) => /^(chat\.(postMessage|update|postEphemeral|appendStream|stopStream)|response_url)$/.test(c.method))
      .map((c) => JSON.stringify(c.args))
      .join('\n');
  }

  /** How many calls to `method` have been made since the emulator started. */
  countOf(method: string): number {
    return this.callCounts.get(method) ?? 0;
  }

  /**
   * Waits until `method` has been called `count` times in all. One comparison per call, where
   * `waitFor` with a matcher that counts rescans every call on every call (cubic over a bench's
   * thousands of posts, which then measures the emulator rather than the app).
   */
  async waitForCount(method: string, count: number, timeoutMs = 15_000): Promise<void> {
    if (this.countOf(method) >= count) return;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('call', onCall);
        reject(new Error(`${this.countOf(method)} of ${count} ${method} calls within ${timeoutMs} ms`));
      }, timeoutMs);
      const onCall = (call: SlackCall) => {
        if (call.method !== method || this.countOf(method) < count) return;
        clearTimeout(timer);
        this.off('call', onCall);
        resolve();
      };
      this.on('call', onCall);
    });
  }

  /** Waits until a call to `method` that satisfies `matches` has been made, and returns it. */
  async waitFor(method: string, matches: (call: SlackCall) => boolean = () => true, timeoutMs = 15_000): Promise<SlackCall> {
    const found = () => this.calls.find((call) => call.method === method && matches(call));
    const existing = found();
    if (existing) return existing;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('call', onCall);
        reject(new Error(`no ${method} call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const onCall = () => {
        const call = found();
        if (!call) return;
        clearTimeout(timer);
        this.off('call', onCall);
        resolve(call);
      };
      this.on('call', onCall);
    });
  }

  private record(call: SlackCall): void {
    call.at = Date.now();
    this.calls.push(call);
    this.callCounts.set(call.method, this.countOf(call.method) + 1);
    this.emit('call', call);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = await readBody(req);
    const token = req.headers.authorization?.replace(/^Bearer /, '');

    if (url.pathname.startsWith('/files/')) return this.serveFile(url, token, res);
    if (url.pathname.startsWith('/upload/')) {
      this.record({ method: 'file_upload', args: { id: url.pathname.split('/')[2], content: await uploadedContent(req.headers['content-type'], body) }, token });
      res.writeHead(200).end('OK');
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const args = JSON.parse(body.toString('utf8') || '{}');
      this.record({ method: 'response_url', args: { ...args, url: url.toString() }, token });
      return sendJson(res, 200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = decodeArgs(req.headers['content-type'], body, url);
    this.record({ method, args, token: token ?? args.token });
    // The one method Slack authenticates with the app-level token (xapp-…), not the bot token.
    if (method === 'apps.connections.open') {
      const socketMode = this.socketMode;
      return sendJson(res, 200, socketMode && token === socketMode.appToken ? { ok: true, url: socketMode.newUrl() } : { ok: false, error: 'invalid_auth' });
    }
    // Exchanged with the client id and secret, before the app has any token.
    if (method === 'oauth.v2.access') return sendJson(res, 200, this.exchangeCode(args, req.headers.authorization));
    const workspace = this.workspaces.get(token ?? '') ?? this.workspaces.get(args.token ?? '');
    if (!workspace) return sendJson(res, 200, { ok: false, error: 'invalid_auth' });
    const retryAfter = this.rateLimits.get(method)?.shift();
    if (retryAfter !== undefined) {
      res.setHeader('retry-after', String(retryAfter));
      return sendJson(res, 429, { ok: false, error: 'ratelimited' });
    }
    const queued = this.failures.get(method) ?? [];
    const due = queued.findIndex((failure) => !failure.when || failure.when(args));
    const failure = (due >= 0 ? queued.splice(due, 1)[0]!.error : undefined) ?? beyondSlackLimits(method, args);
    if (failure) return sendJson(res, 200, { ok: false, error: failure });
    sendJson(res, 200, this.answer(method, args, workspace, token ?? args.token));
  }

  private serveFile(url: URL, token: string | undefined, res: ServerResponse): void {
    const file = this.files.get(url.pathname.split('/')[2] ?? '');
    // Slack answers an unauthenticated url_private with its login page, not a 401.
    if (!file || !this.workspaces.has(token ?? '')) {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in to Slack</body></html>');
      return;
    }
    res.writeHead(200, { 'content-type': file.mimetype, 'content-length': file.bytes.length }).end(file.bytes);
  }

  /** oauth.v2.access: the client's id and secret (form fields or basic auth) and a code from approveInstall. */
  private exchangeCode(args: Record<string, any>, authorization: string | undefined): Record<string, unknown> {
    const basic = authorization?.startsWith('Basic ') ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':') : [];
    const clientId = args.client_id ?? basic[0];
    const clientSecret = args.client_secret ?? basic[1];
    if (!this.oauthClient || clientId !== this.oauthClient.clientId || clientSecret !== this.oauthClient.clientSecret) {
      return { ok: false, error: 'invalid_client_id' };
    }
    const workspace = this.installCodes.get(args.code);
    if (!workspace) return { ok: false, error: 'invalid_code' };
    this.installCodes.delete(args.code);
    this.workspaces.set(workspace.botToken, workspace);
    return {
      ok: true,
      access_token: workspace.botToken,
      token_type: 'bot',
      scope: 'app_mentions:read,chat:write,commands,users:read',
      bot_user_id: BOT_USER_ID,
      app_id: 'A0NEWSDESK',
      team: workspace.isEnterpriseInstall ? null : { id: workspace.teamId, name: workspace.name },
      enterprise: workspace.enterpriseId ? { id: workspace.enterpriseId, name: 'Newsgroup' } : null,
      is_enterprise_install: workspace.isEnterpriseInstall ?? false,
      authed_user: { id: 'UINSTALLER' },
    };
  }

  private answer(method: string, args: Record<string, any>, workspace: EmulatedWorkspace, token: string | undefined): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `https://${workspace.name.toLowerCase()}.slack.com/`,
          team: workspace.name,
          user: 'newsdesk',
          team_id: workspace.isEnterpriseInstall ? undefined : workspace.teamId,
          ...(workspace.enterpriseId && { enterprise_id: workspace.enterpriseId }),
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
          is_enterprise_install: workspace.isEnterpriseInstall ?? false,
        };
      case 'users.info': {
        // Everyone not added is a member with no special role.
        const user: EmulatedUser = this.users.get(args.user) ?? { id: args.user, teamId: workspace.teamId };
        return {
          ok: true,
          user: { id: user.id, team_id: user.teamId, name: user.id.toLowerCase(), is_admin: user.isAdmin ?? false, is_owner: user.isOwner ?? false, is_bot: false },
        };
      }
      case 'chat.getPermalink': {
        const message = this.messages.find((m) => m.channel === args.channel && m.ts === args.message_ts && !m.ephemeral_to);
        if (!message) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel: args.channel, permalink: permalink(message, workspace.name) };
      }
      case 'conversations.members':
        return { ok: true, members: this.members.get(args.channel) ?? [], response_metadata: { next_cursor: '' } };
      case 'views.publish': {
        const view = args.view;
        const stored = { id: `V${String(this.views.length + 1).padStart(8, '0')}`, type: 'home' as const, userId: args.user_id, view, token };
        this.views.push(stored);
        this.emit('change', stored);
        return { ok: true, view: { id: stored.id, ...view } };
      }
      case 'views.open': {
        if (!args.trigger_id) return { ok: false, error: 'invalid_trigger_id' };
        const view = args.view;
        const stored = { id: `V${String(this.views.length + 1).padStart(8, '0')}`, type: 'modal' as const, triggerId: args.trigger_id, view, token };
        this.views.push(stored);
        // The playground shows it, as the Slack client opens it for the person.
        this.emit('view', stored);
        return { ok: true, view: { id: stored.id, ...view } };
      }
      case 'chat.postMessage': {
        const message = this.seedMessage({
          channel: args.channel,
          thread_ts: args.thread_ts,
          text: args.text ?? '',
          blocks: args.blocks,
          user: BOT_USER_ID,
          bot_id: BOT_ID,
        });
        return { ok: true, channel: args.channel, ts: message.ts, message };
      }
      case 'chat.postEphemeral': {
        this.seedMessage({ channel: args.channel, thread_ts: args.thread_ts, text: args.text ?? '', blocks: args.blocks, ephemeral_to: args.user, bot_id: BOT_ID });
        return { ok: true, message_ts: this.nextTs() };
      }
      // Chat streaming: the stream is one bot message whose text grows with each call.
      case 'chat.startStream': {
        const message = this.seedMessage({ channel: args.channel, thread_ts: args.thread_ts, text: args.markdown_text ?? '', user: BOT_USER_ID, bot_id: BOT_ID });
        return { ok: true, channel: args.channel, ts: message.ts };
      }
      case 'chat.appendStream':
      case 'chat.stopStream': {
        const message = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        this.updateMessage(args.channel, args.ts, { text: message.text + (args.markdown_text ?? ''), ...(args.blocks && { blocks: args.blocks }) });
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'chat.update': {
        const changes = { ...(args.text != null && { text: args.text }), ...(args.blocks != null && { blocks: args.blocks }) };
        if (!this.updateMessage(args.channel, args.ts, changes)) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'chat.delete':
        return this.deleteMessage(args.channel, args.ts) ? { ok: true } : { ok: false, error: 'message_not_found' };
      case 'files.info': {
        const file = this.files.get(args.file);
        if (!file) return { ok: false, error: 'file_not_found' };
        const { bytes: _bytes, ...info } = file;
        return { ok: true, file: info };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${String(this.files.size + 1).padStart(8, '0')}`;
        this.files.set(id, { id, name: args.filename, mimetype: 'text/markdown', size: Number(args.length), url_private: '', url_private_download: '', bytes: Buffer.alloc(0) });
        return { ok: true, upload_url: `${this.origin}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: JSON.parse(args.files ?? '[]') };
      case 'conversations.info':
        return { ok: true, channel: { id: args.channel, name: 'newsroom', is_member: true } };
      case 'assistant.threads.setStatus':
      case 'assistant.threads.setTitle':
      case 'assistant.threads.setSuggestedPrompts':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/**
 * What Slack refuses for its size (https://api.slack.com/reference/block-kit/blocks): more than 50
 * blocks, a section's text over 3,000 characters, a header's over 150, a context element's over
 * 3,000, a message's text over 40,000, a streamed markdown_text over 12,000.
 */
function beyondSlackLimits(method: string, args: Record<string, any>): string | undefined {
  if (!/^chat\.(postMessage|postEphemeral|update|startStream|appendStream|stopStream)$/.test(method)) return undefined;
  if (typeof args.text === 'string' && args.text.length > 40_000) return 'msg_too_long';
  if (typeof args.markdown_text === 'string' && args.markdown_text.length > 12_000) return 'msg_too_long';
  const blocks: any[] = Array.isArray(args.blocks) ? args.blocks : [];
  if (blocks.length > 50) return 'invalid_blocks';
  const tooLong = (text: unknown, limit: number) => typeof text === 'string' && text.length > limit;
  for (const block of blocks) {
    if (block.type === 'section' && tooLong(block.text?.text, 3000)) return 'invalid_blocks';
    if (block.type === 'header' && tooLong(block.text?.text, 150)) return 'invalid_blocks';
    if (block.type === 'context' && (block.elements?.length > 10 || block.elements?.some((e: any) => tooLong(e.text, 3000)))) return 'invalid_blocks';
  }
  return undefined;
}

/** The bytes of an upload, sent raw or, as @slack/web-api sends them, as a multipart form's one file. */
async function uploadedContent(contentType: string | undefined, body: Buffer): Promise<string> {
  if (!contentType?.startsWith('multipart/form-data')) return body.toString('utf8');
  const form = await new Request('http://upload.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
  const file = [...form.values()].find((value): value is File => typeof value !== 'string');
  return file ? await file.text() : '';
}

/** A message's link as Slack gives it: a reply's carries its thread. */
export function permalink(message: EmulatedMessage, workspaceName = 'Newsroom'): string {
  const link = `https://${workspaceName.toLowerCase()}.slack.com/archives/${message.channel}/p${message.ts.replace('.', '')}`;
  return message.thread_ts && message.thread_ts !== message.ts ? `${link}?thread_ts=${message.thread_ts}&cid=${message.channel}` : link;
}

/** Web API calls arrive form-encoded (nested values as JSON strings) or as JSON. */
function decodeArgs(contentType: string | undefined, body: Buffer, url: URL): Record<string, any> {
  const text = body.toString('utf8');
  if (contentType?.includes('application/json')) return text ? JSON.parse(text) : {};
  const args: Record<string, any> = Object.fromEntries(url.searchParams);
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) && ['blocks', 'attachments', 'metadata', 'prompts', 'chunks', 'view'].includes(key) ? JSON.parse(value) : value;
  }
  return args;
}
