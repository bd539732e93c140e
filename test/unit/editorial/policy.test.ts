import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBARGO_MARKERS } from '../../../src/config.js';
import { createLogger } from '../../../src/slack/redacting-logger.js';
import type { Article } from '../../../src/article/article-types.js';
import { describeEngine, noUsage, type Engine } from '../../../src/engines/engine.js';
import { EngineCannotError } from '../../../src/errors.js';
import {
  budgetReason,
  carriesMarker,
  confidentialityReason,
  createEngineFor,
  EMBARGO_REASON,
  lastingOfflineReason,
  markerPattern,
  OFFLINE_CHANNEL_REASON,
  TEAM_BUDGET_REASON,
  USER_BUDGET_REASON,
  type SafetyRules,
} from '../../../src/editorial/policy.js';
import { RateLimiter, SlowDownError } from '../../../src/editorial/rate-limit.js';
import type { RequestContext } from '../../../src/editorial/request.js';
import { AuditLog, dayTokens, utcDay, type AuditRecord } from '../../../src/store/audit-log.js';
import { OfflineEngine } from '../../../src/engines/offline/engine.js';

const article = (text: string): Article => ({
  id: 'article-1',
  headline: 'Port strike enters third day',
  paragraphs: [{ id: 'P1', text }],
  language: 'en',
  source: { kind: 'text' },
});
const plain = article('Dockworkers stayed off the job as talks over pay went on without a deal.');
const request: RequestContext = { teamId: 'T1', channelId: 'C1', userId: 'U1' };
const markers = DEFAULT_EMBARGO_MARKERS.map(markerPattern);
const rules = { offlineOnlyChannels: ['COFFLINE'], markers };

describe('embargo markers', () => {
  it('finds EMBARGO as written at the start of a word, including EMBARGOED', () => {
    expect(carriesMarker('EMBARGO: not before 06:00', markers)).toBe(true);
    expect(carriesMarker('EMBARGOED UNTIL 10:00 GMT MONDAY', markers)).toBe(true);
    expect(carriesMarker('Under embargo until Monday', markers)).toBe(false);
    expect(carriesMarker('The oil embargo hit exports.', markers)).toBe(false);
    expect(carriesMarker('NONEMBARGO', markers)).toBe(false);
  });

  it('finds bracketed markers anywhere, in any case', () => {
    expect(carriesMarker('[offline] who said it?', markers)).toBe(true);
    expect(carriesMarker('Please keep this [OFFLINE].', markers)).toBe(true);
    expect(carriesMarker('[Embargo] story', markers)).toBe(true);
    expect(carriesMarker('offline meeting', markers)).toBe(false);
  });

  it('takes configured markers literally, regex characters included', () => {
    const custom = ['NOT FOR AI', '(private)'].map(markerPattern);
    expect(carriesMarker('NOT FOR AI: draft', custom)).toBe(true);
    expect(carriesMarker('(private) draft', custom)).toBe(true);
    expect(carriesMarker('private draft', custom)).toBe(false);
  });
});

describe('confidentialityReason', () => {
  it('keeps a thread marked before offline, whatever else holds', () => {
    expect(confidentialityReason(rules, { ...request, threadOfflineReason: EMBARGO_REASON }, plain)).toBe(EMBARGO_REASON);
  });

  it('keeps an offline-only channel offline', () => {
    expect(confidentialityReason(rules, { ...request, channelId: 'COFFLINE' }, plain)).toBe(OFFLINE_CHANNEL_REASON);
  });

  it('keeps an article or a request carrying a marker offline', () => {
    expect(confidentialityReason(rules, request, article('EMBARGOED UNTIL 06:00. Dockworkers stayed off the job.'))).toBe(EMBARGO_REASON);
    expect(confidentialityReason(rules, { ...request, requestText: '[offline] who is quoted?' }, plain)).toBe(EMBARGO_REASON);
  });

  it('lets everything else go to the model', () => {
    expect(confidentialityReason(rules, { ...request, requestText: 'who is quoted?' }, plain)).toBeUndefined();
  });
});

