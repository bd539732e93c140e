import type { WebClient } from '@slack/web-api';
import type { Article } from '../article/article-types.js';
import type { QuotesOutcome } from './quotes.js';
import { quotesMessages } from './slack-blocks.js';
import type { Asker, SlackMessage } from '../slack/blocks.js';

/**
 * Posts the quotes in the article's thread, one message after another when they need several;
 * the first replaces the progress message when there is one. Resolves to the first message's ts.
 */
export async function postQuotes(
  client: WebClient,
  where: { channelId: string; threadTs: string },
  article: Article,
  outcome: QuotesOutcome,
  options: { asker?: Asker; progressTs?: string } = {},
): Promise<string> {
  const [first, ...rest] = quotesMessages(article, outcome, options.asker);
  const firstTs = options.progressTs
    ? (await client.chat.update({ channel: where.channelId, ts: options.progressTs, text: first!.text, blocks: first!.blocks }), options.progressTs)
    : (await post(client, where, first!)).ts!;
  for (const message of rest) await post(client, where, message);
  return firstTs;
}

function post(client: WebClient, where: { channelId: string; threadTs: string }, message: SlackMessage) {
  return client.chat.postMessage({
    channel: where.channelId,
    thread_ts: where.threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  });
}
