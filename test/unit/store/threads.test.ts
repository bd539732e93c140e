import Keyv from 'keyv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { ThreadStore } from '../../../src/store/threads.js';
import { russiaArticle } from '../../support/fixtures.js';

/** A memory store that counts what is written under each kind of key (thread, article, …). */
class CountingMap extends Map<string, unknown> {
  readonly writes = new Map<string, number>();
  override set(key: string, value: unknown): this {
    const kind = key.replace(/^newsdesk:/, '').split(':')[0]!;
    this.writes.set(kind, (this.writes.get(kind) ?? 0) + 1);
    return super.set(key, value);
  }
}

const where = { teamId: 'T1', channelId: 'C1' };

describe('ThreadStore', () => {
  it('keeps an article once, by its id, however many threads and turns refer to it', async () => {
    const map = new CountingMap();
    const threads = new ThreadStore(new Keyv({ store: map, namespace: 'newsdesk' }));
    const article = articleFromText(russiaArticle());
    await threads.startThread({ ...where, threadTs: '1.1' }, article, undefined);
    await threads.startThread({ ...where, threadTs: '2.2' }, article, undefined);
    for (const question of ['Who?', 'Where?', 'When?']) {
      const context = (await threads.getThread({ ...where, threadTs: '1.1' }))!;
      await threads.saveThread({ ...where, threadTs: '1.1' }, { ...context, turns: [...context.turns, { question, answer: 'P1' }] });
    }

    expect(map.writes.get('article')).toBe(2);
    expect(map.writes.get('thread')).toBe(5);
    const holdingTheArticle = [...map].filter(([, value]) => String(value).includes(article.headline));
    expect(holdingTheArticle.map(([key]) => key)).toEqual([`newsdesk:article:T1:${article.id}`]);

    const first = await threads.getThread({ ...where, threadTs: '1.1' });
    expect(first?.article).toEqual(article);
    expect(first?.turns.map((turn) => turn.question)).toEqual(['Who?', 'Where?', 'When?']);
    expect((await threads.getThread({ ...where, threadTs: '2.2' }))?.article.id).toBe(article.id);
  });

  it('writes the article once for turns saved within the same millisecond as the thread began', async () => {
    const map = new CountingMap();
    const threads = new ThreadStore(new Keyv({ store: map, namespace: 'newsdesk' }));
    const article = articleFromText(russiaArticle());
    // A quick machine: every save reads the same clock.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(1_900_000_000_000);
    try {
      await threads.startThread({ ...where, threadTs: '4.4' }, article, undefined);
      for (const question of ['Who?', 'Where?']) {
        const context = (await threads.getThread({ ...where, threadTs: '4.4' }))!;
        await threads.saveThread({ ...where, threadTs: '4.4' }, { ...context, turns: [...context.turns, { question, answer: 'P1' }] });
      }
    } finally {
      clock.mockRestore();
    }
    expect(map.writes.get('article')).toBe(1);
  });

  it('reads a thread saved with its article inside, as stores written before kept them', async () => {
    const kv = new Keyv({ namespace: 'newsdesk' });
    const article = articleFromText(russiaArticle());
    await kv.set('thread:T1:C1:3.3', { article, turns: [{ question: 'Who?', answer: 'Lavrov' }], offlineReason: 'embargo' });
    const threads = new ThreadStore(kv);

    expect(await threads.getThread({ ...where, threadTs: '3.3' })).toMatchObject({ article, offlineReason: 'embargo', turns: [{ question: 'Who?' }] });
  });

  describe('over a month of follow-ups', () => {
    afterEach(() => vi.useRealTimers());

    it('keeps the article as long as the thread, when the thread is only ever updated turn by turn', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const day = 24 * 60 * 60 * 1000;
      const threads = new ThreadStore(new Keyv({ namespace: 'newsdesk' }));
      const ref = { ...where, threadTs: '4.4' };
      await threads.startThread(ref, articleFromText(russiaArticle()), undefined);
      // A question every other day for 40 days: the thread lives on; so must its article.
      for (let elapsed = 2; elapsed <= 40; elapsed += 2) {
        vi.setSystemTime(Date.now() + 2 * day);
        const context = await threads.getThread(ref);
        expect(context, `day ${elapsed}`).toBeDefined();
        await threads.updateThread(ref, context!, (current) => ({ ...current, turns: [...current.turns, { question: `Day ${elapsed}?`, answer: 'P1' }] }));
      }
      expect((await threads.getThread(ref))?.turns).toHaveLength(20);
    });
  });
});
