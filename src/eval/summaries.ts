import { OfflineEngine } from '../engines/offline/engine.js';
import { splitSentences } from '../engines/offline/sentences.js';
import { articleFor } from './load.js';
import { mean, median, share, wordCount } from './figures.js';
import { rouge, type RougeScores } from './rouge.js';

/** The first three sentences of the text as it came, paragraph by paragraph: the baseline every summary must beat. */
export function leadThree(text: string): string {
  const sentences = text
    .split(/\n\s*\n|\n/)
    .flatMap((block) => splitSentences(block.trim()).map((s) => s.text))
    .filter(Boolean);
  return sentences.slice(0, 3).join(' ');
}

const averaged = (scores: readonly RougeScores[]): RougeScores => ({
  rouge1: mean(scores.map((s) => s.rouge1)),
  rouge2: mean(scores.map((s) => s.rouge2)),
  rougeL: mean(scores.map((s) => s.rougeL)),
});

const format = (s: RougeScores) => `ROUGE-1 ${s.rouge1.toFixed(3)}  ROUGE-2 ${s.rouge2.toFixed(3)}  ROUGE-L ${s.rougeL.toFixed(3)}`;

// A headline that is really a cut sentence or still carries the dateline: what the issue says a headline must never be.
// A dateline's place has three capitals or more: "H - 3 lebaran, …" (three days before the holiday) opens on a term.
const CUT_OR_DATELINE = /…$|^(?=[\p{Lu}\d .,]*\p{Lu}{3})[\p{Lu}\d .,]+(?:\([^)]*\))?\s*[-–—]|\.(?:com|co\.id|id)\b/u;

/** Lede plus points against the human summary (ROUGE F1), Lead-3 beside it, and the summary's median length. */
export async function evaluateSummaries(rows: ReadonlyArray<Record<string, unknown>>): Promise<string[]> {
  const engine = new OfflineEngine();
  const ours: RougeScores[] = [];
  const lead: RougeScores[] = [];
  const lengths: number[] = [];
  let badHeadlines = 0;
  for (const row of rows) {
    const text = String(row.text);
    const reference = String(row.summary);
    const { value } = await engine.summarize(articleFor(text));
    const summary = [value.lede, ...value.points].join(' ');
    ours.push(rouge(summary, reference));
    lead.push(rouge(leadThree(text), reference));
    lengths.push(wordCount(summary));
    if (CUT_OR_DATELINE.test(value.headline)) badHeadlines++;
  }
  const a = averaged(ours);
  const b = averaged(lead);
  return [
    `articles: ${rows.length}`,
    `lede + points: ${format(a)}`,
    `Lead-3:        ${format(b)}`,
    `ROUGE-1 over Lead-3: ${(a.rouge1 - b.rouge1 >= 0 ? '+' : '')}${(a.rouge1 - b.rouge1).toFixed(3)}`,
    `median length of lede + points: ${median(lengths)} words`,
    `headlines cut with "…" or carrying a dateline: ${share(badHeadlines, rows.length)}`,
  ];
}
