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
  ])('names the variable and what it expects: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('needs no signing secret in Socket Mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe('xapp-1');
  });
});
