import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { afterReadyRequests } from '../../../src/request-first.js';
import { commandHandler, type CommandArgs } from '../../../src/slack/command-runner.js';
import { JobReplies } from '../../../src/slack/job-replies.js';
import { RUNNING_JOB, type JobServices, type RunningJob } from '../../../src/slack/jobs.js';

const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** A command's run inside its job, as the job worker starts it: Bolt's arguments with the job in the context. */
function commandInJob(respond: (message: unknown) => Promise<void>): CommandArgs {
  const job: RunningJob = { id: 'trigger-1', teamId: 'T1', attempt: 1, final: true, replies: new JobReplies() };
  return {
    ack: async () => {},
    respond,
    command: { command: '/summarize', text: 'an article', user_id: 'U1', channel_id: 'C1' },
    body: { command: '/summarize', trigger_id: '1' },
    context: { [RUNNING_JOB]: job },
    client: new WebClient('xoxb-unused'),
    logger: quietLogger,
  } as unknown as CommandArgs;
}

describe('a command whose answer is out', () => {
  it('clears its progress note only after the other journalists\' waiting steps (their answers first)', async () => {
    const order: string[] = [];
    const otherJobs: Array<Promise<void>> = [];
    const services = { logger: quietLogger, jobs: {}, jobPosts: {} } as unknown as JobServices;
    const handler = commandHandler(services, { progress: 'Summarizing…' }, async () => {
      // Other journalists' jobs are waiting to resume (their answers to post) when this answer is out.
      for (const name of ['answer A', 'answer B', 'answer C']) otherJobs.push(afterReadyRequests().then(() => void order.push(name)));
      return { channelId: 'C1', ts: '1.1', threadTs: undefined, named: 'The summary' };
    });

    await handler(commandInJob(async (message) => void order.push(`progress note: ${JSON.stringify(message)}`)));
    await Promise.all(otherJobs);

    expect(order).toEqual(['answer A', 'answer B', 'answer C', 'progress note: {"delete_original":true}']);
  });
});
