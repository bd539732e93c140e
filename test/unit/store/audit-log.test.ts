import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { AuditLog, type AuditRecord } from '../../../src/store/audit-log.js';

const DAY = '2026-03-04';

const call = (userId: string, promptTokens: number, minute = 0): AuditRecord => ({
  at: `${DAY}T09:${String(minute % 60).padStart(2, '0')}:00.000Z`,
  teamId: 'T1',
  channelId: 'C1',
  userId,
  articleId: 'a1',
  useCase: 'summary',
  model: 'm',
  promptTokens,
  completionTokens: 10,
  cachedTokens: 0,
  outcome: 'ok',
});

describe('AuditLog', () => {
  it("keeps every call, in order, and counts the day's tokens by workspace and person", async () => {
    const audit = new AuditLog(new Keyv());
    await audit.record(call('U1', 100, 1));
    await audit.record(call('U2', 200, 2));
    await audit.record(call('U1', 300, 3));
    expect((await audit.recordsOn('T1', [DAY])).map((r) => r.promptTokens)).toEqual([100, 200, 300]);
    expect(await audit.tokensOn('T1', DAY)).toEqual({ team: 630, users: { U1: 420, U2: 210 } });
    expect(await audit.recordsOn('T2', [DAY])).toEqual([]);
  });

  it('writes the same few bytes for the day on the 500th call as on the first: records are appended, not rewritten', async () => {
    const kv = new Keyv();
    const audit = new AuditLog(kv);
    const daySize = async () => JSON.stringify(await kv.get(`audit:T1:${DAY}`)).length;
    await audit.record(call('U1', 100));
    const first = await daySize();
    for (let i = 0; i < 499; i++) await audit.record(call('U1', 100, i));
    expect(await daySize()).toBeLessThanOrEqual(first + 8);
    expect(await audit.recordsOn('T1', [DAY])).toHaveLength(500);
  });

  it('reads a day stored as one array, and keeps those records when new calls arrive', async () => {
    const kv = new Keyv();
    await kv.set(`audit:T1:${DAY}`, [call('U1', 100, 1), call('U2', 200, 2)]);
    const audit = new AuditLog(kv);
    expect(await audit.tokensOn('T1', DAY)).toEqual({ team: 320, users: { U1: 110, U2: 210 } });
    await audit.record(call('U1', 300, 3));
    expect((await audit.recordsOn('T1', [DAY])).map((r) => r.promptTokens)).toEqual([100, 200, 300]);
    expect((await audit.tokensOn('T1', DAY)).team).toBe(630);
  });

  it('gives each of many simultaneous calls a record of its own', async () => {
    const audit = new AuditLog(new Keyv());
    await Promise.all(Array.from({ length: 40 }, (_, i) => audit.record(call(`U${i % 4}`, i + 1, i))));
    const records = await audit.recordsOn('T1', [DAY]);
    expect(records).toHaveLength(40);
    expect(new Set(records.map((r) => r.promptTokens)).size).toBe(40);
  });
});
