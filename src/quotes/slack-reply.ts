import type { WebClient } from '@slack/web-api';
import type { Article } from '../article/article-types.js';
import type { QuotesOutcome } from './quotes.js';
import { quotesMessages } from './slack-blocks.js';

/** Posts the quotes in the article's thread, one message after another when they need several. */
export async function postQuotes(
  client: WebClient,
  where: { channelId: string; threadTs: string },
  article: Article,
  outcome: QuotesOutcome,
): Promise<void> {
  for (const message of quotesMessages(article, outcome)) {
    await client.chat.postMessage({
      channel: where.channelId,
      thread_ts: where.threadTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
  }
}
