import type { Job } from './job-queue.js';

/** What the acking thread tells the job thread. */
export type ToJobThread =
  | { type: 'run'; run: number; job: Job; attempt: { number: number; final: boolean } }
  /** The queue gave the run up at shutdown: it must show nothing more. */
  | { type: 'give-up'; run: number }
  /** After the queue closed: tell these jobs' journalists, from what their runs showed. */
  | { type: 'tell-lost'; jobs: Job[] }
  | { type: 'close' };

/** What the job thread tells the acking thread. */
export type FromJobThread =
  | { type: 'ready' }
  | { type: 'failed'; error: ThreadError }
  | { type: 'done'; run: number; error?: ThreadError }
  | { type: 'told' }
  | { type: 'closed' }
  /** Lines for the acking thread's logger, already rendered and redacted. */
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; lines: string[] };

/** An error as it crosses threads: an Error's own fields may hold what cannot be copied (a socket, a function). */
export interface ThreadError {
  name: string;
  message: string;
  stack?: string;
}

export function errorForThread(error: unknown): ThreadError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

export function errorFromThread({ name, message, stack }: ThreadError): Error {
  const error = new Error(message);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}
