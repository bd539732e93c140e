import type { App } from '@slack/bolt';
import type { JobQueue } from '../jobs/job-queue.js';
import { RUNNING_JOB, type RunningJob } from './jobs.js';

/**
 * The worker role: each job is its Slack request replayed through the app, so the listeners that
 * queued it now run it, the same code for every surface. Slack had its ack from the web role.
 */
export function workOnJobs(app: App, queue: JobQueue): void {
  queue.work(async (job, attempt) => {
    const running: RunningJob = { id: job.id, teamId: job.teamId, attempt: attempt.number, final: attempt.final };
    await app.processEvent({ body: job.request, ack: async () => {}, customProperties: { [RUNNING_JOB]: running } });
    if (running.failure !== undefined) throw running.failure;
  });
}
