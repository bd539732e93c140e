import type { Article } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { countTokens } from '../tokens.js';

/**
 * The article cut to the first paragraphs that fit in maxTokens (headline included), with a
 * note saying so for the journalist. maxTokens is the article's share of the prompt: callers
 * keep room for instructions and paragraph labels themselves.
 */
export function fitToBudget(article: Article, maxTokens: number): { article: Article; note?: string } {
  if (utf8Bytes(article) <= maxTokens) return { article };
  let remaining = maxTokens - countTokens(article.headline);
  let kept = 0;
  for (const paragraph of article.paragraphs) {
    remaining -= countTokens(paragraph.text);
    if (remaining < 0) break;
    kept++;
  }
  const total = article.paragraphs.length;
  if (kept === total) return { article };
  if (kept === 0) {
    throw new NewsroomError('This article is too long for Newsdesk to read at once, even its first paragraph. Paste a shorter part of it.');
  }
  return {
    article: { ...article, paragraphs: article.paragraphs.slice(0, kept) },
    note: `This article is long: Newsdesk used its first ${kept} of ${total} paragraphs.`,
  };
}

/**
 * Every token stands for at least one byte of UTF-8, so an article of no more bytes than the
 * budget fits without tokenizing it (most do: tokenizing costs the acking thread a millisecond or more).
 */
function utf8Bytes(article: Article): number {
  return article.paragraphs.reduce((bytes, paragraph) => bytes + Buffer.byteLength(paragraph.text), Buffer.byteLength(article.headline));
}
