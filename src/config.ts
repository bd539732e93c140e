import { z } from 'zod';

/**
 * Every environment variable Newsdesk reads, parsed once. A bad value stops start-up
 * with one line naming the variable and what it expects (see ConfigError).
 */

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

const httpUrl = (what: string) =>
  optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), {
    message: `expected an http(s) URL of ${what}`,
  });

/** Comma-separated Slack ids (T…, C…, G…); an empty list when unset. */
const idList = (what: string) =>
  optionalText
    .refine((value) => value === undefined || /^[A-Z0-9]+(\s*,\s*[A-Z0-9]+)*$/.test(value), {
      message: `expected comma-separated Slack ${what} ids, e.g. ${what === 'team' ? 'T0123ABCD,T0456EFGH' : 'C0123ABCD,C0456EFGH'}`,
    })
    .transform((value) => (value === undefined ? [] : value.split(',').map((id) => id.trim())));

const positiveCount = (what: string) =>
  optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) > 0), {
      message: `expected a whole number of ${what}, at least 1`,
    })
    .transform((value) => (value === undefined ? undefined : Number(value)));

/**
 * A model that hangs is given up on within 25 s (the offline engine answers then, saying so): one
 * attempt may take 15 s, and every attempt, wait and repair round of a request fits in 25.
 */
export const DEFAULT_MODEL_ATTEMPT_TIMEOUT_MS = 15_000;
export const DEFAULT_MODEL_DEADLINE_MS = 25_000;

/** Markers that keep an article away from the model; see policy.ts for how each is matched. */
export const DEFAULT_EMBARGO_MARKERS = ['EMBARGO', '[embargo]', '[offline]'];
/** Answers per person per minute when USER_ANSWERS_PER_MINUTE is unset. */
export const DEFAULT_USER_ANSWERS_PER_MINUTE = 20;
/** Copy-ready texts REQUIRE_SIGNOFF_FOR can hold back until a person has checked them. */
export const SIGNOFF_KINDS = ['translation', 'headlines', 'social'] as const;
export type SignoffKind = (typeof SIGNOFF_KINDS)[number];
/**
 * Entries the memory: store keeps when MEMORY_STORE_MAX_ITEMS is unset: thousands of threads with
 * their articles and results, a few hundred MB at most, before the least recently used go.
 */
export const DEFAULT_MEMORY_STORE_MAX_ITEMS = 10_000;
/** Follow-ups one thread answers when MAX_TURNS_PER_THREAD is unset. */
export const DEFAULT_MAX_TURNS_PER_THREAD = 50;

const flag = optionalText
  .refine((value) => value === undefined || /^(1|0|true|false|yes|no)$/i.test(value), {
    message: 'expected true or false',
  })
  .transform((value) => value !== undefined && /^(1|true|yes)$/i.test(value));

const portNumber = (fallback: number) =>
  optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) < 65536), {
      message: 'expected a port number from 0 to 65535',
    })
    .transform((value) => (value === undefined ? fallback : Number(value)));

const storeUrl = optionalText
  .refine((value) => value === undefined || /^(memory:|sqlite:\/\/.+|rediss?:\/\/.+)$/.test(value), {
    message: 'expected memory:, sqlite://path/to/file.db or redis://host:port',
  })
  .transform((value) => value ?? '');

/** What the engine and article intake read; none is Slack's, so the command line needs only these. */
const EngineEnvSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl('an OpenAI-compatible API, e.g. http://localhost:11434/v1'),
  OPENAI_MODEL: optionalText,
  OPENAI_TIMEOUT_MS: optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 1000), {
      message: 'expected milliseconds, at least 1000',
    })
    .transform((value) => (value === undefined ? DEFAULT_MODEL_ATTEMPT_TIMEOUT_MS : Number(value))),
  MODEL_CONCURRENCY: positiveCount('model requests'),
  OPENAI_DEADLINE_MS: optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 1000), {
      message: 'expected milliseconds, at least 1000',
    })
    .transform((value) => (value === undefined ? DEFAULT_MODEL_DEADLINE_MS : Number(value))),
  LOG_LEVEL: optionalText
    .refine((value) => value === undefined || /^(debug|info|warn|error)$/i.test(value), {
      message: 'expected debug, info, warn or error',
    })
    .transform((value) => (value ?? 'info').toLowerCase() as 'debug' | 'info' | 'warn' | 'error'),
  URL_FETCH_ALLOW_PRIVATE: flag,
  GLOSSARY_FILE: optionalText,
  TRANSLATE_CONCURRENCY: optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 16), {
      message: 'expected how many translation requests may run at once, from 1 to 16',
    })
    .transform((value) => (value === undefined ? 4 : Number(value))),
});

