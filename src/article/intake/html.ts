import { articleFromText, UnusableTextError } from '../article.js';
import type { Article, ArticleSource } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import { loadHtmlReader } from './libraries.js';
import { assertHtmlWithinBounds } from './html-shape.js';

type HtmlSource = ArticleSource & { kind: 'url' | 'file' };

const NO_STORY: Record<HtmlSource['kind'], string> = {
  url: 'Newsdesk could not find a story on that page (it may be behind a paywall or need JavaScript). Paste the article text instead.',
  file: 'Newsdesk could not find a story in that HTML file. Paste the article text instead.',
};

/**
 * The story on a news page: Readability picks the article out of navigation, ads and sidebars
 * and reads the metadata (JSON-LD headline, author and date, og: tags); the story's block
 * elements become paragraphs, which then get the same cleanup as pasted text. A page nested
 * too deep or too big is refused before it is parsed.
 */
export async function articleFromHtml(html: string, source: HtmlSource): Promise<Article> {
  assertHtmlWithinBounds(html);
  const { Readability, parseHTML } = await loadHtmlReader();
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document as it goes.
  const canonicalUrl = canonicalUrlOf(document, source.url);
  const story = new Readability(document).parse();
  if (!story?.content) throw new NewsroomError(NO_STORY[source.kind]);
  try {
    return articleFromText(blockText(parseHTML(`<!doctype html><html><body>${story.content}</body></html>`).document.body), {
      ...source,
      canonicalUrl,
      title: story.title?.trim() || undefined,
      byline: story.byline?.trim() || undefined,
      siteName: story.siteName?.trim() || undefined,
      publishedTime: story.publishedTime?.trim() || undefined,
    });
  } catch (error) {
    if (error instanceof UnusableTextError && error.reason !== 'not-prose') throw new NewsroomError(NO_STORY[source.kind]);
    throw error;
  }
}

function canonicalUrlOf(document: Document, pageUrl: string | undefined): string | undefined {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const url = candidate ? webUrl(candidate.trim(), pageUrl) : undefined;
    if (url) return url;
  }
  return undefined;
}

function webUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
// Captions and credits are not the story; the rest never holds readable text.
const SKIPPED_ELEMENTS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BUTTON', 'FORM', 'SVG']);

/** Text of an element with a blank line between block elements and a line break for <br>, as a browser lays it out. */
function blockText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === child.TEXT_NODE) parts.push((child.textContent ?? '').replace(/\s+/g, ' '));
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_ELEMENTS.has(tag)) continue;
      if (tag === 'BR') parts.push('\n');
      const isBlock = BLOCK_ELEMENTS.has(tag);
      if (isBlock) parts.push('\n\n');
      visit(child);
      if (isBlock) parts.push('\n\n');
    }
  };
  visit(root);
  return parts.join('');
}
