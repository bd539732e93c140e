import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { ARTICLE_THREAD_BLOCK_ID, PROGRESS_BLOCK_ID } from './blocks.js';

/** What a job's Slack calls do once the job is given up at shutdown. */
export class JobGivenUp extends Error {
  constructor() {
    super('the job was given up at shutdown');
  }
}

/** Calls that show the journalist something. */
const WRITES = /^(chat\.(postMessage|update|postEphemeral|startStream|appendStream|stopStream)|filesUploadV2|files\.(uploadV2|completeUploadExternal))$/;
/** Time a Slack call already on its way at the give-up gets to land, so it counts (or not) as the answer. */
const SETTLE_MS = 2_000;

/** The WebClient's own methods that call Slack (the rest are method groups, or no calls at all). */
const TOP_LEVEL_CALLS = new Set(['apiCall', 'filesUploadV2']);

type Blocks = Array<{ block_id?: string }> | undefined;

/**
 * What one run of a job has shown its journalist, through the client and response_url it was
 * given: whether an answer is out, and where its progress note is. Once the run is given up at
 * shutdown, it shows nothing more: its calls throw, and whoever tells the journalist (the next
 * worker, or the restart notice) knows what is already there.
 */
export class JobReplies {
  /** An answer (or a message in its place, such as a failure) has reached the journalist. */
  answered = false;
  /** The progress note in a thread, the restart notice's place. */
  progress: { channel: string; ts: string } | undefined;
  /** The run was given up at shutdown: it shows nothing more. */
  givenUp = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  /** Waits (a little) for the calls already on their way when the run was given up. */
  async settle(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, SETTLE_MS)))]);
    clearTimeout(timer);
  }

  /** The client the run posts with: each call seen, none made once the run is given up. */
  watch(client: WebClient): WebClient {
    return this.proxy(client, '') as WebClient;
  }

  /** The run's response_url, watched the same way. */
  watchRespond(respond: RespondFn): RespondFn {
    return (message) => this.call(() => respond(message), (result) => {
      const { text, blocks } = (typeof message === 'string' ? { text: message } : message) as { text?: string; blocks?: Blocks };
      if ((text || blocks?.length) && !isProgress(blocks)) this.answered = true;
      return result;
    });
  }

  private proxy(target: object, path: string): unknown {
    return new Proxy(target, {
      get: (object, property, receiver) => {
        const value = Reflect.get(object, property, receiver);
        if (typeof property !== 'string') return value;
        const name = path ? `${path}.${property}` : property;
        // Within a method group every function is a Web API call; at the top, only the calls (not on(), …).
        if (typeof value === 'function' && (path || TOP_LEVEL_CALLS.has(property))) {
          return (...args: unknown[]) => this.call(() => Reflect.apply(value, object, args) as unknown, (result) => this.saw(name, args[0], result));
        }
        // The Web API's method groups, nested too (chat, assistant.threads…); plain fields (token…) as they are.
        return value && typeof value === 'object' ? this.proxy(value, name) : value;
      },
    });
  }

  private call<T>(make: () => T | Promise<T>, seen: (result: T) => T): Promise<T> {
    if (this.givenUp) return Promise.reject(new JobGivenUp());
    const call = Promise.resolve(make()).then(seen);
    this.inFlight.add(call);
    void call.then(
      () => this.inFlight.delete(call),
      () => this.inFlight.delete(call),
    );
    return call;
  }

  private saw<T>(method: string, args: unknown, result: T): T {
    const sent = (args ?? {}) as { channel?: string; ts?: string; blocks?: Blocks };
    if (method === 'chat.delete' && sent.ts === this.progress?.ts) this.progress = undefined;
    if (!WRITES.test(method)) return result;
    const posted = result as { channel?: string; ts?: string } | undefined;
    const channel = posted?.channel ?? sent.channel;
    const ts = posted?.ts ?? sent.ts;
    if (isProgress(sent.blocks)) {
      if (channel && ts) this.progress = { channel, ts };
    } else if (!sent.blocks?.some((block) => block.block_id === ARTICLE_THREAD_BLOCK_ID)) {
      this.answered = true;
      if (ts === this.progress?.ts) this.progress = undefined;
    }
    return result;
  }
}

function isProgress(blocks: Blocks): boolean {
  return Boolean(blocks?.some((block) => block.block_id === PROGRESS_BLOCK_ID));
}
