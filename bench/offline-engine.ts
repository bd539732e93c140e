import { articleFromText } from '../src/article/article.js';
import type { Article } from '../src/article/article-types.js';
import { extractQuotes } from '../src/engines/offline/quotes.js';
import { articleSentences } from '../src/engines/offline/sentences.js';
import { summarizeExtractive } from '../src/engines/offline/summarize.js';
import { terms } from '../src/engines/offline/terms.js';
import { fixture } from '../test/support/fixtures.js';
import { median, report } from './stats.js';

const RUNS = 15;

/**
 * The offline engine on a long article: about 10,000 words of 1961 American press reportage
 * (Brown Corpus samples A01–A05, untagged), 284 paragraphs. Each operation is timed against a
 * read-only pass over the same article (split into sentences, every sentence into stemmed terms),
 * the least any offline answer must do: the ratio is what the engine's analysis costs on top.
 */
export async function benchOfflineEngine(): Promise<void> {
  const article = articleFromText(fixture('long-article-en-press.txt'));
  const words = article.paragraphs.reduce((sum, p) => sum + p.text.split(/\s+/).length, 0);
  const baseline = timeMedian(() => articleSentences(article).map((sentence) => terms(sentence.text)));
  const line = (what: string, operation: (article: Article) => unknown) =>
    report({ name: `${what}, ${words} words, median of ${RUNS}`, value: timeMedian(() => operation(article)), baseline, unit: 'ms' });
  line('offline summary', summarizeExtractive);
  line('offline quotes', extractQuotes);
}

function timeMedian(operation: () => unknown): number {
  operation(); // warm-up: the first run pays for compiling the code, not for the article
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    operation();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
