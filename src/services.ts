import type Keyv from 'keyv';
import type { Config, SignoffKind } from './config.js';
import type { Logger } from './logger.js';
import { createLogger, secretsOf } from './slack/redacting-logger.js';
import { checkModel, type ModelHealth } from './engines/llm/model-check.js';
import { createEngines } from './engines/create-engines.js';
import type { Engine } from './engines/engine.js';
import type { EngineFor } from './editorial/request.js';
import { loadGlossary, type Glossary } from './translate/glossary.js';
import { createEngineFor, createModelFor, type ModelFor } from './editorial/policy.js';
import { TranslationRuns } from './store/translation-runs.js';
import type { ChunkedTranslation } from './translate/translation-run.js';
import type { TranslatedChunk } from './translate/translate.js';
import { RateLimiter } from './editorial/rate-limit.js';
import { AuditLog } from './store/audit-log.js';
import { EventClaims } from './store/dedupe.js';
import { JobPosts } from './store/job-posts.js';
import type { JobQueue } from './jobs/job-queue.js';
import { openJobQueue } from './jobs/open-queue.js';
import { openKeyv } from './store/kv.js';
import { logRepeatedErrors } from './repeated-errors.js';
import { ThreadStore } from './store/threads.js';
import { RecentArticles } from './store/recent-articles.js';
import { SettingsStore } from './settings/settings-store.js';
import { defaultsFrom } from './settings/settings.js';
import { KeyvInstallationStore } from './install/slack-installation-store.js';
import { encryptionKeyBytes } from './config.js';
import { ReviewLog } from './store/reviews.js';
import { HeldDrafts } from './store/held-drafts.js';
import type { HeldDraftStore } from './trust/slack-hold.js';

/** Everything the listeners and use-cases need, built once from the config and passed in. */
export interface Services {
  /** Bolt's logger and the domain's, one and the same. */
  logger: ReturnType<typeof createLogger>;
  kv: Keyv;
  threads: ThreadStore;
  /** The model with the offline engine behind it, or the offline engine alone when no model is configured. */
  engine: Engine;
  offline: Engine;
  /** The engine for one request: every use-case asks here, so policy lives in one place. */
  engineFor: EngineFor;
  /** The model for work a request started once policy chose the model for it (a long translation's chunks). */
  modelFor: ModelFor;
  /** Every model call: who, where, what for, the tokens; read by /newsdesk usage and the budgets. */
  audit: AuditLog;
  /** The newsroom glossary from GLOSSARY_FILE, read once at start-up (empty when unset). */
  glossary: Glossary;
  /** Chunks of one article translated at once (TRANSLATE_CONCURRENCY). */
  translateConcurrency: number;
  /** Long translations whose chunks run as jobs: the chunks done so far. */
  translationRuns: TranslationRuns<ChunkedTranslation, TranslatedChunk>;
  /** What start-up learned about the model (checkModel), shown by /healthz. */
  modelHealth: ModelHealth;
  /** Asks the model server once whether it takes the key; a problem is logged as a warning, and the offline engine answers. */
  checkModel(): Promise<void>;
  /** Each person's recent articles, for their Home tab. */
  recent: RecentArticles;
  /** Each workspace's settings over the environment's defaults; read per request, so changes apply at once. */
  settings: SettingsStore;
  /** OAuth mode only: each workspace's installation, encrypted in the store. */
  installations: KeyvInstallationStore | undefined;
  /** Sign-offs and ratings of answers. */
  reviews: ReviewLog;
  /** Copy-ready text held until someone signs it off, and which kinds are (REQUIRE_SIGNOFF_FOR). */
  heldDrafts: HeldDraftStore;
  requireSignoffFor: SignoffKind[];
  /** Slack event ids and request signatures claimed once across every process sharing the store. */
  claims: EventClaims;
  /** The work Slack's requests start: BullMQ on Redis, or this process's own queue. */
  jobs: JobQueue;
  /** What each job has posted, so a job run twice updates instead of posting again. */
  jobPosts: JobPosts;
}

export function createServices(config: Config): Services {
  const logger = createLogger(config.logLevel, secretsOf(config));
  // Read before anything opens, so a bad glossary stops start-up with its one line.
  const glossary = loadGlossary(config.glossaryFile);
  const kv = openKeyv(config.storeUrl, config.memoryStoreMaxItems);
  kv.on('error', logRepeatedErrors(logger, 'store error'));
  const claims = new EventClaims(kv);
  const jobs = openJobQueue(config, claims, logger);
  const { llm } = config;
  const { engine, offline } = createEngines(config, logger, llm?.concurrency ? jobs.modelSlots(llm.concurrency, llm.deadlineMs) : undefined);
  const audit = new AuditLog(kv);
  const settings = new SettingsStore(kv, defaultsFrom(config, glossary), logger);
  const { oauth } = config.slack;
  const installations = oauth ? new KeyvInstallationStore(kv, encryptionKeyBytes(oauth.encryptionKey)) : undefined;
  const modelHealth: ModelHealth = { available: undefined };
  const checkConfiguredModel = async () => {
    if (!config.llm) return;
    Object.assign(modelHealth, await checkModel(config.llm));
    if (modelHealth.problem) logger.warn(`${modelHealth.problem}; the offline engine answers until the model is reachable`);
  };
  const policy = {
    rulesFor: (teamId: string) => settings.effective(teamId),
    model: config.llm ? engine : undefined,
    offline,
    audit,
    rateLimiter: new RateLimiter(kv),
    logger,
  };
  const engineFor = createEngineFor(policy);
  return {
    logger,
    kv,
    threads: new ThreadStore(kv),
    engine,
    offline,
    engineFor,
    modelFor: createModelFor(policy),
    audit,
    glossary,
    translateConcurrency: config.translateConcurrency,
    translationRuns: new TranslationRuns(kv),
    modelHealth,
    checkModel: checkConfiguredModel,
    installations,
    reviews: new ReviewLog(kv),
    heldDrafts: new HeldDrafts(kv),
    requireSignoffFor: config.review.requireSignoffFor,
    settings,
    recent: new RecentArticles(kv),
    claims,
    jobs,
    jobPosts: new JobPosts(kv),
  };
}
