import type { types } from '@slack/bolt';
import { languageName, parseLanguage } from '../article/language.js';
import { GlossaryError, parseGlossary } from '../translate/glossary.js';
import {
  AI_DISCLOSURE_LIMIT,
  SUMMARY_LENGTHS,
  type ChannelSettings,
  type EffectiveSettings,
  type SettingsDefaults,
  type SummaryLength,
  type WorkspaceSettings,
} from './settings.js';

/** callback_ids of the settings modals, which their view_submission listeners match. */
export const WORKSPACE_SETTINGS_VIEW = 'newsdesk_settings';
export const GLOSSARY_VIEW = 'newsdesk_glossary';
export const CHANNEL_SETTINGS_VIEW = 'newsdesk_channel_settings';

/** What Slack sends back from a modal: view.state.values[block_id][action_id]. */
export type ViewValues = Record<string, Record<string, { value?: string | null; selected_conversation?: string | null; selected_conversations?: string[]; selected_option?: { value: string } | null }>>;

/** A submission is either a change to store or, per input, what is wrong (shown under it in the modal). */
export type Parsed<T> = { change: T } | { errors: Record<string, string> };

type KnownBlock = types.KnownBlock;
type View = types.View;

const VALUE = 'value';
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

function input(blockId: string, label: string, element: Record<string, unknown>, options: { optional?: boolean; hint?: string } = {}): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    optional: options.optional ?? false,
    element: { action_id: VALUE, ...element },
    ...(options.hint && { hint: plain(options.hint) }),
  } as KnownBlock;
}

function modal(callbackId: string, title: string, blocks: KnownBlock[], privateMetadata = ''): View {
  return { type: 'modal', callback_id: callbackId, title: plain(title), submit: plain('Save'), close: plain('Cancel'), private_metadata: privateMetadata, blocks };
}

const numberInput = (value: number | undefined, min: number) => ({
  type: 'number_input',
  is_decimal_allowed: false,
  min_value: String(min),
  ...(value !== undefined && { initial_value: String(value) }),
});

/** The workspace's settings, editable: every field shows what is in force now. */
export function workspaceSettingsModal(settings: EffectiveSettings): View {
  return modal(WORKSPACE_SETTINGS_VIEW, 'Newsdesk settings', [
    input(
      'offline_channels',
      'Offline-only channels',
      { type: 'multi_conversations_select', filter: { include: ['public', 'private'], exclude_bot_users: true }, ...(settings.offlineOnlyChannels.length && { initial_conversations: settings.offlineOnlyChannels }) },
      { optional: true, hint: 'Nothing from these channels is ever sent to a model; the offline engine answers there.' },
    ),
    input('embargo_markers', 'Embargo markers', { type: 'plain_text_input', initial_value: settings.embargoMarkers.join(', ') }, {
      hint: 'Comma-separated. An article or request carrying one stays offline. [in brackets]: anywhere, any case; a bare word: as written.',
    }),
    input('daily_budget', 'Daily token budget, whole workspace', numberInput(settings.dailyTokenBudget, 1), { optional: true, hint: 'Empty: no budget.' }),
    input('user_budget', 'Daily token budget, per person', numberInput(settings.userDailyTokenBudget, 1), { optional: true, hint: 'Empty: no budget.' }),
    input('answers_per_minute', 'Answers per person per minute', { ...numberInput(settings.userAnswersPerMinute, 1), max_value: '1000' }),
    input('default_language', 'Default translation language', { type: 'plain_text_input', initial_value: settings.defaultLanguage }, {
      hint: 'A code or a name: en, English, fr, Indonesian. A channel may set its own.',
    }),
    input('ai_disclosure', 'AI-draft label', { type: 'plain_text_input', initial_value: settings.aiDisclosure, max_length: AI_DISCLOSURE_LIMIT }, {
      hint: 'Opens the context line of every model answer. {model} is the model\'s name (added when left out). Offline answers say they are extracted from the article.',
    }),
    input('admin_channel', 'Admin channel', { type: 'conversations_select', filter: { include: ['public', 'private'], exclude_bot_users: true }, ...(settings.adminChannelId && { initial_conversation: settings.adminChannelId }) }, {
      optional: true,
      hint: "Its members see everyone's usage and may change these settings.",
    }),
  ]);
}

/** A value the workspace sets, or undefined when it equals the environment's: the workspace then follows the default. */
const own = <T>(value: T, fallback: T): T | undefined => (JSON.stringify(value) === JSON.stringify(fallback) ? undefined : value);

