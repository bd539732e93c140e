import { articleFromText } from '../article.js';
import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { loadMammoth } from './libraries.js';

/** The article in a Word document; mammoth gives one paragraph per blank-line-separated block. */
export async function articleFromDocx(bytes: Buffer, source: ArticleSource): Promise<Article> {
  const mammoth = await loadMammoth();
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch {
    throw new NewsroomError('Newsdesk could not read that Word file; it may be damaged or not really a .docx. Paste the article text instead.');
  }
  return articleFromText(text, source);
}
