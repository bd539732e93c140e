import { z } from 'zod';

/**
 * The shape of every result a model (or the offline engine) gives back.
 * Each schema is the single source of its TypeScript type.
 */

const paragraphId = z.string().max(12).regex(/^P\d+$/, 'a paragraph id such as "P3"');

/**
 * The longest text a model may return in each field: a reply over a limit fails its schema and
 * gets the repair round, so no model can flood a Slack message (a 370,000-character headline
 * once went out as one section, and Slack refused it).
 */
export const MAX_CHARS = {
  headline: 150,
  /** A translated article headline: some languages take more words than the original's. */
  translatedHeadline: 300,
  lede: 500,
  point: 400,
  /** A verbatim quote, and its English rendering: a long paragraph of speech at most. */
  quote: 2000,
  name: 200,
  statement: 1000,
  /** One translated paragraph; the Slack side splits it into sections. */
  paragraph: 8000,
  /** An answer streams into the thread; this is one streamed message. */
  answer: 12_000,
} as const;

const text = (max: number) => z.string().min(1).max(max);

export const SummarySchema = z.object({
  headline: text(MAX_CHARS.headline),
  lede: text(MAX_CHARS.lede).describe('one sentence'),
  points: z.array(text(MAX_CHARS.point)).min(2).max(5),
});
export type Summary = z.infer<typeof SummarySchema>;

export const QuoteSchema = z.object({
  quote: text(MAX_CHARS.quote).describe('verbatim text from the article, without the quote marks'),
  speaker: z.string().max(MAX_CHARS.name).nullable().describe('as named in the article, full name where given'),
  role: z.string().max(MAX_CHARS.name).nullable().describe('role or organisation when the article states it'),
  paragraph: paragraphId,
  kind: z.enum(['full', 'partial']).describe('partial: a quoted fragment inside a sentence'),
  translation: z.string().max(MAX_CHARS.quote).nullable().describe('English rendering when the article is not in English'),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ParaphraseSchema = z.object({
  speaker: z.string().max(MAX_CHARS.name),
  statement: text(MAX_CHARS.statement).describe('indirect speech, never shown in quote marks'),
  paragraph: paragraphId,
});
export type Paraphrase = z.infer<typeof ParaphraseSchema>;

export const QuoteListSchema = z.object({
  quotes: z.array(QuoteSchema),
  paraphrases: z.array(ParaphraseSchema),
});
export type QuoteList = z.infer<typeof QuoteListSchema>;

export const TranslatedParagraphSchema = z.object({ id: paragraphId, text: text(MAX_CHARS.paragraph) });

export const TranslationSchema = z.object({
  headline: text(MAX_CHARS.translatedHeadline),
  paragraphs: z.array(TranslatedParagraphSchema),
});
export type Translation = z.infer<typeof TranslationSchema>;

export const AnswerSchema = z.object({
  answer: text(MAX_CHARS.answer),
  found: z.boolean().describe('false when the article does not answer the question'),
  citations: z.array(paragraphId),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const HeadlineOptionsSchema = z.object({
  headlines: z.array(text(120)).min(3).max(5).describe('distinct headlines, most newsworthy first'),
});
export type HeadlineOptions = z.infer<typeof HeadlineOptionsSchema>;

/** The longest post X/Twitter takes; the schema rejects a longer one, which costs a repair round. */
export const SOCIAL_POST_LIMIT = 280;

export const SocialPostSchema = z.object({
  post: text(SOCIAL_POST_LIMIT).describe(`at most ${SOCIAL_POST_LIMIT} characters, hashtags and link included`),
});
export type SocialPost = z.infer<typeof SocialPostSchema>;
