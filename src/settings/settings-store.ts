import type Keyv from 'keyv';
import type { Logger } from '../logger.js';
import { SerializedUpdates } from '../store/serialized-update.js';
import {
  describeChange,
  effectiveSettings,
  WorkspaceSettingsSchema,
  type EffectiveSettings,
  type SettingsChange,
  type SettingsDefaults,
  type WorkspaceSettings,
} from './settings.js';

const settingsKey = (teamId: string) => `settings:${encodeURIComponent(teamId)}`;
const changesKey = (teamId: string) => `settings-audit:${encodeURIComponent(teamId)}`;

/** Changes kept in the settings' audit trail per workspace: the most recent. */
export const SETTINGS_CHANGES_KEPT = 500;

/**
 * Each workspace's settings, one value per workspace in the store: read on every request, so a
 * change takes effect at once, in every process sharing the store, without a restart.
 */
export class SettingsStore {
  private readonly updates: SerializedUpdates;

  constructor(
    private readonly kv: Keyv,
    /** The environment's settings, which a workspace follows wherever it set none. */
    readonly defaults: SettingsDefaults,
    private readonly logger: Logger,
  ) {
    this.updates = new SerializedUpdates(kv);
  }

  async effective(teamId: string): Promise<EffectiveSettings> {
    return effectiveSettings(this.defaults, await this.own(teamId));
  }

  /** What the workspace set itself; a value that no longer parses counts as unset, never as a crash. */
  async own(teamId: string): Promise<WorkspaceSettings> {
    const parsed = WorkspaceSettingsSchema.safeParse((await this.kv.get(settingsKey(teamId))) ?? {});
    return parsed.success ? parsed.data : {};
  }

  /**
   * Applies a change by `userId` and records it (who, what, when) in the settings' audit trail
   * and the log. Returns what changed, in words; empty when nothing did.
   */
  async change(teamId: string, userId: string, change: (own: WorkspaceSettings) => WorkspaceSettings, now = new Date()): Promise<string> {
    let what = '';
    // A TTL of 0: settings are kept until changed, or until the workspace uninstalls.
    await this.updates.update<WorkspaceSettings>(settingsKey(teamId), 0, (stored) => {
      const own = WorkspaceSettingsSchema.safeParse(stored ?? {}).data ?? {};
      const next = WorkspaceSettingsSchema.parse(change(own));
      what = describeChange(effectiveSettings(this.defaults, own), effectiveSettings(this.defaults, next));
      return what ? { ...next, lastChange: { by: userId, at: now.toISOString(), what } } : own;
    });
    if (!what) return '';
    const record: SettingsChange = { by: userId, at: now.toISOString(), what };
    await this.updates.update<SettingsChange[]>(changesKey(teamId), 0, (changes = []) => [...changes, record].slice(-SETTINGS_CHANGES_KEPT));
    this.logger.info(`settings: ${userId} changed ${what} in ${teamId}`);
    return what;
  }

  /** The workspace's settings changes, oldest first. */
  async changes(teamId: string): Promise<SettingsChange[]> {
    return (await this.kv.get<SettingsChange[]>(changesKey(teamId))) ?? [];
  }
}
