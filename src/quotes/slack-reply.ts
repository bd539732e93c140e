import type { WebClient } from '@slack/web-api';
import type { Article } from '../article/article-types.js';
import type { QuotesOutcome } from './quotes.js';
import { quotesMessages } from './slack-blocks.js';
import type { Asker } from '../slack/blocks.js';
import { postInThread, showInPlace, type ThreadPlace } from '../slack/thread-messages.js';

/**
 * Posts the quotes in the article's thread, one message after another when they need several;
 * the first replaces the progress message when there is one. Resolves to the first message's ts.
 */
export async function postQuotes(
  client: WebClient,
  where: ThreadPlace,
  article: Article,
  outcome: QuotesOutcome,
  options: { asker?: Asker; progressTs?: string } = {},
): Promise<string> {
  const [first, ...rest] = quotesMessages(article, outcome, options.asker);
  const firstTs = await showInPlace(client, where, options.progressTs, first!);
  for (const message of rest) await postInThread(client, where, message);
  return firstTs;
}
