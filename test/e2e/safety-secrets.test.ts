import { afterEach, describe, expect, it } from 'vitest';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { OpenAIEmulator } from '../support/openai-emulator.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { SlackSender } from '../support/slack-requests.js';
import { eventually } from '../support/eventually.js';
import { freePort, npmStart, untilHealthy } from '../support/npm-start.js';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-4815-162342-secretbottoken',
  SLACK_SIGNING_SECRET: 'signing-secret-4815162342',
  OPENAI_API_KEY: 'sk-secret-key-4815162342',
};

describe('secrets', () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('never appear in a full run logged at debug level, nor in anything shown in Slack', async () => {
    const slack = await SlackEmulator.start(SECRETS.SLACK_BOT_TOKEN);
    const openai = await OpenAIEmulator.start();
    cleanups.push(() => slack.close(), () => openai.close());
    const port = await freePort();
    const app = npmStart({
      ...SECRETS,
      PORT: String(port),
      SLACK_API_URL: slack.apiUrl,
      OPENAI_BASE_URL: openai.url,
      OPENAI_MODEL: 'test-model',
      STORE_URL: 'memory:',
      LOG_LEVEL: 'debug',
      ADMIN_CHANNEL_ID: 'C0NEWSDESK',
    });
    cleanups.push(() => app.stop());
    await untilHealthy(port);
    const send = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SECRETS.SLACK_SIGNING_SECRET, slack);
    const variant = (n: number) => `${russiaArticle()}\n\nCatatan redaksi ${n}: artikel ini diperbarui untuk edisi sore hari ini.`;

    // A summary from a provider that echoes the key in its reply (logged at debug, dropped by the schema); one
    // where it echoes the key in its error, as OpenAI's 401 does; one Slack refuses.
    openai.enqueue(
      { json: { ...russiaSummary, echo: `authorization: Bearer ${SECRETS.OPENAI_API_KEY}` } },
      { status: 401, message: `Incorrect API key provided: ${SECRETS.OPENAI_API_KEY}` },
    );
    await send.command('/summarize', variant(1));
    await slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args.blocks).includes('model test-model'));
    await send.command('/summarize', variant(2));
    await slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args.blocks).includes('the model failed'));
    slack.failNext('chat.postMessage', 'not_in_channel');
    openai.respondWith(() => ({ json: russiaSummary }));
    const { responseUrl } = await send.command('/summarize', variant(3));
    await slack.waitFor('response_url', (call) => call.args.url === responseUrl && /invite/i.test(call.args.text ?? ''));
    const { response } = await send.command('/newsdesk', 'usage');
    expect((await response.json()).text).toContain('3 model calls');
    await eventually(() => (/audit: summary/.test(app.output()) && /not_in_channel/.test(app.output()) ? true : undefined));

    // The run was logged at debug level by Bolt, the Web API client and Newsdesk; the openai client
    // logs at info at most (its debug lines are whole bodies), so the key it echoes never reaches
    // the log at all. The redactor itself is unit-tested in test/unit/redact.test.ts.
    expect(app.output()).toMatch(/\[DEBUG\]/);
    // The Web API client's own debug lines (built only at debug level, esbuild.patches.mjs) are among them.
    expect(app.output()).toMatch(/http request body: /);
    expect(app.output()).toMatch(/http request result: /);
    expect(app.output()).toMatch(/401/);
    for (const secret of Object.values(SECRETS)) {
      expect(app.output()).not.toContain(secret);
      expect(slack.visibleText()).not.toContain(secret);
    }
  });
});
