import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timedSummarize } from '../support/acks.js';
import { makeDocxBomb } from '../support/documents.js';
import { russiaArticle } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { BOT_USER_ID } from '../support/slack-emulator.js';
import { CHANNEL_ID, USER_ID } from '../support/slack-requests.js';

const GIB = 1024 * 1024 * 1024;

describe('a .docx zip bomb shared with a mention', () => {
  let nd: RunningNewsdesk;
  beforeAll(async () => {
    nd = await startNewsdesk({ offline: true });
  });
  afterAll(async () => {
    await nd?.stop();
  });

  it.each([
    ['that inflates to 1 GiB', makeDocxBomb({ inflatedBytes: GIB }), /it would unpack to more than 64 MB/],
    ['whose headers understate what it inflates to', makeDocxBomb({ inflatedBytes: GIB, declaredBytes: 4096 }), /its parts unpack to more than the file declares/],
  ])('a 1 MB file %s: the thread is told it is too large to read, and another journalist is acked at once', async (_what, bytes, why) => {
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const file = nd.slack.addFile({ name: 'bericht.docx', mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes });
    const ts = nd.slack.nextTs();
    const { bytes: _bytes, ...described } = file;
    await nd.send.event({ type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ringkas`, channel: CHANNEL_ID, ts, files: [described] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const other = await timedSummarize(nd, russiaArticle());
    expect(other.ackMs).toBeLessThan(1000);

    const notice = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === ts, 30_000);
    expect(notice.args.text).toMatch(/This document is too large or too complex to read/);
    expect(notice.args.text).toMatch(why);
    await other.summary;
  });
});
