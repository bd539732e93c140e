import type Keyv from 'keyv';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { auditKeyTotals } from '../store/audit-log.js';
import { SerializedUpdates } from '../store/serialized-update.js';
import { kindOfKey, takeTeamKeys } from '../store/team-keys.js';
import { workspacesOfOrg } from './org-workspaces.js';

/** What is left of a workspace once it uninstalled Newsdesk: counts, never an id of a person, channel or article. */
export interface UninstallRecord {
  at: string;
  /** Keys removed, by kind (thread, latest, result, audit, settings, installation, …), and waiting jobs (job). */
  removed: Record<string, number>;
  /** The model calls and tokens its audit trail had counted before it was removed. */
  modelCalls: number;
  tokens: number;
  /** When it installed Newsdesk again: from then on its jobs run and keep what they write (see late-writes.ts). */
  reinstalledAt?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** As long as the audit trail it replaces would have been kept. */
const UNINSTALL_RECORD_TTL_MS = 90 * DAY_MS;

export const uninstallRecordKey = (teamId: string) => `uninstalled:${encodeURIComponent(teamId)}`;

/** Whether the record says the workspace is gone: uninstalled, and not installed since. */
export const isUninstalled = (record: UninstallRecord | undefined): boolean => record !== undefined && !record.reinstalledAt;

/**
 * A workspace (or, for an org-wide install, an enterprise: every workspace it served, see
 * org-workspaces.ts) uninstalled Newsdesk: its waiting jobs go from the queue; every article,
 * thread, cached result, setting, count and its installation from the store. The audit trail
 * keeps only counts, under uninstalled:<team>, written first: a job of the workspace already
 * running reads it when it ends and removes what it wrote meanwhile (late-writes.ts), in whichever
 * process it runs, adding its counts to the record.
 * `keep`: keys that must outlive the removal, such as the claim of the uninstall event itself, so
 * that Slack's redelivery of it is still recognised (a claim holds no data and expires in a day).
 */
export async function forgetWorkspace(
  deps: { kv: Keyv; logger: Logger; jobs: Pick<JobQueue, 'removeWorkspace'> },
  teamId: string,
  options: { keep?: string[]; now?: Date } = {},
): Promise<UninstallRecord> {
  const { now = new Date() } = options;
  await deps.kv.set(uninstallRecordKey(teamId), { at: now.toISOString(), removed: {}, modelCalls: 0, tokens: 0 } satisfies UninstallRecord, UNINSTALL_RECORD_TTL_MS);
  // Then the waiting jobs, so none of them runs and writes to the store once it is cleared.
  const jobs = await deps.jobs.removeWorkspace(teamId);
  const owners = [teamId, ...(await workspacesOfOrg(deps.kv, teamId))];
  // An org's workspaces keep the counts of their own earlier uninstalls, as the org keeps this one's.
  const keep = new Set([...(options.keep ?? []), ...owners.map(uninstallRecordKey)]);
  const removal = await removeKeys(deps.kv, owners, (key) => keep.has(key));
  if (jobs) removal.removed.job = jobs;
  const record = await addToUninstallRecord(deps.kv, teamId, removal);
  const what = Object.entries(removal.removed).map(([kind, count]) => `${count} ${kind}`).join(', ') || 'nothing';
  const org = owners.length > 1 ? ` (an org-wide install: ${owners.length - 1} workspaces of it)` : '';
  deps.logger.info(`workspace ${teamId} uninstalled Newsdesk${org}: removed ${what}; its audit trail keeps ${record.modelCalls} model calls, ${record.tokens} tokens`);
  return record;
}

/** What one removal took: keys by kind, and the model calls and tokens of the audit days among them. */
export type Removal = Pick<UninstallRecord, 'removed' | 'modelCalls' | 'tokens'>;

/** Removes the keys of the workspaces but those kept, counting what this call removed. */
export async function removeKeys(kv: Keyv, owners: readonly string[], keep: (key: string) => boolean): Promise<Removal> {
  const removal: Removal = { removed: {}, modelCalls: 0, tokens: 0 };
  for (const [key, value] of await takeTeamKeys(kv, owners, keep)) {
    const kind = kindOfKey(key);
    removal.removed[kind] = (removal.removed[kind] ?? 0) + 1;
    if (kind !== 'audit') continue;
    const day = auditKeyTotals(key, value);
    removal.modelCalls += day.calls;
    removal.tokens += day.tokens;
  }
  return removal;
}

/**
 * Adds a removal to the workspace's uninstall record: the uninstall's own, and a late job's that
 * may run at the same moment (late-writes.ts), each counted once whichever ends first.
 */
export async function addToUninstallRecord(kv: Keyv, teamId: string, removal: Removal): Promise<UninstallRecord> {
  return recordUpdates(kv).update<UninstallRecord>(uninstallRecordKey(teamId), UNINSTALL_RECORD_TTL_MS, (current) => {
    const record = current ?? { at: new Date().toISOString(), removed: {}, modelCalls: 0, tokens: 0 };
    const removed = { ...record.removed };
    for (const [kind, count] of Object.entries(removal.removed)) removed[kind] = (removed[kind] ?? 0) + count;
    return { ...record, removed, modelCalls: record.modelCalls + removal.modelCalls, tokens: record.tokens + removal.tokens };
  });
}

/** One SerializedUpdates per store: each holds a Redis connection of its own for its transactions. */
const updatesOfStore = new WeakMap<Keyv, SerializedUpdates>();
function recordUpdates(kv: Keyv): SerializedUpdates {
  let updates = updatesOfStore.get(kv);
  if (!updates) updatesOfStore.set(kv, (updates = new SerializedUpdates(kv)));
  return updates;
}

/**
 * The workspace (or org) installed Newsdesk again: its uninstall record, the counts, stays, but no
 * longer stops its jobs or removes what they write.
 */
export async function workspaceInstalled(kv: Keyv, teamId: string, now = new Date()): Promise<void> {
  const key = uninstallRecordKey(teamId);
  const record = await kv.get<UninstallRecord>(key);
  if (!isUninstalled(record)) return;
  const ttl = Date.parse(record!.at) + UNINSTALL_RECORD_TTL_MS - now.getTime();
  if (ttl > 0) await kv.set(key, { ...record!, reinstalledAt: now.toISOString() }, ttl);
}
