import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../src/settings/settings.js';
import { parseChannelSettings, parseGlossaryView, parseWorkspaceSettings, workspaceSettingsModal } from '../../../src/settings/slack-settings-views.js';
import { settingsDefaults as defaults } from '../../support/settings-defaults.js';
import { viewStateOf } from '../../support/slack-requests.js';


describe('the settings modal', () => {
  const submitted = (changes: Record<string, Record<string, unknown>>) => viewStateOf(workspaceSettingsModal(effectiveSettings(defaults)) as never, changes);

  it('stores only what differs from the environment, so the rest keeps following it', () => {
    const parsed = parseWorkspaceSettings(submitted({ daily_budget: { value: '' }, default_language: { value: 'Indonesian' } }) as never, defaults);
    expect(parsed).toEqual({
      change: {
        offlineOnlyChannels: undefined,
        embargoMarkers: undefined,
        dailyTokenBudget: null,
        userDailyTokenBudget: undefined,
        userAnswersPerMinute: undefined,
        defaultLanguage: 'id',
        adminChannelId: undefined,
      },
    });
  });

  it('names each wrong field', () => {
    const parsed = parseWorkspaceSettings(submitted({ user_budget: { value: '-5' }, answers_per_minute: { value: '5000' } }) as never, defaults);
    expect(parsed).toEqual({ errors: { user_budget: 'A whole number, at least 1.', answers_per_minute: 'At most 1000.' } });
  });

  it('reads a glossary as the file is read, and a channel\'s settings', () => {
    expect(parseGlossaryView({ glossary: { value: { value: 'A = B\nA = C' } } }, defaults)).toEqual({ errors: { glossary: 'the glossary line 2: "A" is already defined on line 1' } });
    expect(parseGlossaryView({ glossary: { value: { value: 'Gedung Putih = White House' } } }, defaults)).toEqual({ change: { glossary: undefined } });
    expect(parseChannelSettings({ channel: { value: { selected_conversation: 'C1' } }, translate_to: { value: { value: 'Inggris' } }, summary_length: { value: { selected_option: { value: 'long' } } } })).toEqual({
      change: { channelId: 'C1', settings: { translateTo: 'en', summaryLength: 'long' } },
    });
    expect(parseChannelSettings({ channel: { value: {} }, translate_to: { value: { value: 'xx-unknown' } } })).toEqual({
      errors: { channel: 'Choose the channel these settings are for.', translate_to: expect.stringContaining('does not know "xx-unknown"') },
    });
  });
});
