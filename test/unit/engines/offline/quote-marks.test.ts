import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quotedText } from '../../../../src/engines/offline/quote-marks.js';

const quotes = (text: string) => findQuoteSpans(text).map((span) => quotedText(text, span));

describe('findQuoteSpans', () => {
  it('takes an opening mark followed by a space as an opening mark, and a spaced closing mark as closing', () => {
    expect(quotes('" Kami sudah siap. Semua petugas berjaga, " ujar Sari.')).toEqual(['Kami sudah siap. Semua petugas berjaga,']);
    expect(quotes('Dia berkata: “ Tidak ada yang terluka, ” kata petugas.')).toEqual(['Tidak ada yang terluka,']);
  });

  it('pairs marks typed in the wrong direction by where they stand', () => {
    expect(quotes('”Jalan ditutup sampai Senin,“ kata Budi. Warga diminta memutar.')).toEqual(['Jalan ditutup sampai Senin,']);
    expect(quotes('He said ”we will appeal“ and left.')).toEqual(['we will appeal']);
  });

  it('keeps narration between two quotes out of both', () => {
    const text = '"We lost the vote," said Ana. Later she added: "We will try again."';
    expect(quotes(text)).toEqual(['We lost the vote,', 'We will try again.']);
  });
});
