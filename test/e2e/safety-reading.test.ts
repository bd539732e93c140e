import type { ServerResponse } from 'node:http';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyTo, timedSummarize } from '../support/acks.js';
import { russiaArticle } from '../support/fixtures.js';
import { listenOnLoopback } from '../support/http.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';

const TOO_LARGE = /too large or too complex to read/;

/** Documents that once froze the app: a page nested 2,000 deep, 890 KB of text on one line, a 1,000-page PDF. */
async function hostileDocuments() {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 1000; i++) pdf.addPage().drawText(`Page ${i + 1} of the annual report.`);
  const sentence = 'The council met again on Tuesday and voted on the harbour budget. ';
  const pages: Record<string, [string, string | Buffer]> = {
    '/nested.html': ['text/html', `<html><body>${'<div>'.repeat(2000)}<p>${sentence}</p>${'</div>'.repeat(2000)}</body></html>`],
    '/one-line.txt': ['text/plain', sentence.repeat(Math.ceil(890_000 / sentence.length))],
    '/report.pdf': ['application/pdf', Buffer.from(await pdf.save())],
  };
  return listenOnLoopback((req, res: ServerResponse) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': page?.[0] ?? 'text/plain' });
    res.end(page?.[1] ?? 'not found');
  });
}

describe('a link to a document too large or too complex to read', () => {
  let nd: RunningNewsdesk;
  let site: Awaited<ReturnType<typeof hostileDocuments>>;
  beforeAll(async () => {
    site = await hostileDocuments();
    nd = await startNewsdesk({ offline: true, env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
  });
  afterAll(async () => {
    await nd?.stop();
    await site?.close();
  });

  it.each([
    ['a page nested 2,000 deep', '/nested.html', /nested more than 256 deep/],
    ['890 KB of text on one line', '/one-line.txt', /longer than 200,000 characters/],
    ['a 1,000-page PDF', '/report.pdf', /it has 1000 pages; Newsdesk reads up to 200/],
  ])('%s: the journalist is told so, while another journalist is acked at once and answered', async (_what, path, why) => {
    const { responseUrl } = await nd.send.command('/summarize', `${site.origin}${path}`);
    // Give the reading a head start, as a second journalist would arrive while it runs.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const other = await timedSummarize(nd, russiaArticle());
    expect(other.status).toBe(200);
    expect(other.ackMs).toBeLessThan(1000);

    const refusal = await replyTo(nd, responseUrl);
    expect(refusal).toMatch(TOO_LARGE);
    expect(refusal).toMatch(why);
    await other.summary;
  });
});
