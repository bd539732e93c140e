import type { Article } from '../../article/article-types.js';
import { SOCIAL_POST_LIMIT, type HeadlineOptions, type SocialPost } from '../schemas.js';

const HEADLINE_WORDS = 15;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const sentencesOf = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment.trim()).filter(Boolean);

/** "JAKARTA, KOMPAS.com - " and "KYIV (Reuters) — " open many ledes; a headline starts after them. */
const DATELINE = /^[\p{Lu}\d\s,.]+(?:\([^)]*\))?\s*[-–—]\s+/u;

function lede(article: Article): string {
  return article.paragraphs[0]!.text.replace(DATELINE, '');
}

/** Offline headline options: the article's own headline, then its lede's first sentence cut to headline length. */
export function extractiveHeadlines(article: Article): HeadlineOptions {
  const first = (sentencesOf(lede(article))[0] ?? lede(article)).replace(/[.!?]+$/, '');
  const words = first.split(/\s+/);
  const fromLede = words.length <= HEADLINE_WORDS ? first : `${words.slice(0, HEADLINE_WORDS).join(' ')}…`;
  return { headlines: [...new Set([article.headline, fromLede])] };
}

/** Offline social post: the lede's whole sentences that fit the limit (the first one shortened only when it alone is too long). */
export function extractiveSocialPost(article: Article): SocialPost {
  let post = '';
  for (const sentence of sentencesOf(lede(article))) {
    const joined = post ? `${post} ${sentence}` : sentence;
    if (joined.length > SOCIAL_POST_LIMIT) break;
    post = joined;
  }
  if (post) return { post };
  const cut = lede(article).slice(0, SOCIAL_POST_LIMIT - 1);
  return { post: `${cut.slice(0, cut.lastIndexOf(' '))}…` };
}
