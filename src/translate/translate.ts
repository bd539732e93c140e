import type { Translation } from '../engines/schemas.js';
import type { ThreadStore } from '../store/threads.js';
import type { Article, Paragraph } from '../article/article-types.js';
import { chunkParagraphs } from './chunking.js';
import { mapConcurrently } from './concurrency.js';
import { addUsage, type Engine, type EngineLabel, type Usage } from '../engines/engine.js';
import { NewsroomError } from '../errors.js';
import { glossaryDigest, glossaryFor, type Glossary } from './glossary.js';
import { languageName } from '../article/language.js';
import { checkTranslation } from './translation-checks.js';

/**
 * Source tokens per request. Small enough that a model gives every paragraph back (long
 * outputs are where paragraphs get dropped or merged) and that chunks run side by side;
 * each request still carries the whole article, as the cached prefix, for context.
 */
export const CHUNK_TOKENS = 800;
/** Requests in flight at once for one article, unless the operator sets another bound: enough for speed, gentle on rate limits. */
export const TRANSLATE_CONCURRENCY = 4;

export interface TranslationOutcome {
  /** ISO 639-1 code of the language translated into. */
  language: string;
  /** The headline and one paragraph per source paragraph, same ids, same order. */
  translation: Translation;
  /** Paragraphs the model left out even when asked again: they hold the source text and are shown marked. */
  untranslated: string[];
  engine: EngineLabel;
  usage: Usage;
  /** True when the stored translation was reused and no model was asked. */
  cached: boolean;
  /** What the checks still found after the repair round, each naming its paragraph. */
  notes: string[];
}

export type ProgressReport = (done: number, total: number) => Promise<void>;

/** A translation to do: the stored one when there is one, or the chunks to ask the model for. */
export type TranslationPlan =
  | { stored: TranslationOutcome }
  | { stored?: undefined; variant: string; glossary: Glossary; targetLanguage: string; chunks: Paragraph[][] };

/**
 * What translating `article` into `language` takes: the stored translation (same article, language,
 * model and glossary), or the article cut into chunks of whole paragraphs, each one request.
 */
export async function planTranslation(
  deps: { engine: Engine; threads: ThreadStore; glossary: Glossary },
  teamId: string,
  article: Article,
  language: string,
): Promise<TranslationPlan> {
  if (language === article.language) throw new NewsroomError(`The article is already in ${languageName(language)}.`);
  const glossary = glossaryFor(deps.glossary, article);
  const { kind, model = '' } = deps.engine.label;
  const variant = `translation:${language}:${kind}:${model}:${glossaryDigest(glossary)}`;
  const stored = await deps.threads.getResult<TranslationOutcome>(teamId, article.id, variant);
  if (stored) return { stored: { ...stored, cached: true } };
  return { variant, glossary, targetLanguage: languageName(language), chunks: chunkParagraphs(article.paragraphs, CHUNK_TOKENS) };
}

/**
 * Translates the whole article into `language` (an ISO 639-1 code), paragraph by paragraph.
 * Long articles go in chunks of whole paragraphs, a few at a time; each chunk is checked
 * (count and ids, numbers, names, glossary, quotes) and what fails is asked for once more.
 * When there is more than one chunk, `onProgress` hears of the start and of every finished chunk.
 * The same article, language, model and glossary reuse the stored translation.
 */
export async function translateArticle(
  deps: { engine: Engine; threads: ThreadStore; glossary: Glossary; concurrency?: number },
  teamId: string,
  article: Article,
  language: string,
  onProgress?: ProgressReport,
): Promise<TranslationOutcome> {
  const plan = await planTranslation(deps, teamId, article, language);
  if (plan.stored) return plan.stored;
  const { chunks } = plan;
  const total = article.paragraphs.length;
  // An article done in one request has no progress worth showing.
  const report = chunks.length > 1 ? onProgress : undefined;
  let done = 0;
  await report?.(0, total);
  const parts = await mapConcurrently(chunks, deps.concurrency ?? TRANSLATE_CONCURRENCY, async (paragraphs, index) => {
    const part = await translateChunk(deps.engine, article, plan, index, paragraphs);
    done += paragraphs.length;
    await report?.(done, total);
    return part;
  });
  return keepTranslation(deps.threads, teamId, article.id, plan.variant, assembleTranslation(language, parts));
}

/** The translation of chunks translated one by one, in article order, with what their checks still found. */
export function assembleTranslation(language: string, parts: readonly TranslatedChunk[]): TranslationOutcome {
  const untranslated = parts.flatMap((part) => part.untranslated);
  return {
    language,
    translation: { headline: parts[0]!.headline, paragraphs: parts.flatMap((part) => part.paragraphs) },
    untranslated,
    engine: parts[0]!.engine,
    usage: parts.map((part) => part.usage).reduce(addUsage),
    cached: false,
    notes: [
      ...(untranslated.length
        ? [`${untranslated.join(', ')} left untranslated: the model left ${untranslated.length > 1 ? 'them' : 'it'} out twice, so the original text is shown`]
        : []),
      ...parts.flatMap((part) => part.problems),
    ],
  };
}

