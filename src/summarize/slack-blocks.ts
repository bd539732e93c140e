import type { types } from '@slack/bolt';
import type { Article } from '../article/article-types.js';
import type { EngineLabel, Usage } from '../engines/engine.js';
import type { Summary } from '../engines/schemas.js';
import { articleLine, askedLine, contextBlock, engineLine, type Asker, headerBlock, noteBlocks, sections, type SlackMessage } from '../slack/blocks.js';
import { escapeMrkdwn, notificationText } from '../slack/mrkdwn.js';
import { answeredWith } from '../trust/answered-with.js';
import { reviewActions } from '../trust/slack-blocks.js';

type KnownBlock = types.KnownBlock;

export function summaryMessage(
  article: Article,
  summary: Summary,
  footer: { engine: EngineLabel; usage: Usage; cached: boolean; notes: string[]; asker?: Asker },
): SlackMessage {
  const points = summary.points.map((point) => `• ${escapeMrkdwn(point)}`).join('\n');
  const blocks: KnownBlock[] = [
    headerBlock(summary.headline),
    ...sections(escapeMrkdwn(summary.lede)),
    ...sections(`*Key points*\n${points}`),
    ...noteBlocks(footer.notes),
    contextBlock(askedLine(footer.asker), engineLine(footer.engine, footer.usage, footer.cached), articleLine(article)),
    articleActions(article, canTranslate(footer.engine)),
    reviewActions(answeredWith('summary', article.id, footer.engine)),
  ];
  return { text: notificationText(`${summary.headline}: ${summary.lede}`), blocks };
}

/** Action ids of the buttons under a summary; the summary's thread holds the article they act on. */
export const QUOTES_ACTION = 'article_quotes';
export const TRANSLATE_ACTION = 'article_translate_en';

/**
 * Translation needs the model: not when none is configured, nor for an article kept offline
 * (embargo, offline channel, used-up budget). A model that failed this time may answer the next.
 */
const canTranslate = (engine: EngineLabel) => engine.kind === 'llm' || engine.fallbackReason !== undefined;

/**
 * The buttons under a summary. Each carries the article id, so an action can tell the thread
 * still holds that article. "Translate to English" only under an article not in English, and
 * only where a model can translate it: a button that can only refuse is not offered.
 */
function articleActions(article: Article, translatable: boolean): KnownBlock {
  const button = (action_id: string, text: string) => ({ type: 'button' as const, action_id, text: { type: 'plain_text' as const, text }, value: article.id });
  return {
    type: 'actions',
    block_id: 'article_actions',
    elements: [
      button(QUOTES_ACTION, 'Quotes'),
      ...(article.language === 'en' || !translatable ? [] : [button(TRANSLATE_ACTION, 'Translate to English')]),
    ],
  };
}
