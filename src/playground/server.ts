import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { createApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { createServices } from '../services.js';
import { projectFile } from '../project-files.js';
import { readBody, sendJson } from '../../test/support/http.js';
import { SlackEmulator, type EmulatedMessage, type EmulatedView } from '../../test/support/slack-emulator.js';
import { SlackSender } from '../../test/support/slack-requests.js';
import { BOT, CHANNEL, PERSON, UnknownTarget, Workspace } from './workspace.js';

export interface Playground {
  /** The page, e.g. http://127.0.0.1:3300/ */
  url: string;
  /** The emulated Slack workspace the app talks to. */
  slack: SlackEmulator;
  /** The running Newsdesk (Bolt) app. */
  app: App;
  config: Config;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** Where to serve the page; 0 picks a free port. Default: PLAYGROUND_PORT. */
  port?: number;
  /** The environment to configure the app from (model settings, log level…). Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

// From the project, not the build: tsc compiles no .html, .css or browser .js into dist/.
const PUBLIC = projectFile('src/playground/public/');
const MANIFEST = projectFile('manifest.json');
const SAMPLE_ARTICLE = projectFile('test/fixtures/article-id-russia-diplomacy.txt');
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

const Send = z.object({ text: z.string(), thread_ts: z.string().optional(), files: z.array(z.string()).default([]) });
const Press = z.object({ ts: z.string(), action_id: z.string(), block_id: z.string().optional() });
const Shortcut = z.object({ ts: z.string(), callback_id: z.string() });
const Submit = z.object({ id: z.string(), values: z.record(z.string(), z.record(z.string(), z.unknown())) });

/**
 * The real app in HTTP mode on loopback, talking to a local Slack emulator, and a page that plays
 * the Slack client: a person's commands, messages, clicks and files become signed Slack requests.
 * No Slack workspace, no network; a model only when the environment configures one.
 */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const botToken = `xoxb-playground-${randomBytes(8).toString('hex')}`;
  // A fresh secret per run: the app checks every request's signature exactly as with Slack.
  const signingSecret = randomBytes(32).toString('hex');
  const slack = await SlackEmulator.start(botToken);
  const { SLACK_APP_TOKEN: _socketMode, ...env } = options.env ?? process.env;
  const config = loadConfig({
    ...env,
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    // The playground's made-up workspace never mixes with a real store.
    STORE_URL: 'memory:',
  });
  const newsdesk = createApp(config, createServices(config));
  const eventsUrl = `http://127.0.0.1:${await newsdesk.start(0, '127.0.0.1')}/slack/events`;
  const workspace = new Workspace(slack, new SlackSender(eventsUrl, signingSecret, slack));

  const page = await pageFiles();
  const about = await describeWorkspace(config);
  const streams = new Set<ServerResponse>();
  const broadcast = (event: StreamEvent, data: unknown) => {
    for (const stream of streams) stream.write(sseEvent(event, data));
  };
  // Someone else's ephemeral is not the person's to see.
  const onChange = (message: EmulatedMessage) => workspace.messages().includes(message) && broadcast('message', message);
  const onDelete = (message: EmulatedMessage) => broadcast('delete', message);
  // A modal the app opens (the 👎 form) opens on the page.
  const onView = (view: EmulatedView) => view.type === 'modal' && broadcast('modal', { ...view.view, id: view.id });
  slack.on('change', onChange);
  slack.on('delete', onDelete);
  slack.on('view', onView);

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<unknown>> = {
    'GET /api/workspace': async () => about,
    'GET /api/messages': async () => workspace.messages(),
    'GET /api/sample-article': async () => ({ text: await readFile(SAMPLE_ARTICLE, 'utf8') }),
    'POST /api/send': async (req) => {
      const { text, thread_ts, files } = Send.parse(await readJson(req));
      return workspace.type(text, thread_ts, files);
    },
    'POST /api/action': async (req) => {
      const { ts, action_id, block_id } = Press.parse(await readJson(req));
      return workspace.press(ts, action_id, block_id);
    },
    'POST /api/view': async (req) => {
      const { id, values } = Submit.parse(await readJson(req));
      return workspace.submitView(id, values);
    },
    'POST /api/shortcut': async (req) => {
      const { ts, callback_id } = Shortcut.parse(await readJson(req));
      return workspace.shortcut(ts, callback_id);
    },
    'POST /api/files': async (req) => {
      const name = z.string().min(1).parse(decodeURIComponent(String(req.headers['x-file-name'] ?? '')));
      return workspace.upload(name, req.headers['content-type'] ?? 'application/octet-stream', await readBody(req));
    },
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://playground').pathname;
    if (req.method === 'GET' && path === '/api/stream') return openStream(res, streams, workspace.messages());
    const route = routes[`${req.method} ${path}`];
    if (route) {
      route(req, res).then(
        (body) => sendJson(res, 200, body),
        (error: unknown) => sendJson(res, statusOf(error), { ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    const file = req.method === 'GET' ? page.get(path === '/' ? 'index.html' : path.slice(1)) : undefined;
    if (!file) return sendJson(res, 404, { ok: false, error: `no route ${req.method} ${path}` });
    res.writeHead(200, { 'content-type': `${file.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(file.body);
  });
  const port = options.port ?? config.playgroundPort;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    slack,
    app: newsdesk.app,
    config,
    async stop() {
      slack.off('change', onChange);
      slack.off('delete', onDelete);
      slack.off('view', onView);
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await newsdesk.stop();
      await slack.close();
    },
  };
}

/** The page's files, read once: index.html, its script modules and style sheet. */
async function pageFiles(): Promise<Map<string, { type: string; body: Buffer }>> {
  const names = await readdir(PUBLIC);
  const files = await Promise.all(names.map(async (name) => [name, { type: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream', body: await readFile(new URL(name, PUBLIC)) }] as const));
  return new Map(files);
}

/** Who is who in the playground, and the app's commands and shortcuts as its manifest declares them. */
async function describeWorkspace(config: Config) {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as {
    features: {
      slash_commands?: Array<{ command: string; description: string; usage_hint?: string }>;
      shortcuts?: Array<{ name: string; type: string; callback_id: string }>;
    };
  };
  return {
    channel: CHANNEL,
    person: PERSON,
    bot: BOT,
    engine: config.llm ? `model ${config.llm.model}` : 'offline engine (no model configured)',
    commands: (manifest.features.slash_commands ?? []).map(({ command, description, usage_hint }) => ({ command, description, usage_hint })),
    shortcuts: (manifest.features.shortcuts ?? []).filter((s) => s.type === 'message').map(({ name, callback_id }) => ({ name, callback_id })),
  };
}

/** Server-sent events: every message now, then each new, changed or deleted one. */
function openStream(res: ServerResponse, streams: Set<ServerResponse>, messages: EmulatedMessage[]): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  for (const message of messages) res.write(sseEvent('message', message));
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

type StreamEvent = 'message' | 'delete' | 'modal';

function sseEvent(event: StreamEvent, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function statusOf(error: unknown): number {
  if (error instanceof UnknownTarget) return 404;
  if (error instanceof z.ZodError || error instanceof SyntaxError) return 400;
  return 500;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  return JSON.parse((await readBody(req)).toString('utf8'));
}
