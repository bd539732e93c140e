import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { addressPolicy } from './address-policy.js';
import { charsetOf } from './decode.js';
import { readInWorker } from './reading-pool.js';
import { safeFetch, type FetchedResource } from './safe-fetch.js';

export interface FetchArticleOptions {
  /** Lets links reach loopback and private addresses: for local testing only (URL_FETCH_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;

/**
 * The article behind a link: a news page (its story and metadata), a plain-text page, or a
 * PDF, which is read like an uploaded PDF rather than refused. Anything else, and pages
 * without a story, get a message asking for the text. The page is fetched here and read in the
 * reading pool.
 */
export async function fetchArticle(url: string, options: FetchArticleOptions): Promise<Article> {
  const resource = await safeFetch(url, addressPolicy(options.allowPrivate), {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  });
  if (resource.status < 200 || resource.status >= 300) throw new NewsroomError(statusMessage(resource.status));
  const source = { kind: 'url', url } satisfies ArticleSource;
  const mediaType = resource.contentType.split(';')[0]!.trim().toLowerCase();
  const format = contentKind(mediaType, resource);
  if (format === 'other') throw new NewsroomError(`That link leads to a ${mediaType} file, not a news page. Paste the article text, or upload it as a file.`);
  return readInWorker({ format, bytes: resource.body, charset: charsetOf(resource.contentType), source });
}

function contentKind(mediaType: string, resource: FetchedResource): 'html' | 'text' | 'pdf' | 'other' {
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType === 'text/plain') return 'text';
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType && mediaType !== 'application/octet-stream') return 'other';
  // No useful type: look at the bytes, as browsers do.
  if (resource.body.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return /^\s*</.test(resource.body.subarray(0, 512).toString('latin1')) ? 'html' : 'text';
}

function statusMessage(status: number): string {
  if (status === 404 || status === 410) return `That page was not found (HTTP ${status}). Check the link, or paste the article text instead.`;
  if (status === 401 || status === 402 || status === 403) {
    return `The site would not show that page to Newsdesk (HTTP ${status}); it may be behind a paywall or a login. Paste the article text instead.`;
  }
  if (status === 429) return 'The site is turning away requests right now (HTTP 429). Try again in a few minutes, or paste the article text instead.';
  if (status >= 500) return `The site answered with an error (HTTP ${status}). Try again later, or paste the article text instead.`;
  return `The site answered HTTP ${status} instead of the page. Paste the article text instead.`;
}
