import { afterAll, describe, expect, it } from 'vitest';
import { closeReadingPool, readInWorker } from '../../../../src/article/intake/reading-pool.js';
import { NewsroomError } from '../../../../src/errors.js';
import { russiaArticle } from '../../../support/fixtures.js';

afterAll(closeReadingPool);

describe('readInWorker', () => {
  it('reads an article in a worker and hands back the same article cleanup gives', async () => {
    const article = await readInWorker({ text: russiaArticle(), source: { kind: 'text' } });
    expect(article.headline).toBe('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
    expect(article.paragraphs.length).toBeGreaterThan(5);
  });

  it('brings a refusal back as a message for the journalist', async () => {
    const refusal = readInWorker({ text: 'Too short.', source: { kind: 'text' } });
    await expect(refusal).rejects.toBeInstanceOf(NewsroomError);
    await expect(refusal).rejects.toThrow(/too short to be an article/);
  });

  it('ends a read that runs past its time budget, and the next read still works', async () => {
    const slow = Array.from({ length: 1500 }, (_, i) => `The council met on day ${i} and voted on the budget for the harbour.`).join(' ');
    await expect(readInWorker({ format: 'text', bytes: Buffer.from(slow), source: { kind: 'file', fileName: 'long.txt' } }, 1)).rejects.toThrow(
      /too large or too complex to read \(reading it took more than 0\.001 seconds\)/,
    );
    await expect(readInWorker({ text: russiaArticle(), source: { kind: 'text' } })).resolves.toMatchObject({ language: 'id' });
  });
});
