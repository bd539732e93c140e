import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/config.js';
import { accessRefusal, conversationOf } from '../../../../src/slack/middleware/allowlist.js';

const rules = { allowedTeamIds: ['T1'], allowedChannelIds: ['C1'], adminChannelId: 'CADMIN' };

describe('accessRefusal', () => {
  it('refuses other workspaces, and requests that name none, when ALLOWED_TEAM_IDS is set', () => {
    expect(accessRefusal(rules, 'T2', 'C1')?.scope).toBe('workspace');
    expect(accessRefusal(rules, undefined, 'C1')?.scope).toBe('workspace');
    expect(accessRefusal({ ...rules, allowedTeamIds: [] }, 'T2', 'C1')).toBeUndefined();
  });

  it('refuses other channels, but never DMs with Newsdesk or the admin channel', () => {
    expect(accessRefusal(rules, 'T1', 'C2')?.scope).toBe('channel');
    expect(accessRefusal(rules, 'T1', 'C1')).toBeUndefined();
    expect(accessRefusal(rules, 'T1', 'D0DIRECT')).toBeUndefined();
    expect(accessRefusal(rules, 'T1', 'CADMIN')).toBeUndefined();
    expect(accessRefusal({ ...rules, allowedChannelIds: [] }, 'T1', 'C2')).toBeUndefined();
  });
});

describe('conversationOf', () => {
  it('finds the channel of commands, actions, shortcuts, events and the assistant pane', () => {
    expect(conversationOf({ channel_id: 'C1' })).toBe('C1');
    expect(conversationOf({ channel: { id: 'C2' } })).toBe('C2');
    expect(conversationOf({ event: { type: 'app_mention', channel: 'C3' } })).toBe('C3');
    expect(conversationOf({ event: { type: 'reaction_added', item: { channel: 'C4' } } })).toBe('C4');
    expect(conversationOf({ event: { type: 'assistant_thread_started', assistant_thread: { channel_id: 'D5' } } })).toBe('D5');
    expect(conversationOf({ type: 'shortcut' })).toBeUndefined();
  });
});

describe('safety settings', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

  it('reads lists, budgets and markers, with defaults', () => {
    const config = loadConfig({ ...base, ALLOWED_TEAM_IDS: 'T1, T2', OFFLINE_ONLY_CHANNELS: 'C9', DAILY_TOKEN_BUDGET: '50000' });
    expect(config.safety).toEqual({
      allowedTeamIds: ['T1', 'T2'],
      allowedChannelIds: [],
      adminChannelId: undefined,
      offlineOnlyChannels: ['C9'],
      embargoMarkers: ['EMBARGO', '[embargo]', '[offline]'],
      dailyTokenBudget: 50000,
      userDailyTokenBudget: undefined,
      userAnswersPerMinute: 20,
      maxTurnsPerThread: 50,
    });
    expect(loadConfig({ ...base, EMBARGO_MARKERS: 'SPERRFRIST, [intern]' }).safety.embargoMarkers).toEqual(['SPERRFRIST', '[intern]']);
  });

  it('stops start-up with one clear line for a bad value', () => {
    expect(() => loadConfig({ ...base, ALLOWED_TEAM_IDS: 'newsroom' })).toThrow(
      new ConfigError('Invalid configuration: ALLOWED_TEAM_IDS: expected comma-separated Slack team ids, e.g. T0123ABCD,T0456EFGH'),
    );
    expect(() => loadConfig({ ...base, USER_DAILY_TOKEN_BUDGET: '0' })).toThrow(/USER_DAILY_TOKEN_BUDGET: expected a whole number of tokens, at least 1/);
    expect(() => loadConfig({ ...base, USER_ANSWERS_PER_MINUTE: 'lots' })).toThrow(/USER_ANSWERS_PER_MINUTE: expected a whole number of answers/);
    expect(() => loadConfig({ ...base, EMBARGO_MARKERS: ' , ' })).toThrow(/EMBARGO_MARKERS: expected comma-separated markers/);
  });
});
