import type Keyv from 'keyv';
import type { Job, JobHandler } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { kindOfKey } from '../store/team-keys.js';
import { addToUninstallRecord, isUninstalled, removeKeys, uninstallRecordKey, type UninstallRecord } from './uninstall.js';

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
    const gone = await uninstalledOwnerOf(deps.kv, job);
    if (gone) {
      deps.logger.info(`job ${job.id} does not run: its workspace has uninstalled`);
      await removeLateWrites(deps, job, gone);
      return;
    }
    try {
      await handler(job, attempt);
    } finally {
      const goneSince = await uninstalledOwnerOf(deps.kv, job).catch(() => undefined);
      if (goneSince) await removeLateWrites(deps, job, goneSince);
    }
  };
}

/** The workspace, or the org, of the job that uninstalled Newsdesk (and has not installed it again). */
async function uninstalledOwnerOf(kv: Keyv, job: Job): Promise<string | undefined> {
  const owners = [job.teamId, ...(job.enterpriseId ? [job.enterpriseId] : [])];
  const records = await kv.getMany<UninstallRecord>(owners.map(uninstallRecordKey));
  return owners.find((_, i) => isUninstalled(records[i] ?? undefined));
}

/** What the job's workspace holds again goes, and is counted in the uninstall's record. */
async function removeLateWrites(deps: { kv: Keyv; logger: Logger }, job: Job, uninstalled: string): Promise<void> {
  const removal = await removeKeys(deps.kv, [job.teamId], (key) => KEPT_KINDS.has(kindOfKey(key)));
  const what = Object.entries(removal.removed).map(([kind, count]) => `${count} ${kind}`).join(', ');
  if (!what) return;
  await addToUninstallRecord(deps.kv, uninstalled, removal);
  deps.logger.info(`job ${job.id} wrote after the uninstall of its workspace: removed ${what}`);
}
