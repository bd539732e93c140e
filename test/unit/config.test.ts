import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const minimal = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

describe('loadConfig', () => {
  it('takes the documented defaults: HTTP on 3000, memory store, no model', () => {
    const config = loadConfig(minimal);
    expect(config.port).toBe(3000);
    expect(config.storeUrl).toBe('memory:');
    expect(config.llm).toBeUndefined();
    expect(config.slack.apiUrl).toBe('https://slack.com/api/');
    expect(config.safety.maxTurnsPerThread).toBe(50);
    expect(config.memoryStoreMaxItems).toBe(10_000);
  });

  it('configures a model from a base URL alone, as for a local server', () => {
    const config = loadConfig({ ...minimal, OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_MODEL: 'llama3.1' });
    expect(config.llm).toMatchObject({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1' });
  });

  it('adds the trailing slash the Web API client needs', () => {
    expect(loadConfig({ ...minimal, SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 's' }, /SLACK_BOT_TOKEN: required/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_SIGNING_SECRET: required in HTTP mode/],
    [{ ...minimal, PORT: '70000' }, /PORT: expected a port number/],
    [{ ...minimal, STORE_URL: 'mysql://db' }, /STORE_URL: expected memory:, sqlite:\/\/path/],
    [{ ...minimal, SLACK_APP_TOKEN: 'xoxb-wrong' }, /SLACK_APP_TOKEN: expected an app-level token/],
    [{ ...minimal, OPENAI_BASE_URL: 'localhost:11434' }, /OPENAI_BASE_URL: expected an http\(s\) URL/],
    [{ ...minimal, LOG_LEVEL: 'loud' }, /LOG_LEVEL: expected debug, info, warn or error/],
    [{ ...minimal, MAX_TURNS_PER_THREAD: '0' }, /MAX_TURNS_PER_THREAD: expected a whole number of follow-ups, at least 1/],
    [{ ...minimal, MEMORY_STORE_MAX_ITEMS: 'lots' }, /MEMORY_STORE_MAX_ITEMS: expected a whole number of items, at least 1/],
    [{ ...minimal, REQUIRE_SIGNOFF_FOR: 'translation,tweets' }, /REQUIRE_SIGNOFF_FOR: expected comma-separated kinds of copy-ready text: translation, headlines, social/],
    [{ ...minimal, FEEDBACK_DIGEST: 'weekly' }, /FEEDBACK_DIGEST: expected daily, or leave it unset/],
    [{ ...minimal, FEEDBACK_DIGEST: 'daily' }, /FEEDBACK_DIGEST: the digest goes to the admin channel: set ADMIN_CHANNEL_ID too/],
  ])('names the variable and what it expects: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names every bad variable at once, one line each', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'abc', PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(
      [
        'Invalid configuration: LOG_LEVEL: expected debug, info, warn or error',
        'Invalid configuration: SLACK_BOT_TOKEN: expected a bot token starting with xoxb- (the Bot User OAuth Token from the Slack app settings, OAuth & Permissions)',
        'Invalid configuration: PORT: expected a port number from 0 to 65535',
        'Invalid configuration: SLACK_SIGNING_SECRET: required in HTTP mode (no SLACK_APP_TOKEN): the signing secret from the Slack app settings, Basic Information',
      ].join('\n'),
    );
  });

  it('takes the caller\'s default store when STORE_URL is unset or empty, and STORE_URL over it', () => {
    const defaults = { storeUrl: 'sqlite:///data/newsdesk.db' };
    expect(loadConfig(minimal, defaults).storeUrl).toBe('sqlite:///data/newsdesk.db');
    expect(loadConfig({ ...minimal, STORE_URL: ' ' }, defaults).storeUrl).toBe('sqlite:///data/newsdesk.db');
    expect(loadConfig({ ...minimal, STORE_URL: 'memory:' }, defaults).storeUrl).toBe('memory:');
  });

  describe('OAuth mode', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const oauth = { SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'ss', INSTALLATION_ENCRYPTION_KEY: key };

    it('takes the client id, secrets and key instead of a bot token', () => {
      const config = loadConfig(oauth);
      expect(config.slack.botToken).toBeUndefined();
      expect(config.slack.oauth).toEqual({ clientId: '1.2', clientSecret: 'cs', stateSecret: 'ss', encryptionKey: key });
      expect(loadConfig({ ...oauth, INSTALLATION_ENCRYPTION_KEY: 'ab'.repeat(32) }).slack.oauth?.encryptionKey).toBe('ab'.repeat(32));
    });

    it.each([
      [{ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID/],
      [{ ...oauth, SLACK_STATE_SECRET: undefined }, /SLACK_STATE_SECRET: required with SLACK_CLIENT_ID/],
      [{ ...oauth, INSTALLATION_ENCRYPTION_KEY: undefined }, /INSTALLATION_ENCRYPTION_KEY: required with SLACK_CLIENT_ID/],
      [{ ...oauth, INSTALLATION_ENCRYPTION_KEY: 'short-passphrase' }, /INSTALLATION_ENCRYPTION_KEY: expected 32 random bytes/],
      [{ ...oauth, SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_APP_TOKEN: leave it unset in OAuth mode/],
    ])('names what is wrong: %j', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('never prints the key in its error', () => {
      expect(() => loadConfig({ ...oauth, INSTALLATION_ENCRYPTION_KEY: 'not-a-key-but-a-secret' })).toThrow(/^(?!.*not-a-key-but-a-secret)/s);
    });
  });

  it('needs no signing secret in Socket Mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe('xapp-1');
  });
});
