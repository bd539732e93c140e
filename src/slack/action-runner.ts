import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { reportFailure, tellUser } from './command-runner.js';
import { inJob, retriesLater, runningJob, type JobServices } from './jobs.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * The shape every button shares: ack at once (Slack gives 3 s), tell the user, ephemerally, that
 * the work has started, and queue it; the worker then does it. A button done in a moment (no
 * progress note) runs at once instead: a form it opens must open within Slack's 3 s. A failure is
 * told to the user the same way (on a job's last attempt, unless the user can fix it).
 */
export function buttonHandler(
  services: { logger: Logger } & JobServices,
  progress: string | undefined,
  work: (args: ButtonArgs) => Promise<void>,
  // Queued with no ephemeral note: the work shows its progress where its answer will be.
  options: { queue?: boolean } = {},
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    const { logger } = services;
    const job = runningJob(args.context);
    if (!job) {
      await args.ack();
      if (progress) await tellUser(args.respond, progress, logger);
    }
    try {
      await (progress || options.queue ? inJob(services, args, work) : work(args));
    } catch (error) {
      if (retriesLater(job, error)) return;
      await reportFailure(logger, `button ${args.action.action_id}`, args.respond, error, job);
    }
  };
}
