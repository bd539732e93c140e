import type { IncomingMessage, ServerResponse } from 'node:http';
import { makePdf } from './documents.js';
import { fixture, russiaArticle } from './fixtures.js';
import { listenOnLoopback } from './http.js';

/** What the local news site serves, by path. */
export const newsSitePaths = {
  /** Indonesian story page: nav, ads, "Baca juga" blocks, scripts, JSON-LD, og tags, canonical link. */
  indonesianStory: '/internasional/d-5943210/rusia-siap-lanjutkan-upaya-diplomasi-terkait-krisis-ukraina',
  /** English story page, UTF-8 declared in the Content-Type header. */
  englishStory: '/business/2024/03/14/port-strike-third-day-wage-talks-stall',
  /** The same English page in ISO-8859-1, declared only by its <meta charset>. */
  englishStoryLatin1: '/legacy/port-strike-third-day-wage-talks-stall.html',
  /** The raw Indonesian scrape (body twice around the headline) as text/plain. */
  plainTextStory: '/wire/rusia-diplomasi.txt',
  /** A PDF of the Indonesian story: headline, then its 8 paragraphs. */
  pdfStory: '/files/rusia-diplomasi.pdf',
  redirectToIndonesianStory: '/s/rusia',
  redirectToPrivateAddress: '/s/intranet',
  redirectToCloudMetadata: '/s/metadata',
  redirectLoop: '/s/loop',
  notFound: '/berita/tidak-ada',
  scriptOnly: '/app',
  paywalled: '/premium/inside-the-shipyard-deal',
  json: '/api/story.json',
  /** Accepts the request and never answers. */
  neverAnswers: '/slow',
} as const;

export const PRIVATE_REDIRECT_TARGET = 'http://10.20.30.40/admin';
export const CLOUD_METADATA_REDIRECT_TARGET = 'http://169.254.169.254/latest/meta-data/';

/** A tiny news site on 127.0.0.1 at a random port, serving realistic pages and the awkward cases. */
export async function startNewsSite(): Promise<{ url: string; close(): Promise<void> }> {
  const scrape = russiaArticle();
  const scrapeLines = scrape.split('\n');
  const pdf = await makePdf([scrapeLines[8]!, ...scrapeLines.slice(0, 8)]);
  const englishPage = fixture('pages/en-port-strike.html');
  const p = newsSitePaths;

  const send = (res: ServerResponse, status: number, contentType: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
  const redirect = (res: ServerResponse, status: number, location: string) => {
    res.writeHead(status, { location });
    res.end();
  };

  const routes: Record<string, (res: ServerResponse) => void> = {
    [p.indonesianStory]: (res) => send(res, 200, 'text/html; charset=utf-8', fixture('pages/id-rusia-diplomasi.html')),
    [p.englishStory]: (res) => send(res, 200, 'text/html; charset=utf-8', englishPage),
    [p.englishStoryLatin1]: (res) =>
      send(res, 200, 'text/html', Buffer.from(englishPage.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">'), 'latin1')),
    [p.plainTextStory]: (res) => send(res, 200, 'text/plain; charset=utf-8', scrape),
    [p.pdfStory]: (res) => send(res, 200, 'application/pdf', pdf),
    [p.redirectToIndonesianStory]: (res) => redirect(res, 301, p.indonesianStory),
    [p.redirectToPrivateAddress]: (res) => redirect(res, 302, PRIVATE_REDIRECT_TARGET),
    [p.redirectToCloudMetadata]: (res) => redirect(res, 302, CLOUD_METADATA_REDIRECT_TARGET),
    [p.redirectLoop]: (res) => redirect(res, 302, p.redirectLoop),
    [p.notFound]: (res) => send(res, 404, 'text/html; charset=utf-8', fixture('pages/not-found.html')),
    [p.scriptOnly]: (res) => send(res, 200, 'text/html; charset=utf-8', fixture('pages/app-shell.html')),
    [p.paywalled]: (res) => send(res, 200, 'text/html; charset=utf-8', fixture('pages/paywall.html')),
    [p.json]: (res) => send(res, 200, 'application/json', JSON.stringify({ headline: 'Port strike enters third day' })),
    [p.neverAnswers]: () => {},
  };

  const site = await listenOnLoopback((req: IncomingMessage, res: ServerResponse) => {
    const route = routes[new URL(req.url ?? '/', 'http://news.site').pathname];
    if (route) route(res);
    else send(res, 404, 'text/html; charset=utf-8', fixture('pages/not-found.html'));
  });
  return { url: site.origin, close: site.close };
}
