import { defaultDeserialize, defaultSerialize } from '@keyv/serialize';
import { describe, expect, it } from 'vitest';
import { deserializeFromKeyv, serializeForKeyv } from '../../../src/store/keyv-format.js';

/** Values of the shapes Newsdesk stores, and the ones keyv's format treats specially. */
const values: Array<[string, unknown]> = [
  ['an article', { value: { headline: 'Flood barrier opens', paragraphs: [{ text: 'The barrier opened at 6 a.m.' }], language: 'en' }, expires: 1_900_000_000_000 }],
  ['a text that starts with an emoji code', { value: { text: ':rotating_light: Breaking: bridge closed' }, expires: null }],
  ['a text that starts with two colons', { value: '::not an escape', expires: 5 }],
  ['colon strings in an array', { value: [':first', 'second', ':third'], expires: 1 }],
  ['a quote mark and colon inside a text', { value: { text: 'He wrote ,":" on the board, then [":"]' }, expires: 2 }],
  ['a key that starts with a colon', { value: { ':odd': 'key', plain: 'value' }, expires: 3 }],
  ['a Buffer', { value: Buffer.from('raw bytes'), expires: 4 }],
  ['a date and unicode', { value: { at: new Date(Date.UTC(2026, 0, 2)), text: 'Gubernur: "Kami siap" — 10 km²' }, expires: 6 }],
  ['a top-level colon string', ':alone'],
];

describe("keyv's format for SQLite and Redis", () => {
  it.each(values)('writes %s exactly as @keyv/serialize writes it', (_name, value) => {
    expect(serializeForKeyv(value)).toBe(defaultSerialize(value));
  });

  it.each(values)('reads %s, written by @keyv/serialize, as it reads it', (_name, value) => {
    const stored = defaultSerialize(value);
    expect(deserializeFromKeyv(stored)).toEqual(defaultDeserialize(stored));
  });

  it('keeps the colon that opens a story pasted with an emoji code', () => {
    const stored = serializeForKeyv({ value: ':rotating_light: Bridge closed', expires: null });
    expect(deserializeFromKeyv<{ value: string }>(stored).value).toBe(':rotating_light: Bridge closed');
  });
});
