import type { ModelSlots } from '../engines/model-slots.js';

/**
 * Work a Slack request started, handed from the web role to the workers. The queue behind it is
 * BullMQ on Redis (several processes) or an in-process queue (memory: and SQLite, one process);
 * both take the same jobs and run them the same way.
 */
export interface Job {
  /**
   * Derived from the request (Slack's event id, a command's trigger id): a redelivery names the same
   * job. Work the job starts in turn (a translation's chunks) has ids derived from this one.
   */
  id: string;
  /** The workspace the request came from: workspaces take turns, so one's burst does not starve another. */
  teamId: string;
  /** Its Enterprise Grid org, if any: an org-wide install's uninstall names the org, not the workspace. */
  enterpriseId?: string;
  /** What a worker does with it: `slack-request` replays the Slack request; other kinds are work a job started. */
  kind: string;
  /** For a Slack request, its body; for the rest, ids to find what they work on (never article text). */
  data: Record<string, unknown>;
}

/** The kind of a job that replays a Slack request through the app's listeners. */
export const SLACK_REQUEST = 'slack-request';

export interface JobAttempt {
  /** 1 for the first run; a run after a worker died keeps its number. */
  number: number;
  /** No retry follows a failure of this attempt: the journalist must be told. */
  final: boolean;
  /**
   * Aborted when the queue gives this run up at shutdown (the grace is over): the run must show
   * nothing more, since another worker answers the job, or its journalist is told to ask again.
   */
  givenUp: AbortSignal;
  /**
   * The first attempt of a job queued in this process with its request in hand (see JobQueue.add):
   * runs it from there, where a replay would take the request through the app again.
   */
  firstRun?: FirstRun;
}

/**
 * Runs a Slack request's job from the request in hand: its listener called again, with
 * `customProperties` (the running job) in its context. A replay (`app.processEvent`) would parse
 * nothing, but would take the request through every middleware and listener matcher again and
 * check the workspace's install again: about a tenth of the acking thread's CPU per /summarize.
 */
export type FirstRun = (customProperties: Record<string, unknown>) => Promise<void>;

/** Runs one job; a rejection is retried with backoff until the last attempt. */
export type JobHandler = (job: Job, attempt: JobAttempt) => Promise<void>;

export interface Backlog {
  /** Jobs waiting for a worker (retries waiting out their backoff included). */
  waiting: number;
  /** How long the oldest waiting job has waited; null when none waits. */
  oldestWaitingMs: number | null;
}

export interface JobQueue {
  readonly kind: 'in-process' | 'redis';
  /**
   * Adds a job, unless a job of that id was added before (within a day). The in-process queue runs
   * its first attempt with `firstRun` when given one; a retry, and a queue shared by several
   * processes (whose job may run in another), replay the request from `job.data`.
   */
  add(job: Job, firstRun?: FirstRun): Promise<void>;
  /** Starts running jobs in this process, at most `concurrency` at once. */
  work(handler: JobHandler): void;
  backlog(): Promise<Backlog>;
  /**
   * Removes the jobs of a workspace (or org) that uninstalled Newsdesk and are waiting (a retry
   * waiting out its backoff included): their requests may hold pasted article text, and they must
   * not run. Jobs already running finish. Resolves to how many were removed.
   */
  removeWorkspace(owner: string): Promise<number>;
  /** Model requests in flight at once, across every process this queue reaches. */
  modelSlots(limit: number, maxWaitMs: number): ModelSlots;
  /**
   * Stops taking jobs. Jobs in hand get up to `graceMs` to finish; those still running then are
   * given up (their runs' `givenUp` aborted) and handed back to the queue for another worker, where
   * the queue outlives the process. Closes the queue's connections. Resolves to the jobs lost:
   * neither finished nor kept for another worker, so their journalists must be told.
   */
  close(graceMs: number): Promise<Job[]>;
}

/** How often a failed job runs, and the wait before its first retry (doubled for each next one). */
export const JOB_ATTEMPTS = 3;
export const RETRY_BACKOFF_MS = 1_000;

/** Whether a job is of the workspace or Enterprise Grid org `owner`. */
export const isOwnedBy = (job: Job, owner: string): boolean => job.teamId === owner || job.enterpriseId === owner;

/** A job id built from a request id; BullMQ ids may not contain ":". */
export function jobId(kind: string, ...parts: string[]): string {
  return [kind, ...parts].map((part) => part.replace(/[^A-Za-z0-9._-]/g, '_')).join('-');
}
