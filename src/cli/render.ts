import { describeEngine } from '../engines/engine.js';
import { withheldLine } from '../quotes/verify.js';
import type { CliOutput, QuotesOutput } from './commands.js';

/** A command's result as plain text for a terminal: the same content as the JSON, read top to bottom. */
export function renderText(result: CliOutput): string {
  const { output } = result;
  const lines: string[] = [];
  switch (result.verb) {
    case 'summarize':
      lines.push(result.output.headline, '', result.output.lede, '', ...result.output.points.map((point) => `  • ${point}`));
      lines.push(...notesBlock(result.output.notes));
      break;
    case 'quotes':
      lines.push(...quoteLines(result.output));
      break;
    case 'ask':
      lines.push(result.output.answer);
      if (result.output.citations.length) lines.push(`Sources: ${result.output.citations.join(', ')}`);
      if (result.output.ungrounded.length) lines.push(...notesBlock([`Not found in the article, check before use: ${result.output.ungrounded.join(', ')}`]));
      break;
    case 'translate':
      lines.push(result.output.headline, '', ...result.output.paragraphs.map((p) => `[${p.id}] ${p.text}\n`));
      lines.push(...notesBlock(result.output.notes));
      break;
  }
  lines.push('', describeEngine(output.engine, output.usage));
  return `${lines.join('\n')}\n`;
}

function quoteLines(output: QuotesOutput): string[] {
  if (output.quotes.length === 0 && output.paraphrases.length === 0) {
    return [output.speaker ? `No quotes from ${output.speaker} in this article.` : 'No direct quotes in this article.', ...withheld(output.withheld)];
  }
  const lines: string[] = [];
  let speaker: string | null | undefined;
  let publicHeaded = false;
  for (const quote of output.quotes) {
    // Quotes come grouped by speaker: the name heads its group once.
    // After the sources, under a line of their own (none when no source is listed).
    if (quote.memberOfPublic && !publicHeaded && lines.length > 0) lines.push('', 'Also quoted, members of the public:');
    publicHeaded ||= quote.memberOfPublic;
    if (quote.speaker !== speaker) {
      speaker = quote.speaker;
      lines.push(`${lines.length ? '\n' : ''}${speaker ?? 'Speaker not named'}${quote.role ? `, ${quote.role}` : ''}`);
    }
    lines.push(`  ${quote.paragraph}  “${quote.quote}”`);
    if (quote.translation) lines.push(`       Translation: ${quote.translation}`);
  }
  if (output.paraphrases.length) {
    lines.push('', 'Reported speech (not word for word):');
    for (const p of output.paraphrases) lines.push(`  ${p.paragraph}  ${p.speaker}: ${p.statement}`);
  }
  return [...lines, ...withheld(output.withheld)];
}

const withheld = (count: number): string[] => (count > 0 ? ['', withheldLine(count)] : []);

const notesBlock = (notes: readonly string[]): string[] => (notes.length ? ['', ...notes.map((note) => `! ${note}`)] : []);
