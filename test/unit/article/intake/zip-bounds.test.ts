import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { assertZipWithinBounds } from '../../../../src/article/intake/zip-bounds.js';
import { makeDocx, makeDocxBomb } from '../../../support/documents.js';

const MB = 1024 * 1024;

describe('assertZipWithinBounds', () => {
  it('lets a real Word document through', async () => {
    await expect(assertZipWithinBounds(await makeDocx(['A headline', 'A paragraph of the story.']), MB)).resolves.toBeUndefined();
  });

  it('lets through a zip that unpacks to just under the bound, as mammoth then reads it', async () => {
    const docx = makeDocxBomb({ inflatedBytes: 3 * MB });
    await expect(assertZipWithinBounds(docx, 4 * MB)).resolves.toBeUndefined();
    expect((await mammoth.extractRawText({ buffer: docx })).value.length).toBeGreaterThan(3 * MB - 1024);
  });

  it('refuses a zip whose declared sizes add up past the bound, before unpacking it', async () => {
    const bomb = makeDocxBomb({ inflatedBytes: 1024 * MB });
    expect(bomb.length).toBeLessThan(2 * MB);
    await expect(assertZipWithinBounds(bomb, 64 * MB)).rejects.toThrow(/too large or too complex to read \(it would unpack to more than 64 MB\)/);
  });

  it('stops unpacking an entry as soon as it outgrows the size its headers declare', async () => {
    const liar = makeDocxBomb({ inflatedBytes: 1024 * MB, declaredBytes: 1000 });
    await expect(assertZipWithinBounds(liar, 64 * MB)).rejects.toThrow(/too large or too complex to read \(its parts unpack to more than the file declares\)/);
  });

  it('throws for bytes that are no zip at all', async () => {
    await expect(assertZipWithinBounds(Buffer.from('not a zip at all, just text'), MB)).rejects.toThrow();
  });
});
