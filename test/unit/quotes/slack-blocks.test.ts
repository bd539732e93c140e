import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/engines/schemas.js';
import type { Article } from '../../../src/article/article-types.js';
import { noUsage } from '../../../src/engines/engine.js';
import type { QuotesOutcome } from '../../../src/quotes/quotes.js';
import { BLOCKS_PER_MESSAGE, SECTION_TEXT_LIMIT } from '../../../src/slack/blocks.js';
import { quotesMessages } from '../../../src/quotes/slack-blocks.js';

const article = (language: string): Article => ({
  id: 'a1b2c3d4e5f6',
  headline: 'Parliament debates the budget',
  paragraphs: Array.from({ length: 200 }, (_, i) => ({ id: `P${i + 1}`, text: `Paragraph ${i + 1}.` })),
  language,
  source: { kind: 'text' },
});

const quote = (text: string, paragraph: string, translation: string | null = null): Quote => ({
  quote: text,
  speaker: 'Ana Pereira',
  role: null,
  paragraph,
  kind: 'full',
  translation,
});

const outcome = (groups: QuotesOutcome['groups'], extra: Partial<QuotesOutcome> = {}): QuotesOutcome => ({
  groups,
  paraphrases: [],
  withheld: 0,
  engine: { kind: 'offline' },
  usage: noUsage(),
  cached: false,
  ...extra,
});

const allText = (messages: ReturnType<typeof quotesMessages>) => messages.flatMap((m) => m.blocks).map((b) => JSON.stringify(b)).join('\n');

describe('quotesMessages', () => {
  it('splits a long list across messages within Block Kit limits, every quote once and in order', () => {
    // 120 speakers with a long quote each: more blocks than one message holds.
    const groups = Array.from({ length: 120 }, (_, i) => ({
      speaker: `Speaker ${i + 1}`,
      role: null,
      memberOfPublic: false,
      quotes: [quote(`Statement number ${i + 1}: ${'budget words '.repeat(30)}end ${i + 1}`, `P${i + 1}`)],
    }));
    const messages = quotesMessages(article('en'), outcome(groups));
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(BLOCKS_PER_MESSAGE);
      for (const block of message.blocks) {
        if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
      }
    }
    expect(messages.map((m) => m.text)).toContain(`Quotes (120 quotes): Parliament debates the budget (part 2 of ${messages.length})`);
    const text = allText(messages);
    let last = -1;
    for (let i = 1; i <= 120; i += 1) {
      const at = text.indexOf(`Statement number ${i}:`);
      expect(at).toBeGreaterThan(last);
      expect(text.indexOf(`Statement number ${i}:`, at + 1)).toBe(-1);
      last = at;
    }
    // The engine line closes the list, with the sign-off and feedback buttons under it.
    expect(messages.at(-1)!.blocks.at(-2)!.type).toBe('context');
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
  });

  it('splits one speaker\'s long run of quotes across sections without cutting a word', () => {
    const quotes = Array.from({ length: 60 }, (_, i) => quote(`Quote ${i + 1} ${'is long enough '.repeat(8)}`.trim(), `P${i + 1}`));
    const messages = quotesMessages(article('en'), outcome([{ speaker: 'Ana Pereira', role: 'Finance Minister', memberOfPublic: false, quotes }]));
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    const joined = sections.map((s) => s.text!.text).join('\n');
    for (const q of quotes) expect(joined).toContain(`“${q.quote}”`);
  });

  it('shows an English rendering, marked as a translation, only for an article not in English', () => {
    const groups = [{ speaker: 'Antony Blinken', role: null, memberOfPublic: false, quotes: [quote('Jalan diplomasi tetap tersedia', 'P4', 'The path of diplomacy remains open')] }];
    expect(allText(quotesMessages(article('id'), outcome(groups)))).toContain('_Translation:_ The path of diplomacy remains open');
    expect(allText(quotesMessages(article('en'), outcome(groups)))).not.toContain('The path of diplomacy');
  });

  it('says how many quotes were withheld, and that a speaker has no direct quotes, with their paraphrases apart', () => {
    const paraphrases = [{ speaker: 'Rusia', statement: 'akan melanjutkan upaya diplomatik', paragraph: 'P1' }];
    const text = allText(quotesMessages(article('id'), outcome([], { speaker: 'Rusia', paraphrases, withheld: 3 })));
    expect(text).toContain('No direct quotes from Rusia in this article.');
    expect(text).toContain('*Rusia*: akan melanjutkan upaya diplomatik');
    expect(text).not.toContain('“akan melanjutkan');
    expect(text).toContain('3 quotes withheld: not found word for word in the article');
  });

  it('lists the members of the public after the sources, under a line of their own', () => {
    const groups = [
      { speaker: 'Budi Santoso', role: 'Wali Kota Lestari', memberOfPublic: false, quotes: [quote('Jalan itu selesai bulan depan', 'P1')] },
      { speaker: 'Sari', role: 'pedagang di pasar', memberOfPublic: true, quotes: [quote('Pembeli mulai datang lagi', 'P2')] },
      { speaker: 'Joko', role: 'warga setempat', memberOfPublic: true, quotes: [quote('Kami menunggu lama', 'P3')] },
    ];
    const text = allText(quotesMessages(article('id'), outcome(groups)));
    const line = text.indexOf('Also quoted: members of the public');
    expect(line).toBeGreaterThan(text.indexOf('Jalan itu selesai'));
    expect(line).toBeLessThan(text.indexOf('Pembeli mulai datang'));
    expect(text.indexOf('Also quoted', line + 1)).toBe(-1);
    expect(allText(quotesMessages(article('id'), outcome(groups.slice(0, 1))))).not.toContain('members of the public');
    // One member of the public asked for by name: their quotes, with no line saying "also".
    expect(allText(quotesMessages(article('id'), outcome(groups.slice(1, 2), { speaker: 'Sari' })))).not.toContain('Also quoted');
  });

  it('escapes Slack\'s control characters in quotes and names', () => {
    const groups = [{ speaker: 'A <b> & Co', role: null, memberOfPublic: false, quotes: [quote('prices rose <10% & more', 'P2')] }];
    const text = quotesMessages(article('en'), outcome(groups))[0]!.blocks.map((b) => (b.type === 'section' ? b.text!.text : '')).join('\n');
    expect(text).toContain('*A &lt;b&gt; &amp; Co*');
    expect(text).toContain('“prices rose &lt;10% &amp; more”');
  });
});
