import { articleFromText } from '../article.js';
import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { loadMammoth } from './libraries.js';
import { READING_LIMITS } from './reading-limits.js';
import { assertZipWithinBounds } from './zip-bounds.js';

/**
 * The article in a Word document; mammoth gives one paragraph per blank-line-separated block.
 * The zip is checked against READING_LIMITS.docxInflatedBytes before mammoth unpacks it.
 */
export async function articleFromDocx(bytes: Buffer, source: ArticleSource): Promise<Article> {
  const mammoth = await loadMammoth();
  let text: string;
  try {
    await assertZipWithinBounds(bytes, READING_LIMITS.docxInflatedBytes);
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    if (error instanceof NewsroomError) throw error;
    throw new NewsroomError('Newsdesk could not read that Word file; it may be damaged or not really a .docx. Paste the article text instead.');
  }
  return articleFromText(text, source);
}
