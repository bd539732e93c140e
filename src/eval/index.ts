import { readJsonLines } from './load.js';
import { evaluateQuestions } from './questions.js';
import { evaluateQuotes } from './quotes.js';
import { evaluateSummaries } from './summaries.js';

const USAGE = 'Usage: npm run eval -- summarize|ask|quotes <file.jsonl>';

const EVALUATIONS = { summarize: evaluateSummaries, ask: evaluateQuestions, quotes: evaluateQuotes } as const;

/**
 * `npm run eval -- summarize|ask|quotes <file.jsonl>`: runs the offline engine in-process over a data set
 * (IndoSum-, IDK-MRC- or PFSA-ID-shaped JSON Lines) and prints the figures it is held to.
 */
async function main(argv: readonly string[]): Promise<number> {
  const [task, file] = argv;
  if (!task || !file || !(task in EVALUATIONS)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const rows = await readJsonLines(file);
  const lines = await EVALUATIONS[task as keyof typeof EVALUATIONS](rows);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${task} · ${file}\n${lines.map((line) => `  ${line}`).join('\n')}\n  time: ${seconds} s\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
