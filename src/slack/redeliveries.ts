import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { EventClaims } from '../store/dedupe.js';

/**
 * Global middleware: an Events API delivery whose event_id was already claimed (by this or
 * another process) goes no further, so a redelivery never answers twice. Bolt has acked it already.
 */
export function ignoreRedeliveries(claims: EventClaims, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const { event_id: eventId, team_id: teamId } = body as { event_id?: unknown; team_id?: unknown };
    if (typeof eventId !== 'string') return next();
    if (await claims.claim(typeof teamId === 'string' ? teamId : (context.teamId ?? ''), eventId)) return next();
    logger.info(`event ${eventId} was delivered again (retry ${context.retryNum ?? '?'}); already handled`);
  };
}
