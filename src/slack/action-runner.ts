import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { reportFailure, tellUser, yieldToPendingRequests } from './command-runner.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * The shape every button shares: ack at once (Slack gives 3 s), tell the user, ephemerally, that
 * the work has started (unless it is done in a moment), then do it; a failure is told to the user the same way.
 */
export function buttonHandler(
  logger: Logger,
  progress: string | undefined,
  work: (args: ButtonArgs) => Promise<void>,
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await args.ack();
    await yieldToPendingRequests();
    if (progress) await tellUser(args.respond, progress, logger);
    try {
      await work(args);
    } catch (error) {
      await reportFailure(logger, `button ${args.action.action_id}`, args.respond, error);
    }
  };
}
