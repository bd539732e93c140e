import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { BOT_TOKEN, startNewsdesk } from '../support/newsdesk.js';
import { freePort, npmStart, untilHealthy, type NpmStarted } from '../support/npm-start.js';
import { OpenAIEmulator, taskOf } from '../support/openai-emulator.js';
import { BOT_USER_ID, SlackEmulator } from '../support/slack-emulator.js';
import { SlackSender, TEAM_ID } from '../support/slack-requests.js';
import { declarationInIndonesian, declarationText, translateFrom } from '../support/translation.js';

const GRACE_MS = 1_000;
/** What the process may take past its grace: closing the server, the queue and the store, and telling the journalists. */
const EXIT_SLACK_MS = 4_000;
const JOURNALISTS = 10;
const RESTART_NOTICE = /Newsdesk restarted before it finished/;

let slack: SlackEmulator;
let openai: OpenAIEmulator;
let app: NpmStarted | undefined;

beforeEach(async () => {
  slack = await SlackEmulator.start(BOT_TOKEN);
  openai = await OpenAIEmulator.start();
});

afterEach(async () => {
  await app?.kill();
  app = undefined;
  await slack.close();
  await openai.close();
});

/** One journalist's request, in a channel of their own: half by /summarize, half by @Newsdesk with the story pasted. */
interface Request {
  channel: string;
  /** A command's response_url and its ack; undefined for a mention. */
  command?: { responseUrl: string; ack: { text?: string } };
}

async function startApp(concurrency: number): Promise<SlackSender> {
  const port = await freePort();
  app = npmStart({
    PORT: String(port),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: 'shutdown-secret',
    SLACK_API_URL: slack.apiUrl,
    OPENAI_API_KEY: 'sk-shutdown',
    OPENAI_BASE_URL: openai.url,
    OPENAI_MODEL: 'shutdown-model',
    // The in-process queue: what is not done when the process exits is gone.
    STORE_URL: 'memory:',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    JOB_CONCURRENCY: String(concurrency),
    USER_ANSWERS_PER_MINUTE: '1000',
    LOG_LEVEL: 'warn',
  });
  await untilHealthy(port);
  return new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'shutdown-secret', slack);
}

async function sendRequests(sender: SlackSender): Promise<Request[]> {
  const requests: Request[] = [];
  for (let i = 0; i < JOURNALISTS; i++) {
    const channel = `C0SHUT${i}`;
    const userId = `U0JOURN${i}`;
    // Each story a little different, so no answer comes from another's cache.
    const story = `${russiaArticle()}\n\nCatatan redaksi nomor ${i}.`;
    if (i % 2 === 0) {
      const { response, responseUrl } = await sender.command('/summarize', story, { channelId: channel, userId });
      expect(response.status).toBe(200);
      requests.push({ channel, command: { responseUrl, ack: (await response.json()) as { text?: string } } });
    } else {
      const response = await sender.event({ type: 'app_mention', user: userId, text: `<@${BOT_USER_ID}> ${story}`, channel, team: TEAM_ID, ts: slack.nextTs() });
      expect(response.status).toBe(200);
      requests.push({ channel });
    }
  }
  return requests;
}

/** What a journalist got: the summary (in their channel), the restart notice (where they asked), both or neither. */
function outcomeOf(request: Request): { answered: boolean; told: boolean } {
  const inChannel = slack.messages.filter((m) => m.channel === request.channel);
  const answered = inChannel.some((m) => JSON.stringify(m.blocks ?? []).includes(russiaSummary.headline));
  const told = request.command
    ? slack.shownThrough(request.command.responseUrl, request.command.ack).some((shown) => RESTART_NOTICE.test(shown.text ?? ''))
    : inChannel.some((m) => RESTART_NOTICE.test(m.text ?? ''));
  return { answered, told };
}

/** SIGTERM to the npm process alone; resolves to the exit code and how long the exit took. */
async function terminate(): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  app!.terminateNpm();
  const code = await app!.exited;
  return { code, ms: Date.now() - started };
}

