import type { Article } from '../article/article-types.js';
import type { Engine } from '../engines/engine.js';

/** Who asked, and where: every use-case call carries it, for policy (embargo, budgets) and the audit trail. */
export interface RequestContext {
  teamId: string;
  channelId: string;
  userId: string;
  /** Set when the thread was marked offline-only before (embargo, offline channel). */
  threadOfflineReason?: string;
  /** What the person typed (command text, question): an embargo marker here keeps the request offline too. */
  requestText?: string;
}

/** Picks the engine for one request about one article. The one place policy decides model or offline. */
export type EngineFor = (request: RequestContext, article: Article) => Promise<Engine>;
