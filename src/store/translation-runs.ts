import type Keyv from 'keyv';
import { SerializedUpdates } from './serialized-update.js';

/** A run is kept a day at most: its chunk jobs run, and are retried, within minutes. */
const RUN_TTL_MS = 24 * 60 * 60 * 1000;

/** A long translation under way: what it is (`plan`), its chunks translated so far, and its failure once it failed for good. */
export interface StoredRun<Plan, Part> {
  plan: Plan;
  /** By chunk index. */
  parts: Record<string, Part>;
  /** The chunks the model has answered, in the order they were: what the progress message counts. */
  answered?: number[];
  /** Set once a chunk failed on its last attempt: the other chunks stop, and their progress never hides it. */
  failure?: string;
}

/**
 * The translations whose chunks run as jobs of their own: each chunk's translation is added to its
 * run without losing another's added at the same moment (in this process or another), so the last
 * chunk knows it is the last. Keys are under the workspace, so an uninstall removes them.
 */
export class TranslationRuns<Plan, Part> {
  private readonly updates: SerializedUpdates;

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  /** The run of that id: started with `plan` unless it was already (a request run again keeps its run and the chunks done). */
  start(teamId: string, runId: string, plan: Plan): Promise<StoredRun<Plan, Part>> {
    return this.updates.update<StoredRun<Plan, Part>>(this.key(teamId, runId), RUN_TTL_MS, (current) => current ?? { plan, parts: {} });
  }

  async get(teamId: string, runId: string): Promise<StoredRun<Plan, Part> | undefined> {
    return (await this.kv.get<StoredRun<Plan, Part>>(this.key(teamId, runId))) ?? undefined;
  }

  /**
   * Counts a chunk as answered, once however often it runs; resolves to the run with it, so each
   * chunk's count of the chunks answered is one more than the one before it.
   */
  async markAnswered(teamId: string, runId: string, index: number): Promise<StoredRun<Plan, Part> | undefined> {
    if (!(await this.get(teamId, runId))) return undefined;
    return this.updates.update<StoredRun<Plan, Part>>(this.key(teamId, runId), RUN_TTL_MS, (current) => {
      const answered = current!.answered ?? [];
      return answered.includes(index) ? current! : { ...current!, answered: [...answered, index] };
    });
  }

  /** Adds a chunk's translation; resolves to the run with it (undefined when the run is gone: finished, or its workspace uninstalled). */
  async addPart(teamId: string, runId: string, index: number, part: Part): Promise<StoredRun<Plan, Part> | undefined> {
    if (!(await this.get(teamId, runId))) return undefined;
    return this.updates.update<StoredRun<Plan, Part>>(this.key(teamId, runId), RUN_TTL_MS, (current) =>
      current!.failure ? current! : { ...current!, parts: { ...current!.parts, [index]: part } },
    );
  }

  /** Marks the run failed for good; the chunks translated so far go, since nothing will show them. */
  async fail(teamId: string, runId: string, failure: string): Promise<void> {
    if (!(await this.get(teamId, runId))) return;
    await this.updates.update<StoredRun<Plan, Part>>(this.key(teamId, runId), RUN_TTL_MS, (current) => ({ ...current!, parts: {}, failure }));
  }

  /** A posted translation's run goes: its chunks' texts are in the thread and the cache now. */
  async remove(teamId: string, runId: string): Promise<void> {
    await this.kv.delete(this.key(teamId, runId));
  }

  private key(teamId: string, runId: string): string {
    return `translation-run:${encodeURIComponent(teamId)}:${encodeURIComponent(runId)}`;
  }
}
