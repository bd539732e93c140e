import type OpenAI from 'openai';
import { openaiLibrary } from './openai-library.js';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { noUsage, addUsage, type Usage } from '../engine.js';
import type { ModelSlots } from '../model-slots.js';
import { withinDeadline, type ModelTimeLimits } from './retries.js';

/** The model's output did not pass the schema even after one repair round. */
export class ModelOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelOutputError';
  }
}

export interface StructuredRequest<S extends z.ZodType> {
  schema: S;
  /** Names the schema for the model, e.g. "summary". */
  name: string;
  messages: ChatCompletionMessageParam[];
  /** Lets providers route requests about one article to the same prompt cache. */
  promptCacheKey?: string;
}

export interface StructuredResult<T> {
  value: T;
  usage: Usage;
  repaired: boolean;
}

/** JSON Schema keywords that strict structured outputs reject; zod's checks still apply after. */
const UNSUPPORTED_KEYWORDS = new Set(['$schema', 'minLength', 'maxLength']);

// Schemas are module constants: each is converted once, not on every model request (zod's
// conversion was the largest zod entry in the profile of a burst of /summarize).
const jsonSchemas = new WeakMap<z.ZodType, Record<string, unknown>>();

export function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  let converted = jsonSchemas.get(schema);
  if (!converted) {
    converted = convertedToJsonSchema(schema);
    jsonSchemas.set(schema, converted);
  }
  return converted;
}

function convertedToJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).filter(([keyword]) => !UNSUPPORTED_KEYWORDS.has(keyword)).map(([k, v]) => [k, strip(v)]),
    );
  };
  return strip(z.toJSONSchema(schema, { target: 'draft-7', io: 'output' })) as Record<string, unknown>;
}

/**
 * Asks the model for JSON matching a zod schema and returns the validated value.
 * json_schema response format first; json_object where the server rejects it; one repair
 * round that shows the model the zod error; ModelOutputError if it is still invalid.
 */
export class StructuredGateway {
  /** Set once a server has rejected json_schema, so later calls go straight to json_object. */
  private jsonSchemaRejected = false;

  constructor(
    private readonly client: OpenAI,
    readonly model: string,
    private readonly limits: ModelTimeLimits,
    private readonly slots?: ModelSlots,
  ) {}

  async generate<S extends z.ZodType>(request: StructuredRequest<S>): Promise<StructuredResult<z.output<S>>> {
    // One deadline for the whole request: retries, their waits and the repair round.
    const deadline = Date.now() + this.limits.deadlineMs;
    let usage = noUsage();
    const messages = [...request.messages];
    const first = await this.complete(request, messages, deadline);
    usage = addUsage(usage, first.usage);
    const firstCheck = validate(request.schema, first.content);
    if (firstCheck.ok) return { value: firstCheck.value, usage, repaired: false };

    messages.push(
      { role: 'assistant', content: first.content },
      {
        role: 'user',
        content: `That reply does not match the required JSON schema:\n${firstCheck.error}\nReply again with the corrected JSON object only.`,
      },
    );
    const second = await this.complete(request, messages, deadline);
    usage = addUsage(usage, second.usage);
    const secondCheck = validate(request.schema, second.content);
    if (secondCheck.ok) return { value: secondCheck.value, usage, repaired: true };
    throw new ModelOutputError(`the model's ${request.name} did not match the schema after a repair round`);
  }

  private inSlot<T>(call: () => Promise<T>): Promise<T> {
    return this.slots ? this.slots.hold(call) : call();
  }

  private async complete(
    request: StructuredRequest<z.ZodType>,
    messages: ChatCompletionMessageParam[],
    deadline: number,
  ): Promise<{ content: string; usage: Usage }> {
    const create = (body: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming) =>
      withinDeadline((options) => this.inSlot(() => this.client.chat.completions.create(body, options)), deadline, this.limits);
    // Reasoning models reject temperature and max_tokens, so neither is sent.
    const base = {
      model: this.model,
      messages,
      ...(request.promptCacheKey ? { prompt_cache_key: request.promptCacheKey } : {}),
    };
    if (!this.jsonSchemaRejected) {
      try {
        const completion = await create({
          ...base,
          response_format: {
            type: 'json_schema',
            json_schema: { name: request.name, schema: jsonSchemaFor(request.schema), strict: true },
          },
        });
        return read(completion);
      } catch (error) {
        if (!rejectsJsonSchema(error)) throw error;
        this.jsonSchemaRejected = true;
      }
    }
    const completion = await create({
      ...base,
      messages: [...messages, { role: 'user', content: schemaInstruction(request) }],
      response_format: { type: 'json_object' },
    });
    return read(completion);
  }
}

function read(completion: OpenAI.Chat.Completions.ChatCompletion): { content: string; usage: Usage } {
  const usage = completion.usage;
  return {
    content: completion.choices[0]?.message?.content ?? '',
    usage: {
      promptTokens: usage?.prompt_tokens ?? 0,
      completionTokens: usage?.completion_tokens ?? 0,
      cachedTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
      calls: 1,
    },
  };
}

/** A 400 that names the response format: the server does not do structured outputs. */
function rejectsJsonSchema(error: unknown): boolean {
  return (
    error instanceof openaiLibrary().BadRequestError && /response_format|json_schema|structured/i.test(error.message)
  );
}

function schemaInstruction(request: StructuredRequest<z.ZodType>): string {
  return `Reply with one JSON object (the ${request.name}) that matches this JSON Schema:\n${JSON.stringify(jsonSchemaFor(request.schema))}`;
}

function validate<S extends z.ZodType>(
  schema: S,
  content: string,
): { ok: true; value: z.output<S> } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(content));
  } catch {
    return { ok: false, error: 'The reply is not valid JSON.' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

/** Some local models wrap JSON in a Markdown code fence even in JSON mode. */
function stripCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return fenced ? fenced[1]! : content;
}
