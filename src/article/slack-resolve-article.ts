import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import type { Article } from './article-types.js';
import { MIN_ARTICLE_WORDS } from './article.js';
import { articleFromFile } from './intake/file.js';
import { findLink } from './intake/find-link.js';
import { countWords } from './intake/prose.js';
import { readInWorker } from './intake/reading-pool.js';
import { fetchArticle } from './intake/url.js';
import type { Services } from '../services.js';
import type { ThreadRef } from '../store/threads.js';
import { downloadSlackFile, type SlackFile } from './slack-files.js';

export interface ResolvedArticle {
  article: Article;
  /** The thread the article already lives in, when it was taken from the store. */
  thread?: ThreadRef;
  /** Why that thread must stay offline (embargo, offline-only channel), when it must. */
  offlineReason?: string;
}

/** What a Slack message brings: its text (Slack-formatted) and the files shared with it. */
export interface SlackMessageInput {
  text?: string;
  files?: SlackFile[];
}

/**
 * The article a command is about: the text it was given (or the page its link leads to), or,
 * with no text, the channel's most recent article. Undefined when there is neither, so the
 * caller can show its usage.
 */
export async function resolveArticle(
  text: string,
  where: { teamId: string; channelId: string },
  services: Pick<Services, 'threads'>,
  config: Config,
): Promise<ResolvedArticle | undefined> {
  if (text.trim()) return { article: await articleFromTyped(text, config) };
  const thread = await services.threads.latestThread(where.teamId, where.channelId);
  const context = thread && (await services.threads.getThread(thread));
  return context && thread ? { article: context.article, thread, offlineReason: context.offlineReason } : undefined;
}

/** What reading a message's article takes beyond the message: the link policy, and Slack for its files. */
export interface MessageIntake {
  config: Config;
  client: WebClient;
}

/**
 * The article a message carries: its first file, else the page its link leads to, else its
 * text (refused, with the reason, when that is no article). Undefined for a message with
 * neither text nor files.
 */
export async function resolveArticleFromMessage(message: SlackMessageInput, intake: MessageIntake): Promise<Article | undefined> {
  const file = message.files?.[0];
  if (file) return articleFromSlackFile(file, intake);
  return message.text?.trim() ? articleFromTyped(message.text, intake.config) : undefined;
}

/**
 * The article in a message to Newsdesk, if it brings one: a file, a link, or text long enough
 * to be a story. Anything shorter is a question about the thread's article: undefined.
 */
export async function articleInMessage(message: SlackMessageInput, intake: MessageIntake): Promise<Article | undefined> {
  const text = message.text ?? '';
  const bringsArticle = Boolean(message.files?.length) || findLink(text) !== undefined || countWords(plainText(text)) >= MIN_ARTICLE_WORDS;
  return bringsArticle ? resolveArticleFromMessage(message, intake) : undefined;
}

async function articleFromSlackFile(file: SlackFile, { config, client }: MessageIntake): Promise<Article> {
  // The client carries this workspace's token: the configured one, or its installation's in OAuth mode.
  return articleFromFile(await downloadSlackFile(file, { client, botToken: client.token!, apiUrl: config.slack.apiUrl }));
}

/**
 * A link with a few words around it ("read this: <url>") is a request for the page; a pasted
 * story that happens to contain a link is the article itself.
 */
async function articleFromTyped(slackText: string, config: Config): Promise<Article> {
  const link = findLink(slackText);
  const text = plainText(slackText);
  if (link && countWords(text.replace(/\bhttps?:\/\/\S+/g, ' ')) < MIN_ARTICLE_WORDS) {
    return fetchArticle(link, { allowPrivate: config.allowPrivateUrls });
  }
  return readInWorker({ text, source: { kind: 'text' } });
}

/** Slack's markup as a reader sees it: links as their label or address, mentions dropped, entities decoded. */
function plainText(slackText: string): string {
  return slackText
    .replace(/<(?:https?:\/\/[^|>]+)\|([^>]+)>/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<[@!][^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
