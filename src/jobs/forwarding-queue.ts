import type { MessagePort } from 'node:worker_threads';
import { LocalModelSlots, type ModelSlots } from '../engines/model-slots.js';
import type { Backlog, Job, JobHandler, JobQueue } from './job-queue.js';
import { errorFromThread, type ThreadError } from './job-thread-messages.js';

/** What the job thread asks of the queue it runs jobs for, which lives on the thread that acks. */
export type QueueCall = { method: 'add'; job: Job } | { method: 'removeWorkspace'; owner: string };

/** A call from the job thread, and its answer. */
export interface QueueCallMessage {
  type: 'queue-call';
  call: number;
  request: QueueCall;
}
export interface QueueAnswerMessage {
  type: 'queue-answer';
  call: number;
  value?: unknown;
  error?: ThreadError;
}

/**
 * The job thread's side of the in-process queue: the jobs a job starts (a translation's chunks) and
 * an uninstall's removals go to the queue on the acking thread, which hands jobs back to run. The
 * model's slots are this thread's own, since every model call is made here.
 */
export class ForwardingQueue implements JobQueue {
  readonly kind = 'in-process';
  private nextCall = 0;
  private readonly calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();

  constructor(private readonly port: MessagePort) {}

  add(job: Job): Promise<void> {
    return this.ask({ method: 'add', job }) as Promise<void>;
  }

  removeWorkspace(owner: string): Promise<number> {
    return this.ask({ method: 'removeWorkspace', owner }) as Promise<number>;
  }

  /** The answer to one of this thread's calls (job-thread.ts routes it here). */
  answered({ call, value, error }: QueueAnswerMessage): void {
    const waiting = this.calls.get(call);
    this.calls.delete(call);
    if (error) waiting?.reject(errorFromThread(error));
    else waiting?.resolve(value);
  }

  work(_handler: JobHandler): void {
    throw new Error('the job thread is handed its jobs by the acking thread');
  }

  async backlog(): Promise<Backlog> {
    throw new Error('the backlog is the acking thread’s queue’s');
  }

  modelSlots(limit: number): ModelSlots {
    return new LocalModelSlots(limit);
  }

  async close(): Promise<Job[]> {
    return [];
  }

  private ask(request: QueueCall): Promise<unknown> {
    const call = this.nextCall++;
    return new Promise((resolve, reject) => {
      this.calls.set(call, { resolve, reject });
      this.port.postMessage({ type: 'queue-call', call, request } satisfies QueueCallMessage);
    });
  }
}
