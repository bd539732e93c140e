import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';
import type { Asker } from './blocks.js';
import { afterReadyRequests } from '../request-first.js';
import { describeFailure, isUsersToFix } from './failures.js';
import { inJob, retriesLater, runningJob, type JobServices, type RunningJob } from './jobs.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** How a command was typed: `/quotes` with its text, or `/newsdesk quotes` with the rest after the subcommand. */
export interface Invocation {
  name: string;
  text: string;
}

/** Where a command's answer was posted, so the progress note can point there (or go, when the answer is in plain sight). */
export interface PostedAnswer {
  channelId: string;
  /** The answer's (first) message. */
  ts: string;
  /** The thread it was posted in; undefined for a message in the channel itself. */
  threadTs: string | undefined;
  /** mrkdwn naming the answer, e.g. "Quotes for *headline* are": the pointer ends "in its thread". */
  named: string;
}

export interface CommandSpec {
  /** The ephemeral acknowledgement while the work runs. */
  progress: string;
  /** A refusal known before any work (translation with no model configured): the acknowledgement says it, and nothing runs. */
  refuseAtOnce?: () => string | undefined;
}

/** What a command does once acknowledged: returns where its answer went, or nothing when it told the user itself (tellUser). */
export type CommandWork = (args: CommandArgs, invocation: Invocation, asker: Asker) => Promise<PostedAnswer | void>;

/** A registered command's handler; `/newsdesk <name> …` calls the same one with its own invocation. */
export type CommandHandler = (args: CommandArgs, invocation?: Invocation) => Promise<void>;

/**
 * The one shape every slash command shares: ack at once with a progress note (Slack gives 3 s)
 * and queue the work; the worker then does it. The note never lingers: once the answer is posted
 * it is replaced by a link to the answer in its thread, or deleted when the answer sits in the
 * channel. Whatever fails (on the last attempt, unless the user can fix it), the note is replaced
 * by what failed and what to do.
 */
export function commandHandler(services: { logger: Logger } & JobServices, spec: CommandSpec, work: CommandWork): CommandHandler {
  return async (args, invocation = { name: args.command.command, text: args.command.text }) => {
    const refusal = spec.refuseAtOnce?.();
    if (refusal) return args.ack({ response_type: 'ephemeral', text: refusal });
    await args.ack({ response_type: 'ephemeral', text: spec.progress });
    const job = runningJob(args.context);
    try {
      await inJob(services, args, async (jobArgs) => {
        const posted = await work(jobArgs, invocation, askerOf(jobArgs.command.user_id, invocation));
        if (!posted) return;
        // The answer is out: its progress note waits for the answers other journalists are still waiting for.
        await afterReadyRequests('answered');
        await resolveProgress(jobArgs.client, jobArgs.respond, posted, services.logger);
      });
    } catch (error) {
      if (retriesLater(job, error)) return;
      await reportFailure(services.logger, invocation.name, args.respond, error, job, { replaceProgress: true });
    }
  };
}

/** Who asked and how, as the answer's context line shows it: the command as typed, cut short (it may carry a whole article). */
function askerOf(userId: string, invocation: Invocation): Asker {
  // Only the start is shown, so only the start is tidied: the text may be a whole pasted article.
  const typed = `${invocation.name} ${invocation.text.slice(0, 200).replace(/\s+/g, ' ')}`.trim();
  return { userId, via: typed.length > 60 ? `${typed.slice(0, 59)}…` : typed };
}

/** The progress note becomes a link to the answer in its thread, or goes when the answer is in the channel itself. */
async function resolveProgress(client: WebClient, respond: RespondFn, posted: PostedAnswer, logger: Logger): Promise<void> {
  try {
    if (!posted.threadTs) {
      await respond({ delete_original: true });
      return;
    }
    const { permalink } = await client.chat.getPermalink({ channel: posted.channelId, message_ts: posted.ts });
    await respond({ response_type: 'ephemeral', replace_original: true, text: `${posted.named} in its thread → <${permalink}|open it>` });
  } catch (error) {
    logger.warn('could not point the progress note to the answer', error);
  }
}

/**
 * Logs a failed request and tells the user, ephemerally, what failed and what to do. After a job's
 * retries, that replaces the progress note the request was acknowledged with.
 */
export async function reportFailure(
  logger: Logger,
  what: string,
  respond: RespondFn,
  error: unknown,
  job?: RunningJob,
  // A command's progress note is replaced; a button's response_url would replace the message it sits under.
  options: { replaceProgress?: boolean } = {},
): Promise<void> {
  // What the user can fix is expected; only Newsdesk's own failures are errors.
  if (isUsersToFix(error)) logger.info(`${what}: ${describeFailure(error)}`);
  else logger.error(`${what} failed`, error);
  if (job && job.attempt > 1) return tellUser(respond, failureAfterRetries(job, error), logger, { replaceProgress: true });
  await tellUser(respond, describeFailure(error), logger, options);
}

/** What a job that failed every attempt tells the journalist. */
export function failureAfterRetries(job: RunningJob, error: unknown): string {
  return `Newsdesk tried ${job.attempt} times. ${describeFailure(error)}`;
}

/** An ephemeral reply through response_url, which works even where the bot is not a member. */
export async function tellUser(respond: RespondFn, text: string, logger: Logger, options: { replaceProgress?: boolean } = {}): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', replace_original: options.replaceProgress ?? false, text });
  } catch (error) {
    logger.error('could not tell the user about a failure', error);
  }
}
