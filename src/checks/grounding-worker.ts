import type { Article } from '../article/article-types.js';
import { ungroundedTerms } from './grounding.js';

/** A grounding check sent to the worker pool: one article, the texts to check against it. */
export interface GroundingTask {
  article: Article;
  texts: string[];
}

/** The worker pool's grounding job (see off-thread-grounding.ts): each text's ungrounded terms, in order. */
export default function checkGrounding({ article, texts }: GroundingTask): string[][] {
  return texts.map((text) => ungroundedTerms(article, text));
}