/** Stores a translation for the next request of the same variant; an incomplete one is not kept, so the next request tries again. */
export async function keepTranslation(threads: ThreadStore, teamId: string, articleId: string, variant: string, outcome: TranslationOutcome): Promise<TranslationOutcome> {
  if (outcome.untranslated.length === 0 && !outcome.engine.fallbackReason) await threads.saveResult(teamId, articleId, variant, outcome);
  return outcome;
}

/** One chunk of a plan (the first carries the headline): asked for, checked, and what failed asked for once more. */
export function translateChunk(
  engine: Engine,
  article: Article,
  plan: { targetLanguage: string; glossary: Glossary },
  index: number,
  paragraphs: Paragraph[],
): Promise<TranslatedChunk> {
  return translatePart(engine, article, paragraphs, { targetLanguage: plan.targetLanguage, withHeadline: index === 0, glossary: plan.glossary });
}

/** One chunk's translation, as kept until every chunk of its article is done. */
export interface TranslatedChunk {
  headline: string;
  paragraphs: Translation['paragraphs'];
  untranslated: string[];
  problems: string[];
  engine: EngineLabel;
  usage: Usage;
}

type PartRequest = { targetLanguage: string; withHeadline: boolean; glossary: Glossary };

/** One chunk: asked for, checked, and the paragraphs that failed asked for once more with the problems named. */
async function translatePart(engine: Engine, article: Article, paragraphs: Paragraph[], request: PartRequest): Promise<TranslatedChunk> {
  const check = (subset: Paragraph[], texts: ReadonlyMap<string, string>) =>
    checkTranslation({ ...article, paragraphs: subset }, asTranslation(subset, texts), request.glossary);

  const first = await engine.translate(article, { ...request, paragraphs });
  const texts = byId(paragraphs, first.value);
  const firstProblems = check(paragraphs, texts);
  const flagged = paragraphs.filter((paragraph) => firstProblems.some((problem) => namesParagraph(problem, paragraph.id)));
  const part = { headline: first.value.headline, engine: first.engine };
  // Nothing flagged (so nothing missing): the first answer stands, and the checks need not run again.
  if (flagged.length === 0) {
    return { ...part, paragraphs: asTranslation(paragraphs, texts).paragraphs, untranslated: [], problems: [], usage: first.usage };
  }

  const second = await engine.translate(article, {
    ...request,
    paragraphs: flagged,
    withHeadline: false,
    problems: firstProblems.filter((problem) => flagged.some((paragraph) => namesParagraph(problem, paragraph.id))),
  });
  const retried = byId(flagged, second.value);
  const retriedProblems = check(flagged, retried);
  const count = (problems: string[], id: string) => problems.filter((problem) => namesParagraph(problem, id)).length;
  for (const [id, text] of retried) {
    // The second answer wins only where it is better: a paragraph the first left out, or fewer problems.
    if (!texts.has(id) || count(retriedProblems, id) < count(firstProblems, id)) texts.set(id, text);
  }

  const untranslated = paragraphs.filter((paragraph) => !texts.has(paragraph.id)).map((paragraph) => paragraph.id);
  for (const paragraph of paragraphs) if (!texts.has(paragraph.id)) texts.set(paragraph.id, paragraph.text);
  return {
    ...part,
    paragraphs: asTranslation(paragraphs, texts).paragraphs,
    untranslated,
    problems: check(paragraphs, texts),
    usage: addUsage(first.usage, second.usage),
  };
}

/** The model's paragraphs that belong to the chunk, the first answer for each id: extra or repeated ones are not shown. */
function byId(paragraphs: readonly Paragraph[], translation: Translation): Map<string, string> {
  const wanted = new Set(paragraphs.map((paragraph) => paragraph.id));
  const texts = new Map<string, string>();
  for (const { id, text } of translation.paragraphs) if (wanted.has(id) && !texts.has(id)) texts.set(id, text);
  return texts;
}

/** The paragraphs that have a text, in article order; the checks do not read the headline. */
function asTranslation(paragraphs: readonly Paragraph[], texts: ReadonlyMap<string, string>): Translation {
  return {
    headline: '',
    paragraphs: paragraphs.flatMap((paragraph) => {
      const text = texts.get(paragraph.id);
      return text === undefined ? [] : [{ id: paragraph.id, text }];
    }),
  };
}

const namesParagraph = (problem: string, id: string): boolean => new RegExp(`\\b${id}\\b`).test(problem);
