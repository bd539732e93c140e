import { parentPort, workerData } from 'node:worker_threads';
import { closeReadingPool } from '../article/intake/reading-pool.js';
import { warmUpIntake } from '../article/warm-up.js';
import type { Config } from '../config.js';
import { ForwardingQueue, type QueueAnswerMessage } from '../jobs/forwarding-queue.js';
import { createApp } from '../app.js';
import { createServices } from '../services.js';
import { jobsHere } from './job-runner.js';
import { errorForThread, type FromJobThread, type ToJobThread } from '../jobs/job-thread-messages.js';

/**
 * The job thread (see job-thread-runner.ts): the app's listeners and services built again here, on
 * a store connection of this thread's own, replay the requests the acking thread queued. What a job
 * queues in turn goes back to that thread's queue.
 */
const port = parentPort!;
const { config } = workerData as { config: Config };
const post = (message: FromJobThread) => port.postMessage(message);

try {
  const queue = new ForwardingQueue(port);
  const services = createServices(config, {
    openQueue: () => queue,
    sqliteCommits: 'per write',
    logTo: (level, lines) => post({ type: 'log', level, lines }),
  });
  const { app } = createApp({ ...config, jobs: { ...config.jobs, role: 'worker' } }, services);
  await app.init();
  const jobs = jobsHere(app, config, services);
  const runs = new Map<number, AbortController>();
  port.on('message', (message: ToJobThread | QueueAnswerMessage) => {
    switch (message.type) {
      case 'queue-answer':
        return queue.answered(message);
      case 'run': {
        const givenUp = new AbortController();
        runs.set(message.run, givenUp);
        void jobs
          .run(message.job, { ...message.attempt, givenUp: givenUp.signal })
          .then(
            () => post({ type: 'done', run: message.run }),
            (error: unknown) => post({ type: 'done', run: message.run, error: errorForThread(error) }),
          )
          .finally(() => runs.delete(message.run));
        return;
      }
      case 'give-up':
        return runs.get(message.run)?.abort();
      case 'tell-lost':
        return void jobs.tellLost(message.jobs).finally(() => post({ type: 'told' }));
      case 'close':
        return void Promise.allSettled([closeReadingPool(), services.kv.disconnect()]).finally(() => post({ type: 'closed' }));
    }
  });
  post({ type: 'ready' });
  void warmUpIntake().catch((error: unknown) => services.logger.warn('warming up article intake failed', error));
} catch (error) {
  post({ type: 'failed', error: errorForThread(error) });
}
