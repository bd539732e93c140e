import { parentPort, workerData } from 'node:worker_threads';
import { articleFromText } from '../article.js';
import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { runInBackground } from '../../background-thread.js';
import { decodeText } from './decode.js';
import { articleFromDocx } from './docx.js';
import { articleFromHtml } from './html.js';
import { loadHtmlReader, loadMammoth, loadPdfjs } from './libraries.js';
import { markdownText } from './markdown.js';
import { articleFromPdf } from './pdf.js';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** What a reader is asked to read: text already in hand (pasted), or a page's or file's bytes. */
export type ReadingTask =
  | { text: string; source: ArticleSource }
  | { format: DocumentFormat; bytes: Uint8Array; charset?: string; source: ArticleSource & { kind: 'url' | 'file' } };

/** Told to the pool as a worker takes up a task: the task's time budget runs from here, not from when it was queued. */
export interface ReadingStarted {
  readingStarted: number;
}

/** The article, or the message the journalist is to see: an error's class does not survive the thread boundary. */
export type ReadingOutcome = { article: Article } | { refusal: string };

/** What the pool tells each worker as it starts. */
export interface ReaderData {
  preloadParsers: boolean;
}

// Reading and grounding give way to the thread that acks Slack whenever both want a core.
runInBackground();

// A server's workers load the parsers as they start, so the first PDF, .docx or page does not wait for them.
if ((workerData as ReaderData | undefined)?.preloadParsers) void Promise.all([loadPdfjs(), loadMammoth(), loadHtmlReader()]).catch(() => {});

/**
 * The reading pool's worker (see reading-pool.ts): every parser and the cleanup run here, off
 * the thread that answers Slack.
 */
export default async function readDocument(task: ReadingTask & { id: number }): Promise<ReadingOutcome> {
  parentPort?.postMessage({ readingStarted: task.id } satisfies ReadingStarted);
  try {
    return { article: await articleOf(task) };
  } catch (error) {
    if (error instanceof NewsroomError) return { refusal: error.message };
    throw error;
  }
}

/** The article in a task, read in the calling thread: the pool's workers call it, and so may a one-off reader for plain text. */
export async function articleOf(task: ReadingTask): Promise<Article> {
  if ('text' in task) return articleFromText(task.text, task.source);
  // Bytes arrive as a plain Uint8Array; the zip and PDF readers want a Buffer over the same memory.
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const { charset, source } = task;
  switch (task.format) {
    case 'text':
      return articleFromText(decodeText(bytes, { charset }), source);
    case 'markdown':
      return articleFromText(markdownText(decodeText(bytes)), source);
    case 'html':
      return articleFromHtml(decodeText(bytes, { charset, html: true }), source);
    case 'pdf':
      return articleFromPdf(bytes, source);
    case 'docx':
      return articleFromDocx(bytes, source);
  }
}
