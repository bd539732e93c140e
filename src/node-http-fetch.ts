import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { afterReadyRequests } from './request-first.js';
import { wholeResponse } from './whole-response.js';

/**
 * The fetch the openai client calls the model with, and Bolt and its Web API client call Slack
 * with: node's own http(s) with kept-alive connections, the reply read whole into a `Response`.
 * Node's built-in fetch (undici, web streams) was about a sixth of the acking thread's CPU in the
 * burst bench's profile; node:http does the same request for about half the CPU, and no fetch
 * library measured lower (node-fetch as much as the built-in). The replies are JSON read whole, so
 * nothing here streams (see whole-response.ts). Requests of other shapes (a form or stream body, a
 * redirect) go to the built-in.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/**
 * A connection silent this long is given up, as the built-in fetch gives up (its headers and body
 * timeouts): a caller without a deadline of its own (the Web API client has none by default) must
 * not wait for ever on a server that stopped answering.
 */
const SILENCE_MS = 300_000;

/** Statuses whose Response may not have a body. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

export const nodeHttpFetch = fetchOverNodeHttp(SILENCE_MS);

/** The fetch above, giving up a connection silent for `silenceMs`. */
export function fetchOverNodeHttp(silenceMs: number): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return (input, init = {}) => send(input, init, silenceMs);
}

function send(input: string | URL | Request, init: RequestInit, silenceMs: number): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = init.body;
  const sendable = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
  if (input instanceof Request || !sendable || !(url.protocol in agents)) return fetch(input, init);
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(abortError(signal));

  return new Promise<Response>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers)),
      agent: agents[url.protocol as keyof typeof agents],
    });
    request.setTimeout(silenceMs, () => request.destroy(new Error(`${url.origin} sent nothing for ${silenceMs / 1000} s`)));
    const onAbort = () => request.destroy(abortError(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal?.removeEventListener('abort', onAbort);
    request.once('error', (error) => {
      settle();
      reject(error);
    });
    request.once('response', (reply) => {
      const status = reply.statusCode ?? 0;
      if (status >= 300 && status < 400 && reply.headers.location) {
        // A redirect is followed the way fetch follows it.
        reply.resume();
        settle();
        resolve(fetch(input, init));
        return;
      }
      const chunks: Buffer[] = [];
      const failed = (error: Error) => {
        settle();
        reject(error);
      };
      const decoded = decode(reply, reply.headers['content-encoding']);
      // An abort or a reset mid-body fails the reply, not the decompressor it is piped into.
      reply.once('error', failed);
      if (decoded !== reply) decoded.once('error', failed);
      decoded.on('data', (chunk: Buffer) => chunks.push(chunk));
      decoded.once('end', () => {
        settle();
        const headers = new Headers();
        for (const [name, value] of Object.entries(reply.headers)) {
          if (name === 'content-encoding' || name === 'content-length' || value === undefined) continue;
          for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each);
        }
        const response = wholeResponse(NO_BODY.has(status) ? null : Buffer.concat(chunks), { status, statusText: reply.statusMessage, headers });
        void afterReadyRequests().then(() => resolve(response));
      });
    });
    request.end(body ?? undefined);
  });
}

/** The reply's body as it was before the server compressed it (fetch does the same). */
function decode(reply: http.IncomingMessage, encoding: string | undefined): Readable {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return reply.pipe(createGunzip());
    case 'deflate':
      return reply.pipe(createInflate());
    case 'br':
      return reply.pipe(createBrotliDecompress());
    default:
      return reply;
  }
}

/** What fetch rejects with when its signal aborts: the signal's reason, or an AbortError. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}
