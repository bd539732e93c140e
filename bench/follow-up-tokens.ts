import { countTokens } from '../src/article/tokens.js';
import { startNewsdesk } from '../test/support/newsdesk.js';
import { taskOf, type ChatRequest } from '../test/support/openai-emulator.js';
import { mention, replyIn, russiaSummary, scriptModel, summarizeInChannel } from '../test/support/conversation.js';
import type { SlackCall } from '../test/support/slack-emulator.js';
import { report } from './stats.js';

const FOLLOW_UPS = 30;

const questions = [
  'berapa tentara Rusia di perbatasan?',
  'apa saran Lavrov kepada Putin?',
  'ke mana AS memindahkan kedutaannya?',
  'siapa yang ditelepon Biden?',
  'apa tanggapan Jerman?',
];

/** An answer of a realistic length: two sentences with a citation. */
const answerFor = (turn: number) => ({
  answer: `Menurut artikel, jawaban untuk pertanyaan ${turn + 1} ada di paragraf itu: Rusia mengatakan akan melanjutkan upaya diplomatik dengan Barat untuk meredakan krisis di perbatasan Ukraina, dan Lavrov menyarankan kepada Putin untuk melanjutkan diplomasi [P1].`,
  found: true,
  citations: ['P1'],
});

/** What a person sees of a Slack message: its text fields, as conversations.replies would return them. */
function visibleText(call: SlackCall): string {
  const texts: string[] = [];
  JSON.stringify(call.args.blocks ?? [], (key, value) => {
    if (key === 'text' && typeof value === 'string') texts.push(value);
    return value;
  });
  return texts.length ? texts.join('\n') : String(call.args.text ?? '');
}

const promptTokens = (request: ChatRequest) => countTokens(request.messages.map((m) => m.content).join('\n'));

/**
 * Prompt tokens per follow-up question over a long thread: Newsdesk's prompt (article, the last
 * turns within the token budget, the question) against a baseline that re-reads the whole thread
 * each time and sends all of it (summary message, every question and every answer as posted)
 * with the article. Both counted with the same o200k tokenizer.
 */
export async function benchFollowUpTokens(): Promise<void> {
  // One journalist asks every question: the per-person rate limit is lifted for the run.
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error', USER_ANSWERS_PER_MINUTE: String(FOLLOW_UPS * 2) } });
  let turn = 0;
  scriptModel(nd.openai!, { summary: russiaSummary, answer: () => answerFor(turn) });
  try {
    const root = await summarizeInChannel(nd);
    const summaryPost = nd.slack.callsTo('chat.postMessage').at(-1)!;
    const thread: string[] = [visibleText(summaryPost)];
    const ours: number[] = [];
    const baseline: number[] = [];
    for (turn = 0; turn < FOLLOW_UPS; turn++) {
      const question = questions[turn % questions.length]!;
      await mention(nd, question, { threadTs: root });
      const reply = await replyIn(nd, root, turn);
      const requests = nd.openai!.requests.filter((r) => taskOf(r) === 'answer');
      if (requests.length !== turn + 1) throw new Error(`follow-up ${turn + 1} was not answered by the model: ${visibleText(reply)}`);
      const request = requests.at(-1)!;
      ours.push(promptTokens(request));
      const task = request.messages.at(-1)!.content;
      const keptTurns = /Earlier in this conversation:\n([\s\S]*?)\n\nQuestion:/.exec(task)?.[1] ?? '';
      baseline.push(promptTokens(request) - countTokens(keptTurns) + countTokens(thread.join('\n\n')));
      thread.push(question, visibleText(reply));
    }
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    report({ name: `prompt tokens per follow-up, mean of ${FOLLOW_UPS} (vs whole thread)`, value: mean(ours), baseline: mean(baseline), unit: 'tok' });
    report({ name: `prompt tokens at follow-up ${FOLLOW_UPS} (vs whole thread)`, value: ours.at(-1)!, baseline: baseline.at(-1)!, unit: 'tok' });
  } finally {
    await nd.stop();
  }
}
