import type { App } from '@slack/bolt';
import type { Config } from '../config.js';
import type { Job, JobHandler } from '../jobs/job-queue.js';
import type { Services } from '../services.js';
import { translationJobRunners, translationProgressOf } from '../translate/slack-translation-jobs.js';
import { slackJobHandler } from './job-worker.js';
import type { RunsInHand } from './jobs.js';
import { tellLostJobs } from './restart-notices.js';
import { workspaceClients } from './workspace-client.js';

/** Where a process's jobs run: on the thread that acks Slack's requests, or on a thread of their own (job-thread-runner.ts). */
export interface JobRunner {
  /** For /healthz: 'job thread', or 'acking thread' (memory:, or a job thread that failed to start). */
  runsOn(): 'job thread' | 'acking thread';
  run: JobHandler;
  /** After the queue closed: the journalists of the jobs lost with the process are told to ask again. */
  tellLost(lost: Job[]): Promise<void>;
  /** Frees what the runner holds (its thread); nothing runs after. */
  close(): Promise<void>;
}

/** Runs jobs on this thread, through this app's listeners (job-worker.ts). */
export function jobsHere(app: App, config: Config, services: Services): JobRunner {
  const inHand: RunsInHand = new Map();
  const clientFor = workspaceClients(app, services.installations);
  return {
    runsOn: () => 'acking thread',
    run: slackJobHandler(app, services, inHand, translationJobRunners(services, clientFor)),
    tellLost: (lost) =>
      tellLostJobs(lost, inHand, {
        client: app.client,
        tokenFor: (job) => botTokenFor(config, services, job),
        progressOf: (job) => translationProgressOf(services, job),
        logger: services.logger,
      }),
    close: async () => {},
  };
}

/** The bot token for a job's workspace: the configured one, or, in OAuth mode, its installation's. */
async function botTokenFor(config: Config, services: Services, job: Job): Promise<string | undefined> {
  if (config.slack.botToken || !services.installations) return config.slack.botToken;
  const request = job.data as { enterprise_id?: string; enterprise?: { id?: string } | null; is_enterprise_install?: boolean | string };
  const installation = await services.installations.fetchInstallation({
    teamId: job.teamId,
    enterpriseId: request.enterprise_id ?? request.enterprise?.id,
    isEnterpriseInstall: String(request.is_enterprise_install) === 'true',
  });
  return installation.bot?.token;
}
