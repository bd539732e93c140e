import { randomUUID } from 'node:crypto';
import type { Context, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { jobId, SLACK_REQUEST, type FirstRun, type Job, type JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import type { JobPosts } from '../store/job-posts.js';
import { isStoreFailure } from '../store/store-failure.js';
import { noticeMessage } from './blocks.js';
import { describeFailure, isUsersToFix } from './failures.js';
import type { JobReplies } from './job-replies.js';
import { postOnce } from './post-once.js';

/**
 * What the listeners of a replayed request know of the job they run (Bolt's context carries it;
 * a request straight from Slack has none, and is queued instead of run).
 */
export interface RunningJob {
  id: string;
  teamId: string;
  attempt: number;
  /** No retry follows this attempt: a failure must be told to the journalist now. */
  final: boolean;
  /** What this run has shown the journalist; it shows nothing more once given up at shutdown. */
  replies: JobReplies;
  /** A failure the job is retried for, set by the listener that caught it. */
  failure?: unknown;
  /** Whose token the request came with (an org-wide install's, or the workspace's): work the job starts posts with it too. */
  authorization?: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean };
}

/** The replies of the runs in hand, by job id: a run given up at shutdown stays, for its notice. */
export type RunsInHand = Map<string, JobReplies>;

/** The key of the running job in Bolt's context. */
export const RUNNING_JOB = 'newsdeskJob';

export function runningJob(context: Context): RunningJob | undefined {
  const job = context[RUNNING_JOB] as RunningJob | undefined;
  // Bolt's context of the replayed request is where the job learns whose token it runs with.
  if (job) job.authorization ??= { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall ?? false };
  return job;
}

/** The key in Bolt's context of how to run the request's listener again as its job (see replayable). */
const FIRST_RUN = 'newsdeskFirstRun';

/**
 * A listener whose job, queued in this process, runs its first attempt by calling the listener
 * again with the job in its context (and an ack that does nothing, as in a replay), rather than by
 * replaying the request through Bolt: the request's middleware has run, its context is in hand.
 */
export function replayable<A extends { context: Context }>(listener: (args: A) => Promise<void>): (args: A) => Promise<void> {
  return (args) => {
    if (!args.context[RUNNING_JOB]) {
      const firstRun: FirstRun = (customProperties) =>
        listener({ ...args, ...('ack' in args && { ack: async () => {} }), context: { ...args.context, ...customProperties } });
      args.context[FIRST_RUN] = firstRun;
    }
    return listener(args);
  };
}

export interface JobServices {
  jobs: JobQueue;
  jobPosts: JobPosts;
  logger: Logger;
}

/** Where an event's answer goes, so a request that cannot even be queued is told there. */
export interface ThreadOfRequest {
  channel: string;
  threadTs: string;
}

/**
 * The one seam between acknowledging and working: a request straight from Slack becomes a job
 * (the web role's part); the same request replayed from the queue (or its `replayable` listener
 * called again, for a job queued in this process) runs `work`, with a client that
 * posts each message once however often the job runs, and that (with the response_url) shows
 * nothing once the run is given up at shutdown. A request that cannot be queued (the store is
 * down) rejects, for commands and buttons to report through their response_url; an event, which
 * has none, is answered in `thread` instead.
 */
export async function inJob<A extends { body: unknown; context: Context; client: WebClient; respond?: RespondFn }>(
  services: JobServices,
  args: A,
  work: (args: A) => Promise<void>,
  thread?: ThreadOfRequest,
): Promise<void> {
  const job = runningJob(args.context);
  if (job) {
    const client = job.replies.watch(postOnce(args.client, job, services.jobPosts));
    return work({ ...args, client, ...(args.respond && { respond: job.replies.watchRespond(args.respond) }) });
  }
  const queued = jobOfRequest(args.body as SlackRequest, args.context);
  try {
    await services.jobs.add(queued, args.context[FIRST_RUN] as FirstRun | undefined);
  } catch (error) {
    if (!thread) throw error;
    services.logger.error(`could not queue job ${queued.id}`, error);
    const notice = noticeMessage(describeFailure(error));
    await args.client.chat
      .postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text: notice.text, blocks: notice.blocks })
      .catch((noticeError: unknown) => services.logger.error('could not tell the thread that its request was not queued', noticeError));
  }
}

type SlackRequest = Record<string, unknown> & { event_id?: string; trigger_id?: string; team_id?: string; team?: { id?: string } | null };

/** A request's job: its id from Slack's event id or the command's trigger, so a redelivery is the same job. */
export function jobOfRequest(body: SlackRequest, context: Pick<Context, 'teamId' | 'enterpriseId'>): Job {
  const teamId = body.team_id ?? body.team?.id ?? context.teamId ?? 'unknown';
  const id = body.event_id
    ? jobId('event', teamId, body.event_id)
    : body.trigger_id
      ? jobId('trigger', body.trigger_id)
      : jobId('request', randomUUID());
  return { id, teamId, ...(context.enterpriseId && { enterpriseId: context.enterpriseId }), kind: SLACK_REQUEST, data: body };
}

/**
 * After a listener caught `error`: true when the journalist is not to be told now, because the
 * job will run again, or because it was given up at shutdown (another worker runs it, or they are
 * told Newsdesk restarted); false when they must be told now (their own mistake, the job's last
 * attempt, or a store that is down: a retry could neither be queued nor know what the first
 * attempt posted).
 */
export function retriesLater(job: RunningJob | undefined, error: unknown): boolean {
  if (job?.replies.givenUp) return true;
  if (!job || job.final || isUsersToFix(error) || isStoreFailure(error)) return false;
  job.failure = error;
  return true;
}
