import { OfflineEngine } from '../engines/offline/engine.js';
import { articleFor } from './load.js';
import { median, share, wordCount } from './figures.js';

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Unanswerable questions declined, answerable ones answered with a gold answer inside the answer, and the median answer length. */
export async function evaluateQuestions(rows: ReadonlyArray<Record<string, unknown>>): Promise<string[]> {
  const engine = new OfflineEngine();
  let answerable = 0;
  let answered = 0;
  let declinedWrongly = 0;
  let unanswerable = 0;
  let declined = 0;
  const lengths: number[] = [];
  for (const row of rows) {
    const { value } = await engine.ask(articleFor(String(row.context)), String(row.question));
    if (value.found) lengths.push(wordCount(value.answer));
    if (row.answerable) {
      answerable++;
      const golds = (row.answers as string[]).map(normalised);
      if (value.found && golds.some((gold) => normalised(value.answer).includes(gold))) answered++;
      if (!value.found) declinedWrongly++;
    } else {
      unanswerable++;
      if (!value.found) declined++;
    }
  }
  return [
    `questions: ${rows.length} (${answerable} answerable, ${unanswerable} unanswerable)`,
    `answerable answered with a gold answer inside: ${share(answered, answerable)}`,
    `answerable declined: ${share(declinedWrongly, answerable)}`,
    `unanswerable declined: ${share(declined, unanswerable)}`,
    `median answer length: ${median(lengths)} words`,
  ];
}
