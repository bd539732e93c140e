import type Keyv from 'keyv';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { auditKeyTotals } from '../store/audit-log.js';
import { deleteTeamKeys, keysOfTeams, kindOfKey } from '../store/team-keys.js';
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
 * thread, cached result, setting, count and its installation from the store. The audit trail keeps only counts, under
 * uninstalled:<team>, written first: a job of the workspace already running reads it when it ends
 * and removes what it wrote meanwhile (late-writes.ts), in whichever process it runs.
 * `keep`: keys that must outlive the removal, such as the claim of the uninstall event itself, so
 * that Slack's redelivery of it is still recognised (a claim holds no data and expires in a day).
 */
export async function forgetWorkspace(
  deps: { kv: Keyv; logger: Logger; jobs: Pick<JobQueue, 'removeWorkspace'> },
  teamId: string,
  options: { keep?: string[]; now?: Date } = {},
): Promise<UninstallRecord> {
  const { now = new Date() } = options;
  const at = now.toISOString();
  await deps.kv.set(uninstallRecordKey(teamId), { at, removed: {}, modelCalls: 0, tokens: 0 } satisfies UninstallRecord, UNINSTALL_RECORD_TTL_MS);
  // Then the waiting jobs, so none of them runs and writes to the store once it is cleared.
  const jobs = await deps.jobs.removeWorkspace(teamId);
  const owners = [teamId, ...(await workspacesOfOrg(deps.kv, teamId))];
  const { modelCalls, tokens } = await auditTotals(deps.kv, owners);
  // An org's workspaces keep the counts of their own earlier uninstalls, as the org keeps this one's.
  const keep = [...(options.keep ?? []), ...owners.map(uninstallRecordKey)];
  const removed = { ...(await deleteTeamKeys(deps.kv, owners, keep)), ...(jobs && { job: jobs }) };
  const record: UninstallRecord = { at, removed, modelCalls, tokens };
  await deps.kv.set(uninstallRecordKey(teamId), record, UNINSTALL_RECORD_TTL_MS);
  const what = Object.entries(removed).map(([kind, count]) => `${count} ${kind}`).join(', ') || 'nothing';
  const org = owners.length > 1 ? ` (an org-wide install: ${owners.length - 1} workspaces of it)` : '';
  deps.logger.info(`workspace ${teamId} uninstalled Newsdesk${org}: removed ${what}; its audit trail keeps ${modelCalls} model calls, ${tokens} tokens`);
  return record;
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

async function auditTotals(kv: Keyv, owners: readonly string[]): Promise<{ modelCalls: number; tokens: number }> {
  let modelCalls = 0;
  let tokens = 0;
  for (const key of (await keysOfTeams(kv, owners)).filter((k) => kindOfKey(k) === 'audit')) {
    const day = auditKeyTotals(key, await kv.get(key));
    modelCalls += day.calls;
    tokens += day.tokens;
  }
  return { modelCalls, tokens };
}
