import type { types } from '@slack/bolt';
import type { Article } from '../article/article-types.js';
import type { EngineLabel, Usage } from '../engines/engine.js';
import type { Summary } from '../engines/schemas.js';
import { articleLine, contextBlock, engineLine, headerBlock, sections, type SlackMessage } from '../slack/blocks.js';
import { escapeMrkdwn, notificationText } from '../slack/mrkdwn.js';
import { answeredWith } from '../trust/answered-with.js';
import { reviewActions } from '../trust/slack-blocks.js';

type KnownBlock = types.KnownBlock;

export function summaryMessage(
  article: Article,
  summary: Summary,
  footer: { engine: EngineLabel; usage: Usage; cached: boolean; notes: string[] },
): SlackMessage {
  const points = summary.points.map((point) => `• ${escapeMrkdwn(point)}`).join('\n');
  const blocks: KnownBlock[] = [
    headerBlock(summary.headline),
    ...sections(escapeMrkdwn(summary.lede)),
    ...sections(`*Key points*\n${points}`),
    ...footer.notes.map((note) => contextBlock(`:warning: ${escapeMrkdwn(note)}`)),
    contextBlock(engineLine(footer.engine, footer.usage, footer.cached), articleLine(article)),
    articleActions(article),
    reviewActions(answeredWith('summary', article.id, footer.engine)),
  ];
  return { text: notificationText(`${summary.headline}: ${summary.lede}`), blocks };
}

/** Action ids of the buttons under a summary; the summary's thread holds the article they act on. */
export const QUOTES_ACTION = 'article_quotes';
export const TRANSLATE_ACTION = 'article_translate_en';

/**
 * The buttons under a summary. Each carries the article id, so an action can tell the thread
 * still holds that article. "Translate to English" only under an article not in English.
 */
function articleActions(article: Article): KnownBlock {
  const button = (action_id: string, text: string) => ({ type: 'button' as const, action_id, text: { type: 'plain_text' as const, text }, value: article.id });
  return {
    type: 'actions',
    block_id: 'article_actions',
    elements: [
      button(QUOTES_ACTION, 'Quotes'),
      ...(article.language === 'en' ? [] : [button(TRANSLATE_ACTION, 'Translate to English')]),
    ],
  };
}
