import type { Summary } from '../engines/schemas.js';
import type { Article } from '../article/article-types.js';
import type { Engine, EngineLabel, SummaryOptions, Usage } from '../engines/engine.js';
import type { ThreadStore } from '../store/threads.js';
import { ungroundedTermsOf } from '../checks/off-thread-grounding.js';
import { fitToBudget } from '../article/intake/budget.js';

/** The most of an article the model reads for a summary (prompt and answer need room besides). */
export const ARTICLE_TOKEN_BUDGET = 12_000;

export interface SummaryOutcome {
  summary: Summary;
  engine: EngineLabel;
  usage: Usage;
  /** True when the stored summary was reused and no model was asked. */
  cached: boolean;
  /** Warnings the editor must see, e.g. names the article does not contain. */
  notes: string[];
}

/**
 * Summarizes an article, reusing the stored summary of the same article, engine and length
 * unless asked to regenerate. Fallback answers are not stored, so the next request tries the model again.
 */
export async function summarizeArticle(
  deps: { engine: Engine; threads: ThreadStore },
  teamId: string,
  article: Article,
  options: SummaryOptions & { regenerate?: boolean } = {},
): Promise<SummaryOutcome> {
  const variant = `summary:${deps.engine.label.kind}:${deps.engine.label.model ?? ''}:${options.length ?? 'normal'}:${options.language ?? article.language}`;
  if (!options.regenerate) {
    const stored = await deps.threads.getResult<SummaryOutcome>(teamId, article.id, variant);
    // An offline summary is the same whatever sent it offline; the reply gives today's reason.
    if (stored) return { ...stored, engine: stored.engine.kind === 'offline' ? deps.engine.label : stored.engine, cached: true };
  }
  // The offline engine reads any length; a model gets what fits, and the reply says so.
  const fitted = deps.engine.label.kind === 'llm' ? fitToBudget(article, ARTICLE_TOKEN_BUDGET) : { article };
  const result = await deps.engine.summarize(fitted.article, options);
  const outcome: SummaryOutcome = {
    summary: result.value,
    engine: result.engine,
    usage: result.usage,
    cached: false,
    notes: [...(fitted.note ? [fitted.note] : []), ...(await groundingNotes(article, result.value))],
  };
  if (!result.engine.fallbackReason) await deps.threads.saveResult(teamId, article.id, variant, outcome);
  return outcome;
}

/** Names and numbers the model wrote that the article does not contain: shown, flagged, never hidden. */
async function groundingNotes(article: Article, summary: Summary): Promise<string[]> {
  const [terms = []] = await ungroundedTermsOf(article, [[summary.headline, summary.lede, ...summary.points].join('\n')]);
  return terms.length ? [`Not found in the article, check before use: ${terms.join(', ')}`] : [];
}
