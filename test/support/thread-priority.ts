import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';

/** The nice value of the thread that runs this (Linux); run in a pool's worker by runInRunningPool. */
export default function threadPriority(): number {
  return getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()));
}
