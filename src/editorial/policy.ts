import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { utcDay, type AuditLog, type DayTokens } from '../store/audit-log.js';
import type { Article } from '../article/article-types.js';
import { audited } from './audit.js';
import type { Engine, EngineLabel } from '../engines/engine.js';
import { EngineCannotError } from '../errors.js';
import type { RateLimiter } from './rate-limit.js';
import type { EngineFor, RequestContext } from './request.js';
import { wrapEngine } from '../engines/wrap-engine.js';
import { disclosedAs } from '../trust/disclosure.js';
import { regExpLiteral } from '../regexp-literal.js';

export const EMBARGO_REASON = 'embargoed material is never sent to a model';
export const OFFLINE_CHANNEL_REASON = 'this channel is offline-only, so nothing in it is sent to a model';
export const TEAM_BUDGET_REASON = "the workspace's daily token budget is used up (it renews at 00:00 UTC)";
export const USER_BUDGET_REASON = 'your daily token budget is used up (it renews at 00:00 UTC)';

export type SafetyRules = Pick<
  Config['safety'],
  'offlineOnlyChannels' | 'embargoMarkers' | 'dailyTokenBudget' | 'userDailyTokenBudget'
>;

/**
 * A marker in brackets ("[offline]") is found anywhere, in any case. A bare word ("EMBARGO") is
 * found as written, at the start of a word, so "EMBARGOED UNTIL" counts while a story about a
 * trade embargo does not.
 */
export function markerPattern(marker: string): RegExp {
  const literal = regExpLiteral(marker);
  return /^\[.*\]$/.test(marker) ? new RegExp(literal, 'iu') : new RegExp(`(?<![\\p{L}\\p{N}])${literal}`, 'u');
}

export function carriesMarker(text: string, markers: readonly RegExp[]): boolean {
  return markers.some((marker) => marker.test(text));
}

/**
 * Why this request must never reach a model, if it must not: the thread was marked before, the
 * channel is offline-only, or the article or the request carries an embargo marker.
 */
export function confidentialityReason(
  rules: { offlineOnlyChannels: readonly string[]; markers: readonly RegExp[] },
  request: RequestContext,
  article: Article,
): string | undefined {
  if (request.threadOfflineReason) return request.threadOfflineReason;
  if (rules.offlineOnlyChannels.includes(request.channelId)) return OFFLINE_CHANNEL_REASON;
  const articleText = [...(article.notes ?? []), article.headline, ...article.paragraphs.map((p) => p.text)].join('\n');
  if (carriesMarker(articleText, rules.markers) || carriesMarker(request.requestText ?? '', rules.markers)) return EMBARGO_REASON;
  return undefined;
}

/** Why the model may not be asked today, if a budget is used up. `records` are the workspace's records of today. */
export function budgetReason(rules: SafetyRules, request: RequestContext, today: DayTokens): string | undefined {
  if (rules.dailyTokenBudget !== undefined && today.team >= rules.dailyTokenBudget) return TEAM_BUDGET_REASON;
  const userTokens = today.users[request.userId] ?? 0;
  if (rules.userDailyTokenBudget !== undefined && userTokens >= rules.userDailyTokenBudget) return USER_BUDGET_REASON;
  return undefined;
}

/** The reason a thread keeps for its follow-ups: confidentiality lasts, a used-up budget does not. */
export function lastingOfflineReason(label: EngineLabel): string | undefined {
  const reason = label.offlineReason;
  return reason === EMBARGO_REASON || reason === OFFLINE_CHANNEL_REASON ? reason : undefined;
}

/** The offline engine, saying in every answer why it answered instead of the model. */
export function offlineBecause(offline: Engine, reason: string): Engine {
  return wrapEngine(offline, { ...offline.label, offlineReason: reason }, async (useCase, run) => {
    try {
      const result = await run();
      return { ...result, engine: { ...result.engine, offlineReason: reason } };
    } catch (error) {
      if (error instanceof EngineCannotError) {
        throw new EngineCannotError(`Newsdesk kept this request offline (${reason}), and without the model it cannot make the ${useCase}.`);
      }
      throw error;
    }
  });
}

/**
 * The rules policy applies to one workspace: its own settings, or the environment's, with the
 * AI-draft wording its model answers are labelled with (undefined: none).
 */
export type PolicyRules = SafetyRules & Pick<Config['safety'], 'userAnswersPerMinute'> & { aiDisclosure?: string };

export interface PolicyDeps {
  /** The one seam through which policy reads a workspace's settings, once a request. */
  rulesFor(teamId: string): Promise<PolicyRules>;
  /** The model with its offline fallback; undefined when no model is configured. */
  model: Engine | undefined;
  offline: Engine;
  audit: AuditLog;
  rateLimiter: RateLimiter;
  logger: Logger;
}

/**
 * The one place that decides, per request, between the model and the offline engine, by the
 * workspace's rules as they are now: rate limit first (a SlowDownError for the journalist), then
 * confidentiality, then budgets. Model calls are audited.
 */
export function createEngineFor(deps: PolicyDeps): EngineFor {
  return async (request, article) => {
    const rules = await deps.rulesFor(request.teamId);
    await deps.rateLimiter.take(request.teamId, request.userId, rules.userAnswersPerMinute);
    const markers = rules.embargoMarkers.map(markerPattern);
    const budgeted = rules.dailyTokenBudget !== undefined || rules.userDailyTokenBudget !== undefined;
    const confidential = confidentialityReason({ offlineOnlyChannels: rules.offlineOnlyChannels, markers }, request, article);
    if (confidential) return offlineBecause(deps.offline, confidential);
    if (!deps.model) return deps.offline;
    if (budgeted) {
      const overBudget = budgetReason(rules, request, await deps.audit.tokensOn(request.teamId, utcDay(new Date())));
      if (overBudget) return offlineBecause(deps.offline, overBudget);
    }
    return continuedOnModel(deps, deps.model, rules, request, article);
  };
}

/**
 * The model for work a request started once policy chose the model for it (a long translation's
 * chunks, each a job of its own): rate limit, confidentiality and budget were the request's to
 * pass, so this only discloses and audits, as engineFor does. Undefined with no model configured.
 */
export type ModelFor = (request: RequestContext, article: Article) => Promise<Engine | undefined>;

export function createModelFor(deps: PolicyDeps): ModelFor {
  return async (request, article) => deps.model && continuedOnModel(deps, deps.model, await deps.rulesFor(request.teamId), request, article);
}

function continuedOnModel(deps: PolicyDeps, model: Engine, rules: PolicyRules, request: RequestContext, article: Article): Engine {
  const disclosed = disclosedAs(model, rules.aiDisclosure);
  return audited(disclosed, deps, { request, articleId: article.id, headline: article.headline });
}
