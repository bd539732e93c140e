import { App, type Receiver } from '@slack/bolt';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { InProcessQueue } from '../../../src/jobs/in-process-queue.js';
import type { Logger } from '../../../src/logger.js';
import { workOnJobs } from '../../../src/slack/job-worker.js';
import { inJob, retriesLater, runningJob, type RunningJob } from '../../../src/slack/jobs.js';
import { routedListeners } from '../../../src/slack/listeners/routed-listeners.js';
import { EventClaims } from '../../../src/store/dedupe.js';
import { JobPosts } from '../../../src/store/job-posts.js';
import { eventually } from '../../support/eventually.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const command = (trigger: string) => ({
  command: '/summarize',
  text: 'Kota Lestari opened its new bridge on Monday.',
  team_id: 'T0DESK',
  user_id: 'U0EDITOR',
  channel_id: 'C0DESK',
  response_url: 'http://127.0.0.1/response',
  trigger_id: trigger,
});

/**
 * A Bolt app with an in-process queue and its worker, as one process runs them: a global middleware
 * counts the passes through Bolt, and /summarize acks, then queues `work` as its job.
 */
function appWithJobs(work: (job: RunningJob) => Promise<void>) {
  const receiver: Receiver = { init: () => {}, start: async () => undefined, stop: async () => undefined };
  const app = new App({ token: 'xoxb-jobs', receiver, botId: 'B0JOBS', botUserId: 'U0JOBS', tokenVerificationEnabled: false });
  const kv = new Keyv();
  const services = { jobs: new InProcessQueue(new EventClaims(kv), 2, quiet), jobPosts: new JobPosts(kv), logger: quiet };
  const seen = { boltPasses: 0, listenerErrors: [] as Error[] };
  app.use(async ({ next }) => {
    seen.boltPasses++;
    await next();
  });
  routedListeners(app).command('/summarize', async (args) => {
    await args.ack({ text: 'Reading the article…' });
    const job = runningJob(args.context);
    try {
      await inJob(services, args, () => work(job!));
    } catch (error) {
      if (retriesLater(job, error)) return;
      throw error;
    }
  });
  const onListenerError = async (error: Error) => void seen.listenerErrors.push(error);
  app.error(onListenerError);
  workOnJobs(app, { kv, logger: quiet, onListenerError }, services.jobs, new Map(), {});
  const send = (body: Record<string, unknown>) => app.processEvent({ body, ack: async () => {} });
  return { seen, send, close: () => services.jobs.close(100) };
}

describe('a Slack request\'s job, queued in the process that acked it', () => {
  it('runs its first attempt from the request in hand: Bolt sees the request once, and the job runs with its attempt in the context', async () => {
    const attempts: number[] = [];
    const app = appWithJobs(async (job) => void attempts.push(job.attempt));
    await app.send(command('t-first'));
    await eventually(() => (attempts.length ? true : undefined));
    expect(attempts).toEqual([1]);
    expect(app.seen.boltPasses).toBe(1);
    await app.close();
  });

  it('retries a failed first attempt by replaying the request through Bolt', async () => {
    const attempts: number[] = [];
    const app = appWithJobs(async (job) => {
      attempts.push(job.attempt);
      if (job.attempt === 1) throw new Error('the model is down');
    });
    await app.send(command('t-retried'));
    await eventually(() => (attempts.length === 2 ? true : undefined), 5_000);
    expect(attempts).toEqual([1, 2]);
    expect(app.seen.boltPasses).toBe(2);
    await app.close();
  });

  it('hands a listener\'s unhandled error on the first attempt to the app\'s error handler, and does not retry it, as a replay does', async () => {
    let runs = 0;
    const app = appWithJobs(async (job) => {
      runs++;
      // On the last attempt the listener above rethrows: what a replay's listener lets escape.
      job.final = true;
      throw new Error('a listener bug');
    });
    await app.send(command('t-bug'));
    await eventually(() => (app.seen.listenerErrors.length ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(app.seen.listenerErrors.map((error) => error.message)).toEqual(['a listener bug']);
    expect(runs).toBe(1);
    await app.close();
  });
});
