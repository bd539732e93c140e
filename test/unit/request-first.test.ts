import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { afterReadyRequests } from '../../src/request-first.js';

/** Holds the thread for `ms`, as a job's step of work does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('work that can wait, resuming after the requests that are ready', () => {
  it('takes a request that arrives while 30 jobs resume after at most a few of them, not after all', async () => {
    const order: string[] = [];
    const server = createServer((socket) => socket.on('data', () => order.push('request')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client: Socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => client.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const jobs = Array.from({ length: 30 }, (_, i) =>
      afterReadyRequests().then(() => {
        busyFor(1);
        order.push(`job ${i}`);
      }),
    );
    client.write('a request');
    await Promise.all(jobs);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(order.filter((entry) => entry.startsWith('job'))).toEqual(Array.from({ length: 30 }, (_, i) => `job ${i}`));
    expect(order.indexOf('request')).toBeLessThan(5);
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('an article just read, and a job whose answer is out, among the work that can wait', () => {
  it('resumes the read first and the answered job last, each kind in its order', async () => {
    const order: string[] = [];
    const steps = [
      ...['answered 1', 'answered 2'].map((name) => afterReadyRequests('answered').then(() => order.push(name))),
      ...['answer 1', 'answer 2'].map((name) => afterReadyRequests().then(() => order.push(name))),
      ...['read 1', 'read 2'].map((name) => afterReadyRequests('read').then(() => order.push(name))),
    ];
    await Promise.all(steps);
    expect(order).toEqual(['read 1', 'read 2', 'answer 1', 'answer 2', 'answered 1', 'answered 2']);
  });
});
