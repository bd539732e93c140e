import { AuthorizationError, type AnyMiddlewareArgs, type Middleware } from '@slack/bolt';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../../logger.js';
import type { EventClaims } from '../../store/dedupe.js';
import { isStoreFailure } from '../../store/store-failure.js';

/** How far ahead of this machine's clock a request's timestamp may be (clocks drift a little). */
export const FUTURE_SKEW_S = 60;

/** The signature headers of an HTTP request, handed to the middleware as custom context properties. */
export interface SignedRequest {
  requestSignature?: string;
  requestTimestamp?: string;
}

/** For HTTPReceiver's customPropertiesExtractor: Bolt checks the signature, but keeps no memory of it. */
export function signedRequestOf(request: IncomingMessage): SignedRequest {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return { requestSignature: header('x-slack-signature'), requestTimestamp: header('x-slack-request-timestamp') };
}

/**
 * A refused request: answered 401 by the receiver (Bolt answers an AuthorizationError so) and
 * never seen by a listener.
 */
export class RefusedRequest extends AuthorizationError {
  constructor(reason: string) {
    super(`refused: ${reason}`, new Error(reason));
  }
}

/**
 * What Bolt's signature check leaves open. A validly signed request can still be replayed within
 * Bolt's five minutes (a slash command would run twice: unlike events, it has no id), can carry a timestamp in the future (and
 * so be replayable for longer), or, for an event, name a workspace other than the installation
 * Slack authorized it for. Each is refused; a signature is remembered in the store, so a replay to
 * another process is refused too. Events are acknowledged before middleware runs, so a refused
 * event is dropped; a command or action gets 401.
 */
export function requestIntegrity(claims: EventClaims, logger: Logger, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const reason = await refusalOf(body as Record<string, unknown>, context as SignedRequest, claims, now);
    if (!reason) return next();
    logger.warn(`refused a request: ${reason}`);
    if ((body as { type?: unknown }).type === 'event_callback') return;
    throw new RefusedRequest(reason);
  };
}

async function refusalOf(body: Record<string, unknown>, signed: SignedRequest, claims: EventClaims, now: () => number): Promise<string | undefined> {
  const foreign = foreignTeam(body);
  if (foreign) return foreign;
  // Socket Mode requests come over Newsdesk's own authenticated connection, unsigned.
  if (!signed.requestSignature || !signed.requestTimestamp) return undefined;
  if (Number(signed.requestTimestamp) > now() / 1000 + FUTURE_SKEW_S) return `its timestamp is more than ${FUTURE_SKEW_S} s in the future`;
  // An event is remembered by its event_id (its job's id, see slack/jobs.ts); commands and actions have none.
  if (body.type === 'event_callback') return undefined;
  if (!(await claimUnlessStoreDown(claims, signed.requestSignature))) return 'its signature was already used (a replay)';
  return undefined;
}

/**
 * With the store down a replay cannot be recognised; the request goes on (its signature and
 * timestamp were checked), so that the journalist hears the storage is unavailable instead of
 * Slack's "dispatch_failed".
 */
async function claimUnlessStoreDown(claims: EventClaims, signature: string): Promise<boolean> {
  try {
    return await claims.claimSignature(signature);
  } catch (error) {
    if (!isStoreFailure(error)) throw error;
    return true;
  }
}

/**
 * An event's team_id must be a workspace Slack authorized the event for: that workspace, or any
 * workspace of the org for an org-wide install (whose authorization names the org and no workspace).
 */
function foreignTeam(body: Record<string, unknown>): string | undefined {
  if (body.type !== 'event_callback' || typeof body.team_id !== 'string') return undefined;
  const authorizations = Array.isArray(body.authorizations) ? (body.authorizations as Authorization[]) : [];
  const ofOrg = (authorization: Authorization) =>
    authorization.is_enterprise_install === true && typeof body.enterprise_id === 'string' && authorization.enterprise_id === body.enterprise_id;
  if (authorizations.some((authorization) => authorization.team_id === body.team_id || ofOrg(authorization))) return undefined;
  return `its team_id ${body.team_id} is not the workspace it was authorized for`;
}

interface Authorization {
  team_id?: unknown;
  enterprise_id?: unknown;
  is_enterprise_install?: unknown;
}
