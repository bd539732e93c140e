import type { ChatPostMessageArguments, ChatPostMessageResponse, ChatUpdateArguments, WebClient } from '@slack/web-api';
import type { JobPosts, JobRef } from '../store/job-posts.js';
import { isStoreFailure } from '../store/store-failure.js';

/**
 * With the store down the job is not retried (see retriesLater), so a post need not be recorded,
 * and the journalist must still hear what failed: Slack is posted to all the same.
 */
function unlessStoreDown(error: unknown): undefined {
  if (isStoreFailure(error)) return undefined;
  throw error;
}

/**
 * The Web API client a job posts with: its n-th chat.postMessage is recorded (channel and ts), and
 * when the job runs again (a retry, or another worker after a crash) the recorded message is
 * updated in place instead of posted twice. Every other call goes to Slack unchanged.
 */
export function postOnce(client: WebClient, job: JobRef, posts: JobPosts): WebClient {
  let count = 0;
  const postMessage = async (args: ChatPostMessageArguments): Promise<ChatPostMessageResponse> => {
    const index = count++;
    const recorded = await posts.posted(job, index).catch(unlessStoreDown);
    if (recorded) {
      const { text, blocks } = args as { text?: string; blocks?: unknown };
      await client.chat.update({ channel: recorded.channel, ts: recorded.ts, text, blocks } as ChatUpdateArguments);
      return { ok: true, channel: recorded.channel, ts: recorded.ts };
    }
    const posted = await client.chat.postMessage(args);
    await posts.record(job, index, { channel: posted.channel ?? args.channel, ts: posted.ts! }).catch(unlessStoreDown);
    return posted;
  };
  const chat = new Proxy(client.chat, {
    get: (target, property, receiver) => (property === 'postMessage' ? postMessage : Reflect.get(target, property, receiver)),
  });
  return new Proxy(client, {
    get: (target, property, receiver) => (property === 'chat' ? chat : Reflect.get(target, property, receiver)),
  });
}