describe('SIGTERM to npm start with 10 answers in flight (in-process queue, SHUTDOWN_GRACE_MS=1000)', () => {
  it('a hung model: each journalist is told, where they asked, that Newsdesk restarted, and the process exits 0 soon after the grace', async () => {
    // Half the requests run, half wait their turn in the queue.
    const sender = await startApp(JOURNALISTS / 2);
    openai.respondWith(() => new Promise(() => {}));
    const requests = await sendRequests(sender);
    await eventually(() => (openai.requests.filter((r) => taskOf(r) === 'summary').length === JOURNALISTS / 2 ? true : undefined), 20_000);

    const { code, ms } = await terminate();
    expect(code).toBe(0);
    expect(ms).toBeLessThan(GRACE_MS + EXIT_SLACK_MS);
    const outcomes = requests.map(outcomeOf);
    // None silent, none both: with the model hung, every one is the notice.
    expect(outcomes).toEqual(requests.map(() => ({ answered: false, told: true })));
    // Commands: the notice takes the progress note's place; mentions: in the thread of the message.
    for (const request of requests.filter((r) => r.command)) {
      expect(slack.shownThrough(request.command!.responseUrl, request.command!.ack)).toHaveLength(1);
    }
    for (const request of requests.filter((r) => !r.command)) {
      const notice = slack.messages.find((m) => m.channel === request.channel && RESTART_NOTICE.test(m.text ?? ''))!;
      expect(notice.thread_ts).toBeDefined();
    }
  });

  it('a model fast enough for the grace: all 10 are answered, none is told to ask again', async () => {
    // All ten run at once: on a busy 2-core machine, a second round in one second would test the machine.
    const sender = await startApp(JOURNALISTS);
    // The model holds every answer until the signal is sent, then answers at once.
    let release!: () => void;
    const signalled = new Promise<void>((resolve) => (release = resolve));
    openai.respondWith(async () => {
      await signalled;
      return { json: russiaSummary };
    });
    const requests = await sendRequests(sender);
    await eventually(() => (openai.requests.filter((r) => taskOf(r) === 'summary').length === JOURNALISTS ? true : undefined), 20_000);

    const exit = terminate();
    release();
    const { code, ms } = await exit;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(GRACE_MS + EXIT_SLACK_MS);
    expect(requests.map(outcomeOf)).toEqual(requests.map(() => ({ answered: true, told: false })));
  });
});

describe('where the restart notice goes (the app in this process, SHUTDOWN_GRACE_MS=300)', () => {
  it('a Quotes button given up: its progress message in the article\'s thread becomes the notice', async () => {
    const nd = await startNewsdesk({ slack, openai, env: { SHUTDOWN_GRACE_MS: '300' } });
    // The summary comes; the quotes never do.
    openai.respondWith((request) => (taskOf(request) === 'summary' ? { json: russiaSummary } : new Promise(() => {})));
    await nd.send.command('/summarize', russiaArticle());
    const summary = await slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header');
    const root = slack.messages.find((m) => m.text === summary.args.text)!;
    const actions = summary.args.blocks.find((block: { block_id?: string }) => block.block_id === 'article_actions');
    const quotes = actions.elements.find((element: { action_id: string }) => element.action_id === 'article_quotes');

    await nd.send.buttonPress({ messageTs: root.ts, actionId: 'article_quotes', value: quotes.value });
    const progress = await slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root.ts);
    await eventually(() => (openai.requests.some((r) => taskOf(r) !== 'summary') ? true : undefined));
    await nd.stop();

    const thread = slack.messages.filter((m) => m.thread_ts === root.ts);
    expect(thread.map((m) => m.text)).toEqual([expect.stringMatching(RESTART_NOTICE)]);
    expect(slack.callsTo('chat.update').map((call) => call.args.ts)).toEqual([slack.messages.find((m) => m.text === thread[0]!.text)!.ts]);
    expect(progress.args.text).toBe('Looking for quotes…');
  });

  it('a long translation given up between its chunk jobs: its progress message becomes the notice, once', async () => {
    const nd = await startNewsdesk({ slack, openai, env: { SHUTDOWN_GRACE_MS: '300' } });
    // The first chunks are answered; the later ones never are.
    const source = declarationInIndonesian();
    let answered = 0;
    openai.respondWith((request) => (answered++ < 1 ? translateFrom(source)(request) : new Promise(() => {})));
    await nd.send.command('/translate', `id ${declarationText}`);
    const opener = await slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === undefined);
    const root = slack.messages.find((m) => m.text === opener.args.text)!.ts;
    await slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root);
    const progressTs = slack.messages.find((m) => m.thread_ts === root)!.ts;
    await eventually(() => (openai.requests.length >= 2 ? true : undefined));
    await nd.stop();

    const thread = slack.messages.filter((m) => m.thread_ts === root);
    expect(thread.map((m) => m.ts)).toEqual([progressTs]);
    expect(thread[0]!.text).toMatch(RESTART_NOTICE);
    expect(slack.callsTo('chat.update').filter((call) => RESTART_NOTICE.test(call.args.text))).toHaveLength(1);
  });
});