const record = (userId: string, promptTokens: number, completionTokens: number): AuditRecord => ({
  at: new Date().toISOString(),
  teamId: 'T1',
  channelId: 'C1',
  userId,
  articleId: 'a',
  useCase: 'summary',
  model: 'm',
  promptTokens,
  completionTokens,
  cachedTokens: 0,
  outcome: 'ok',
});

describe('budgetReason', () => {
  const budgets: SafetyRules = { offlineOnlyChannels: [], embargoMarkers: [], dailyTokenBudget: 1000, userDailyTokenBudget: 300 };

  it('stops a person past their own daily budget, and only them', () => {
    const today = [record('U1', 250, 50), record('U2', 100, 10)];
    expect(budgetReason(budgets, request, dayTokens(today))).toBe(USER_BUDGET_REASON);
    expect(budgetReason(budgets, { ...request, userId: 'U2' }, dayTokens(today))).toBeUndefined();
  });

  it('stops everyone once the workspace budget is used up', () => {
    const today = [record('U2', 900, 100)];
    expect(budgetReason(budgets, request, dayTokens(today))).toBe(TEAM_BUDGET_REASON);
  });

  it('lets requests through under budget or with no budget set', () => {
    expect(budgetReason(budgets, request, dayTokens([record('U1', 100, 100)]))).toBeUndefined();
    expect(budgetReason({ ...budgets, dailyTokenBudget: undefined, userDailyTokenBudget: undefined }, request, dayTokens([record('U1', 1e6, 0)]))).toBeUndefined();
  });
});

describe('lastingOfflineReason', () => {
  it('keeps embargo and offline-channel reasons for the thread, never a budget', () => {
    expect(lastingOfflineReason({ kind: 'offline', offlineReason: EMBARGO_REASON })).toBe(EMBARGO_REASON);
    expect(lastingOfflineReason({ kind: 'offline', offlineReason: OFFLINE_CHANNEL_REASON })).toBe(OFFLINE_CHANNEL_REASON);
    expect(lastingOfflineReason({ kind: 'offline', offlineReason: USER_BUDGET_REASON })).toBeUndefined();
    expect(lastingOfflineReason({ kind: 'llm', model: 'm' })).toBeUndefined();
  });
});

/** A model stand-in that counts calls: policy is tested on what it lets through. */
function countingModel(): Engine & { calls: number } {
  const offline = new OfflineEngine();
  const model = {
    calls: 0,
    label: { kind: 'llm' as const, model: 'test-model' },
  } as Engine & { calls: number };
  for (const method of ['summarize', 'quotes', 'translate', 'ask', 'headlines', 'socialPost'] as const) {
    (model as any)[method] = async (...args: any[]) => {
      model.calls += 1;
      const result = await (offline as any)[method](...args);
      return { ...result, engine: model.label, usage: { ...noUsage(), promptTokens: 400, completionTokens: 100, calls: 1 } };
    };
  }
  return model;
}

