import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { InProcessQueue } from '../../../src/jobs/in-process-queue.js';
import { JOB_ATTEMPTS, type Job, type JobAttempt } from '../../../src/jobs/job-queue.js';
import type { Logger } from '../../../src/logger.js';
import { EventClaims } from '../../../src/store/dedupe.js';
import { eventually } from '../../support/eventually.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const job = (id: string, teamId = 'T1'): Job => ({ id, teamId, kind: 'test', data: { id } });
const queueOf = (concurrency: number) => new InProcessQueue(new EventClaims(new Keyv()), concurrency, quiet);

describe('the in-process job queue', () => {
  it('runs a job once however often its request is delivered', async () => {
    const queue = queueOf(4);
    const ran: string[] = [];
    queue.work(async (j) => void ran.push(j.id));
    await Promise.all(Array.from({ length: 5 }, () => queue.add(job('event-T1-Ev1'))));
    await queue.add(job('event-T1-Ev2'));
    await eventually(() => (ran.length === 2 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran.sort()).toEqual(['event-T1-Ev1', 'event-T1-Ev2']);
    await queue.close(100);
  });

  it('lets a workspace with one job go before another workspace\'s flood is through', async () => {
    const queue = queueOf(1);
    for (let i = 0; i < 20; i++) await queue.add(job(`flood-${i}`, 'TFLOOD'));
    await queue.add(job('single', 'TQUIET'));
    const ran: string[] = [];
    queue.work(async (j) => void ran.push(j.id));
    await eventually(() => (ran.length === 21 ? true : undefined));
    expect(ran.indexOf('single')).toBeLessThan(2);
    expect(ran.filter((id) => id.startsWith('flood'))).toEqual(Array.from({ length: 20 }, (_, i) => `flood-${i}`));
    await queue.close(100);
  });

  it('retries a failing job with backoff and marks its last attempt final', async () => {
    const queue = queueOf(1);
    const attempts: JobAttempt[] = [];
    queue.work(async (_j, attempt) => {
      attempts.push(attempt);
      throw new Error('the model is down');
    });
    await queue.add(job('failing'));
    await eventually(() => (attempts.length === JOB_ATTEMPTS ? true : undefined), 15_000);
    expect(attempts.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(attempts.map((a) => a.final)).toEqual([false, false, true]);
    await queue.close(100);
  });

  it('hands the first attempt the run from the request in hand, and leaves every retry to the job itself', async () => {
    const queue = queueOf(1);
    const firstRuns: boolean[] = [];
    queue.work(async (_j, attempt) => {
      firstRuns.push(attempt.firstRun !== undefined);
      if (attempt.firstRun) await attempt.firstRun({});
      throw new Error('the model is down');
    });
    let ranFromRequest = 0;
    await queue.add(job('failing'), async () => void ranFromRequest++);
    await eventually(() => (firstRuns.length === JOB_ATTEMPTS ? true : undefined), 15_000);
    expect(firstRuns).toEqual([true, false, false]);
    expect(ranFromRequest).toBe(1);
    await queue.close(100);
  });

  it('reports how many jobs wait and for how long the oldest has', async () => {
    const queue = queueOf(1);
    expect(await queue.backlog()).toEqual({ waiting: 0, oldestWaitingMs: null });
    await queue.add(job('a'));
    await queue.add(job('b'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const backlog = await queue.backlog();
    expect(backlog.waiting).toBe(2);
    expect(backlog.oldestWaitingMs).toBeGreaterThanOrEqual(25);
    await queue.close(100);
  });

  it('removes an uninstalled workspace\'s waiting jobs and retries (an org\'s by its enterprise id), and only theirs', async () => {
    const queue = queueOf(1);
    const ran: string[] = [];
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    queue.work(async (j) => {
      // The first run of 'retried' fails, so it waits out its backoff; 'blocker' holds the one slot meanwhile.
      if (j.id === 'retried' && !ran.includes('retried-failed')) {
        ran.push('retried-failed');
        throw new Error('Slack erred');
      }
      if (j.id === 'blocker') await gate;
      ran.push(j.id);
    });
    await queue.add(job('retried', 'TLEAVES'));
    await eventually(() => (ran.includes('retried-failed') ? true : undefined));
    await queue.add(job('blocker', 'TSTAYS'));
    await queue.add(job('waiting', 'TLEAVES'));
    await queue.add({ ...job('of-the-org', 'TREGION'), enterpriseId: 'TLEAVES' });
    await queue.add(job('other', 'TSTAYS'));
    expect(await queue.removeWorkspace('TLEAVES')).toBe(3);
    openGate();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ran).toEqual(['retried-failed', 'blocker', 'other']);
    expect(await queue.backlog()).toEqual({ waiting: 0, oldestWaitingMs: null });
    await queue.close(100);
  });

  it('on close, takes no new jobs, and runs those in hand and those waiting until all are done, within the grace', async () => {
    const queue = queueOf(2);
    const finished: string[] = [];
    queue.work(async (j) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished.push(j.id);
    });
    for (const id of ['a', 'b', 'c']) await queue.add(job(id));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closing = queue.close(2_000);
    await expect(queue.add(job('d'))).rejects.toThrow(/closed/);
    expect(await closing).toEqual([]);
    expect(finished.sort()).toEqual(['a', 'b', 'c']);
  });

  it('at the end of the grace, gives up the runs still going (their signal aborted) and returns them with the jobs that never started', async () => {
    const queue = queueOf(2);
    const finished: string[] = [];
    const givenUp = new Map<string, AbortSignal>();
    queue.work(async (j, attempt) => {
      givenUp.set(j.id, attempt.givenUp);
      await new Promise((resolve) => setTimeout(resolve, 200));
      finished.push(j.id);
    });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await queue.add(job(id));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lost = await queue.close(300);
    expect(finished.sort()).toEqual(['a', 'b']);
    expect(lost.map((j) => j.id).sort()).toEqual(['c', 'd', 'e']);
    expect([...givenUp].filter(([, signal]) => signal.aborted).map(([id]) => id).sort()).toEqual(['c', 'd']);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(finished).not.toContain('e');
  });

  it('gives up a job waiting out its backoff when the grace ends before its retry', async () => {
    const queue = queueOf(1);
    let runs = 0;
    queue.work(async () => {
      runs++;
      throw new Error('the model is down');
    });
    await queue.add(job('failing'));
    await eventually(() => (runs === 1 ? true : undefined));
    expect((await queue.close(100)).map((j) => j.id)).toEqual(['failing']);
  });
});
