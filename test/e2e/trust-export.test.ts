import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/article/article.js';
import { utcDay } from '../../src/store/audit-log.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, TEAM_ID } from '../support/slack-requests.js';

const ADMIN_CHANNEL = 'C0ADMIN';
const EDITOR = 'UEDITOR';
const projectRoot = new URL('../../', import.meta.url).pathname;

/** The Russia article with one extra paragraph: a different article each time, with the same summary. */
const articleVariant = (n: number) => `${russiaArticle()}\n\nCatatan redaksi ${n}: artikel ini diperbarui untuk edisi sore hari ini.`;
const USAGES = [
  { prompt_tokens: 1200, completion_tokens: 150, cached_tokens: 1000 },
  { prompt_tokens: 900, completion_tokens: 120, cached_tokens: 0 },
];

type Row = Record<string, string>;

async function summarizeTwice(nd: RunningNewsdesk): Promise<string> {
  let call = 0;
  nd.openai!.respondWith(() => ({ json: russiaSummary, usage: USAGES[call++ % USAGES.length] }));
  for (const n of [1, 2]) {
    const before = nd.slack.callsTo('chat.postMessage').length;
    await nd.send.command('/summarize', articleVariant(n));
    await nd.slack.waitFor('chat.postMessage', () => nd.slack.callsTo('chat.postMessage').length > before);
  }
  // An editor signs off the first summary.
  const first = nd.slack.messages.find((m) => m.channel === CHANNEL_ID && !m.thread_ts)!;
  const signOff = (first.blocks as Array<{ block_id?: string; elements?: Array<{ action_id: string; value: string }> }>)
    .find((b) => b.block_id === 'review_actions')!
    .elements!.find((e) => e.action_id === 'review_sign_off')!;
  await nd.send.buttonPress({ messageTs: first.ts, actionId: signOff.action_id, value: signOff.value, userId: EDITOR, blockId: 'review_actions' });
  await nd.slack.waitFor('chat.update');
  return first.ts;
}

/** Sentences of the article: none may appear in an export, but for the headline, which the export names. */
const articleSentences = () => {
  const article = articleFromText(articleVariant(1));
  return article.paragraphs
    .flatMap((p) => p.text.split(/(?<=\.)\s+/))
    .filter((sentence) => sentence.length > 30 && !article.headline.includes(sentence) && !sentence.includes(article.headline));
};

function expectTheTwoCalls(rows: Row[]) {
  expect(rows).toHaveLength(2);
  expect(rows.map((r) => [r['prompt tokens'], r['completion tokens'], r['cached tokens']])).toEqual([
    ['1200', '150', '1000'],
    ['900', '120', '0'],
  ]);
  for (const row of rows) {
    expect(row).toMatchObject({ workspace: TEAM_ID, channel: CHANNEL_ID, 'request kind': 'summary', engine: 'llm', model: 'test-model', outcome: 'ok' });
    expect(row.headline).toBe(articleFromText(articleVariant(1)).headline);
    expect(row['article id']).toMatch(/^[0-9a-f]{16}$/);
  }
  expect(rows[0]!['signed off by']).toMatch(new RegExp(`^${EDITOR} \\d{4}-\\d{2}-\\d{2}T`));
  expect(rows[1]!['signed off by']).toBe('');
}

function expectNoArticleText(csv: string) {
  expect(articleSentences().length).toBeGreaterThan(5);
  for (const sentence of articleSentences()) expect(csv).not.toContain(sentence);
}

describe('exporting the audit trail', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it('/newsdesk export uploads a CSV to the admin channel: one row per model call in the range, its tokens, no article text', async () => {
    nd = await startNewsdesk({ env: { ADMIN_CHANNEL_ID: ADMIN_CHANNEL } });
    await summarizeTwice(nd);

    const { response } = await nd.send.command('/newsdesk', 'export', { channelId: ADMIN_CHANNEL });
    expect(((await response.json()) as { text: string }).text).toMatch(/^Exporting the audit trail from \d{4}-\d{2}-\d{2} to /);
    const upload = await nd.slack.waitFor('file_upload');
    const complete = await nd.slack.waitFor('files.completeUploadExternal');
    expect(complete.args.channel_id).toBe(ADMIN_CHANNEL);
    expect(complete.args.initial_comment).toMatch(/2 model calls/);

    const csv = upload.args.content as string;
    const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Row[];
    expectTheTwoCalls(rows);
    expectNoArticleText(csv);

    // A range that ends yesterday holds none of today's calls.
    const yesterday = utcDay(new Date(Date.now() - 24 * 60 * 60 * 1000));
    await nd.send.command('/newsdesk', `export ${yesterday} ${yesterday}`, { channelId: ADMIN_CHANNEL });
    await nd.slack.waitFor('file_upload', () => nd.slack.callsTo('file_upload').length === 2);
    const none = parse(nd.slack.callsTo('file_upload')[1]!.args.content as string, { columns: true }) as Row[];
    expect(none).toEqual([]);
  });

  it('is for the admin channel only, and says what a bad range needs', async () => {
    nd = await startNewsdesk({ env: { ADMIN_CHANNEL_ID: ADMIN_CHANNEL }, offline: true });
    const elsewhere = await nd.send.command('/newsdesk', 'export');
    expect(((await elsewhere.response.json()) as { text: string }).text).toBe(`Only the admin channel, <#${ADMIN_CHANNEL}>, can export the audit trail: run the command there.`);
    const backwards = await nd.send.command('/newsdesk', 'export 2026-11-20 2026-11-02', { channelId: ADMIN_CHANNEL });
    expect(((await backwards.response.json()) as { text: string }).text).toMatch(/^The range starts \(2026-11-20\) after it ends \(2026-11-02\)/);
    expect(nd.slack.callsTo('file_upload')).toHaveLength(0);
  });

  it('npm run newsdesk -- export reads the configured store and prints the same CSV', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-export-'));
    try {
      const storeUrl = `sqlite://${join(dir, 'newsdesk.db')}`;
      nd = await startNewsdesk({ env: { STORE_URL: storeUrl } });
      await summarizeTwice(nd);
      const today = utcDay(new Date());
      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn('npm', ['run', '--silent', 'newsdesk', '--', 'export', '--from', today, '--to', today], {
          cwd: projectRoot,
          env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', STORE_URL: storeUrl },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.once('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expectTheTwoCalls(parse(run.stdout, { columns: true }) as Row[]);
      expectNoArticleText(run.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
