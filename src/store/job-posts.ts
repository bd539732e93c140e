import type Keyv from 'keyv';

/** A job's posts are remembered for a day: its retries and redeliveries come within minutes. */
const POST_TTL_MS = 24 * 60 * 60 * 1000;

export interface JobRef {
  id: string;
  teamId: string;
}

export interface RecordedPost {
  channel: string;
  ts: string;
}

/**
 * The messages each job has posted, by their order within the job: a job run again (after a
 * crash or a failure) updates its n-th message instead of posting it a second time.
 */
export class JobPosts {
  constructor(private readonly kv: Keyv) {}

  async posted(job: JobRef, index: number): Promise<RecordedPost | undefined> {
    return (await this.kv.get<RecordedPost>(this.key(job, index))) ?? undefined;
  }

  async record(job: JobRef, index: number, post: RecordedPost): Promise<void> {
    await this.kv.set(this.key(job, index), post, POST_TTL_MS);
  }

  /** Under the workspace, as every key (see team-keys.ts), so an uninstall removes it. */
  private key(job: JobRef, index: number): string {
    return `job-post:${encodeURIComponent(job.teamId)}:${encodeURIComponent(job.id)}:${index}`;
  }
}
