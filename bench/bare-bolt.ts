import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