const EnvSchema = EngineEnvSchema
  .extend({
    SLACK_BOT_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xoxb-'), {
      message: 'expected a bot token starting with xoxb- (the Bot User OAuth Token from the Slack app settings, OAuth & Permissions)',
    }),
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText,
    INSTALLATION_ENCRYPTION_KEY: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xapp-'), {
      message: 'expected an app-level token starting with xapp- (Socket Mode), or leave it unset for HTTP mode',
    }),
    SLACK_API_URL: httpUrl('the Slack Web API base, e.g. https://slack.com/api/'),
    PORT: portNumber(3000),
    PLAYGROUND_PORT: portNumber(3300),
    STORE_URL: storeUrl,
    MEMORY_STORE_MAX_ITEMS: positiveCount('items').transform((value) => value ?? DEFAULT_MEMORY_STORE_MAX_ITEMS),
    REPLY_WITHOUT_MENTION: flag,
    OFFLINE_ONLY_CHANNELS: idList('channel'),
    EMBARGO_MARKERS: optionalText
      .transform((value) => value?.split(',').map((marker) => marker.trim()).filter(Boolean))
      .refine((markers) => markers === undefined || markers.length > 0, {
        message: 'expected comma-separated markers, e.g. EMBARGO,[embargo],[offline]',
      })
      .transform((markers) => markers ?? DEFAULT_EMBARGO_MARKERS),
    ALLOWED_TEAM_IDS: idList('team'),
    ALLOWED_CHANNEL_IDS: idList('channel'),
    ADMIN_CHANNEL_ID: optionalText.refine((value) => value === undefined || /^[A-Z0-9]+$/.test(value), {
      message: 'expected one Slack channel id, e.g. C0123ABCD',
    }),
    DAILY_TOKEN_BUDGET: positiveCount('tokens'),
    USER_DAILY_TOKEN_BUDGET: positiveCount('tokens'),
    USER_ANSWERS_PER_MINUTE: positiveCount('answers').transform((value) => value ?? DEFAULT_USER_ANSWERS_PER_MINUTE),
    MAX_TURNS_PER_THREAD: positiveCount('follow-ups').transform((value) => value ?? DEFAULT_MAX_TURNS_PER_THREAD),
    AI_DISCLOSURE: optionalText,
    REQUIRE_SIGNOFF_FOR: optionalText
      .transform((value) => (value === undefined ? [] : value.split(',').map((kind) => kind.trim().toLowerCase()).filter(Boolean)))
      .refine((kinds) => kinds.every((kind) => (SIGNOFF_KINDS as readonly string[]).includes(kind)), {
        message: `expected comma-separated kinds of copy-ready text: ${SIGNOFF_KINDS.join(', ')}`,
      })
      .transform((kinds) => kinds as SignoffKind[]),
    FEEDBACK_DIGEST: optionalText.refine((value) => value === undefined || value === 'daily', { message: 'expected daily, or leave it unset' }),
    NEWSDESK_ROLE: optionalText
      .refine((value) => value === undefined || /^(web|worker|both)$/.test(value), { message: 'expected web, worker or both' })
      .transform((value) => (value ?? 'both') as Role),
    // A job mostly waits for the model: in a morning's burst of 200 new articles, at a model answering
    // in 200 ms, the last answer came after 2.8 s with 16 at once, 1.1 s with 64, 0.9 s with 128. With
    // the articles read first (reads-first-queue.ts), the 72 jobs past 128 waited for slots held through
    // model calls, and their articles went to the model last: all answers 1.22 s with 128, 1.02 s with
    // 256. A waiting job costs a promise; the model server's own limit is MODEL_CONCURRENCY.
    JOB_CONCURRENCY: positiveCount('jobs').transform((value) => value ?? 256),
    JOB_LOCK_MS: positiveCount('milliseconds').transform((value) => value ?? 30_000),
    JOB_QUEUE_PREFIX: optionalText.transform((value) => value ?? 'newsdesk'),
    SHUTDOWN_GRACE_MS: positiveCount('milliseconds').transform((value) => value ?? 20_000),
  })
  .superRefine((env, context) => {
    for (const issue of slackAuthIssues(env)) context.addIssue({ code: 'custom', ...issue });
    if (env.FEEDBACK_DIGEST && !env.ADMIN_CHANNEL_ID) {
      context.addIssue({ code: 'custom', path: ['FEEDBACK_DIGEST'], message: 'the digest goes to the admin channel: set ADMIN_CHANNEL_ID too' });
    }
    if (env.NEWSDESK_ROLE !== 'both' && !/^rediss?:/.test(env.STORE_URL)) {
      context.addIssue({
        code: 'custom',
        path: ['NEWSDESK_ROLE'],
        message: 'web and worker run apart only on a shared Redis: set STORE_URL=redis://host:port, or leave NEWSDESK_ROLE unset',
      });
    }
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required in HTTP mode (no SLACK_APP_TOKEN): the signing secret from the Slack app settings, Basic Information',
      });
    }
  });

