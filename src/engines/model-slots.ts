/**
 * Model requests in flight at once (MODEL_CONCURRENCY): each attempt holds a slot while it waits
 * on the model, not while it waits out a Retry-After. With Redis the slots are shared by every
 * worker process, so one newsroom's burst cannot use up the API's limit for everyone.
 */
export interface ModelSlots {
  hold<T>(call: () => Promise<T>): Promise<T>;
}

/** The slots of one process. */
export class LocalModelSlots implements ModelSlots {
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async hold<T>(call: () => Promise<T>): Promise<T> {
    if (this.inUse >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inUse += 1;
    try {
      return await call();
    } finally {
      // The slot passes straight to the next in line, so a newcomer cannot jump the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.inUse -= 1;
    }
  }
}
