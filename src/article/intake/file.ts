import path from 'node:path';
import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { describeBytes } from './byte-size.js';
import type { DocumentFormat, ReadingTask } from './read-document.js';
import { readInWorker } from './reading-pool.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const KIND_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

const KIND_BY_MIMETYPE: Record<string, DocumentFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

const SUPPORTED = '.txt, .md, .html, .pdf or .docx';

/** The file's kind by its name, else by its type; refuses the kinds Newsdesk cannot read. */
function fileKind(file: { name: string; mimetype?: string }): DocumentFormat {
  const extension = path.extname(file.name).toLowerCase();
  const mimetype = file.mimetype?.split(';')[0]?.trim().toLowerCase() ?? '';
  const kind = KIND_BY_EXTENSION[extension] ?? KIND_BY_MIMETYPE[mimetype];
  if (kind) return kind;
  const what = extension ? `${extension} files` : `files of type ${mimetype || 'unknown'}`;
  throw new NewsroomError(`Newsdesk cannot read ${what}. Send the article as ${SUPPORTED}, or paste the text.`);
}

/**
 * Refuses a file Newsdesk will not read, by what Slack says of it before it is downloaded:
 * its type, and a size that is zero or over MAX_FILE_BYTES.
 */
export function assertReadableFile(file: { name: string; mimetype?: string; size: number }): void {
  fileKind(file);
  if (file.size === 0) throw new NewsroomError(`${file.name} is empty. Send the file with the article in it, or paste the text.`);
  if (file.size > MAX_FILE_BYTES) {
    throw new NewsroomError(
      `${file.name} is ${describeBytes(file.size)}; Newsdesk reads files up to ${describeBytes(MAX_FILE_BYTES)}. Send a smaller file or paste the article text.`,
    );
  }
}

/** What reads a document's task: the reading pool, unless the caller says otherwise. */
export type DocumentReader = (task: ReadingTask) => Promise<Article>;

/** The article in an uploaded .txt, .md, .html, .pdf or .docx file, read in the reading pool (or by `read`). */
export async function articleFromFile(file: { name: string; mimetype?: string; bytes: Buffer }, read: DocumentReader = readInWorker): Promise<Article> {
  assertReadableFile({ ...file, size: file.bytes.length });
  const source = { kind: 'file', fileName: file.name } satisfies ArticleSource;
  return read({ format: fileKind(file), bytes: file.bytes, source });
}
