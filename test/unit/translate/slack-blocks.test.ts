import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { noUsage } from '../../../src/engines/engine.js';
import type { TranslationOutcome } from '../../../src/translate/translate.js';
import { translationMarkdown, translationMessages, translationProgressMessage } from '../../../src/translate/slack-blocks.js';
import { fixture } from '../../support/fixtures.js';

const declaration = articleFromText(fixture('article-en-declaration.txt'));

const outcome = (times: number, extra: Partial<TranslationOutcome> = {}): TranslationOutcome => ({
  language: 'id',
  translation: {
    headline: 'Deklarasi',
    paragraphs: declaration.paragraphs.map((p) => ({ id: p.id, text: Array(times).fill(`(id) ${p.text}`).join(' ') })),
  },
  untranslated: [],
  engine: { kind: 'llm', model: 'm' },
  usage: noUsage(),
  cached: false,
  notes: [],
  ...extra,
});

const sectionTexts = (messages: ReturnType<typeof translationMessages>) =>
  messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));

describe('translation renderers', () => {
  it('says how far a translation has come', () => {
    expect(translationProgressMessage('en', 5, 12).text).toBe('Translating into English… 5 of 12 paragraphs');
  });

  it('renders one section per paragraph under the headline, in one message when it fits', () => {
    const messages = translationMessages(declaration, outcome(1));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Deklarasi' } });
    expect(sectionTexts(messages)).toHaveLength(36);
  });

  it('splits a long translation across messages at paragraph boundaries, within Slack\'s limits, losing nothing', () => {
    const long = outcome(3);
    const messages = translationMessages(declaration, long);
    expect(messages.length).toBeGreaterThan(1);
    expect(sectionTexts(messages)).toEqual(long.translation.paragraphs.map((p) => p.text));
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(12_000);
    }
    expect(messages.map((m) => m.text)).toEqual(messages.map((_, i) => `Deklarasi (Indonesian translation), part ${i + 1} of ${messages.length}`));
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
    expect(JSON.stringify(messages.at(-1)!.blocks.at(-2))).toMatch(/Translated from English into Indonesian/);
  });

  it('marks flagged and untranslated paragraphs and shows every note', () => {
    const flagged = outcome(1, { untranslated: ['P2'], notes: ['P2 left untranslated: …', 'P5: the number "27" is not in the translation'] });
    const text = JSON.stringify(translationMessages(declaration, flagged));
    expect(text).toContain(':warning: _P2, not translated: the original text_');
    expect(text).toContain(':warning: _P5_ ');
    expect(text).toContain('P5: the number \\"27\\" is not in the translation');
    expect(translationMarkdown(declaration, flagged)).toMatch(/## Check before use\n\n- P2 left untranslated/);
  });

  it('shows sixty check notes, every one, within Slack\'s 50 blocks a message', () => {
    const notes = Array.from({ length: 60 }, (_, i) => `P${(i % 36) + 1}: the name "Name${i}" is not in the translation`);
    const messages = translationMessages(declaration, outcome(1, { notes }));
    for (const message of messages) expect(message.blocks.length).toBeLessThanOrEqual(50);
    const shown = JSON.stringify(messages);
    for (let i = 0; i < 60; i++) expect(shown).toContain(`Name${i}\\"`);
  });

  it('writes the whole translation as Markdown, headline first, every paragraph whole', () => {
    const markdown = translationMarkdown(declaration, outcome(2));
    expect(markdown.startsWith('# Deklarasi\n\n')).toBe(true);
    for (const paragraph of outcome(2).translation.paragraphs) expect(markdown).toContain(paragraph.text);
  });
});
