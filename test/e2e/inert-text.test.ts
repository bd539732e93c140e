import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { listenOnLoopback } from '../support/http.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { mention, scriptModel, summarizeInChannel } from '../support/conversation.js';

/** What Slack would act on if it reached a message live: notify everyone, ping a person, a disguised link. */
const CONTROL_SEQUENCES = ['<!channel>', '<!here>', '<@U0EDITOR>', '<http://evil.example|click>'];
const LIVE = /<!channel>|<!here>|<@U0EDITOR>|<http:\/\/evil\.example/;

/** Everything the app posted where Slack reads mrkdwn: messages' text and blocks, streamed markdown, response_url posts. */
const posted = (nd: RunningNewsdesk) => nd.slack.visibleText();

/** The Russia story as a wire service's plain-text page, carrying each control sequence as text. */
function articleWithControlSequences(): string {
  const [first, second, ...rest] = russiaArticle().split('\n');
  return [`${CONTROL_SEQUENCES.join(' ')} ${first}`, `"${CONTROL_SEQUENCES[0]} Saya akan menyarankan untuk melanjutkan," kata Lavrov. ${second}`, ...rest].join('\n');
}

let page: { origin: string; close(): Promise<void> };
beforeAll(async () => {
  page = await listenOnLoopback((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(articleWithControlSequences());
  });
});
afterAll(async () => {
  await page.close();
});

describe('Slack control sequences in an article read from a link', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ offline: true, env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('shows them as text in the summary and the quotes, never live', async () => {
    await nd.send.command('/summarize', `${page.origin}/wire/rusia.txt`);
    const summary = await nd.slack.waitFor('chat.postMessage');
    await nd.send.command('/quotes', '');
    await nd.slack.waitFor('chat.postMessage', (call) => call !== summary);

    expect(posted(nd)).toContain('&lt;!channel&gt;');
    expect(posted(nd)).not.toMatch(LIVE);
  });
});

describe('Slack control sequences in a model\'s answer', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk();
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('shows them as text in a posted answer, in a streamed one and in the summary, never live', async () => {
    const sneaky = CONTROL_SEQUENCES.join(' ');
    let answers = 0;
    scriptModel(nd.openai!, {
      summary: { ...russiaSummary, lede: `${sneaky} ${russiaSummary.lede}` },
      // The first answer fits one message; the second is long enough to be streamed.
      answer: () => ({ answer: `${sneaky} Lavrov [P2]. ${++answers > 1 ? 'Lavrov menyarankan diplomasi. '.repeat(120) : ''}`, found: true, citations: ['P2'] }),
    });
    const root = await summarizeInChannel(nd);
    await mention(nd, 'siapa Lavrov?', { threadTs: root });
    await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root);
    await mention(nd, 'mengapa Rusia memilih diplomasi?', { threadTs: root });
    await nd.slack.waitFor('chat.stopStream');

    expect(nd.slack.callsTo('chat.appendStream').length + nd.slack.callsTo('chat.startStream').length).toBeGreaterThan(1);
    expect(posted(nd)).toContain('&lt;!here&gt;');
    expect(posted(nd)).not.toMatch(LIVE);
  });
});
