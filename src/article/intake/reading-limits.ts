import { NewsroomError } from '../../errors.js';

/**
 * How much of a document Newsdesk reads. Each bound is checked before the step it protects,
 * so a hostile or broken document is refused in milliseconds instead of holding a reader for
 * minutes. The longest real stories are far inside them.
 */
export const READING_LIMITS = {
  /** Text handed to cleanup: about 30,000 words, longer than any news story. */
  articleChars: 200_000,
  /** Element nesting in a page: real pages stay under 60; parsing cost grows steeply with depth. */
  htmlDepth: 256,
  /** Elements in a page: heavy news pages have about 10,000. */
  htmlElements: 30_000,
  pdfPages: 200,
  /** Everything in a .docx zip once inflated; a real document is a few megabytes. */
  docxInflatedBytes: 64 * 1024 * 1024,
  /** One document's reading, from when a worker takes it up. */
  timeBudgetMs: 15_000,
  /** The heap of the worker that reads documents. */
  workerHeapMb: 256,
} as const;

/** A document past one of the bounds: the journalist is told so, and what to send instead. */
export class TooLargeToReadError extends NewsroomError {
  constructor(why: string) {
    super(`This document is too large or too complex to read (${why}). Paste the part of the article you need, or send a shorter file.`);
    this.name = 'TooLargeToReadError';
  }
}

export function textTooLong(): TooLargeToReadError {
  return new TooLargeToReadError(`its text is longer than ${READING_LIMITS.articleChars.toLocaleString('en')} characters`);
}
