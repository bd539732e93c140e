import type Keyv from 'keyv';
import type { Job, JobHandler } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { deleteTeamKeys, kindOfKey } from '../store/team-keys.js';
import { isUninstalled, uninstallRecordKey, type UninstallRecord } from './uninstall.js';

/**
 * What outlives a removal: the uninstall's counts, and claims (ids alone, a day), among them the
 * uninstall event's own, so that its redelivery still runs nothing.
 */
const KEPT_KINDS = new Set(['uninstalled', 'event']);

/**
 * A job already running when its workspace (or org) uninstalls still writes as it goes on: its
 * model call's audit record, the thread, the cached result. The uninstall cannot wait for it (it
 * may run in another process), so the job looks for the uninstall's record when it ends, and
 * removes what its workspace holds again; having read no record, it wrote nothing after the
 * uninstall had started, whose own sweep comes after the record. A job of an uninstalled
 * workspace that starts (a retry, a translation's next chunk queued by a running one, a job
 * handed back by a worker that died) does not run, and removes what that worker may have written.
 */
export function removingLateWrites(deps: { kv: Keyv; logger: Logger }, handler: JobHandler): JobHandler {
  return async (job, attempt) => {
    if (await isOfUninstalledWorkspace(deps.kv, job)) {
      deps.logger.info(`job ${job.id} does not run: its workspace has uninstalled`);
      await removeLateWrites(deps, job);
      return;
    }
    try {
      await handler(job, attempt);
    } finally {
      if (await isOfUninstalledWorkspace(deps.kv, job).catch(() => false)) await removeLateWrites(deps, job);
    }
  };
}

async function isOfUninstalledWorkspace(kv: Keyv, job: Job): Promise<boolean> {
  const owners = [job.teamId, ...(job.enterpriseId ? [job.enterpriseId] : [])];
  const records = await kv.getMany<UninstallRecord>(owners.map(uninstallRecordKey));
  return records.some((record) => isUninstalled(record ?? undefined));
}

async function removeLateWrites(deps: { kv: Keyv; logger: Logger }, job: Job): Promise<void> {
  const removed = await deleteTeamKeys(deps.kv, job.teamId, (key) => KEPT_KINDS.has(kindOfKey(key)));
  const what = Object.entries(removed).map(([kind, count]) => `${count} ${kind}`).join(', ');
  if (what) deps.logger.info(`job ${job.id} wrote after the uninstall of its workspace: removed ${what}`);
}
