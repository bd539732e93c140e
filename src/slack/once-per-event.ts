import type { AllMiddlewareArgs, Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { EventClaims } from '../store/dedupe.js';

type EventArgs<E extends string> = SlackEventMiddlewareArgs<E> & AllMiddlewareArgs;

/** The workspace an event's data belongs to: the enterprise, for an org-wide install. */
export function ownerOfEvent(context: Context): string | undefined {
  return context.isEnterpriseInstall ? context.enterpriseId : context.teamId;
}

/**
 * For an event handled at once in the web role rather than queued as a job (uninstall, a revoked
 * token, the Home tab opened): Slack redelivers an event it thinks timed out, perhaps to another
 * process, and only a job's id would have caught that. The event id is claimed in the store, so
 * the handler runs once across every process.
 */
export function oncePerEvent<E extends string>(services: { claims: EventClaims; logger: Logger }, handler: (args: EventArgs<E>) => Promise<void>) {
  return async (args: EventArgs<E>): Promise<void> => {
    const eventId = args.body.event_id;
    const owner = ownerOfEvent(args.context);
    if (eventId && owner && !(await services.claims.claim(owner, eventId))) {
      services.logger.info(`event ${eventId} was delivered again; it ran once`);
      return;
    }
    await handler(args);
  };
}
