import { readFileSync } from 'node:fs';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { Quote, QuoteList } from '../../../src/engines/schemas.js';
import { articleFromText } from '../../../src/article/article.js';
import { noUsage, type EngineLabel, type EngineResult, type QuotesOptions } from '../../../src/engines/engine.js';
import { findQuotes } from '../../../src/quotes/quotes.js';
import { OfflineEngine } from '../../../src/engines/offline/engine.js';
import { ThreadStore } from '../../../src/store/threads.js';

const article = articleFromText(readFileSync('test/fixtures/article-id-russia-diplomacy.txt', 'utf8'));

const quote = (text: string, speaker: string | null, paragraph: string): Quote => ({
  quote: text,
  speaker,
  role: null,
  paragraph,
  kind: 'full',
  translation: null,
});

const BAIK = quote('Baik', 'Putin', 'P2');
const BLINKEN = quote('Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik', 'Antony Blinken', 'P4');
const LAVROV = quote('Saya akan menyarankan untuk melanjutkan (diplomasi)', 'Menteri Luar Negeri Sergey Lavrov', 'P2');
const INVENTED = quote('Kami akan menyerang Kyiv minggu depan', 'Vladimir Putin', 'P2');

/** A model that answers from a script: one list per call, recording what it was asked. */
class ScriptedModel extends OfflineEngine {
  override readonly label: EngineLabel = { kind: 'llm', model: 'scripted' };
  readonly calls: QuotesOptions[] = [];
  constructor(private readonly replies: Array<QuoteList | 'fails'>) {
    super();
  }
  override async quotes(_article: unknown, options: QuotesOptions = {}): Promise<EngineResult<QuoteList>> {
    this.calls.push(options);
    const reply = this.replies[Math.min(this.calls.length, this.replies.length) - 1]!;
    if (reply === 'fails') return { ...(await new OfflineEngine().quotes(article)), engine: { kind: 'offline', fallbackReason: 'it timed out' } };
    return { value: reply, engine: this.label, usage: { ...noUsage(), calls: 1 } };
  }
}

const list = (...quotes: Quote[]): QuoteList => ({ quotes, paraphrases: [] });
const store = () => new ThreadStore(new Keyv());
const offline = new OfflineEngine();
const shown = (outcome: Awaited<ReturnType<typeof findQuotes>>) => outcome.groups.flatMap((g) => g.quotes.map((q) => q.quote));

