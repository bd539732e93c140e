import type Keyv from 'keyv';
import { keysOfTeam, kindOfKey } from '../store/team-keys.js';

/**
 * An org-wide (Enterprise Grid) install serves every workspace of the org, whose data is kept
 * under each workspace's own id, while the org's uninstall names only the enterprise. Each
 * workspace it served is remembered under the enterprise (`org-workspace:<enterprise>:<team>`, ids
 * only) as its requests arrive, so that the uninstall can find them all.
 */
const ORG_WORKSPACE_KIND = 'org-workspace';

const orgWorkspaceKey = (enterpriseId: string, teamId: string) => `${ORG_WORKSPACE_KIND}:${encodeURIComponent(enterpriseId)}:${encodeURIComponent(teamId)}`;

/** One key per workspace, written the same each time: two processes remembering it at once need no lock. */
export async function rememberOrgWorkspace(kv: Keyv, enterpriseId: string, teamId: string): Promise<void> {
  await kv.set(orgWorkspaceKey(enterpriseId, teamId), true);
}

/** The workspaces an org-wide install of `enterpriseId` has served (none for a workspace's own id). */
export async function workspacesOfOrg(kv: Keyv, enterpriseId: string): Promise<string[]> {
  return (await keysOfTeam(kv, enterpriseId))
    .filter((key) => kindOfKey(key) === ORG_WORKSPACE_KIND)
    .map((key) => decodeURIComponent(key.split(':')[2]!));
}
