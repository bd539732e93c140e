import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeMessage, progressNote } from '../../../src/slack/blocks.js';
import { JobGivenUp, JobReplies } from '../../../src/slack/job-replies.js';
import { SlackEmulator } from '../../support/slack-emulator.js';

const TOKEN = 'xoxb-job-replies';
let slack: SlackEmulator;
let client: WebClient;

beforeEach(async () => {
  slack = await SlackEmulator.start(TOKEN);
  client = new WebClient(TOKEN, { slackApiUrl: slack.apiUrl });
});
afterEach(() => slack.close());

describe('what a job run has shown its journalist', () => {
  it('a progress note is no answer, and is where the notice would go; the answer put in its place is', async () => {
    const replies = new JobReplies();
    const watched = replies.watch(client);
    const note = progressNote('Looking for quotes…');
    const posted = await watched.chat.postMessage({ channel: 'C1', thread_ts: '1.1', text: note.text, blocks: note.blocks });
    expect(replies).toMatchObject({ answered: false, progress: { channel: 'C1', ts: posted.ts } });
    await watched.chat.getPermalink({ channel: 'C1', message_ts: posted.ts! });
    expect(replies.answered).toBe(false);
    const answer = noticeMessage('The quotes');
    await watched.chat.update({ channel: 'C1', ts: posted.ts!, text: answer.text, blocks: answer.blocks });
    expect(replies).toMatchObject({ answered: true, progress: undefined });
  });

  it('once given up, makes no call at all, through the client or the response_url', async () => {
    const replies = new JobReplies();
    const watched = replies.watch(client);
    let responded = 0;
    const respond = replies.watchRespond(async () => {
      responded++;
      return new Response('ok');
    });
    replies.givenUp = true;
    await expect(watched.chat.postMessage({ channel: 'C1', text: 'late' })).rejects.toBeInstanceOf(JobGivenUp);
    await expect(watched.assistant.threads.setStatus({ channel_id: 'D1', thread_ts: '1.1', status: 'is reading…' })).rejects.toBeInstanceOf(JobGivenUp);
    await expect(respond({ text: 'late' })).rejects.toBeInstanceOf(JobGivenUp);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(responded).toBe(0);
    expect(watched.token).toBe(TOKEN);
  });

  it('counts an answer that was on its way when the run was given up, once it lands', async () => {
    const replies = new JobReplies();
    const on = replies.watch(client).chat.postMessage({ channel: 'C1', text: 'the summary' });
    replies.givenUp = true;
    await replies.settle();
    expect(replies.answered).toBe(true);
    await on;
  });
});
