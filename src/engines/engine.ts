import type { Article, Paragraph } from '../article/article-types.js';
import type { Answer, HeadlineOptions, Quote, QuoteList, SocialPost, Summary, Translation } from './schemas.js';

/** Tokens one request spent; the offline engine spends none. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  calls: number;
}

export const noUsage = (): Usage => ({ promptTokens: 0, completionTokens: 0, cachedTokens: 0, calls: 0 });

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    cachedTokens: a.cachedTokens + b.cachedTokens,
    calls: a.calls + b.calls,
  };
}

/** Which engine produced an answer: shown in every reply's context line. */
export interface EngineLabel {
  kind: 'llm' | 'offline';
  model?: string;
  /** Set when the LLM failed and the offline engine answered instead. */
  fallbackReason?: string;
  /** Set when the offline engine was chosen on purpose (embargo, budget, …). */
  offlineReason?: string;
  /** The workspace's wording of the AI-draft label for a model's answer; DEFAULT_AI_DISCLOSURE when unset. */
  disclosure?: string;
}

/** What every model answer says it is: an AI draft, the application and the model, and that a person must check it. */
export const DEFAULT_AI_DISCLOSURE = 'AI draft · Newsdesk · model {model} · check before use';
/** What every offline answer says it is: text taken from the article, no model involved. */
export const OFFLINE_DISCLOSURE = 'Extracted from the article · Newsdesk · offline extractive engine';

/**
 * The disclosure of an answer: for a model, the workspace's wording with the model's name filled
 * in (added when the wording leaves it out, since the model must always be named).
 */
export function disclosureOf(engine: EngineLabel): string {
  if (engine.kind === 'offline') return OFFLINE_DISCLOSURE;
  const model = engine.model ?? 'unknown';
  const wording = engine.disclosure ?? DEFAULT_AI_DISCLOSURE;
  return wording.includes('{model}') ? wording.replaceAll('{model}', model) : `${wording} · model ${model}`;
}

/** The disclosure, then what the answer cost or why it is offline: the context line in Slack, the last line on the command line. */
export function describeEngine(engine: EngineLabel, usage: Usage, cached = false): string {
  const parts: string[] = [disclosureOf(engine)];
  if (engine.kind === 'llm') {
    parts.push(cached ? 'from cache, no new model call' : `${usage.promptTokens + usage.completionTokens} tokens`);
  } else {
    if (engine.fallbackReason) parts.push(`the model failed (${engine.fallbackReason}), so this is the offline answer`);
    else if (engine.offlineReason) parts.push(engine.offlineReason);
    else parts.push('no model configured');
    // The offline engine spends nothing either way, but a reused answer was written earlier, and says so.
    if (cached) parts.push('reused from earlier');
  }
  return parts.join(' · ');
}

export interface EngineResult<T> {
  value: T;
  engine: EngineLabel;
  usage: Usage;
  /** How the result was reached, e.g. "repaired after a schema error". */
  repaired?: boolean;
}

/** One earlier exchange in an article's thread. */
export interface Turn {
  question: string;
  answer: string;
}

export interface SummaryOptions {
  /** "short" asks for a tighter lede and three points. */
  length?: 'short' | 'normal' | 'long';
  /** ISO 639-1 code of the summary's language; the article's own when unset. The offline engine, being extractive, always uses the article's. */
  language?: string;
}

export interface QuotesOptions {
  /** Quotes an earlier answer gave that are not word for word in the article: ask for exactly these again. */
  recheck?: readonly Quote[];
}

export interface TranslateRequest {
  /** Target language as an English name, e.g. "English". */
  targetLanguage: string;
  /** The paragraphs of this chunk; the whole article is still given as context. */
  paragraphs: Paragraph[];
  /** Include the headline in this chunk's output. */
  withHeadline: boolean;
  /** `source = target` renderings the translation must use. */
  glossary: ReadonlyArray<{ source: string; target: string }>;
  /** What an earlier attempt at these paragraphs got wrong, when they are asked for again. */
  problems?: readonly string[];
}

/** What every engine can do. The LLM and the offline engine both implement it. */
export interface Engine {
  readonly label: EngineLabel;
  summarize(article: Article, options?: SummaryOptions): Promise<EngineResult<Summary>>;
  quotes(article: Article, options?: QuotesOptions): Promise<EngineResult<QuoteList>>;
  translate(article: Article, request: TranslateRequest): Promise<EngineResult<Translation>>;
  ask(article: Article, question: string, turns: readonly Turn[]): Promise<EngineResult<Answer>>;
  headlines(article: Article): Promise<EngineResult<HeadlineOptions>>;
  socialPost(article: Article): Promise<EngineResult<SocialPost>>;
}
