import { z } from 'zod';

/**
 * The shape of every result a model (or the offline engine) gives back.
 * Each schema is the single source of its TypeScript type.
 */

const paragraphId = z.string().regex(/^P\d+$/, 'a paragraph id such as "P3"');

export const SummarySchema = z.object({
  headline: z.string().min(1),
  lede: z.string().min(1).describe('one sentence'),
  points: z.array(z.string().min(1)).min(3).max(5),
});
export type Summary = z.infer<typeof SummarySchema>;

export const QuoteSchema = z.object({
  quote: z.string().min(1).describe('verbatim text from the article, without the quote marks'),
  speaker: z.string().nullable().describe('as named in the article, full name where given'),
  role: z.string().nullable().describe('role or organisation when the article states it'),
  paragraph: paragraphId,
  kind: z.enum(['full', 'partial']).describe('partial: a quoted fragment inside a sentence'),
  translation: z.string().nullable().describe('English rendering when the article is not in English'),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ParaphraseSchema = z.object({
  speaker: z.string(),
  statement: z.string().min(1).describe('indirect speech, never shown in quote marks'),
  paragraph: paragraphId,
});
export type Paraphrase = z.infer<typeof ParaphraseSchema>;

export const QuoteListSchema = z.object({
  quotes: z.array(QuoteSchema),
  paraphrases: z.array(ParaphraseSchema),
});
export type QuoteList = z.infer<typeof QuoteListSchema>;

export const TranslatedParagraphSchema = z.object({ id: paragraphId, text: z.string().min(1) });

export const TranslationSchema = z.object({
  headline: z.string().min(1),
  paragraphs: z.array(TranslatedParagraphSchema),
});
export type Translation = z.infer<typeof TranslationSchema>;

export const AnswerSchema = z.object({
  answer: z.string().min(1),
  found: z.boolean().describe('false when the article does not answer the question'),
  citations: z.array(paragraphId),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const HeadlineOptionsSchema = z.object({
  headlines: z.array(z.string().min(1).max(120)).min(3).max(5).describe('distinct headlines, most newsworthy first'),
});
export type HeadlineOptions = z.infer<typeof HeadlineOptionsSchema>;

/** The longest post X/Twitter takes; the schema rejects a longer one, which costs a repair round. */
export const SOCIAL_POST_LIMIT = 280;

export const SocialPostSchema = z.object({
  post: z.string().min(1).max(SOCIAL_POST_LIMIT).describe(`at most ${SOCIAL_POST_LIMIT} characters, hashtags and link included`),
});
export type SocialPost = z.infer<typeof SocialPostSchema>;
