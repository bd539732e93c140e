import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { describeFailure, isUsersToFix } from './failures.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * The one shape every slash command shares: ack at once with a progress note (Slack gives 3 s),
 * then do the work; whatever fails, the user gets an ephemeral message saying what and what to do.
 */
export function commandHandler(
  logger: Logger,
  progress: string,
  work: (args: CommandArgs) => Promise<void>,
): (args: CommandArgs) => Promise<void> {
  return async (args) => {
    await args.ack({ response_type: 'ephemeral', text: progress });
    await yieldToPendingRequests();
    try {
      await work(args);
    } catch (error) {
      await reportFailure(logger, args.command.command, args.respond, error);
    }
  };
}

/**
 * Lets the event loop take the requests already waiting (and send their acks) before this one's
 * work, which holds the single thread for milliseconds: under load, acks stay well within Slack's 3 s.
 */
export function yieldToPendingRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Logs a failed request and tells the user, ephemerally, what failed and what to do. */
export async function reportFailure(logger: Logger, what: string, respond: RespondFn, error: unknown): Promise<void> {
  // What the user can fix is expected; only Newsdesk's own failures are errors.
  if (isUsersToFix(error)) logger.info(`${what}: ${describeFailure(error)}`);
  else logger.error(`${what} failed`, error);
  await tellUser(respond, describeFailure(error), logger);
}

/** An ephemeral reply through response_url, which works even where the bot is not a member. */
export async function tellUser(respond: RespondFn, text: string, logger: Logger): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  } catch (error) {
    logger.error('could not tell the user about a failure', error);
  }
}
