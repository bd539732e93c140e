import type { RunningNewsdesk } from './newsdesk.js';

/**
 * A /summarize of the shared article sent while something else keeps the app busy: how long
 * Slack waited for the ack, and a promise of the summary it then posts.
 */
export async function timedSummarize(nd: RunningNewsdesk, article: string): Promise<{ ackMs: number; status: number; summary: Promise<unknown> }> {
  const posted = nd.slack.calls.length;
  const started = performance.now();
  const { response } = await nd.send.command('/summarize', article);
  const ackMs = performance.now() - started;
  const summary = nd.slack.waitFor('chat.postMessage', (call) => nd.slack.calls.indexOf(call) >= posted && call.args.blocks?.[0]?.type === 'header', 60_000);
  return { ackMs, status: response.status, summary };
}

/** The ephemeral reply a command got through its response_url (its failure report). */
export async function replyTo(nd: RunningNewsdesk, responseUrl: string, timeoutMs = 30_000): Promise<string> {
  const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && call.args.text !== undefined, timeoutMs);
  return reply.args.text as string;
}
