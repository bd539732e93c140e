import type { Article } from '../../article/article-types.js';
import { headlineFromSentence } from '../../article/headline.js';
import { SOCIAL_POST_LIMIT, type HeadlineOptions, type SocialPost } from '../schemas.js';
import { extractQuotes } from './quotes.js';
import { summarizeExtractive } from './summarize.js';

const HEADLINE_WORDS = 15;
const MAX_OPTIONS = 5;
const MIN_OPTIONS = 3;
/** A quote short enough to stand in a headline after its speaker's name. */
const HEADLINE_QUOTE_WORDS = 10;

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The article's own headline, kept whole when it fits and otherwise cut where a phrase ends. */
function ownHeadline(article: Article): string {
  return headlineFromSentence(article.headline, HEADLINE_WORDS) ?? article.headline.split(/\s+/).slice(0, HEADLINE_WORDS).join(' ');
}

/**
 * Offline headline options, 3 to 5, each at most 15 words and never cut mid-phrase: the article's own headline
 * first, then the lede and the summary's points made headlines, then a short quote after its speaker's name,
 * then tighter cuts of the same sentences when the story offers too few.
 */
export function extractiveHeadlines(article: Article): HeadlineOptions {
  const summary = summarizeExtractive(article, { length: 'long' });
  const quote = extractQuotes(article).quotes.find((q) => q.speaker && q.kind === 'full' && words(q.quote) <= HEADLINE_QUOTE_WORDS);
  const sentences = [summary.lede, ...summary.points];
  const candidates = [
    ownHeadline(article),
    ...sentences.map((s) => headlineFromSentence(s, HEADLINE_WORDS)),
    quote ? `${quote.speaker}: “${quote.quote.replace(/[,.]$/, '')}”` : null,
    ...sentences.map((s) => headlineFromSentence(s, 10)),
    ...sentences.map((s) => headlineFromSentence(s, 7)),
  ];
  const options: string[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate || options.length >= MAX_OPTIONS) continue;
    const k = key(candidate);
    if (seen.has(k) || [...seen].some((s) => s.startsWith(k) || k.startsWith(s))) continue;
    seen.add(k);
    options.push(candidate);
  }
  // A very short story: the headline's own shorter cuts keep the list at three.
  for (const size of [10, 7, 5]) {
    if (options.length >= MIN_OPTIONS) break;
    const cut = headlineFromSentence(article.headline, size);
    if (cut && !seen.has(key(cut))) {
      seen.add(key(cut));
      options.push(cut);
    }
  }
  return { headlines: options };
}

/**
 * Offline social post: the headline, then what the story adds beyond its lede (the key points, a speaker's
 * short quote), whole sentences only, within 280 characters.
 */
export function extractiveSocialPost(article: Article): SocialPost {
  const summary = summarizeExtractive(article);
  const quote = extractQuotes(article).quotes.find((q) => q.speaker && q.kind === 'full' && q.quote.length <= 140);
  const pieces = [
    ...summary.points,
    ...(quote ? [`${quote.speaker}: “${quote.quote.replace(/[,]$/, '')}”`] : []),
    summary.lede,
  ];
  let post = `${ownHeadline(article)}.`;
  for (const piece of pieces) {
    const joined = `${post} ${piece}`;
    if (joined.length <= SOCIAL_POST_LIMIT) post = joined;
  }
  if (post.length > SOCIAL_POST_LIMIT) {
    const cut = post.slice(0, SOCIAL_POST_LIMIT - 1);
    post = `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  }
  return { post };
}
