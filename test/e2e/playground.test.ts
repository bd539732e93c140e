import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { runningJob } from '../../src/slack/jobs.js';
import { eventually } from '../support/eventually.js';
import { russiaArticle } from '../support/fixtures.js';
import type { EmulatedMessage } from '../support/slack-emulator.js';

/** The playground page's side: what it sends, and what it reads back. */
describe('the playground server', () => {
  let pg: Playground;
  /** Every request the app received, as its body after Bolt verified the signature (not its replays from the job queue). */
  let received: Array<Record<string, any>>;

  beforeEach(async () => {
    pg = await startPlayground({ port: 0, env: { LOG_LEVEL: 'error' } });
    received = [];
    pg.app.use(async ({ body, context, next }) => {
      if (!runningJob(context)) received.push(body as Record<string, any>);
      await next();
    });
  });
  afterEach(async () => {
    await pg.stop();
  });

  const post = async (path: string, body: unknown) => {
    const response = await fetch(new URL(path, pg.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  };
  const channel = async (): Promise<EmulatedMessage[]> => (await fetch(new URL('/api/messages', pg.url))).json();
  const summarize = async () => {
    await post('/api/send', { text: `/summarize ${russiaArticle()}` });
    const summary = await pg.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header');
    return pg.slack.messages.find((m) => m.text === summary.args.text)!;
  };

  it('serves the page, its script modules, and the commands and shortcuts the manifest declares', async () => {
    const page = await fetch(pg.url);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Try with a sample article');
    for (const file of ['app.js', 'block-kit.js', 'mrkdwn.js', 'composer.js', 'message-view.js', 'api.js', 'style.css']) {
      expect((await fetch(new URL(file, pg.url))).status, file).toBe(200);
    }
    const workspace = await (await fetch(new URL('/api/workspace', pg.url))).json();
    expect(workspace.channel.name).toBe('newsroom');
    expect(workspace.engine).toMatch(/offline/);
    expect(workspace.commands.map((c: { command: string }) => c.command)).toContain('/summarize');
    expect(workspace.shortcuts).toContainEqual({ name: 'Summarize with Newsdesk', callback_id: 'summarize_message' });
    const sample = await (await fetch(new URL('/api/sample-article', pg.url))).json();
    expect(sample.text).toBe(russiaArticle());
  });

  it('sends a typed /summarize as a signed slash command; the summary lands in #newsroom, the ack only for the person', async () => {
    const { body } = await post('/api/send', { text: '/summarize Tom & Jerry <3 ' + russiaArticle() });
    expect(body).toEqual({ ok: true, status: 200 });
    expect(received[0]).toMatchObject({ command: '/summarize', channel_id: 'C0NEWSDESK' });
    // Slack escapes its control characters in what a person types.
    expect(received[0]!.text).toMatch(/^Tom &amp; Jerry &lt;3 Rusia mengatakan/);
    await pg.slack.waitFor('chat.postMessage');
    // Once the summary is in the channel, the progress note goes, as Slack does on delete_original.
    await pg.slack.waitFor('response_url', (call) => call.args.delete_original === true);
    await eventually(async () => (await channel()).every((m) => !m.ephemeral_to) || undefined);
    const messages = await channel();
    expect(messages.find((m) => !m.ephemeral_to)!.blocks![0]).toMatchObject({ type: 'header' });
  });

  it('shows what the app posts to response_url only to the person', async () => {
    await post('/api/send', { text: '/summarize' });
    const answer = await pg.slack.waitFor('response_url');
    const shown = await eventually(async () => (await channel()).find((m) => m.text === answer.args.text));
    expect(shown.ephemeral_to).toBe('UJOURNALIST');
  });

  it('sends a mention in a thread as the message and app_mention events Slack sends', async () => {
    const summary = await summarize();
    const { body } = await post('/api/send', { text: '@Newsdesk berapa tentara Rusia di dekat perbatasan?', thread_ts: summary.ts });
    expect(body.ok).toBe(true);
    const text = '<@UNEWSDESK> berapa tentara Rusia di dekat perbatasan?';
    const events = received.filter((r) => r.type === 'event_callback').map((r) => r.event);
    expect(events.map((e) => e.type).sort()).toEqual(['app_mention', 'message']);
    for (const event of events) expect(event).toMatchObject({ text, thread_ts: summary.ts, channel: 'C0NEWSDESK', user: 'UJOURNALIST' });
    expect((await channel()).find((m) => m.text === text)).toMatchObject({ thread_ts: summary.ts, user: 'UJOURNALIST' });
    await eventually(() => pg.slack.messages.find((m) => m.thread_ts === summary.ts && m.bot_id));
  });

  it('sends a button press as block_actions with the button and its message; the quotes land in the thread', async () => {
    const summary = await summarize();
    const actions = (summary.blocks as Array<{ type: string; block_id?: string; elements?: Array<{ action_id: string; text: { text: string } }> }>).find((b) => b.type === 'actions')!;
    const quotes = actions.elements!.find((e) => e.text.text === 'Quotes')!;
    const { body } = await post('/api/action', { ts: summary.ts, action_id: quotes.action_id, block_id: actions.block_id });
    expect(body.ok).toBe(true);
    const payload = received.find((r) => r.type === 'block_actions')!;
    expect(payload.actions[0]).toMatchObject({ action_id: quotes.action_id, block_id: actions.block_id, type: 'button' });
    expect(payload.message).toMatchObject({ ts: summary.ts, blocks: summary.blocks });
    expect(payload.container).toMatchObject({ message_ts: summary.ts, channel_id: 'C0NEWSDESK' });
    // The progress note in the thread becomes the quotes.
    const progress = await pg.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === summary.ts);
    const reply = await pg.slack.waitFor('chat.update', (call) => JSON.stringify(call.args.blocks).includes('Saya akan menyarankan'));
    expect(pg.slack.messages.find((m) => m.ts === reply.args.ts)?.thread_ts).toBe(summary.ts);
    expect(progress.args.text).toBe('Looking for quotes…');
  });

  it('replaces or deletes the message an action came from when the app says so through response_url', async () => {
    const summary = await summarize();
    await post('/api/action', { ts: summary.ts, action_id: 'article_quotes' });
    const { response_url } = received.find((r) => r.type === 'block_actions')!;
    const respond = (body: unknown) => fetch(response_url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await respond({ replace_original: true, text: 'Replaced' });
    expect((await channel()).find((m) => m.ts === summary.ts)).toMatchObject({ text: 'Replaced' });
    await respond({ delete_original: true });
    expect((await channel()).find((m) => m.ts === summary.ts)).toBeUndefined();
  });

  it('sends the message shortcut as a message_action with the message; the summary lands in its thread', async () => {
    await post('/api/send', { text: russiaArticle() });
    const message = (await channel()).find((m) => m.user === 'UJOURNALIST')!;
    await post('/api/shortcut', { ts: message.ts, callback_id: 'summarize_message' });
    expect(received.find((r) => r.type === 'message_action')).toMatchObject({
      callback_id: 'summarize_message',
      message: { ts: message.ts, text: message.text, user: 'UJOURNALIST' },
      channel: { id: 'C0NEWSDESK' },
      response_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/response\//),
    });
    const summary = await pg.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === message.ts);
    expect(summary.args.blocks[0].type).toBe('header');
  });

  it('shares an uploaded file the way Slack does: a file_share message, and an app_mention when it names @Newsdesk', async () => {
    const upload = await fetch(new URL('/api/files', pg.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-file-name': encodeURIComponent('artikel rusia.txt') },
      body: russiaArticle(),
    });
    const file = await upload.json();
    expect(file).toMatchObject({ name: 'artikel rusia.txt', mimetype: 'text/plain', filetype: 'txt', size: Buffer.byteLength(russiaArticle()) });
    await post('/api/send', { text: '@Newsdesk', files: [file.id] });
    const events = received.filter((r) => r.type === 'event_callback').map((r) => r.event);
    expect(events.find((e) => e.type === 'message')).toMatchObject({ subtype: 'file_share', files: [{ id: file.id, url_private: file.url_private }] });
    expect(events.find((e) => e.type === 'app_mention')).toMatchObject({ files: [{ id: file.id }] });
    // The app can download it, with its bot token, as from Slack.
    const bytes = await fetch(file.url_private, { headers: { authorization: `Bearer ${pg.slack.botToken}` } });
    expect(await bytes.text()).toBe(russiaArticle());
  });

  it('streams every message, then each change, as server-sent events', async () => {
    await post('/api/send', { text: 'sudah ada' });
    const stream = await fetch(new URL('/api/stream', pg.url));
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let seen = '';
    const readUntil = async (text: string) => {
      while (!seen.includes(text)) seen += (await reader.read()).value ?? '';
    };
    await readUntil('"text":"sudah ada"');
    // Slack wraps a bare link in <…>, leaving the sentence's full stop outside.
    await post('/api/send', { text: 'baru saja: http://127.0.0.1:9/a?b=1&c=2.' });
    await readUntil('"text":"baru saja: <http://127.0.0.1:9/a?b=1&amp;c=2>."');
    expect(seen).toMatch(/^event: message\ndata: \{/);
    await reader.cancel();
  });

  it('opens the 👎 form on the page and sends it as the view_submission Slack sends', async () => {
    const summary = await summarize();
    const stream = await fetch(new URL('/api/stream', pg.url));
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    await post('/api/action', { ts: summary.ts, action_id: 'review_rate_down', block_id: 'review_actions' });
    let seen = '';
    while (!/event: modal\ndata: .*\n\n/.test(seen)) seen += (await reader.read()).value ?? '';
    await reader.cancel();
    const view = JSON.parse(/event: modal\ndata: (.*)\n\n/.exec(seen)![1]!) as { id: string; callback_id: string; blocks: Array<{ block_id: string }> };
    expect(view.blocks.map((b) => b.block_id)).toEqual(['reason', 'comment']);

    const values = {
      reason: { reason: { type: 'radio_buttons', selected_option: { value: 'wrong-fact', text: { type: 'plain_text', text: 'Wrong fact' } } } },
      comment: { comment: { type: 'plain_text_input', value: 'Lviv, not Kyiv' } },
    };
    expect((await post('/api/view', { id: view.id, values })).body.ok).toBe(true);
    expect(received.find((r) => r.type === 'view_submission')).toMatchObject({ view: { id: view.id, callback_id: view.callback_id, state: { values } } });
    await pg.slack.waitFor('chat.postEphemeral', (call) => /👎 \(wrong fact\)/.test(call.args.text));
    expect((await post('/api/view', { id: 'V404', values })).status).toBe(404);
  });

  it('answers a click on a message that does not exist with 404, and a malformed request with 400', async () => {
    expect((await post('/api/action', { ts: '1.000001', action_id: 'article_quotes' })).status).toBe(404);
    expect((await post('/api/send', { thread_ts: 5 })).status).toBe(400);
  });
});
