import { App, type Receiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { routedListeners } from '../../../src/slack/listeners/routed-listeners.js';

/** A Bolt app that receives nothing by itself: requests are handed to processEvent. */
function boltApp(): App {
  const receiver: Receiver = { init: () => {}, start: async () => undefined, stop: async () => undefined };
  return new App({ token: 'xoxb-routing', receiver, botId: 'B0ROUTE', botUserId: 'U0ROUTE', tokenVerificationEnabled: false });
}

/** Runs one request through the app; resolves to what it was acked with, or 'not acked'. */
async function send(app: App, body: Record<string, unknown>): Promise<unknown> {
  let acked: unknown = 'not acked';
  await app.processEvent({ body, ack: async (response) => void (acked = response ?? 'acked') });
  return acked;
}

const button = (actionId: string) => ({
  type: 'block_actions',
  team: { id: 'T0ROUTE' },
  user: { id: 'U0EDITOR', team_id: 'T0ROUTE' },
  actions: [{ type: 'button', action_id: actionId, block_id: 'b', action_ts: '1' }],
  trigger_id: 't',
});

describe('commands, buttons and modals routed by name through one Bolt listener each', () => {
  it('hands each command and button to the listener registered for its name, and only to it', async () => {
    const app = boltApp();
    const routed = routedListeners(app);
    const ran: string[] = [];
    routed.command('/summarize', async ({ ack }) => void (ran.push('summarize'), await ack({ text: 'Reading the article…' })));
    routed.command('/quotes', async ({ ack }) => void (ran.push('quotes'), await ack()));
    routed.action('article_quotes', async ({ ack }) => void (ran.push('quotes button'), await ack()));
    routed.action('rate_up', async ({ ack }) => void (ran.push('rate up'), await ack()));

    const command = { command: '/summarize', text: 'a story', team_id: 'T0ROUTE', user_id: 'U0EDITOR', channel_id: 'C0DESK', response_url: 'http://127.0.0.1/r', trigger_id: 't' };
    expect(await send(app, command)).toEqual({ text: 'Reading the article…' });
    expect(await send(app, button('rate_up'))).toBe('acked');
    expect(ran).toEqual(['summarize', 'rate up']);
  });

  it('leaves a button nothing is registered for unacknowledged, as Bolt does', async () => {
    const app = boltApp();
    routedListeners(app).action('article_quotes', async ({ ack }) => ack());
    expect(await send(app, button('a_button_from_an_old_version'))).toBe('not acked');
  });

  it('refuses a second listener for the same name', () => {
    const routed = routedListeners(boltApp());
    routed.view('feedback', async ({ ack }) => ack());
    expect(() => routed.view('feedback', async ({ ack }) => ack())).toThrow(/two listeners for feedback/);
  });
});
