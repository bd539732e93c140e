import type { WebClient } from '@slack/web-api';
import { SLACK_REQUEST, type Job } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { noticeMessage } from './blocks.js';
import type { RunsInHand } from './jobs.js';

export const RESTART_NOTICE = 'Newsdesk restarted before it finished this request, so it has no answer. Please ask again.';

/** The process is about to exit: Slack gets this long for all the notices together. */
const NOTICES_MS = 5_000;

export interface NoticeDeps {
  client: WebClient;
  /** The bot token of the job's workspace (the configured one, or its installation's in OAuth mode). */
  tokenFor(job: Job): Promise<string | undefined>;
  /** Where the progress of work a request started (a translation's chunk) is shown, found from the job's ids. */
  progressOf(job: Job): Promise<{ channel: string; ts: string } | undefined>;
  logger: Logger;
}

type Request = {
  type?: string;
  command?: string;
  response_url?: string;
  event?: { type?: string; channel?: string; ts?: string; thread_ts?: string; user?: string };
};

/**
 * Tells each journalist whose request was lost at shutdown that Newsdesk restarted and to ask
 * again, where they asked: in the place of the progress note (in its thread, or a command's or
 * shortcut's ephemeral note through response_url), or in the thread of their message. A run that
 * had already answered is left alone: its journalist has the answer.
 */
export async function tellLostJobs(jobs: Job[], inHand: RunsInHand, deps: NoticeDeps): Promise<void> {
  if (!jobs.length) return;
  let timer: NodeJS.Timeout | undefined;
  // The chunks of one translation share its progress message: it is told once.
  const progressTold = new Set<string>();
  const told = Promise.all(jobs.map((job) => tellLostJob(job, inHand, deps, progressTold)));
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, NOTICES_MS, 'late')));
  if ((await Promise.race([told, late])) === 'late') deps.logger.warn(`Slack took over ${NOTICES_MS} ms to take the restart notices; some may be missing`);
  clearTimeout(timer);
}

async function tellLostJob(job: Job, inHand: RunsInHand, { client, tokenFor, progressOf, logger }: NoticeDeps, progressTold: Set<string>): Promise<void> {
  try {
    const replies = inHand.get(job.id);
    await replies?.settle();
    if (replies?.answered) return logger.info(`job ${job.id} was given up after it answered; nothing to tell`);
    // Work a request started (a translation's chunk) carries ids, not the request: its progress message is found from them.
    const request = (job.kind === SLACK_REQUEST ? job.data : {}) as Request;
    const progress = replies?.progress ?? (job.kind === SLACK_REQUEST ? undefined : await progressOf(job));
    const notice = noticeMessage(RESTART_NOTICE);
    if (progress) {
      const where = `${progress.channel}:${progress.ts}`;
      if (progressTold.has(where)) return;
      progressTold.add(where);
      const token = await tokenFor(job);
      await client.chat.update({ token, channel: progress.channel, ts: progress.ts, text: notice.text, blocks: notice.blocks });
    } else if (request.response_url) {
      // A command's or shortcut's progress note is the response_url's original; a button's is the message it sits under, which stays.
      await respondTo(request.response_url, { response_type: 'ephemeral', replace_original: request.type !== 'block_actions', text: RESTART_NOTICE });
    } else if (request.event?.user && request.event.channel && (request.event.type === 'app_mention' || request.event.type === 'message')) {
      const { channel, ts, thread_ts } = request.event;
      const token = await tokenFor(job);
      await client.chat.postMessage({ token, channel, thread_ts: thread_ts ?? ts, text: notice.text, blocks: notice.blocks });
    } else {
      return logger.info(`job ${job.id} was given up; no one asked for it (${request.event?.type ?? request.type}), so no one is told`);
    }
    logger.info(`job ${job.id} was given up; its journalist is told to ask again`);
  } catch (error) {
    logger.error(`could not tell the journalist of job ${job.id} that it was given up`, error);
  }
}

async function respondTo(responseUrl: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}
