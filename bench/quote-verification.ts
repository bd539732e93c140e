import Keyv from 'keyv';
import { articleFromText } from '../src/article/article.js';
import type { EngineLabel } from '../src/engines/engine.js';
import { findQuotes } from '../src/quotes/quotes.js';
import { OfflineEngine } from '../src/engines/offline/engine.js';
import { ThreadStore } from '../src/store/threads.js';
import { russiaArticle } from '../test/support/fixtures.js';
import { median, report } from './stats.js';

const RUNS = 200;

/** A model that answers at once with the article's real quotes, so only Newsdesk's own work is timed. */
class InstantModel extends OfflineEngine {
  override readonly label: EngineLabel = { kind: 'llm', model: 'instant' };
}

/**
 * The cost of showing only verified quotes: findQuotes (verify every quote, merge the rule-based
 * extractor's, group by speaker, store) against taking the model's list as it comes and storing it.
 */
export async function benchQuoteVerification(): Promise<void> {
  const article = articleFromText(russiaArticle());
  const model = new InstantModel();
  const verified: number[] = [];
  const unverified: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh store each run, so no run is answered from the cache.
    let start = performance.now();
    await findQuotes({ engine: model, offline: new OfflineEngine(), threads: new ThreadStore(new Keyv()) }, 'T1', article);
    verified.push(performance.now() - start);

    start = performance.now();
    const raw = await model.quotes(article);
    await new ThreadStore(new Keyv()).saveResult('T1', article.id, 'quotes', raw.value);
    unverified.push(performance.now() - start);
  }
  report({ name: 'quote look-up, instant model: verified vs as given, median', value: median(verified), baseline: median(unverified), unit: 'ms' });
}
