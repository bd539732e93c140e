import { parse } from 'csv-parse/sync';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { AuditLog, type AuditRecord } from '../../../src/store/audit-log.js';
import { ReviewLog } from '../../../src/store/reviews.js';
import { EXPORT_COLUMNS, exportAuditCsv, exportRows } from '../../../src/trust/audit-export.js';

const record = (overrides: Partial<AuditRecord>): AuditRecord => ({
  at: '2026-11-30T10:00:00.000Z',
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  articleId: 'a1',
  headline: 'Port strike enters third day',
  useCase: 'summary',
  model: 'gpt-4o-mini',
  promptTokens: 1000,
  completionTokens: 100,
  cachedTokens: 800,
  outcome: 'ok',
  ...overrides,
});
const column = (row: string[], name: (typeof EXPORT_COLUMNS)[number]) => row[EXPORT_COLUMNS.indexOf(name)];

describe('the audit export', () => {
  it("puts an answer's sign-offs and ratings on the rows of the calls that made it: same article and kind", () => {
    const answer = { kind: 'translation', articleId: 'a1', engine: 'llm' as const, model: 'gpt-4o-mini' };
    const base = { teamId: 'T1', channelId: 'C1', messageTs: '1.1', answer };
    const rows = exportRows(
      [record({}), record({ useCase: 'translation' }), record({ useCase: 'translation', outcome: 'fell back', promptTokens: 0 })],
      [
        { ...base, type: 'signoff', at: '2026-11-30T11:00:00.000Z', userId: 'UEDITOR' },
        { ...base, type: 'rating', at: '2026-11-30T11:01:00.000Z', userId: 'U2', rating: 'down', reason: 'bad-translation', comment: 'P3 is wrong' },
      ],
    );
    expect(rows.map((row) => column(row, 'signed off by'))).toEqual(['', 'UEDITOR 2026-11-30T11:00:00.000Z', 'UEDITOR 2026-11-30T11:00:00.000Z']);
    expect(rows.map((row) => column(row, 'thumbs down reasons'))).toEqual(['', 'bad-translation', 'bad-translation']);
    expect(rows.map((row) => column(row, 'engine'))).toEqual(['llm', 'llm', 'offline']);
    // A comment is a person's words about the answer, and may quote the article: it stays out.
    expect(JSON.stringify(rows)).not.toContain('P3 is wrong');
  });

  it('writes CSV a spreadsheet opens safely: a headline that starts like a formula is not one', async () => {
    const kv = new Keyv();
    const audit = new AuditLog(kv);
    await audit.record(record({ headline: '=HYPERLINK("http://evil.example","Port, strike")', at: new Date().toISOString() }));
    const { csv, calls } = await exportAuditCsv({ audit, reviews: new ReviewLog(kv) }, ['T1'], [new Date().toISOString().slice(0, 10)]);
    expect(calls).toBe(1);
    const [row] = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(row!.headline).toBe(`'=HYPERLINK("http://evil.example","Port, strike")`);
    expect(row!['prompt tokens']).toBe('1000');
  });
});
