import type { Logger } from '../logger.js';
import type { AuditLog, AuditOutcome, AuditRecord } from '../store/audit-log.js';
import type { Engine, EngineResult } from '../engines/engine.js';
import type { RequestContext } from './request.js';
import { wrapEngine } from '../engines/wrap-engine.js';

/**
 * The model engine for one request, recording every call in the audit trail: who, where,
 * which article, what for, the tokens the model reported and how it ended. A call that fell
 * back or failed records no tokens: the model's error does not say what it had used.
 */
export function audited(
  engine: Engine,
  deps: { audit: AuditLog; logger: Logger },
  call: { request: RequestContext; articleId: string; headline: string },
): Engine {
  const { teamId, channelId, userId } = call.request;
  return wrapEngine(engine, engine.label, async (useCase, run) => {
    const record = (outcome: AuditOutcome, result?: EngineResult<unknown>) =>
      save(deps, {
        at: new Date().toISOString(),
        teamId,
        channelId,
        userId,
        articleId: call.articleId,
        headline: call.headline,
        useCase,
        model: engine.label.model ?? 'unknown',
        promptTokens: result?.usage.promptTokens ?? 0,
        completionTokens: result?.usage.completionTokens ?? 0,
        cachedTokens: result?.usage.cachedTokens ?? 0,
        outcome,
      });
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run();
    } catch (error) {
      await record('failed');
      throw error;
    }
    await record(outcomeOf(result), result);
    return result;
  });
}

function outcomeOf(result: EngineResult<unknown>): AuditOutcome {
  if (result.engine.fallbackReason) return 'fell back';
  return result.repaired ? 'repaired' : 'ok';
}

/** A record that cannot be stored is logged, not thrown: the journalist's answer still goes out. */
async function save(deps: { audit: AuditLog; logger: Logger }, record: AuditRecord): Promise<void> {
  deps.logger.info(
    `audit: ${record.useCase} for ${record.userId} in ${record.teamId}/${record.channelId}, article ${record.articleId}, ` +
      `${record.model}, ${record.promptTokens}+${record.completionTokens} tokens (${record.cachedTokens} cached), ${record.outcome}`,
  );
  try {
    await deps.audit.record(record);
  } catch (error) {
    deps.logger.error('could not store an audit record', error);
  }
}
