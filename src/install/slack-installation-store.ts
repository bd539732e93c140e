import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type Keyv from 'keyv';
import { seal, unseal, type Sealed } from './encryption.js';
import { workspaceInstalled } from './uninstall.js';

/** An org-wide Enterprise Grid install serves every workspace of the org: it is kept by the enterprise id. */
export const installationKey = (query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string => {
  const owner = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
  if (!owner) throw new Error('an installation needs a team id, or an enterprise id for an org-wide install');
  return `installation:${encodeURIComponent(owner)}`;
};

/**
 * Bolt's installations in Newsdesk's own store (memory, SQLite or Redis), each encrypted whole
 * with INSTALLATION_ENCRYPTION_KEY: the store's raw value shows no token, no user id, no scope.
 * Installations do not expire; uninstalling removes them.
 */
export class KeyvInstallationStore implements InstallationStore {
  constructor(
    private readonly kv: Keyv,
    private readonly key: Buffer,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = installationKey({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    });
    await this.kv.set(key, seal(installation, this.key, key));
    // An org's workspace installing on its own after the org uninstalled lifts the org's record too: its jobs name both.
    for (const owner of [installation.team?.id, installation.enterprise?.id]) if (owner) await workspaceInstalled(this.kv, owner);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installationKey(query);
    const sealed = await this.kv.get<Sealed>(key);
    if (!sealed) throw new Error(`Newsdesk is not installed in ${query.isEnterpriseInstall ? 'enterprise' : 'workspace'} ${query.enterpriseId ?? query.teamId}`);
    return unseal<Installation>(sealed, this.key, key);
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.kv.delete(installationKey(query));
  }
}
