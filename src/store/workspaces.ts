import type Keyv from 'keyv';
import { SerializedUpdates } from './serialized-update.js';

const KEY = 'workspaces';
/** Kept as long as the audit trail, the longest-lived record that names a workspace. */
const TTL_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * The workspaces the store holds records of. keyv cannot list keys portably, so whatever must go
 * over every workspace (the command-line export, the daily feedback digest) reads this list.
 * Each process adds a workspace once, then trusts the list.
 */
export class KnownWorkspaces {
  private readonly updates: SerializedUpdates;
  private readonly added = new Set<string>();

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  async add(teamId: string): Promise<void> {
    if (this.added.has(teamId)) return;
    await this.updates.update<string[]>(KEY, TTL_MS, (teams = []) => (teams.includes(teamId) ? teams : [...teams, teamId]));
    this.added.add(teamId);
  }

  async all(): Promise<string[]> {
    return (await this.kv.get<string[]>(KEY)) ?? [];
  }
}
