import type { ThreadContext, ThreadRef, ThreadStore } from '../store/threads.js';
import type { Article } from '../article/article-types.js';
import type { Engine, EngineLabel, Turn, Usage } from '../engines/engine.js';
import { ungroundedTermsOf } from '../checks/off-thread-grounding.js';
import { countTokens } from '../article/tokens.js';

/** What the article cannot answer is said plainly, never guessed. */
export const NOT_SAID = 'The article does not say.';

/**
 * The conversation kept with an article: the most recent turns within this many tokens. Enough
 * for "and what did he say then?" to make sense, small enough that a long thread does not
 * crowd out the article in the prompt.
 */
export const TURN_BUDGET_TOKENS = 1500;

export interface AnswerOutcome {
  text: string;
  found: boolean;
  /** Paragraph ids the answer rests on; ids the article does not have are dropped. */
  citations: string[];
  /** Names and numbers in the answer that the article does not contain. */
  ungrounded: string[];
  engine: EngineLabel;
  usage: Usage;
}

/** Answers a question about the thread's article, with the thread's earlier turns, and remembers the turn. */
export async function askArticle(
  deps: { engine: Engine; threads: ThreadStore },
  thread: ThreadRef,
  context: ThreadContext,
  question: string,
): Promise<AnswerOutcome> {
  const { article } = context;
  const result = await deps.engine.ask(article, question, context.turns);
  const found = result.value.found;
  const text = found ? result.value.answer : NOT_SAID;
  const outcome: AnswerOutcome = {
    text,
    found,
    citations: found ? knownParagraphs(article, result.value.citations) : [],
    ungrounded: found ? ((await ungroundedTermsOf(article, [withoutCitations(text)]))[0] ?? []) : [],
    engine: result.engine,
    usage: result.usage,
  };
  await rememberTurn(deps.threads, thread, { question, answer: text });
  return outcome;
}

/**
 * Adds a turn to the thread's conversation, dropping the oldest beyond the token budget. Another
 * follow-up, in this process or another, may add its turn at the same moment: the update is
 * atomic, so neither is lost.
 */
export async function rememberTurn(threads: ThreadStore, thread: ThreadRef, turn: Turn): Promise<void> {
  const context = await threads.getThread(thread);
  if (!context) return;
  await threads.updateThread(thread, context, (current) => ({ ...current, turns: recentTurns([...current.turns, turn], TURN_BUDGET_TOKENS) }));
}

/** The most recent turns whose text fits `budget` tokens, oldest first. */
export function recentTurns(turns: readonly Turn[], budget: number): Turn[] {
  const kept: Turn[] = [];
  let used = 0;
  for (const turn of [...turns].reverse()) {
    used += countTokens(`Q: ${turn.question}\nA: ${turn.answer}`);
    if (used > budget) break;
    kept.unshift(turn);
  }
  return kept;
}

function knownParagraphs(article: Article, ids: readonly string[]): string[] {
  const known = new Set(article.paragraphs.map((p) => p.id));
  return [...new Set(ids.filter((id) => known.has(id)))];
}

/** "[P2]" and "[P2, P5]" are citations, not numbers the article must contain. */
export function withoutCitations(text: string): string {
  return text.replace(/\[P\d+(?:\s*[,;]\s*P\d+)*\]/g, '');
}
