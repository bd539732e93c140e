import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/slack/redacting-logger.js';
import { REDACTED, redactSecrets, secretsOf } from '../../../src/slack/redacting-logger.js';

describe('redactSecrets', () => {
  it('replaces every configured secret, wherever it stands', () => {
    const secrets = ['signing-secret-123', 'my-api-key-value'];
    expect(redactSecrets('secret=signing-secret-123&x=1 key my-api-key-value.', secrets)).toBe(`secret=${REDACTED}&x=1 key ${REDACTED}.`);
  });

  it('replaces token-shaped strings even when they are not configured', () => {
    const text = 'bot xoxb-1111-2222-abcdEFGH user xoxp-99-88 app xapp-1-A0-123-abc openai sk-proj-AbCdEf123456_-x';
    const clean = redactSecrets(text, []);
    expect(clean).toBe(`bot ${REDACTED} user ${REDACTED} app ${REDACTED} openai ${REDACTED}`);
  });

  it('leaves ordinary words alone: short configured values and sk- inside words are not secrets', () => {
    expect(redactSecrets('the task-force met; risk-free; no-key', ['no-key', 'abc'])).toBe('the task-force met; risk-free; no-key');
  });
});

describe('secretsOf', () => {
  it('lists the tokens, signing secret, API key and store password of a configuration', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-bot',
      SLACK_SIGNING_SECRET: 'signing',
      SLACK_APP_TOKEN: 'xapp-app',
      OPENAI_API_KEY: 'sk-key',
      STORE_URL: 'redis://default:store-password@redis.internal:6379',
    });
    expect(secretsOf(config).sort()).toEqual(['signing', 'sk-key', 'store-password', 'xapp-app', 'xoxb-bot']);
  });
});

describe('the logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('redacts secrets at every level, inside strings, objects and errors', () => {
    const lines: string[] = [];
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...parts: unknown[]) => void lines.push(parts.map(String).join(' ')));
    }
    const logger = createLogger('debug', ['the-signing-secret']);
    const error = Object.assign(new Error('request failed with the-signing-secret'), { data: { token: 'xoxb-123-456-secret' } });
    logger.debug('debug the-signing-secret');
    logger.info({ headers: { authorization: 'Bearer sk-abcdefghijklmnop' } });
    logger.warn('warn', ['xapp-1-A0-123']);
    logger.error('failed', error);
    expect(lines).toHaveLength(4);
    const output = lines.join('\n');
    expect(output).not.toMatch(/the-signing-secret|xoxb-123|sk-abcdef|xapp-1/);
    expect(output.match(/\[redacted\]/g)!.length).toBeGreaterThanOrEqual(5);
    expect(output).toContain('request failed with [redacted]');
  });

  it('writes nothing below its level', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    createLogger('info', []).debug('hidden');
    expect(debug).not.toHaveBeenCalled();
  });
});
