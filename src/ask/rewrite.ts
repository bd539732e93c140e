import type { ThreadContext, ThreadRef, ThreadStore } from '../store/threads.js';
import type { Engine, EngineLabel, Usage } from '../engines/engine.js';
import { rememberTurn } from './ask.js';
import { ungroundedTermsOf } from '../checks/off-thread-grounding.js';

/** Headline options or a social-media post: text an editor may publish, checked against the article. */
export interface RewriteOutcome {
  kind: 'headlines' | 'social-post';
  lines: string[];
  /** Names and numbers in the lines that the article does not contain. */
  ungrounded: string[];
  engine: EngineLabel;
  usage: Usage;
}

type Deps = { engine: Engine; threads: ThreadStore };

export async function proposeHeadlines(deps: Deps, thread: ThreadRef, context: ThreadContext, request: string): Promise<RewriteOutcome> {
  const result = await deps.engine.headlines(context.article);
  return finish(deps, thread, context, request, { kind: 'headlines', lines: result.value.headlines, ...result });
}

export async function writeSocialPost(deps: Deps, thread: ThreadRef, context: ThreadContext, request: string): Promise<RewriteOutcome> {
  const result = await deps.engine.socialPost(context.article);
  return finish(deps, thread, context, request, { kind: 'social-post', lines: [result.value.post], ...result });
}

async function finish(
  deps: Deps,
  thread: ThreadRef,
  context: ThreadContext,
  request: string,
  result: { kind: RewriteOutcome['kind']; lines: string[]; engine: EngineLabel; usage: Usage },
): Promise<RewriteOutcome> {
  const ungrounded = [...new Set((await ungroundedTermsOf(context.article, result.lines)).flat())];
  await rememberTurn(deps.threads, thread, { question: request, answer: result.lines.join('\n') });
  return { kind: result.kind, lines: result.lines, ungrounded, engine: result.engine, usage: result.usage };
}