/** The workspace settings a submission asks for, checked as the environment variables are. */
export function parseWorkspaceSettings(values: ViewValues, defaults: SettingsDefaults): Parsed<Omit<WorkspaceSettings, 'glossary' | 'channels' | 'lastChange'>> {
  const errors: Record<string, string> = {};
  const text = (block: string) => values[block]?.[VALUE]?.value?.trim() ?? '';
  const count = (block: string): number | undefined => {
    const raw = text(block);
    if (raw === '') return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) errors[block] = 'A whole number, at least 1.';
    return Number(raw);
  };
  const disclosure = text('ai_disclosure');
  if (disclosure === '') errors.ai_disclosure = 'A label, e.g. AI draft · Newsdesk · model {model} · check before use.';
  const markers = text('embargo_markers').split(',').map((m) => m.trim()).filter(Boolean);
  if (markers.length === 0) errors.embargo_markers = 'At least one marker, e.g. EMBARGO, [embargo], [offline].';
  const dailyTokenBudget = count('daily_budget');
  const userDailyTokenBudget = count('user_budget');
  const perMinute = count('answers_per_minute');
  if (perMinute === undefined) errors.answers_per_minute = 'How many answers one person gets in a minute, at least 1.';
  else if (perMinute > 1000) errors.answers_per_minute = 'At most 1000.';
  const language = parseLanguage(text('default_language'));
  if (!language) errors.default_language = `Newsdesk does not know "${text('default_language')}". Use a code or a name: en, English, fr, Indonesian.`;
  if (Object.keys(errors).length) return { errors };
  const offline = [...new Set(values.offline_channels?.[VALUE]?.selected_conversations ?? [])];
  const admin = values.admin_channel?.[VALUE]?.selected_conversation ?? undefined;
  return {
    change: {
      offlineOnlyChannels: own(offline, defaults.offlineOnlyChannels),
      embargoMarkers: own(markers, defaults.embargoMarkers),
      // null: "no budget", chosen here even where the environment sets one.
      dailyTokenBudget: own(dailyTokenBudget ?? null, defaults.dailyTokenBudget ?? null),
      userDailyTokenBudget: own(userDailyTokenBudget ?? null, defaults.userDailyTokenBudget ?? null),
      userAnswersPerMinute: own(perMinute!, defaults.userAnswersPerMinute),
      defaultLanguage: own(language!, defaults.defaultLanguage),
      adminChannelId: own(admin ?? null, defaults.adminChannelId ?? null),
      aiDisclosure: own(disclosure, defaults.aiDisclosure),
    },
  };
}

/** The glossary as `source = target` lines, checked as GLOSSARY_FILE is. */
export function glossaryModal(settings: EffectiveSettings): View {
  const lines = settings.glossary.map((entry) => `${entry.source} = ${entry.target}`).join('\n');
  return modal(GLOSSARY_VIEW, 'Newsdesk glossary', [
    input('glossary', 'Glossary', { type: 'plain_text_input', multiline: true, ...(lines && { initial_value: lines }) }, {
      optional: true,
      hint: 'One "source = target" per line, e.g. Gedung Putih = White House. Lines starting with # are notes. Translations use these renderings.',
    }),
  ]);
}

export function parseGlossaryView(values: ViewValues, defaults: SettingsDefaults): Parsed<Pick<WorkspaceSettings, 'glossary'>> {
  try {
    const glossary = parseGlossary(values.glossary?.[VALUE]?.value ?? '', 'the glossary');
    return { change: { glossary: own([...glossary], [...defaults.glossary]) } };
  } catch (error) {
    if (error instanceof GlossaryError) return { errors: { glossary: error.message } };
    throw error;
  }
}

/** One channel's settings; opened from a channel (/newsdesk settings) the channel is chosen already. */
export function channelSettingsModal(settings: EffectiveSettings, channelId: string | undefined): View {
  const current: ChannelSettings = (channelId && settings.channels[channelId]) || {};
  const lengthOption = (length: SummaryLength) => ({ text: plain(length), value: length });
  return modal(CHANNEL_SETTINGS_VIEW, 'Channel settings', [
    input('channel', 'Channel', { type: 'conversations_select', filter: { include: ['public', 'private'], exclude_bot_users: true }, ...(channelId && { initial_conversation: channelId }) }),
    input('translate_to', 'Translate into', { type: 'plain_text_input', ...(current.translateTo && { initial_value: current.translateTo }) }, {
      optional: true,
      hint: `Empty: the workspace's default, ${languageName(settings.defaultLanguage)}.`,
    }),
    input(
      'summary_length',
      'Summary length',
      { type: 'static_select', options: SUMMARY_LENGTHS.map(lengthOption), ...(current.summaryLength && { initial_option: lengthOption(current.summaryLength) }) },
      { optional: true, hint: 'Empty: normal.' },
    ),
  ]);
}

export function parseChannelSettings(values: ViewValues): Parsed<{ channelId: string; settings: ChannelSettings }> {
  const channelId = values.channel?.[VALUE]?.selected_conversation;
  const named = values.translate_to?.[VALUE]?.value?.trim() ?? '';
  const translateTo = named ? parseLanguage(named) : undefined;
  const errors: Record<string, string> = {};
  if (!channelId) errors.channel = 'Choose the channel these settings are for.';
  if (named && !translateTo) errors.translate_to = `Newsdesk does not know "${named}". Use a code or a name: en, English, fr, Indonesian.`;
  if (Object.keys(errors).length) return { errors };
  const length = values.summary_length?.[VALUE]?.selected_option?.value as SummaryLength | undefined;
  return { change: { channelId: channelId!, settings: { ...(translateTo && { translateTo }), ...(length && length !== 'normal' && { summaryLength: length }) } } };
}
