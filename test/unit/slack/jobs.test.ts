import { describe, expect, it } from 'vitest';
import { jobOfRequest, retriesLater, type RunningJob } from '../../../src/slack/jobs.js';
import { NewsroomError } from '../../../src/errors.js';
import { JobReplies } from '../../../src/slack/job-replies.js';

describe('the job of a Slack request', () => {
  it('is named by the event id for an event, so a redelivery is the same job', () => {
    const body = { type: 'event_callback', team_id: 'T1', event_id: 'Ev123', event: { type: 'app_mention' } };
    expect(jobOfRequest(body, {})).toEqual({ id: 'event-T1-Ev123', teamId: 'T1', kind: 'slack-request', data: body });
    expect(jobOfRequest({ ...body }, {}).id).toBe(jobOfRequest(body, {}).id);
  });

  it('is named by the trigger for a command, a button or a shortcut, with no ":" (BullMQ refuses it)', () => {
    expect(jobOfRequest({ command: '/summarize', team_id: 'T1', trigger_id: '123.456:abc' }, {}).id).toBe('trigger-123.456_abc');
    expect(jobOfRequest({ type: 'block_actions', team: { id: 'T2' }, trigger_id: '9.9' }, {}).teamId).toBe('T2');
  });
});

describe('after a failure in a job', () => {
  const job = (final: boolean): RunningJob => ({ id: 'j', teamId: 'T1', attempt: 1, final, replies: new JobReplies() });

  it('retries what is Newsdesk\'s to fix while attempts remain', () => {
    const running = job(false);
    const error = new Error('socket hang up');
    expect(retriesLater(running, error)).toBe(true);
    expect(running.failure).toBe(error);
  });

  it('tells the journalist at once on the last attempt, or when the journalist can fix it', () => {
    expect(retriesLater(job(true), new Error('down'))).toBe(false);
    expect(retriesLater(job(false), new NewsroomError('That link is no article.'))).toBe(false);
    expect(retriesLater(undefined, new Error('down'))).toBe(false);
  });

  it('tells nothing from a run given up at shutdown, even on its last attempt: another worker answers, or the restart notice', () => {
    const givenUp = job(true);
    givenUp.replies.givenUp = true;
    expect(retriesLater(givenUp, new Error('the job was given up at shutdown'))).toBe(true);
  });
});
