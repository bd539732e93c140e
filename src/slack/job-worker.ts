import type { App } from '@slack/bolt';
import type Keyv from 'keyv';
import { removingLateWrites } from '../install/late-writes.js';
import type { Logger } from '../logger.js';
import { SLACK_REQUEST, type JobHandler, type JobQueue } from '../jobs/job-queue.js';
import { JobGivenUp, JobReplies } from './job-replies.js';
import { RUNNING_JOB, type RunningJob, type RunsInHand } from './jobs.js';

/**
 * The worker role: a Slack request's job is the request replayed through the app, so the listeners
 * that queued it now run it, the same code for every surface (Slack had its ack from the web role).
 * A job queued in this process runs its first attempt from the request in hand (FirstRun): the
 * listener that queued it is called again, as the replay would call it.
 * Each run's replies are kept in `inHand` while it runs, and after, if it was given up at shutdown.
 * Work a job starts in turn (a translation's chunks) runs by its kind's runner. Whatever a job
 * writes after its workspace uninstalled Newsdesk is removed (late-writes.ts).
 */
export function workOnJobs(
  app: App,
  // onListenerError: the app's error handler, where a listener's error on a first run goes, as in a replay.
  deps: { kv: Keyv; logger: Logger; onListenerError: (error: Error) => Promise<void> },
  queue: JobQueue,
  inHand: RunsInHand,
  runners: Record<string, JobHandler>,
): void {
  queue.work(removingLateWrites(deps, async (job, attempt) => {
    if (job.kind !== SLACK_REQUEST) {
      const runner = runners[job.kind];
      if (!runner) throw new Error(`no runner for jobs of kind ${job.kind}`);
      return runner(job, attempt);
    }
    const replies = new JobReplies();
    const running: RunningJob = { id: job.id, teamId: job.teamId, attempt: attempt.number, final: attempt.final, replies };
    attempt.givenUp.addEventListener('abort', () => (replies.givenUp = true), { once: true });
    inHand.set(job.id, replies);
    const customProperties = { [RUNNING_JOB]: running };
    try {
      if (attempt.firstRun) await attempt.firstRun(customProperties).catch(deps.onListenerError);
      else await app.processEvent({ body: job.data, ack: async () => {}, customProperties });
    } finally {
      if (!attempt.givenUp.aborted) inHand.delete(job.id);
    }
    // Not done, whatever the listener made of being cut off.
    if (attempt.givenUp.aborted) throw new JobGivenUp();
    if (running.failure !== undefined) throw running.failure;
  }));
}
