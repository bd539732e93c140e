import { describe, expect, it } from 'vitest';
import { describeChange, effectiveSettings, summaryLength, translationTarget } from '../../../src/settings/settings.js';
import { settingsDefaults as defaults } from '../../support/settings-defaults.js';


describe('a workspace\'s settings', () => {
  it('follow the environment wherever the workspace set nothing, and its own value elsewhere', () => {
    const settings = effectiveSettings(defaults, { embargoMarkers: ['SPERRFRIST'], dailyTokenBudget: null, channels: { C1: { translateTo: 'fr' } } });
    expect(settings).toMatchObject({ offlineOnlyChannels: ['C0ENV'], embargoMarkers: ['SPERRFRIST'], dailyTokenBudget: undefined, userAnswersPerMinute: 20 });
    expect(translationTarget(settings, 'C1')).toBe('fr');
    expect(translationTarget(settings, 'C2')).toBe('en');
    expect(summaryLength(settings, 'C1')).toBeUndefined();
  });

  it('say in words what a change altered', () => {
    const before = effectiveSettings(defaults);
    expect(describeChange(before, effectiveSettings(defaults, { offlineOnlyChannels: ['C1'], adminChannelId: 'C9' }))).toBe('offline-only channels, admin channel');
    expect(describeChange(before, effectiveSettings(defaults, { embargoMarkers: ['EMBARGO', '[offline]'] }))).toBe('');
  });
});