describe('findQuotes', () => {
  it('groups "Putin" with "Russian President Vladimir Putin" under the fullest name, groups and quotes in article order', async () => {
    const story = articleFromText(`Russia says talks can go on

Russian President Vladimir Putin met his foreign minister in Moscow on Monday. "We are ready to keep talking," Putin said after the meeting, which was shown on television.

Foreign Minister Sergey Lavrov told him that the talks with Washington had shown early progress. "I would suggest going on," Lavrov said.

"The door stays open," said Russian President Vladimir Putin, closing the meeting.`);
    const model = new ScriptedModel([
      list(
        quote('The door stays open', 'Russian President Vladimir Putin', 'P3'),
        quote('I would suggest going on', 'Sergey Lavrov', 'P2'),
        quote('We are ready to keep talking', 'Putin', 'P1'),
      ),
    ]);
    const outcome = await findQuotes({ engine: model, threads: store(), offline }, 'T1', story);
    expect(outcome.groups.map((g) => g.speaker)).toEqual(['Russian President Vladimir Putin', 'Sergey Lavrov']);
    expect(outcome.groups[0]!.quotes.map((q) => q.quote)).toEqual(['We are ready to keep talking', 'The door stays open']);
  });

  it('filters by speaker, however the speaker is named', async () => {
    const model = new ScriptedModel([list(BAIK, BLINKEN, LAVROV)]);
    const threads = store();
    for (const speaker of ['Lavrov', 'Sergey Lavrov', 'Menteri Luar Negeri Sergey Lavrov']) {
      const outcome = await findQuotes({ engine: model, threads, offline }, 'T1', article, { speaker });
      expect(shown(outcome)).toEqual([LAVROV.quote]);
      expect(outcome.speaker).toBe(speaker);
    }
    expect(shown(await findQuotes({ engine: model, threads, offline }, 'T1', article, { speaker: 'Biden' }))).toEqual([]);
  });

  it('rechecks failed quotes once, then withholds and counts those still failing', async () => {
    const model = new ScriptedModel([list(BLINKEN, INVENTED), list(INVENTED)]);
    const outcome = await findQuotes({ engine: model, threads: store(), offline }, 'T1', article);
    expect(model.calls).toEqual([{}, { recheck: [INVENTED] }]);
    expect(outcome.withheld).toBe(1);
    expect(shown(outcome)).not.toContain(INVENTED.quote);
    expect(outcome.usage.calls).toBe(2);
  });

  it('counts a failed quote as recovered when the recheck gives it word for word', async () => {
    const misquoted = { ...LAVROV, quote: 'Saya sarankan melanjutkan diplomasi' };
    const outcome = await findQuotes({ engine: new ScriptedModel([list(misquoted), list(LAVROV)]), threads: store(), offline }, 'T1', article);
    expect(outcome.withheld).toBe(0);
    expect(shown(outcome)).toContain(LAVROV.quote);
  });

  it('corrects nothing with a recheck the offline engine answered because the model failed', async () => {
    const outcome = await findQuotes({ engine: new ScriptedModel([list(INVENTED), 'fails']), threads: store(), offline }, 'T1', article);
    expect(outcome.withheld).toBe(1);
  });

  it('adds the verbatim quotes the model missed, but not one the model credited to a speaker the article never names', async () => {
    const misattributed = quote('Baik', 'Donald Trump', 'P2');
    const model = new ScriptedModel([list(BLINKEN, misattributed)]);
    const outcome = await findQuotes({ engine: model, threads: store(), offline }, 'T1', article);
    expect(shown(outcome)).toContain('tidak ada pembenaran yang masuk akal');
    expect(shown(outcome)).not.toContain('Baik');
    expect(outcome.groups.map((g) => g.speaker)).not.toContain('Donald Trump');
    expect(outcome.withheld).toBe(1);
  });

  it('holds the whole speaker name to the article, and drops a role that names what the article does not', async () => {
    const halfInvented = { ...BAIK, speaker: 'Vladimir Trump' };
    const inventedRole = { ...BLINKEN, role: 'Menteri Luar Negeri AS, utusan Joe Carter' };
    const outcome = await findQuotes({ engine: new ScriptedModel([list(halfInvented, inventedRole)]), threads: store(), offline }, 'T1', article);
    expect(outcome.withheld).toBe(1);
    expect(outcome.groups.map((g) => g.speaker)).not.toContain('Vladimir Trump');
    const shownQuote = outcome.groups.flatMap((g) => g.quotes).find((q) => q.quote === BLINKEN.quote)!;
    expect(shownQuote.role).toBeNull();
  });

  it('drops a paraphrase that names someone or something the article does not', async () => {
    const model = new ScriptedModel([
      {
        quotes: [BLINKEN],
        paraphrases: [
          { speaker: 'Antony Blinken', statement: 'Washington akan terus mendorong upaya diplomatik', paragraph: 'P4' },
          { speaker: 'Antony Blinken', statement: 'Washington akan mengirim 5.000 tentara ke Warsawa', paragraph: 'P4' },
        ],
      },
    ]);
    const outcome = await findQuotes({ engine: model, threads: store(), offline }, 'T1', article);
    expect(outcome.paraphrases.map((p) => p.statement)).toEqual(['Washington akan terus mendorong upaya diplomatik']);
  });

  it('reuses the stored quotes of the same article and engine, and does not store a fallback answer', async () => {
    const threads = store();
    const model = new ScriptedModel([list(BLINKEN)]);
    await findQuotes({ engine: model, threads, offline }, 'T1', article);
    const again = await findQuotes({ engine: model, threads, offline }, 'T1', article, { speaker: 'Blinken' });
    expect(again.cached).toBe(true);
    expect(model.calls).toHaveLength(1);

    const failing = new ScriptedModel(['fails']);
    const otherThreads = store();
    await findQuotes({ engine: failing, threads: otherThreads, offline }, 'T1', article);
    await findQuotes({ engine: failing, threads: otherThreads, offline }, 'T1', article);
    expect(failing.calls).toHaveLength(2);
  });
});
