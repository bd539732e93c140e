import type { App } from '@slack/bolt';
import type { JobQueue } from '../jobs/job-queue.js';
import { JobGivenUp, JobReplies } from './job-replies.js';
import { RUNNING_JOB, type RunningJob, type RunsInHand } from './jobs.js';

/**
 * The worker role: each job is its Slack request replayed through the app, so the listeners that
 * queued it now run it, the same code for every surface. Slack had its ack from the web role.
 * Each run's replies are kept in `inHand` while it runs, and after, if it was given up at shutdown.
 */
export function workOnJobs(app: App, queue: JobQueue, inHand: RunsInHand): void {
  queue.work(async (job, attempt) => {
    const replies = new JobReplies();
    const running: RunningJob = { id: job.id, teamId: job.teamId, attempt: attempt.number, final: attempt.final, replies };
    attempt.givenUp.addEventListener('abort', () => (replies.givenUp = true), { once: true });
    inHand.set(job.id, replies);
    try {
      await app.processEvent({ body: job.request, ack: async () => {}, customProperties: { [RUNNING_JOB]: running } });
    } finally {
      if (!attempt.givenUp.aborted) inHand.delete(job.id);
    }
    // Not done, whatever the listener made of being cut off.
    if (attempt.givenUp.aborted) throw new JobGivenUp();
    if (running.failure !== undefined) throw running.failure;
  });
}
