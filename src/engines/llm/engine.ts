import type { Article } from '../../article/article-types.js';
import type { Engine, EngineLabel, EngineResult, QuotesOptions, SummaryOptions, TranslateRequest, Turn } from '../engine.js';
import { languageName } from '../../article/language.js';
import { AnswerSchema, HeadlineOptionsSchema, QuoteListSchema, SocialPostSchema, SummarySchema, TranslationSchema } from '../schemas.js';
import type { StructuredGateway, StructuredResult } from './structured.js';
import { articleMessages, renderPrompt } from './prompts.js';
import type { z } from 'zod';

/** The engine that asks a model; every answer has passed its zod schema. */
export class LlmEngine implements Engine {
  readonly label: EngineLabel;

  constructor(private readonly gateway: StructuredGateway) {
    this.label = { kind: 'llm', model: gateway.model };
  }

  summarize(article: Article, options: SummaryOptions = {}): Promise<EngineResult<z.output<typeof SummarySchema>>> {
    const length = options.length ?? 'normal';
    const task = renderPrompt('summarize', {
      language: languageName(options.language ?? article.language),
      points: length === 'short' ? '3' : length === 'long' ? '5' : '3 to 5',
      length_note: length === 'short' ? '- Keep it tight: a short lede and the three most important points.' : '',
    });
    return this.run(article, 'summary', SummarySchema, task);
  }

  quotes(article: Article, options: QuotesOptions = {}): Promise<EngineResult<z.output<typeof QuoteListSchema>>> {
    const task = renderPrompt('quotes', {
      translation_rule:
        article.language === 'en'
          ? 'null (the article is in English).'
          : 'an English rendering of the quote, which Newsdesk shows marked as a translation.',
    });
    if (!options.recheck?.length) return this.run(article, 'quotes', QuoteListSchema, task);
    // The recheck keeps the field rules of the first request and names the quotes that failed.
    const failed = options.recheck.map((q) => `- ${JSON.stringify({ quote: q.quote, speaker: q.speaker, paragraph: q.paragraph })}`);
    const recheck = renderPrompt('quotes-recheck', { failed: failed.join('\n') });
    return this.run(article, 'quotes', QuoteListSchema, `${task}\n\n${recheck}`);
  }

  translate(article: Article, request: TranslateRequest): Promise<EngineResult<z.output<typeof TranslationSchema>>> {
    const glossary = request.glossary.map((entry) => `  ${entry.source} = ${entry.target}`).join('\n');
    const task = renderPrompt('translate', {
      language: request.targetLanguage,
      paragraph_ids: request.paragraphs.map((p) => p.id).join(', '),
      headline_rule: request.withHeadline
        ? '- headline: the article headline, translated.'
        : '- headline: repeat the article headline translated (it is not shown for this part).',
      glossary: glossary ? `- Use these renderings of the newsroom glossary exactly:\n${glossary}` : '',
      problems: request.problems?.length
        ? `An earlier translation of these paragraphs had these problems; avoid them:\n${request.problems.map((p) => `  - ${p}`).join('\n')}`
        : '',
    });
    return this.run(article, 'translation', TranslationSchema, task);
  }

  ask(article: Article, question: string, turns: readonly Turn[]): Promise<EngineResult<z.output<typeof AnswerSchema>>> {
    const task = renderPrompt('ask', {
      turns: turns.length ? turns.map((t) => `Q: ${t.question}\nA: ${t.answer}`).join('\n\n') : '(none)',
      question,
    });
    return this.run(article, 'answer', AnswerSchema, task);
  }

  headlines(article: Article): Promise<EngineResult<z.output<typeof HeadlineOptionsSchema>>> {
    const task = renderPrompt('headlines', { language: languageName(article.language) });
    return this.run(article, 'headlines', HeadlineOptionsSchema, task);
  }

  socialPost(article: Article): Promise<EngineResult<z.output<typeof SocialPostSchema>>> {
    const task = renderPrompt('social-post', { language: languageName(article.language) });
    return this.run(article, 'social_post', SocialPostSchema, task);
  }

  private async run<S extends z.ZodType>(
    article: Article,
    name: string,
    schema: S,
    task: string,
  ): Promise<EngineResult<z.output<S>>> {
    const result: StructuredResult<z.output<S>> = await this.gateway.generate({
      schema,
      name,
      messages: articleMessages(article, task),
      promptCacheKey: article.id,
    });
    return { value: result.value, usage: result.usage, engine: this.label, repaired: result.repaired };
  }
}
