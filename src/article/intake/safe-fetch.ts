import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { NewsroomError } from '../../errors.js';
import type { AddressPolicy } from './address-policy.js';
import { describeBytes } from './byte-size.js';

export interface FetchLimits {
  /** One deadline for the whole exchange, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface FetchedResource {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  /** The Content-Type header as sent, "" when there is none. */
  contentType: string;
  body: Buffer;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  'user-agent': 'Mozilla/5.0 (compatible; Newsdesk/0.1; reads articles for a newsroom)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5',
};

/**
 * GET a URL a journalist shared without letting it reach inside our network. Each hop's host is
 * resolved, every address it resolves to must pass the policy, and the connection is pinned to
 * the address that was checked (the request's own DNS lookup answers with it), so a second,
 * different DNS answer cannot slip an internal address in. Redirects are followed by hand so
 * every hop gets the same check.
 */
export async function safeFetch(url: string, allowAddress: AddressPolicy, limits: FetchLimits): Promise<FetchedResource> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = webUrl(url);
  try {
    for (let redirects = 0; ; redirects++) {
      const address = await checkedAddress(current, allowAddress, redirects > 0);
      const response = await get(current, address, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.resume();
        if (redirects >= limits.maxRedirects) {
          throw new NewsroomError(`That link redirects more than ${limits.maxRedirects} times, so Newsdesk stopped following it. Paste the article text instead.`);
        }
        current = webUrl(new URL(location, current).href, 'redirect');
        continue;
      }
      const body = await readCapped(response, limits.maxBytes);
      signal.throwIfAborted();
      return { url: current.href, status, contentType: response.headers['content-type'] ?? '', body };
    }
  } catch (error) {
    if (signal.aborted) {
      throw new NewsroomError(`${current.host} did not answer within ${limits.timeoutMs / 1000} seconds. Try again later, or paste the article text instead.`);
    }
    if (error instanceof NewsroomError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new NewsroomError(`Newsdesk could not load ${current.host} (${code}). Check the link or try again later, or paste the article text instead.`);
  }
}

function webUrl(text: string, reachedBy?: 'redirect'): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new NewsroomError(`That does not look like a web link: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const what = reachedBy === 'redirect' ? `That link redirects to a ${url.protocol} address` : `That is a ${url.protocol} link`;
    throw new NewsroomError(`${what}; Newsdesk only opens http and https links. Paste the article text instead.`);
  }
  return url;
}

async function checkedAddress(url: URL, allowAddress: AddressPolicy, redirected: boolean): Promise<LookupAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: LookupAddress[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new NewsroomError(`Newsdesk could not find the site ${host}. Check the link, or paste the article text instead.`);
  }
  const refused = addresses.find(({ address }) => !allowAddress(address));
  if (refused) {
    const resolved = refused.address === host ? '' : ` (${refused.address})`;
    const what = redirected ? `That link redirects to ${host}${resolved}, a` : `${host}${resolved} is a`;
    throw new NewsroomError(`${what} private or internal network address, and Newsdesk does not open those. Paste the article text instead.`);
  }
  return addresses[0]!;
}

/** A DNS lookup that can only answer with the address already checked. */
function pinnedLookup({ address, family }: LookupAddress): LookupFunction {
  return (_hostname, options, callback) => (options.all ? callback(null, [{ address, family }]) : callback(null, address, family));
}

function get(url: URL, address: LookupAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { headers: REQUEST_HEADERS, signal, agent: false, lookup: pinnedLookup(address) }, resolve);
    request.on('error', reject);
    request.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => {
    response.destroy();
    return new NewsroomError(`That page is larger than ${describeBytes(maxBytes)}, more than Newsdesk reads. Paste the article text instead.`);
  };
  if (Number(response.headers['content-length']) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
