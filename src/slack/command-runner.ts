import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { describeFailure, isUsersToFix } from './failures.js';
import { inJob, retriesLater, runningJob, type JobServices, type RunningJob } from './jobs.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * The one shape every slash command shares: ack at once with a progress note (Slack gives 3 s)
 * and queue the work; the worker then does it. Whatever fails (on the last attempt, unless the
 * user can fix it), the user gets an ephemeral message saying what and what to do.
 */
export function commandHandler(
  services: { logger: Logger } & JobServices,
  progress: string,
  work: (args: CommandArgs) => Promise<void>,
): (args: CommandArgs) => Promise<void> {
  return async (args) => {
    await args.ack({ response_type: 'ephemeral', text: progress });
    const job = runningJob(args.context);
    try {
      await inJob(services, args, work);
    } catch (error) {
      if (retriesLater(job, error)) return;
      await reportFailure(services.logger, args.command.command, args.respond, error, job);
    }
  };
}

/**
 * Logs a failed request and tells the user, ephemerally, what failed and what to do. After a job's
 * retries, that replaces the progress note the request was acknowledged with.
 */
export async function reportFailure(logger: Logger, what: string, respond: RespondFn, error: unknown, job?: RunningJob): Promise<void> {
  // What the user can fix is expected; only Newsdesk's own failures are errors.
  if (isUsersToFix(error)) logger.info(`${what}: ${describeFailure(error)}`);
  else logger.error(`${what} failed`, error);
  if (job && job.attempt > 1) return tellUser(respond, failureAfterRetries(job, error), logger, { replaceProgress: true });
  await tellUser(respond, describeFailure(error), logger);
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
