import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, readBody, sendJson } from './http.js';

/** A chat completion request as the app sent it. */
export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  prompt_cache_key?: string;
  [other: string]: unknown;
}

/** What the emulated model answers to one request. */
export type Reply =
  | { json: unknown; usage?: Partial<EmulatedUsage> }
  | { content: string; usage?: Partial<EmulatedUsage> }
  /** An error status; headers such as Retry-After go with it. */
  | { status: number; message?: string; headers?: Record<string, string> }
  | { delayMs: number; then: Reply }
  /** Drops the connection without an answer, like a crashed server. */
  | { hangUp: true };

export type Responder = (request: ChatRequest) => Reply | Promise<Reply>;

interface EmulatedUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
}

/**
 * A local OpenAI-compatible server for /v1/chat/completions, scripted per test: queued
 * one-shot replies first, then the default responder. Records every request and how many
 * were in flight at once.
 */
export class OpenAIEmulator {
  readonly requests: ChatRequest[] = [];
  maxInFlight = 0;
  /** Answers json_schema requests with a 400, as servers without structured outputs do. */
  rejectJsonSchema = false;
  /** When set, a request with another API key gets OpenAI's 401, as a rejected key does. */
  requiredKey: string | undefined;
  /** Requests for the model list (GET /v1/models). */
  modelListRequests = 0;
  private inFlight = 0;
  private queue: Reply[] = [];
  private responder: Responder = () => ({ status: 500, message: 'the emulator has no scripted answer' });

  private constructor(
    readonly origin: string,
    private readonly closeServer: () => Promise<void>,
  ) {}

  static async start(): Promise<OpenAIEmulator> {
    let emulator: OpenAIEmulator | undefined;
    const { origin, close } = await listenOnLoopback((req, res) => {
      emulator!.handle(req, res).catch((error) => sendJson(res, 500, { error: { message: String(error) } }));
    });
    emulator = new OpenAIEmulator(origin, close);
    return emulator;
  }

  /** The base for OPENAI_BASE_URL. */
  get url(): string {
    return `${this.origin}/v1`;
  }

  close(): Promise<void> {
    return this.closeServer();
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  enqueue(...replies: Reply[]): void {
    this.queue.push(...replies);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    if (this.requiredKey !== undefined && req.headers.authorization !== `Bearer ${this.requiredKey}`) {
      return sendJson(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } });
    }
    if (req.method === 'GET' && url.pathname === '/v1/models') {
      this.modelListRequests += 1;
      return sendJson(res, 200, { object: 'list', data: [{ id: 'test-model', object: 'model', created: 0, owned_by: 'emulator' }] });
    }
    if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
      return sendJson(res, 404, { error: { message: `no route ${req.method} ${url.pathname}` } });
    }
    const request = JSON.parse((await readBody(req)).toString('utf8')) as ChatRequest;
    this.requests.push(request);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.rejectJsonSchema && request.response_format?.type === 'json_schema') {
        return sendJson(res, 400, { error: { message: "response_format 'json_schema' is not supported", type: 'invalid_request_error' } });
      }
      await this.reply(request, this.queue.shift() ?? (await this.responder(request)), res);
    } finally {
      this.inFlight -= 1;
    }
  }

  private async reply(request: ChatRequest, reply: Reply, res: ServerResponse): Promise<void> {
    if ('delayMs' in reply) {
      await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      return this.reply(request, reply.then, res);
    }
    if ('hangUp' in reply) {
      res.socket?.destroy();
      return;
    }
    if ('status' in reply) {
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      return sendJson(res, reply.status, { error: { message: reply.message ?? `emulated ${reply.status}`, type: 'server_error' } });
    }
    const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
    const promptChars = request.messages.reduce((sum, m) => sum + String(m.content).length, 0);
    const usage: EmulatedUsage = {
      prompt_tokens: Math.ceil(promptChars / 4),
      completion_tokens: Math.ceil(content.length / 4),
      cached_tokens: 0,
      ...reply.usage,
    };
    sendJson(res, 200, {
      id: `chatcmpl-${this.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: usage.prompt_tokens,
        completion_tokens: usage.completion_tokens,
        total_tokens: usage.prompt_tokens + usage.completion_tokens,
        prompt_tokens_details: { cached_tokens: usage.cached_tokens },
      },
    });
  }
}

/** Which task a request is for: the name of the JSON schema it asks for. */
export function taskOf(request: ChatRequest): string | undefined {
  return request.response_format?.json_schema?.name ?? /the (\w+)\) that matches/.exec(request.messages.at(-1)?.content ?? '')?.[1];
}
