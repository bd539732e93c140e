import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFetch } from '../../../../src/article/intake/safe-fetch.js';
import { newsSitePaths as paths, PRIVATE_REDIRECT_TARGET, startNewsSite } from '../../../support/news-site.js';

const limits = { timeoutMs: 5000, maxBytes: 1024 * 1024, maxRedirects: 5 };
// Stands in for a public address: only the news site's own address passes.
const onlyTheNewsSite = (address: string) => address === '127.0.0.1';

let site: Awaited<ReturnType<typeof startNewsSite>>;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

describe('safeFetch', () => {
  it('checks every hop: a redirect to a private address is refused before connecting', async () => {
    const fetching = safeFetch(site.url + paths.redirectToPrivateAddress, onlyTheNewsSite, limits);
    await expect(fetching).rejects.toThrow(`That link redirects to ${new URL(PRIVATE_REDIRECT_TARGET).hostname}, a private or internal network address`);
  });

  it('returns the final URL, status, type and body after redirects it allows', async () => {
    const page = await safeFetch(site.url + paths.redirectToIndonesianStory, onlyTheNewsSite, limits);
    expect(page.url).toBe(site.url + paths.indonesianStory);
    expect(page.status).toBe(200);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.body.toString('utf8')).toContain('<h1 class="detail__title">');
  });

  it('hands back an error status for the caller to explain', async () => {
    const page = await safeFetch(site.url + paths.notFound, onlyTheNewsSite, limits);
    expect(page.status).toBe(404);
  });
});
