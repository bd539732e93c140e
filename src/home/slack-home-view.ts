import type { types } from '@slack/bolt';
import { languageName } from '../article/language.js';
import type { EffectiveSettings } from '../settings/settings.js';
import { contextBlock, headerBlock, sections } from '../slack/blocks.js';
import { helpText } from '../slack/help-text.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';
import type { RecentArticle } from '../store/recent-articles.js';

/** action_ids of the Home tab's buttons, which open the settings modals. */
export const EDIT_SETTINGS_ACTION = 'home_edit_settings';
export const EDIT_GLOSSARY_ACTION = 'home_edit_glossary';
export const EDIT_CHANNEL_SETTINGS_ACTION = 'home_edit_channel_settings';

/** A recent article with the link to its thread (chat.getPermalink), when Slack gave one. */
export interface LinkedArticle extends RecentArticle {
  permalink: string | undefined;
}

/** The Home tab: how to use Newsdesk (the help, every way in), the person's recent articles, and for admins the workspace's settings. */
export function homeView(input: { articles: LinkedArticle[]; settings: EffectiveSettings; mayEdit: boolean }): types.HomeView {
  return {
    type: 'home',
    blocks: [
      headerBlock('Newsdesk'),
      ...sections(helpText()),
      { type: 'divider' },
      headerBlock('Your recent articles'),
      ...sections(input.articles.length ? input.articles.map(articleLine).join('\n') : 'None yet: the articles you bring to Newsdesk are listed here, with links to their threads.'),
      ...(input.mayEdit ? settingsBlocks(input.settings) : []),
    ],
  };
}

function articleLine(article: LinkedArticle): string {
  const headline = escapeMrkdwn(article.headline || 'Untitled article');
  const link = article.permalink ? `<${article.permalink}|${headline}>` : `*${headline}*`;
  return `• ${link} in <#${article.channelId}>`;
}

const channels = (ids: readonly string[]) => (ids.length ? ids.map((id) => `<#${id}>`).join(', ') : 'none');
const budget = (tokens: number | undefined) => (tokens === undefined ? 'none' : `${tokens.toLocaleString('en-US')} tokens a day`);

function settingsBlocks(settings: EffectiveSettings): types.KnownBlock[] {
  const perChannel = Object.entries(settings.channels).map(
    ([id, own]) => `<#${id}>: ${[own.translateTo && `translations into ${languageName(own.translateTo)}`, own.summaryLength && `${own.summaryLength} summaries`].filter(Boolean).join(', ') || 'defaults'}`,
  );
  const lines = [
    `*Offline-only channels:* ${channels(settings.offlineOnlyChannels)}`,
    `*Embargo markers:* ${settings.embargoMarkers.map((m) => `\`${m}\``).join(', ')}`,
    `*Daily token budget:* ${budget(settings.dailyTokenBudget)} for the workspace, ${budget(settings.userDailyTokenBudget)} per person`,
    `*Answers per person per minute:* ${settings.userAnswersPerMinute}`,
    `*Default translation language:* ${languageName(settings.defaultLanguage)}`,
    `*Admin channel:* ${settings.adminChannelId ? `<#${settings.adminChannelId}>` : 'none'}`,
    `*AI-draft label:* ${escapeMrkdwn(settings.aiDisclosure)}`,
    `*Glossary:* ${settings.glossary.length} ${settings.glossary.length === 1 ? 'entry' : 'entries'}`,
    `*Channel settings:* ${perChannel.length ? perChannel.join('; ') : 'none'}`,
  ];
  const change = settings.lastChange;
  return [
    { type: 'divider' },
    headerBlock('Settings for this workspace'),
    ...sections(lines.join('\n')),
    {
      type: 'actions',
      block_id: 'settings_actions',
      elements: [
        { type: 'button', action_id: EDIT_SETTINGS_ACTION, text: { type: 'plain_text', text: 'Edit settings' }, style: 'primary' },
        { type: 'button', action_id: EDIT_GLOSSARY_ACTION, text: { type: 'plain_text', text: 'Edit glossary' } },
        { type: 'button', action_id: EDIT_CHANNEL_SETTINGS_ACTION, text: { type: 'plain_text', text: 'Channel settings' } },
      ],
    },
    contextBlock(
      change
        ? `Last changed by <@${change.by}> <!date^${Math.floor(Date.parse(change.at) / 1000)}^{date_short_pretty} at {time}|${change.at}>: ${change.what}.`
        : "Not changed in Slack yet: the server's defaults apply.",
      'Changes take effect at once. Settings not changed here follow the server\'s environment variables.',
    ),
  ];
}
