import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../article/article-types.js';
import { NewsroomError } from '../errors.js';
import { decodeText } from '../article/intake/decode.js';
import { articleFromFile } from '../article/intake/file.js';
import { articleOf, type ReadingTask } from '../article/intake/read-document.js';
import { readInWorker } from '../article/intake/reading-pool.js';
import { fetchArticle } from '../article/intake/url.js';

/** The article named on the command line: standard input for "-", a link when it is one, else a file. */
export async function readArticle(source: string, options: { allowPrivateUrls: boolean; stdin: NodeJS.ReadableStream }): Promise<Article> {
  if (source === '-') return readOneOff({ text: decodeText(await readAll(options.stdin)), source: { kind: 'text' } });
  if (/^https?:\/\//i.test(source)) return fetchArticle(source, { allowPrivate: options.allowPrivateUrls });
  return articleFromFile({ name: path.basename(source), bytes: await readSourceFile(source) }, readOneOff);
}

/**
 * Plain text and Markdown are read in this thread: no parser runs on them, their length is capped
 * (READING_LIMITS.articleChars), and starting a worker would be most of a command's time (about
 * 165 ms). Pages, PDFs and .docx still go to the reading pool, with its time budget and heap cap.
 */
function readOneOff(task: ReadingTask): Promise<Article> {
  const plain = 'text' in task || task.format === 'text' || task.format === 'markdown';
  return plain ? articleOf(task) : readInWorker(task);
}

async function readSourceFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : code;
    throw new NewsroomError(`Cannot read ${file}: ${why ?? 'unknown error'}.`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
