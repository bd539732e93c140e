import { queueOptionsSymbol, type TaskQueue } from 'piscina';

type Task = Parameters<TaskQueue['push']>[0];

/** A task's queue options that put it in the reads' line: `{ ...task, [queueOptionsSymbol]: READ }`. */
export const READ = Object.freeze({ read: true });

/**
 * The reading pool's queue: reads go to a worker before the other checks waiting (the grounding of
 * a model's answer). A read leads to a model call, the longest wait of a job; in a burst, reading
 * the articles first sends their model calls out while the answers that came back are checked,
 * instead of the last articles waiting behind every answer's checks. Each line keeps its order.
 */
export class ReadsFirstQueue implements TaskQueue {
  private readonly reads: Task[] = [];
  private readonly others: Task[] = [];

  get size(): number {
    return this.reads.length + this.others.length;
  }

  push(task: Task): void {
    this.lineOf(task).push(task);
  }

  /** Piscina puts back a task it took but could not start. */
  unshift(task: Task): void {
    this.lineOf(task).unshift(task);
  }

  shift(): Task | null {
    return this.reads.shift() ?? this.others.shift() ?? null;
  }

  remove(task: Task): void {
    const line = this.lineOf(task);
    const at = line.indexOf(task);
    if (at !== -1) line.splice(at, 1);
  }

  private lineOf(task: Task): Task[] {
    return (task[queueOptionsSymbol] as Partial<typeof READ> | null)?.read ? this.reads : this.others;
  }
}
