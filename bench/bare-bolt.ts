import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = new URL('../', import.meta.url).pathname;

/**
 * The baseline: a bare Bolt app on the same receiver whose /summarize only acks and,
 * when asked, posts one fixed message. What Newsdesk adds on top is the difference.
 */
export async function startBareBolt(options: { signingSecret: string; botToken: string; slackApiUrl: string; post: boolean; beforePost?: () => Promise<unknown> }) {
  const receiver = new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: '/slack/events' });
  const app = new App({ token: options.botToken, receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: options.slackApiUrl } });
  app.command('/summarize', async ({ ack, client, command }) => {
    await ack({ response_type: 'ephemeral', text: 'Reading the article…' });
    await options.beforePost?.();
    if (options.post) await client.chat.postMessage({ channel: command.channel_id, text: 'summary' });
  });
  const server = (await app.start(0)) as Server;
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => app.stop() };
}

/**
 * The baseline's /summarize listener for `bareBoltPackage`: acks as Newsdesk does and posts one
 * message, after `delayMs` (the model's time) where given, at once otherwise (as `startBareBolt` with `post`).
 */
export function bareSummarize(delayMs = 0): string {
  const wait = delayMs > 0 ? `\n  await new Promise((resolve) => setTimeout(resolve, ${delayMs}));` : '';
  return `app.command('/summarize', async ({ ack, client, command }) => {
  await ack({ response_type: 'ephemeral', text: 'Reading the article…' });${wait}
  await client.chat.postMessage({ channel: command.channel_id, text: 'summary' });
});`;
}

/**
 * The baseline as a program of its own, in a package of its own (`npm start` runs it) that uses
 * this project's installed packages: an HTTP receiver with /healthz, and the given listeners.
 * Returns the package's folder; the caller removes it.
 */
export function bareBoltPackage(listeners = ''): string {
  const folder = mkdtempSync(join(tmpdir(), 'bare-bolt-'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'bare-bolt', private: true, type: 'module', scripts: { start: 'exec node app.js' } }));
  writeFileSync(
    join(folder, 'app.js'),
    `import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET, endpoints: '/slack/events',
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => { res.writeHead(200); res.end('ok'); } }] });
const app = new App({ token: process.env.SLACK_BOT_TOKEN, receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: process.env.SLACK_API_URL } });
${listeners}
await app.start(Number(process.env.PORT));
`,
  );
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}