describe('createEngineFor', () => {
  const setUp = (overrides: Partial<SafetyRules> = {}, perMinute = 100, disclosure?: string) => {
    const kv = new Keyv();
    const model = countingModel();
    const audit = new AuditLog(kv);
    const engineFor = createEngineFor({
      rulesFor: async (teamId) => ({
        offlineOnlyChannels: ['COFFLINE'],
        embargoMarkers: DEFAULT_EMBARGO_MARKERS,
        dailyTokenBudget: undefined,
        userDailyTokenBudget: undefined,
        userAnswersPerMinute: perMinute,
        aiDisclosure: teamId === 'T1' ? disclosure : undefined,
        ...overrides,
      }),
      model,
      offline: new OfflineEngine(),
      audit,
      rateLimiter: new RateLimiter(kv),
      logger: createLogger('error'),
    });
    return { model, audit, engineFor };
  };
  const longArticle = article(
    'Dockworkers at the port stayed off the job for a third day on Wednesday. Talks over pay went on without a deal, the union said. "We will not go back for less," said Maria Santos, the union leader.',
  );

  it('answers a thread marked offline from the offline engine, saying why, and never calls the model', async () => {
    const { model, engineFor } = setUp();
    const engine = await engineFor({ ...request, threadOfflineReason: EMBARGO_REASON }, longArticle);
    const result = await engine.ask(longArticle, 'Who leads the union?', []);
    expect(engine.label).toMatchObject({ kind: 'offline', offlineReason: EMBARGO_REASON });
    expect(result.engine.offlineReason).toBe(EMBARGO_REASON);
    expect(model.calls).toBe(0);
  });

  it('says why a kept-offline translation cannot be done', async () => {
    const { engineFor } = setUp();
    const engine = await engineFor({ ...request, channelId: 'COFFLINE' }, longArticle);
    const translation = engine.translate(longArticle, { targetLanguage: 'English', paragraphs: longArticle.paragraphs, withHeadline: true, glossary: [] });
    await expect(translation).rejects.toThrow(EngineCannotError);
    await expect(translation).rejects.toThrow(/offline-only.*translation/);
  });

  it('records each model call in the audit trail with its tokens', async () => {
    const { model, audit, engineFor } = setUp();
    await (await engineFor(request, longArticle)).summarize(longArticle);
    expect(model.calls).toBe(1);
    const [saved] = await audit.recordsOn('T1', [utcDay(new Date())]);
    expect(saved).toMatchObject({ teamId: 'T1', channelId: 'C1', userId: 'U1', articleId: 'article-1', useCase: 'summary', model: 'test-model', promptTokens: 400, completionTokens: 100, outcome: 'ok' });
  });

  it("labels model answers with the workspace's AI-draft wording, and offline answers as extracted", async () => {
    const { engineFor } = setUp({}, 100, 'KI-Entwurf ({model}), vor Verwendung prüfen');
    const modelAnswer = await (await engineFor(request, longArticle)).summarize(longArticle);
    expect(describeEngine(modelAnswer.engine, modelAnswer.usage)).toBe('KI-Entwurf (test-model), vor Verwendung prüfen · 500 tokens');
    const elsewhere = await (await engineFor({ ...request, teamId: 'T2' }, longArticle)).summarize(longArticle);
    expect(describeEngine(elsewhere.engine, elsewhere.usage)).toBe('AI draft · Newsdesk · model test-model · check before use · 500 tokens');
    const offline = await (await engineFor({ ...request, channelId: 'COFFLINE' }, longArticle)).summarize(longArticle);
    expect(describeEngine(offline.engine, offline.usage)).toBe(`Extracted from the article · Newsdesk · offline extractive engine · ${OFFLINE_CHANNEL_REASON}`);
  });

  it('turns to the offline engine once a person has spent their daily budget', async () => {
    const { model, engineFor } = setUp({ userDailyTokenBudget: 500 });
    await (await engineFor(request, longArticle)).summarize(longArticle);
    const next = await engineFor(request, longArticle);
    expect(next.label.offlineReason).toBe(USER_BUDGET_REASON);
    await next.summarize(longArticle);
    expect(model.calls).toBe(1);
    expect((await engineFor({ ...request, userId: 'U2' }, longArticle)).label.kind).toBe('llm');
  });

  it('tells a person to slow down past their answers per minute', async () => {
    const { engineFor } = setUp({}, 2);
    await engineFor(request, longArticle);
    await engineFor(request, longArticle);
    await expect(engineFor(request, longArticle)).rejects.toThrow(SlowDownError);
    await expect(engineFor(request, longArticle)).rejects.toThrow(/Slow down.*2 answers a minute.*Try again in \d+ seconds/);
    await expect(engineFor({ ...request, userId: 'U2' }, longArticle)).resolves.toBeDefined();
  });
});

describe('RateLimiter', () => {
  it('counts answers in any 60 seconds, not in clock minutes, and says when to try again', async () => {
    const limiter = new RateLimiter(new Keyv());
    const start = 1_700_000_059_000; // one second before a clock minute turns
    await limiter.take('T1', 'U1', 2, start);
    await limiter.take('T1', 'U1', 2, start + 2_000);
    await expect(limiter.take('T1', 'U1', 2, start + 30_000)).rejects.toThrow('Try again in 30 seconds.');
    await limiter.take('T1', 'U1', 2, start + 60_001);
    await expect(limiter.take('T1', 'U1', 2, start + 61_000)).rejects.toThrow(SlowDownError);
  });
});