/**
 * One workspace's bot token, or OAuth distribution (client id, secret, state secret and the key
 * installations are encrypted with): never both, never neither.
 */
const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'INSTALLATION_ENCRYPTION_KEY'] as const;

function slackAuthIssues(
  env: Record<(typeof OAUTH_VARIABLES)[number] | 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', string | undefined>,
): Array<{ path: string[]; message: string }> {
  const oauth = OAUTH_VARIABLES;
  const given = oauth.filter((name) => env[name] !== undefined);
  if (given.length === 0) {
    if (env.SLACK_BOT_TOKEN !== undefined) return [];
    return [{ path: ['SLACK_BOT_TOKEN'], message: 'required: the bot token (xoxb-…) from the Slack app settings, OAuth & Permissions (or SLACK_CLIENT_ID and the other OAuth variables to serve many workspaces)' }];
  }
  if (env.SLACK_BOT_TOKEN !== undefined) {
    return [{ path: ['SLACK_BOT_TOKEN'], message: 'leave it unset with SLACK_CLIENT_ID: in OAuth mode every workspace brings its own token when it installs Newsdesk' }];
  }
  const missing = oauth.find((name) => env[name] === undefined);
  if (missing) return [{ path: [missing], message: `required with ${given[0]}: OAuth mode needs ${oauth.join(', ')}` }];
  if (env.SLACK_APP_TOKEN !== undefined) {
    return [{ path: ['SLACK_APP_TOKEN'], message: 'leave it unset in OAuth mode: installs are served over HTTP at /slack/install' }];
  }
  if (!isEncryptionKey(env.INSTALLATION_ENCRYPTION_KEY!)) {
    return [{ path: ['INSTALLATION_ENCRYPTION_KEY'], message: 'expected 32 random bytes, base64 or hex: e.g. the output of `openssl rand -base64 32`' }];
  }
  return [];
}

/** 32 bytes (AES-256), written as 64 hex digits or in base64. */
export function encryptionKeyBytes(text: string): Buffer {
  return /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
}

const isEncryptionKey = (text: string) => /^([0-9a-f]{64}|[A-Za-z0-9+/]{43}=?)$/i.test(text) && encryptionKeyBytes(text).length === 32;

/** What one process does: take Slack's requests (web), run their jobs (worker), or both. */
export type Role = 'web' | 'worker' | 'both';

export interface Config {
  slack: {
    /** The one workspace's token; undefined in OAuth mode, where each workspace's comes from its installation. */
    botToken: string | undefined;
    /** Set for distribution to many workspaces (SLACK_CLIENT_ID …): /slack/install and /slack/oauth_redirect. */
    oauth: { clientId: string; clientSecret: string; stateSecret: string; encryptionKey: string } | undefined;
    signingSecret: string | undefined;
    appToken: string | undefined;
    /** Web API base, always ending in "/" as @slack/web-api expects. */
    apiUrl: string;
  };
  port: number;
  /** Where `npm run playground` serves its page. */
  playgroundPort: number;
  /** Undefined when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set: the offline engine answers. */
  /** timeoutMs: one attempt; deadlineMs: the whole request, retries and repair round included. */
  llm:
    | {
        apiKey: string;
        baseUrl: string | undefined;
        model: string;
        timeoutMs: number;
        deadlineMs: number;
        /** Model requests in flight at once, across every process on the store (MODEL_CONCURRENCY); undefined: no limit. */
        concurrency: number | undefined;
      }
    | undefined;
  storeUrl: string;
  /** Entries the memory: store keeps before dropping the least recently used. */
  memoryStoreMaxItems: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  allowPrivateUrls: boolean;
  replyWithoutMention: boolean;
  glossaryFile: string | undefined;
  /** Chunks of one long article translated at once; 1 for a local server that serves one request at a time. */
  translateConcurrency: number;
  jobs: {
    role: Role;
    /** Jobs one worker process runs at once. */
    concurrency: number;
    /** A worker silent this long is presumed dead, and its job goes to another. */
    lockMs: number;
    /** Keeps this deployment's queue apart from others on the same Redis. */
    queuePrefix: string;
    /** On SIGTERM, how long a worker's jobs in hand may take before they go back to the queue. */
    shutdownGraceMs: number;
  };
  /** Who may use Newsdesk, what never reaches the model, and what it may spend. */
  safety: {
    /** Empty: every workspace the app is installed in. */
    allowedTeamIds: string[];
    /** Empty: every channel. */
    allowedChannelIds: string[];
    adminChannelId: string | undefined;
    offlineOnlyChannels: string[];
    embargoMarkers: string[];
    dailyTokenBudget: number | undefined;
    userDailyTokenBudget: number | undefined;
    userAnswersPerMinute: number;
    /** Follow-ups one thread answers; past it, the thread is told to start a new one. */
    maxTurnsPerThread: number;
  };
  /** Disclosure, sign-off and feedback: the person's check made part of the product. */
  review: {
    /** The AI-draft wording ({model} is the model's name); the default when unset. A workspace's setting overrides it. */
    aiDisclosure: string | undefined;
    /** Copy-ready texts shown only once someone has marked them as checked. */
    requireSignoffFor: SignoffKind[];
    /** Post the day's 👎 to the admin channel once a day. */
    feedbackDigest: boolean;
  };
}

