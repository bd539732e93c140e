/** A paragraph of the article with a stable id ("P1", "P2", …) that answers cite. */
export interface Paragraph {
  id: string;
  text: string;
}

/** Where an article came from; every field is optional because pasted text has none of them. */
export interface ArticleSource {
  kind: 'text' | 'url' | 'file';
  url?: string;
  canonicalUrl?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  fileName?: string;
}

/** One clean article: what every use-case (summary, quotes, translation, follow-ups) works on. */
export interface Article {
  /** Stable identity: a hash of the canonical URL, else of the normalised text. */
  id: string;
  headline: string;
  paragraphs: Paragraph[];
  /** ISO 639-1 code ("id", "en"), or "und" when it cannot be told. */
  language: string;
  source: ArticleSource;
  /** Notes to colleagues pasted above the story ("FYI", "filed this copy:", an embargo line): kept for the policy, never summarised. */
  notes?: string[];
}
