import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '../../../../src/article/article.js';
import { NewsroomError } from '../../../../src/errors.js';
import { fetchArticle } from '../../../../src/article/intake/url.js';
import { russiaArticle } from '../../../support/fixtures.js';
import { newsSitePaths as paths, startNewsSite } from '../../../support/news-site.js';

const HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
const storyParagraphs = articleFromText(russiaArticle()).paragraphs.map((p) => p.text);
const NO_STORY = /could not find a story on that page.*Paste the article text/;

let site: Awaited<ReturnType<typeof startNewsSite>>;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

const local = (path: string) => fetchArticle(site.url + path, { allowPrivate: true });

async function refusal(fetching: Promise<unknown>): Promise<string> {
  const error = await fetching.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(NewsroomError);
  return (error as Error).message;
}

describe('fetchArticle on a realistic Indonesian news page', () => {
  it('yields the headline and the story paragraphs, without the page furniture', async () => {
    const article = await local(paths.indonesianStory);
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs.map((p) => p.text)).toEqual([`Jakarta - ${storyParagraphs[0]}`, ...storyParagraphs.slice(1)]);
    expect(article.language).toBe('id');
  });

  it('keeps the page metadata: byline, site, published time and canonical URL', async () => {
    const { source } = await local(paths.indonesianStory);
    expect(source).toMatchObject({
      kind: 'url',
      url: site.url + paths.indonesianStory,
      byline: 'Nadia Putri',
      siteName: 'Kabar Nusantara',
      publishedTime: '2022-02-15T06:12:00+07:00',
      canonicalUrl: 'https://www.kabarnusantara.example/internasional/d-5943210/rusia-siap-lanjutkan-upaya-diplomasi-terkait-krisis-ukraina',
    });
  });

  it('reads a site by host name, connecting to the address it checked', async () => {
    const article = await fetchArticle(site.url.replace('127.0.0.1', 'localhost') + paths.indonesianStory, { allowPrivate: true });
    expect(article.headline).toBe(HEADLINE);
  });

  it('follows a redirect to the story, which keeps its identity (the canonical URL)', async () => {
    const direct = await local(paths.indonesianStory);
    const redirected = await local(paths.redirectToIndonesianStory);
    expect(redirected.headline).toBe(HEADLINE);
    expect(redirected.id).toBe(direct.id);
  });
});

describe('fetchArticle on an English news page', () => {
  it('yields the story without ads, newsletter prompts and related links', async () => {
    const article = await local(paths.englishStory);
    expect(article.headline).toBe('Port strike enters third day as wage talks stall');
    expect(article.source.byline).toBe('Renée Okafor');
    expect(article.language).toBe('en');
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs[0]!.text).toMatch(/^Dockworkers at the Port of Eastmere/);
    const text = article.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/Advertisement|Sign up|Read more|Photo:/);
  });

  it('decodes a page whose charset only its <meta> tag declares', async () => {
    const utf8 = await local(paths.englishStory);
    const latin1 = await local(paths.englishStoryLatin1);
    expect(latin1.source.byline).toBe('Renée Okafor');
    expect(latin1.paragraphs).toEqual(utf8.paragraphs);
  });
});

describe('fetchArticle on other content', () => {
  it('reads a PDF link like an uploaded PDF', async () => {
    const article = await local(paths.pdfStory);
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs.map((p) => p.text)).toEqual(storyParagraphs);
  });

  it('reads a plain-text page with the same cleanup as pasted text', async () => {
    const article = await local(paths.plainTextStory);
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs.map((p) => p.text)).toEqual(storyParagraphs);
  });

  it('asks for the text when the page has no story: script-only app, paywall, 404', async () => {
    expect(await refusal(local(paths.scriptOnly))).toMatch(NO_STORY);
    expect(await refusal(local(paths.paywalled))).toMatch(NO_STORY);
    expect(await refusal(local(paths.notFound))).toMatch(/not found \(HTTP 404\).*paste the article text/);
  });

  it('names the kind of file a link leads to when it is not a page', async () => {
    expect(await refusal(local(paths.json))).toMatch(/application\/json file, not a news page/);
  });
});

describe('fetchArticle refuses internal addresses', () => {
  it('refuses the local site without URL_FETCH_ALLOW_PRIVATE, by IP and by name', async () => {
    const byIp = await refusal(fetchArticle(site.url + paths.indonesianStory, { allowPrivate: false }));
    expect(byIp).toMatch(/127\.0\.0\.1 is a private or internal network address.*Paste the article text/);
    const byName = await refusal(fetchArticle(site.url.replace('127.0.0.1', 'localhost') + paths.indonesianStory, { allowPrivate: false }));
    expect(byName).toMatch(/^localhost \(127\.0\.0\.1\) is a private or internal network address/);
  });

  it('checks the address again after a redirect: cloud metadata stays refused even for local testing', async () => {
    expect(await refusal(local(paths.redirectToCloudMetadata))).toMatch(/redirects to 169\.254\.169\.254, a private or internal network address/);
  });

  it('refuses links that are not http(s)', async () => {
    expect(await refusal(fetchArticle('file:///etc/passwd', { allowPrivate: true }))).toMatch(/only opens http and https links/);
  });
});

describe('fetchArticle limits', () => {
  it('stops following a redirect loop', async () => {
    expect(await refusal(local(paths.redirectLoop))).toMatch(/redirects more than 5 times/);
  });

  it('refuses a page larger than the size cap', async () => {
    const message = await refusal(fetchArticle(site.url + paths.indonesianStory, { allowPrivate: true, maxBytes: 4096 }));
    expect(message).toMatch(/larger than 4 KB/);
  });

  it('gives up on a site that never answers', async () => {
    const message = await refusal(fetchArticle(site.url + paths.neverAnswers, { allowPrivate: true, timeoutMs: 300 }));
    expect(message).toMatch(/did not answer within 0\.3 seconds/);
  });

  it('says when the site does not exist', async () => {
    expect(await refusal(fetchArticle('https://no-such-newsroom.invalid/story', { allowPrivate: false }))).toMatch(
      /could not find the site no-such-newsroom\.invalid/,
    );
  });
});