export const DEFAULT_MODEL = 'gpt-4o-mini';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The settings of the engine and article intake: all the command line reads, so it needs no Slack variables. */
export type EngineConfig = Pick<Config, 'llm' | 'logLevel' | 'allowPrivateUrls' | 'glossaryFile' | 'translateConcurrency'>;

export function loadEngineConfig(env: NodeJS.ProcessEnv): EngineConfig {
  return engineConfig(parseEnv(EngineEnvSchema, env));
}

/** STORE_URL alone, `defaultStoreUrl` when unset: what the command line's export reads. */
export function loadStoreUrl(env: NodeJS.ProcessEnv, defaultStoreUrl: string): string {
  return parseEnv(z.object({ STORE_URL: storeUrl }), env).STORE_URL || defaultStoreUrl;
}

/** `defaults.storeUrl` is the store when STORE_URL is unset (memory: unless the caller says otherwise, as `npm start` does). */
export function loadConfig(env: NodeJS.ProcessEnv, defaults: { storeUrl?: string } = {}): Config {
  const e = parseEnv(EnvSchema, env);
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      oauth: e.SLACK_CLIENT_ID
        ? { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET!, stateSecret: e.SLACK_STATE_SECRET!, encryptionKey: e.INSTALLATION_ENCRYPTION_KEY! }
        : undefined,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: withTrailingSlash(e.SLACK_API_URL ?? 'https://slack.com/api/'),
    },
    port: e.PORT,
    playgroundPort: e.PLAYGROUND_PORT,
    ...engineConfig(e),
    storeUrl: e.STORE_URL || (defaults.storeUrl ?? 'memory:'),
    memoryStoreMaxItems: e.MEMORY_STORE_MAX_ITEMS,
    replyWithoutMention: e.REPLY_WITHOUT_MENTION,
    jobs: {
      role: e.NEWSDESK_ROLE,
      concurrency: e.JOB_CONCURRENCY,
      lockMs: e.JOB_LOCK_MS,
      queuePrefix: e.JOB_QUEUE_PREFIX,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    },
    safety: {
      allowedTeamIds: e.ALLOWED_TEAM_IDS,
      allowedChannelIds: e.ALLOWED_CHANNEL_IDS,
      adminChannelId: e.ADMIN_CHANNEL_ID,
      offlineOnlyChannels: e.OFFLINE_ONLY_CHANNELS,
      embargoMarkers: e.EMBARGO_MARKERS,
      dailyTokenBudget: e.DAILY_TOKEN_BUDGET,
      userDailyTokenBudget: e.USER_DAILY_TOKEN_BUDGET,
      userAnswersPerMinute: e.USER_ANSWERS_PER_MINUTE,
      maxTurnsPerThread: e.MAX_TURNS_PER_THREAD,
    },
    review: { aiDisclosure: e.AI_DISCLOSURE, requireSignoffFor: e.REQUIRE_SIGNOFF_FOR, feedbackDigest: e.FEEDBACK_DIGEST === 'daily' },
  };
}

/** Every problem at once, one line per variable, so an operator fixes them all in one round. */
function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0]);
      if (!lines.has(variable)) lines.set(variable, `Invalid configuration: ${variable}: ${issue.message}`);
    }
    throw new ConfigError([...lines.values()].join('\n'));
  }
  return parsed.data;
}

function engineConfig(e: z.output<typeof EngineEnvSchema>): EngineConfig {
  const llmConfigured = e.OPENAI_API_KEY !== undefined || e.OPENAI_BASE_URL !== undefined;
  return {
    llm: llmConfigured
      ? {
          // Local servers (Ollama, llama.cpp) take any key; the client insists on one.
          apiKey: e.OPENAI_API_KEY ?? 'no-key',
          baseUrl: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL ?? DEFAULT_MODEL,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
          deadlineMs: e.OPENAI_DEADLINE_MS,
          concurrency: e.MODEL_CONCURRENCY,
        }
      : undefined,
    logLevel: e.LOG_LEVEL,
    allowPrivateUrls: e.URL_FETCH_ALLOW_PRIVATE,
    glossaryFile: e.GLOSSARY_FILE,
    translateConcurrency: e.TRANSLATE_CONCURRENCY,
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
