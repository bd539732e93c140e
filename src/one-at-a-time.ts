/**
 * Work on the same key, one at a time in this process, in the order it was asked for; work on
 * other keys goes on meanwhile. A failure is its caller's: the next piece of work runs all the same.
 */
export class OneAtATime {
  private readonly pending = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const next = (this.pending.get(key) ?? Promise.resolve()).then(work);
    const settled = next.catch(() => undefined);
    this.pending.set(key, settled);
    void settled.then(() => {
      if (this.pending.get(key) === settled) this.pending.delete(key);
    });
    return next;
  }
}
