import type { Paraphrase, Quote } from '../engines/schemas.js';
import type { Article } from '../article/article-types.js';
import { askArticle } from '../ask/ask.js';
import type { Engine, EngineLabel, Usage } from '../engines/engine.js';
import type { Glossary } from '../translate/glossary.js';
import { languageName } from '../article/language.js';
import { findQuotes } from '../quotes/quotes.js';
import { summarizeArticle } from '../summarize/summarize.js';
import { translateArticle } from '../translate/translate.js';
import type { ThreadStore } from '../store/threads.js';
import type { CliRequest } from './args.js';

/** What the use-cases need; the store is a fresh in-memory one, since a command line run keeps nothing. */
export interface CliDeps {
  engine: Engine;
  offline: Engine;
  threads: ThreadStore;
  glossary: Glossary;
  translateConcurrency: number;
}

interface Answered {
  engine: EngineLabel;
  usage: Usage;
}

export interface SummaryOutput extends Answered {
  headline: string;
  lede: string;
  points: string[];
  /** The language the summary is in. */
  language: string;
  notes: string[];
}

export interface QuotesOutput extends Answered {
  /** Verified quotes, grouped by speaker (each named by the fullest form the article gives): the sources, then the members of the public. */
  quotes: Array<Quote & { memberOfPublic: boolean }>;
  paraphrases: Paraphrase[];
  withheld: number;
  /** The speaker asked for with --speaker, as typed. */
  speaker?: string;
}

export interface AnswerOutput extends Answered {
  question: string;
  answer: string;
  found: boolean;
  citations: string[];
  /** Names and numbers in the answer the article does not contain. */
  ungrounded: string[];
}

export interface TranslationOutput extends Answered {
  language: string;
  headline: string;
  paragraphs: Array<{ id: string; text: string }>;
  untranslated: string[];
  notes: string[];
}

export type CliOutput =
  | { verb: 'summarize'; output: SummaryOutput }
  | { verb: 'quotes'; output: QuotesOutput }
  | { verb: 'ask'; output: AnswerOutput }
  | { verb: 'translate'; output: TranslationOutput };

/** The command line has no workspace; every key it stores carries this one. */
const CLI_TEAM = 'cli';

/** Runs one command through the same use-cases as the Slack app. */
export async function runCommand(deps: CliDeps, request: CliRequest, article: Article): Promise<CliOutput> {
  switch (request.verb) {
    case 'summarize': {
      const outcome = await summarizeArticle(deps, CLI_TEAM, article, { language: request.language });
      // An extractive summary is the article's own sentences, so it stays in the article's language.
      const language = outcome.engine.kind === 'llm' ? (request.language ?? article.language) : article.language;
      const notes =
        request.language && language !== request.language
          ? [`The offline engine summarizes in the article's own words, so this summary is in ${languageName(language)}.`, ...outcome.notes]
          : outcome.notes;
      return { verb: 'summarize', output: { ...outcome.summary, language, notes, engine: outcome.engine, usage: outcome.usage } };
    }
    case 'quotes': {
      const outcome = await findQuotes(deps, CLI_TEAM, article, { speaker: request.speaker });
      const quotes = outcome.groups.flatMap((group) =>
        group.quotes.map((quote) => ({ ...quote, speaker: group.speaker, role: group.role ?? quote.role, memberOfPublic: group.memberOfPublic })),
      );
      const { paraphrases, withheld, speaker, engine, usage } = outcome;
      return { verb: 'quotes', output: { quotes, paraphrases, withheld, ...(speaker ? { speaker } : {}), engine, usage } };
    }
    case 'ask': {
      const question = request.question!;
      // A one-off thread: nothing earlier to remember, nothing kept after.
      const thread = { teamId: CLI_TEAM, channelId: CLI_TEAM, threadTs: article.id };
      const outcome = await askArticle(deps, thread, { article, turns: [] }, question);
      const { text: answer, found, citations, ungrounded, engine, usage } = outcome;
      return { verb: 'ask', output: { question, answer, found, citations, ungrounded, engine, usage } };
    }
    case 'translate': {
      const outcome = await translateArticle({ ...deps, concurrency: deps.translateConcurrency }, CLI_TEAM, article, request.language!);
      return {
        verb: 'translate',
        output: {
          language: outcome.language,
          ...outcome.translation,
          untranslated: outcome.untranslated,
          notes: outcome.notes,
          engine: outcome.engine,
          usage: outcome.usage,
        },
      };
    }
  }
}
