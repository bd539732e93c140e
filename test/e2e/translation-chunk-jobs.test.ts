import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { keysOfTeam } from '../../src/store/team-keys.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { taskOf, type ChatRequest, type Reply } from '../support/openai-emulator.js';
import { declaration, declarationInIndonesian, declarationText, idsAsked, translateFrom, type Translated } from '../support/translation.js';
import { fixture, russiaArticle } from '../support/fixtures.js';

const redisUrl = process.env.TEST_REDIS_URL;
const runId = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Both queues: BullMQ on Redis, and the in-process queue. */
const queues = [
  { kind: 'in-process', env: () => ({}) },
  ...(redisUrl ? [{ kind: 'redis', env: () => ({ STORE_URL: redisUrl, JOB_QUEUE_PREFIX: `newsdesk-test-${runId()}` }) }] : []),
];

/**
 * A long article's translation is one job per chunk: a chunk that fails is retried on its own (a
 * 400 fails at once, past the model client's own retries), and after its last attempt the
 * journalist reads why in place of the progress message.
 */
describe.each(queues)('a long translation\'s chunks as jobs, on the $kind queue', ({ env }) => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  const source = declarationInIndonesian();
  const asksForFirst = (request: ChatRequest) => idsAsked(request).includes('P1');
  const requestsForFirst = () => nd.openai!.requests.filter((request) => taskOf(request) === 'translation' && asksForFirst(request));

  /** The model fails the first chunk's request `failures` times, and answers everything else. */
  async function translateWithFailures(failures: number, teamId = `T0CHUNK${runId()}`): Promise<{ root: string; progressTs: string }> {
    nd = await startNewsdesk({ env: env() });
    let failed = 0;
    nd.openai!.respondWith((request): Reply => {
      if (asksForFirst(request) && failed < failures) {
        failed += 1;
        return { status: 400, message: 'emulated failure of one chunk' };
      }
      return translateFrom(source)(request);
    });
    await nd.send.command('/translate', `id ${declarationText}`, { teamId });
    const opener = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === undefined);
    const root = nd.slack.messages.find((m) => m.text === opener.args.text)!.ts;
    await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root);
    return { root, progressTs: nd.slack.messages.find((m) => m.thread_ts === root)!.ts };
  }

  it('a chunk that fails is retried as a job of its own: the whole translation replaces the progress message, no failure shown, the other chunks asked once', async () => {
    const { root, progressTs } = await translateWithFailures(1);

    await nd.slack.waitFor('chat.update', (call) => call.args.ts === progressTs && call.args.blocks?.[0]?.type === 'header', 20_000);
    await settle(500);
    const thread = nd.slack.messages.filter((m) => m.thread_ts === root);
    const shown = JSON.stringify(thread);
    for (const paragraph of source.paragraphs) expect(shown.split(JSON.stringify(paragraph.text).slice(1, 61))).toHaveLength(2);
    expect(nd.slack.visibleText()).not.toMatch(/model failed|tried \d times/);
    expect(requestsForFirst()).toHaveLength(2);
    const firstChunk = idsAsked(requestsForFirst()[0]!);
    const others = nd.openai!.requests.filter((request) => taskOf(request) === 'translation' && !asksForFirst(request));
    expect(others.flatMap(idsAsked).sort()).toEqual(declaration.paragraphs.map((p) => p.id).filter((id) => !firstChunk.includes(id)).sort());
  });

  it('a chunk that fails on every attempt: after the third, the journalist is told in place of the progress message, and no translation is posted', async () => {
    const { root, progressTs } = await translateWithFailures(Infinity);

    const told = await nd.slack.waitFor('chat.update', (call) => call.args.ts === progressTs && /tried 3 times/.test(call.args.text ?? ''), 20_000);
    expect(told.args.text).toMatch(/^Newsdesk tried 3 times\. The model failed \(it answered HTTP 400\), and the translation needs the model/);
    await settle(1_000);
    expect(requestsForFirst()).toHaveLength(3);
    expect(nd.slack.messages.find((m) => m.ts === progressTs)!.text).toBe(told.args.text);
    expect(nd.slack.messages.filter((m) => m.thread_ts === root)).toHaveLength(1);
    expect(nd.slack.callsTo('chat.update').some((call) => call.args.blocks?.[0]?.type === 'header')).toBe(false);
  });

  it('the job posting a translation of several messages, run again after Slack refused one, updates those it posted instead of posting them twice', async () => {
    nd = await startNewsdesk({ env: env() });
    const long = declarationInIndonesian(4);
    nd.openai!.respondWith(translateFrom(long));
    const lastPart = (args: Record<string, any>) => /part (\d) of \1/.test(args.text ?? '');
    nd.slack.failNext('chat.postMessage', 'internal_error', lastPart);
    await nd.send.command('/translate', `id ${declarationText}`, { teamId: `T0CHUNK${runId()}` });

    const last = await eventually(() => nd.slack.messages.find((m) => lastPart(m)), 20_000);
    const parts = Number(/of (\d)/.exec(last.text!)![1]);
    expect(parts).toBeGreaterThanOrEqual(3);
    await settle(500);
    for (let part = 1; part <= parts; part++) {
      expect(nd.slack.messages.filter((m) => (m.text ?? '').includes(`part ${part} of ${parts}`))).toHaveLength(1);
    }
    // Part 2 was posted before Slack refused part 3: run again, the job updated it.
    expect(nd.slack.callsTo('chat.postMessage').filter((call) => (call.args.text ?? '').includes(`part 2 of ${parts}`))).toHaveLength(1);
    expect(nd.slack.callsTo('chat.update').filter((call) => (call.args.text ?? '').includes(`part 2 of ${parts}`))).toHaveLength(1);
  });

  it('an uninstall in the middle of a long translation removes its waiting chunks and its run: nothing more is asked or posted', async () => {
    nd = await startNewsdesk({ env: { ...env(), JOB_CONCURRENCY: '1' } });
    const teamId = `T0CHUNK${runId()}`;
    nd.openai!.respondWith(async (request) => ({ delayMs: 1_000, then: translateFrom(source)(request) }));
    await nd.send.command('/translate', `id ${declarationText}`, { teamId });
    await eventually(() => (nd.openai!.requests.length === 1 ? true : undefined));
    const logged: string[] = [];
    const info = nd.services.logger.info.bind(nd.services.logger);
    nd.services.logger.info = (...message: unknown[]) => {
      logged.push(message.map(String).join(' '));
      info(...message);
    };

    await nd.send.event({ type: 'app_uninstalled' }, { teamId });

    await eventually(() => logged.find((line) => /uninstalled Newsdesk/.test(line)));
    await settle(2_000);
    expect(nd.openai!.requests).toHaveLength(1);
    expect(nd.slack.callsTo('chat.update').some((call) => call.args.blocks?.[0]?.type === 'header')).toBe(false);
    expect(await nd.services.jobs.backlog()).toMatchObject({ waiting: 0 });
    // The chunk in flight at the uninstall wrote its model call's audit record afterwards, and removed it as it ended:
    // only the uninstall's counts and claims (ids alone) are left.
    expect((await keysOfTeam(nd.services.kv, teamId)).filter((key) => !/^(uninstalled|event):/.test(key))).toEqual([]);
  });

  it('a short translation (one request) whose model request fails is retried as its job: the translation is posted, no failure told', async () => {
    nd = await startNewsdesk({ env: env() });
    const english: Translated = JSON.parse(fixture('translation-en-russia-diplomacy.json'));
    nd.openai!.enqueue({ status: 400, message: 'emulated failure' });
    nd.openai!.respondWith(translateFrom(english));
    const { responseUrl } = await nd.send.command('/translate', `en ${russiaArticle()}`, { teamId: `T0CHUNK${runId()}` });

    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts !== undefined && call.args.blocks?.[0]?.type === 'header', 20_000);
    expect(post.args.blocks[0].text.text).toBe(english.headline);
    expect(nd.openai!.requests.filter((request) => taskOf(request) === 'translation')).toHaveLength(2);
    expect(JSON.stringify(nd.slack.shownThrough(responseUrl))).not.toMatch(/model failed|tried/);
  });

  it('leaves nothing of the run behind once the translation is posted', async () => {
    const teamId = `T0CHUNK${runId()}`;
    const { progressTs } = await translateWithFailures(0, teamId);
    await nd.slack.waitFor('chat.update', (call) => call.args.ts === progressTs && call.args.blocks?.[0]?.type === 'header', 20_000);
    await eventually(async () => ((await keysOfTeam(nd.services.kv, teamId)).some((key) => key.startsWith('translation-run:')) ? undefined : true));
  });
});
