import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from './blocks.js';

/** An article's thread: where a capability's answer goes. */
export interface ThreadPlace {
  channelId: string;
  threadTs: string;
}

/** Posts one of Newsdesk's messages in the thread, links left unexpanded (article links would unfurl the story again). */
export function postInThread(client: WebClient, where: ThreadPlace, message: SlackMessage) {
  return client.chat.postMessage({
    channel: where.channelId,
    thread_ts: where.threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  });
}

/** Shows a message in place of the progress message when there is one, or posts it; resolves to its ts. */
export async function showInPlace(client: WebClient, where: ThreadPlace, progressTs: string | undefined, message: SlackMessage): Promise<string> {
  if (!progressTs) return (await postInThread(client, where, message)).ts!;
  await client.chat.update({ channel: where.channelId, ts: progressTs, text: message.text, blocks: message.blocks });
  return progressTs;
}
