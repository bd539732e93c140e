import { parseArgs } from 'node:util';
import { loadStoreUrl } from '../config.js';
import { AUDIT_KIND, AuditLog } from '../store/audit-log.js';
import { openKeyv } from '../store/kv.js';
import { defaultStoreUrl } from '../store/default-store.js';
import { ReviewLog, REVIEW_KIND } from '../store/reviews.js';
import { teamsWithKeys } from '../store/team-keys.js';
import { exportAuditCsv } from '../trust/audit-export.js';
import { exportDays } from '../trust/export-range.js';
import { UsageError } from './args.js';

/** `export`: reads the configured store, writes the CSV; the same rows /newsdesk export uploads. */
export async function runExport(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  let values: { from?: string; to?: string; team?: string[] };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { from: { type: 'string' }, to: { type: 'string' }, team: { type: 'string', multiple: true } },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const days = exportDays(values.from, values.to);
  // The same store npm start uses: STORE_URL, else its default SQLite file.
  const kv = openKeyv(loadStoreUrl(env, defaultStoreUrl(env)));
  try {
    const audit = new AuditLog(kv);
    const reviews = new ReviewLog(kv);
    const teams = values.team ?? (await teamsWithKeys(kv, [AUDIT_KIND, REVIEW_KIND]));
    return (await exportAuditCsv({ audit, reviews }, teams, days)).csv;
  } finally {
    await kv.disconnect();
  }
}
