import type { SettingsDefaults } from '../../src/settings/settings.js';

/** The environment's defaults a workspace's settings fall back to, as the settings tests set them. */
export const settingsDefaults: SettingsDefaults = {
  offlineOnlyChannels: ['C0ENV'],
  embargoMarkers: ['EMBARGO', '[offline]'],
  dailyTokenBudget: 100_000,
  userDailyTokenBudget: undefined,
  userAnswersPerMinute: 20,
  defaultLanguage: 'en',
  adminChannelId: undefined,
  glossary: [{ source: 'Gedung Putih', target: 'White House' }],
  aiDisclosure: 'AI draft · Newsdesk · model {model} · check before use',
};
