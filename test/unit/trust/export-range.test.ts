import { describe, expect, it } from 'vitest';
import { exportDays, ExportRangeError } from '../../../src/trust/export-range.js';

const now = new Date('2026-11-30T09:00:00Z');

describe('exportDays', () => {
  it('covers the last 30 days by default, and from a day until today when only it is given', () => {
    const days = exportDays(undefined, undefined, now);
    expect(days).toHaveLength(30);
    expect([days[0], days.at(-1)]).toEqual(['2026-11-01', '2026-11-30']);
    expect(exportDays('2026-11-28', undefined, now)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(exportDays('2026-10-31', '2026-11-01', now)).toEqual(['2026-10-31', '2026-11-01']);
  });

  it('refuses what is not a day, a range that ends before it starts, and days older than the audit trail keeps', () => {
    expect(() => exportDays('yesterday', undefined, now)).toThrow(/"yesterday" is not a date: give days as YYYY-MM-DD/);
    expect(() => exportDays('2026-02-30', undefined, now)).toThrow(ExportRangeError);
    expect(() => exportDays('2026-11-20', '2026-11-02', now)).toThrow(/starts \(2026-11-20\) after it ends \(2026-11-02\)/);
    expect(() => exportDays('2026-08-01', undefined, now)).toThrow(/kept 90 days: start the range on 2026-09-02 or later/);
  });
});
