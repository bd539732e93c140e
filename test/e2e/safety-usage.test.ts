import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_BUDGET_REASON } from '../../src/editorial/policy.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, USER_ID } from '../support/slack-requests.js';

const ADMIN_CHANNEL = 'C0ADMIN';
const EDITOR = 'UEDITOR';
const DESK_CHANNEL = 'C0DESK2';

/** The Russia article with one extra paragraph: a different article each time, with the same summary. */
const articleVariant = (n: number) => `${russiaArticle()}\n\nCatatan redaksi ${n}: artikel ini diperbarui untuk edisi sore hari ini.`;

async function summarize(nd: RunningNewsdesk, text: string, where: { channelId?: string; userId?: string } = {}): Promise<string> {
  const before = nd.slack.callsTo('chat.postMessage').length;
  await nd.send.command('/summarize', text, where);
  const post = await nd.slack.waitFor('chat.postMessage', (call) => nd.slack.callsTo('chat.postMessage').indexOf(call) === before);
  return JSON.stringify(post.args.blocks);
}

async function newsdesk(nd: RunningNewsdesk, text: string, where: { channelId?: string; userId?: string } = {}): Promise<string> {
  const { response } = await nd.send.command('/newsdesk', text, where);
  const body = (await response.json()) as { response_type: string; text: string };
  expect(body.response_type).toBe('ephemeral');
  return body.text;
}

describe('usage, budgets and limits', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it('shows the admin channel every model call by channel and person, with the tokens the model reported', async () => {
    nd = await startNewsdesk({ env: { ADMIN_CHANNEL_ID: ADMIN_CHANNEL } });
    nd.openai!.respondWith(() => ({ json: russiaSummary, usage: { prompt_tokens: 1200, completion_tokens: 150, cached_tokens: 1000 } }));

    await summarize(nd, articleVariant(1));
    await summarize(nd, articleVariant(2));
    await summarize(nd, articleVariant(3), { channelId: DESK_CHANNEL, userId: EDITOR });
    expect(nd.openai!.requests).toHaveLength(3);

    const report = await newsdesk(nd, 'usage today', { channelId: ADMIN_CHANNEL });
    expect(report).toContain('3 model calls · 4,050 tokens (3,600 prompt, 450 completion, 3,000 cached) · 3 ok');
    expect(report).toContain(`• <#${CHANNEL_ID}>: 2 model calls · 2,700 tokens (2,400 prompt, 300 completion, 2,000 cached) · 2 ok`);
    expect(report).toContain(`• <#${DESK_CHANNEL}>: 1 model call · 1,350 tokens (1,200 prompt, 150 completion, 1,000 cached) · 1 ok`);
    expect(report).toContain(`• <@${USER_ID}>: 2 model calls · 2,700 tokens`);
    expect(report).toContain(`• <@${EDITOR}>: 1 model call · 1,350 tokens`);

    // A summary reused from the store is no model call and costs nothing.
    await summarize(nd, articleVariant(1));
    expect(await newsdesk(nd, 'usage week', { channelId: ADMIN_CHANNEL })).toContain('3 model calls · 4,050 tokens');

    const own = await newsdesk(nd, 'usage month', { channelId: DESK_CHANNEL, userId: EDITOR });
    expect(own).toContain('*Your Newsdesk usage, the last 30 days');
    expect(own).toContain('1 model call · 1,350 tokens');
    expect(own).toContain(`<#${ADMIN_CHANNEL}>`);
    expect(own).not.toContain(USER_ID);
  });

  it('lists every command, the shortcut, files, mentions and DMs, each example inside its bullet', async () => {
    nd = await startNewsdesk({ offline: true });
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
      features: { slash_commands: Array<{ command: string }> };
    };
    const help = await newsdesk(nd, 'help');
    for (const { command } of manifest.features.slash_commands) {
      expect(help).toContain(`\`${command} `);
      expect(help).toMatch(new RegExp(`e\\.g\\. \`\\${command}[ \`]`));
    }
    for (const form of ['summarize|quotes|translate', 'usage', 'export', 'settings', 'help']) {
      expect(help).toMatch(new RegExp(`^• \`/newsdesk ${form.replace(/\|/g, '\\|')}[ \`].*, e\\.g\\. \`/newsdesk `, 'm'));
    }
    expect(help).toContain('⋮ (More actions) → *Summarize with Newsdesk*');
    expect(help).toMatch(/^• files: share a PDF .*DOCX, TXT.* with a mention, or in a DM/m);
    expect(help).toMatch(/^• mentions: `@Newsdesk`/m);
    expect(help).toMatch(/^• in an article's thread, mention `@Newsdesk`.*, e\.g\. `@Newsdesk .*\?`$/m);
    expect(help).toMatch(/^• direct messages: /m);
    // Slack mrkdwn has no lists: an example on a line of its own, or in a code block, falls out of its bullet.
    for (const line of help.split('\n')) expect(line).toMatch(/^(• |\*[^*]+\*$)/);
    expect(help).not.toContain('```');
    expect(await newsdesk(nd, 'budget')).toMatch(/^Usage: `\/newsdesk summarize\|quotes\|translate …`/);
  });

  it('answers offline, with a note, once a person has used up their daily token budget', async () => {
    nd = await startNewsdesk({ env: { USER_DAILY_TOKEN_BUDGET: '1000' } });
    nd.openai!.respondWith(() => ({ json: russiaSummary, usage: { prompt_tokens: 900, completion_tokens: 200 } }));

    expect(await summarize(nd, articleVariant(1))).toContain('model test-model');
    const overBudget = await summarize(nd, articleVariant(2));
    expect(overBudget).toContain('offline extractive engine');
    expect(overBudget).toContain(USER_BUDGET_REASON);
    expect(nd.openai!.requests).toHaveLength(1);

    // Someone else's budget is their own.
    expect(await summarize(nd, articleVariant(3), { userId: EDITOR })).toContain('model test-model');
    expect(nd.openai!.requests).toHaveLength(2);
  });

  it('tells a person flooding Newsdesk to slow down', async () => {
    nd = await startNewsdesk({ offline: true, env: { USER_ANSWERS_PER_MINUTE: '2' } });
    await summarize(nd, articleVariant(1));
    await summarize(nd, articleVariant(2));
    const { responseUrl } = await nd.send.command('/summarize', articleVariant(3));
    const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && call.args.text !== undefined);
    expect(reply.args).toMatchObject({ response_type: 'ephemeral' });
    expect(reply.args.text).toMatch(/^Slow down: Newsdesk gives each person up to 2 answers a minute/);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });
});
