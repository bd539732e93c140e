import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { articleFromText } from '../article.js';
import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { loadPdfjs } from './libraries.js';
import { READING_LIMITS, textTooLong, TooLargeToReadError } from './reading-limits.js';

interface PdfLine {
  text: string;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
}

// A gap this much wider than the usual line spacing starts a new paragraph.
const PARAGRAPH_GAP_RATIO = 1.3;

/** The article in a PDF, file or link. */
export async function articleFromPdf(bytes: Uint8Array, source: ArticleSource): Promise<Article> {
  const text = await pdfText(bytes);
  if (!text.trim()) throw new NewsroomError('That PDF has no text in it (it may be a scanned image). Paste the article text instead.');
  return articleFromText(text, source);
}

/**
 * The text of a PDF with its paragraphs rebuilt from the layout: lines closer together than
 * the usual spacing are one paragraph (joined with spaces), a wider gap starts the next one.
 * Pages are joined with a line break, so a paragraph running over a page end stays whole.
 * A PDF with more pages than READING_LIMITS.pdfPages is refused before any page is read, and
 * reading stops once the text outgrows READING_LIMITS.articleChars.
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > READING_LIMITS.pdfPages) throw new TooLargeToReadError(`it has ${pdf.numPages} pages; Newsdesk reads up to ${READING_LIMITS.pdfPages}`);
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const lines = linesOf((await (await pdf.getPage(number)).getTextContent()).items);
      chars += lines.reduce((sum, line) => sum + line.text.length, 0);
      if (chars > READING_LIMITS.articleChars) throw textTooLong();
      pages.push(lines);
    }
    const spacing = usualLineSpacing(pages);
    return pages.map((lines) => paragraphsOf(lines, spacing)).join('\n');
  } catch (error) {
    if (error instanceof NewsroomError) throw error;
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new NewsroomError('That PDF is password-protected. Send it without the password, or paste the article text.');
    throw new NewsroomError('Newsdesk could not read that PDF; it may be damaged. Paste the article text instead.');
  } finally {
    await task.destroy();
  }
}

function linesOf(items: ReadonlyArray<object>): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const item of items as TextItem[]) {
    if (item.str) {
      const y = item.transform[5] as number;
      // A new baseline without an end-of-line marker still starts a new line.
      if (current && Math.abs(current.y - y) > item.height / 2) {
        lines.push(current);
        current = undefined;
      }
      current ??= { text: '', y };
      current.text += item.str;
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

function usualLineSpacing(pages: PdfLine[][]): number {
  const gaps = pages.flatMap((lines) => lines.slice(1).map((line, i) => lines[i]!.y - line.y)).filter((gap) => gap > 0);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

function paragraphsOf(lines: PdfLine[], spacing: number): string {
  return lines
    .map((line, i) => {
      const gap = i === 0 ? 0 : lines[i - 1]!.y - line.y;
      const separator = i === 0 ? '' : gap > spacing * PARAGRAPH_GAP_RATIO || gap < 0 ? '\n\n' : ' ';
      return separator + line.text.trim();
    })
    .join('');
}
