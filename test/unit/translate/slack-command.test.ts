import { describe, expect, it } from 'vitest';
import { parseTranslateCommand } from '../../../src/translate/slack-command.js';
import { russiaArticle } from '../../support/fixtures.js';

const article = russiaArticle();

describe('parseTranslateCommand', () => {
  it.each([
    ['', { language: 'en', text: '' }],
    ['en', { language: 'en', text: '' }],
    ['English', { language: 'en', text: '' }],
    ['Inggris', { language: 'en', text: '' }],
    ['to French', { language: 'fr', text: '' }],
    ['bahasa Indonesia', { language: 'id', text: '' }],
    ['ke bahasa Inggris', { language: 'en', text: '' }],
    ['de https://example.org/a', { language: 'de', text: 'https://example.org/a' }],
    ['<https://example.org/a>', { language: 'en', text: '<https://example.org/a>' }],
  ])('reads %j', (input, expected) => {
    expect(parseTranslateCommand(input)).toEqual(expected);
  });

  it('takes a language before pasted text, and the text after it', () => {
    expect(parseTranslateCommand(`en ${article}`)).toEqual({ language: 'en', text: article.trim() });
    expect(parseTranslateCommand(`Japanese\n${article}`)).toEqual({ language: 'ja', text: article.trim() });
  });

  it('defaults to English for pasted text without a language', () => {
    expect(parseTranslateCommand(article)).toEqual({ language: 'en', text: article.trim() });
  });

  it('reads a country that opens an Indonesian story as its first word, not as the language', () => {
    // The fixture opens with "Rusia mengatakan…": Rusia is also the Indonesian name of Russian.
    expect(parseTranslateCommand(article)).toEqual({ language: 'en', text: article.trim() });
    expect(parseTranslateCommand(`Indonesia ${article}`)).toEqual({ language: 'en', text: `Indonesia ${article.trim()}` });
    expect(parseTranslateCommand(`Russian ${article}`)).toEqual({ language: 'ru', text: article.trim() });
    expect(parseTranslateCommand(`ke Jepang ${article}`)).toEqual({ language: 'ja', text: article.trim() });
    expect(parseTranslateCommand(`Jepang\n${article}`)).toEqual({ language: 'ja', text: article.trim() });
  });

  it('names a word it does not know as a language instead of taking it for an article', () => {
    expect(parseTranslateCommand('Klingon')).toEqual({ unknownLanguage: 'Klingon' });
  });
});
