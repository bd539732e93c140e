import type { Article } from '../../article/article-types.js';
import { noUsage, type Engine, type EngineLabel, type EngineResult, type SummaryOptions } from '../engine.js';
import { EngineCannotError } from '../../errors.js';
import { answerFromArticle } from './ask.js';
import { extractQuotes } from './quotes.js';
import { extractiveHeadlines, extractiveSocialPost } from './rewrite.js';
import { summarizeExtractive } from './summarize.js';

/** Says plainly why translation needs a model, and how to configure one. */
export const TRANSLATION_NEEDS_MODEL =
  'Translation needs a language model, and none is configured. Set OPENAI_API_KEY (OpenAI), or OPENAI_BASE_URL for a local OpenAI-compatible server such as Ollama (http://localhost:11434/v1) or llama.cpp, with OPENAI_MODEL, then restart Newsdesk.';

/** The engine with no network and no model: extractive, so everything it says is the article's own text. */
export class OfflineEngine implements Engine {
  readonly label: EngineLabel = { kind: 'offline' };

  async summarize(article: Article, options?: SummaryOptions) {
    return this.result(summarizeExtractive(article, options));
  }

  async quotes(article: Article) {
    return this.result(extractQuotes(article));
  }

  async translate(): Promise<never> {
    throw new EngineCannotError(TRANSLATION_NEEDS_MODEL);
  }

  async ask(article: Article, question: string) {
    return this.result(answerFromArticle(article, question));
  }

  async headlines(article: Article) {
    return this.result(extractiveHeadlines(article));
  }

  async socialPost(article: Article) {
    return this.result(extractiveSocialPost(article));
  }

  private result<T>(value: T): EngineResult<T> {
    return { value, engine: this.label, usage: noUsage() };
  }
}
