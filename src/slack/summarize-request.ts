import type { WebClient } from '@slack/web-api';
import type { RequestContext } from '../newsroom/request.js';
import { summarizeArticle } from '../newsroom/summarize.js';
import type { Services } from '../services.js';
import type { ResolvedArticle } from './resolve-article.js';
import { postSummary } from './summary-reply.js';

/**
 * One summary request, from a command or a shortcut: the engine policy allows, the summary
 * (the stored one unless asked to regenerate), posted to the channel or the article's thread.
 */
export async function summarizeIntoSlack(
  client: WebClient,
  services: Pick<Services, 'engineFor' | 'threads'>,
  request: RequestContext,
  resolved: ResolvedArticle,
  options: { regenerate?: boolean } = {},
): Promise<void> {
  const { threads } = services;
  const engine = await services.engineFor(request, resolved.article);
  const outcome = await summarizeArticle({ engine, threads }, request.teamId, resolved.article, options);
  await postSummary(client, threads, request, resolved.article, outcome, resolved.thread);
}
