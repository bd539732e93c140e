import { z } from 'zod';
import type { Config } from '../config.js';
import type { Glossary } from '../translate/glossary.js';
import { DEFAULT_AI_DISCLOSURE } from '../engines/engine.js';

const channelId = z.string().regex(/^[A-Z0-9]+$/);
export const SUMMARY_LENGTHS = ['short', 'normal', 'long'] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

/** What a newsroom may set for one channel: the translation target and the summary length there. */
export const ChannelSettingsSchema = z.object({
  translateTo: z.string().min(2).max(12).optional(),
  summaryLength: z.enum(SUMMARY_LENGTHS).optional(),
});
export type ChannelSettings = z.infer<typeof ChannelSettingsSchema>;

/** Who changed the workspace's settings last, when, and what. */
export const SettingsChangeSchema = z.object({ by: z.string(), at: z.string(), what: z.string() });
export type SettingsChange = z.infer<typeof SettingsChangeSchema>;

/** A newsroom's AI-draft label fits one context line. */
export const AI_DISCLOSURE_LIMIT = 200;

/**
 * What a workspace changed from the defaults (the environment variables); absent: the default.
 * A budget of null is "no budget", set on purpose even where the environment sets one.
 */
export const WorkspaceSettingsSchema = z.object({
  offlineOnlyChannels: z.array(channelId).max(500).optional(),
  embargoMarkers: z.array(z.string().trim().min(1).max(60)).min(1).max(50).optional(),
  dailyTokenBudget: z.number().int().positive().nullable().optional(),
  userDailyTokenBudget: z.number().int().positive().nullable().optional(),
  userAnswersPerMinute: z.number().int().min(1).max(1000).optional(),
  defaultLanguage: z.string().min(2).max(12).optional(),
  adminChannelId: channelId.nullable().optional(),
  glossary: z.array(z.object({ source: z.string().min(1), target: z.string().min(1) })).max(2000).optional(),
  channels: z.record(channelId, ChannelSettingsSchema).optional(),
  aiDisclosure: z.string().trim().min(1).max(AI_DISCLOSURE_LIMIT).optional(),
  lastChange: SettingsChangeSchema.optional(),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;


/** The settings in force for a workspace: its own where it set them, the environment's elsewhere. */
export interface EffectiveSettings {
  offlineOnlyChannels: string[];
  embargoMarkers: string[];
  dailyTokenBudget: number | undefined;
  userDailyTokenBudget: number | undefined;
  userAnswersPerMinute: number;
  /** Translations go here when nobody names a language (a channel's own target comes first). */
  defaultLanguage: string;
  adminChannelId: string | undefined;
  glossary: Glossary;
  /** The AI-draft label of model answers ({model}: the model's name). */
  aiDisclosure: string;
  channels: Record<string, ChannelSettings>;
  lastChange: SettingsChange | undefined;
}

export type SettingsDefaults = Omit<EffectiveSettings, 'channels' | 'lastChange'>;

/** The environment's settings, every workspace's defaults. */
export function defaultsFrom(config: Pick<Config, 'safety' | 'review'>, glossary: Glossary): SettingsDefaults {
  const { safety } = config;
  return {
    offlineOnlyChannels: safety.offlineOnlyChannels,
    embargoMarkers: safety.embargoMarkers,
    dailyTokenBudget: safety.dailyTokenBudget,
    userDailyTokenBudget: safety.userDailyTokenBudget,
    userAnswersPerMinute: safety.userAnswersPerMinute,
    defaultLanguage: 'en',
    adminChannelId: safety.adminChannelId,
    glossary,
    aiDisclosure: config.review.aiDisclosure ?? DEFAULT_AI_DISCLOSURE,
  };
}

export function effectiveSettings(defaults: SettingsDefaults, own: WorkspaceSettings = {}): EffectiveSettings {
  const chosen = <K extends keyof SettingsDefaults>(key: K, value: SettingsDefaults[K] | null | undefined): SettingsDefaults[K] =>
    value === undefined ? defaults[key] : ((value ?? undefined) as SettingsDefaults[K]);
  return {
    offlineOnlyChannels: chosen('offlineOnlyChannels', own.offlineOnlyChannels),
    embargoMarkers: chosen('embargoMarkers', own.embargoMarkers),
    dailyTokenBudget: chosen('dailyTokenBudget', own.dailyTokenBudget),
    userDailyTokenBudget: chosen('userDailyTokenBudget', own.userDailyTokenBudget),
    userAnswersPerMinute: chosen('userAnswersPerMinute', own.userAnswersPerMinute),
    defaultLanguage: chosen('defaultLanguage', own.defaultLanguage),
    adminChannelId: chosen('adminChannelId', own.adminChannelId),
    glossary: chosen('glossary', own.glossary),
    aiDisclosure: chosen('aiDisclosure', own.aiDisclosure),
    channels: own.channels ?? {},
    lastChange: own.lastChange,
  };
}

const FIELD_NAMES: Record<Exclude<keyof WorkspaceSettings, 'lastChange'>, string> = {
  offlineOnlyChannels: 'offline-only channels',
  embargoMarkers: 'embargo markers',
  dailyTokenBudget: 'workspace daily token budget',
  userDailyTokenBudget: 'per-person daily token budget',
  userAnswersPerMinute: 'answers per minute',
  defaultLanguage: 'default translation language',
  adminChannelId: 'admin channel',
  glossary: 'glossary',
  channels: 'channel settings',
  aiDisclosure: 'AI-draft label',
};

/** What a change alters, in words for the audit trail and the Home tab: "embargo markers, admin channel". */
export function describeChange(before: EffectiveSettings, after: EffectiveSettings): string {
  const changed = (Object.keys(FIELD_NAMES) as Array<keyof typeof FIELD_NAMES>).filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
  return changed.map((key) => FIELD_NAMES[key]).join(', ');
}

/** Where a translation goes when nobody names a language: the channel's target, else the workspace's. */
export function translationTarget(settings: EffectiveSettings, channelId: string): string {
  return settings.channels[channelId]?.translateTo ?? settings.defaultLanguage;
}

/** The summary length a channel asked for; undefined: the usual. */
export function summaryLength(settings: EffectiveSettings, channelId: string): SummaryLength | undefined {
  return settings.channels[channelId]?.summaryLength;
}
