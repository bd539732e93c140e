import { describe, expect, it } from 'vitest';
import { classifyFollowUp } from '../../../src/ask/intents.js';

describe('classifyFollowUp', () => {
  it.each([
    ['what did Scholz say?', 'Scholz'],
    ['What did Sergei Lavrov say', 'Sergei Lavrov'],
    ['quotes from Lavrov please', 'Lavrov'],
    ["Putin's quotes", 'Putin'],
    ['apa kata Lavrov?', 'Lavrov'],
    ['apa yang dikatakan oleh Vladimir Putin?', 'Vladimir Putin'],
    ['Lavrov bilang apa?', 'Lavrov'],
    ['kutipan dari Lavrov', 'Lavrov'],
    ['tolong kutipan Lavrov', 'Lavrov'],
    ['apa kata Lavrov kepada Putin?', 'Lavrov'],
    ['what did Blinken say to reporters?', 'Blinken'],
  ])('%s asks for the quotes of a speaker', (message, speaker) => {
    expect(classifyFollowUp(message)).toEqual({ kind: 'quotes', speaker });
  });

  it.each(['List the quotes', 'quotes?', 'show me all quotes in the article', 'daftar kutipan', 'kutipannya dong'])(
    '%s asks for every quote',
    (message) => {
      expect(classifyFollowUp(message)).toEqual({ kind: 'quotes' });
    },
  );

  it.each([
    ['in English', 'en'],
    ['In English?', 'en'],
    ['translate it into German', 'de'],
    ['Translate to English', 'en'],
    ['terjemahkan ke bahasa Inggris', 'en'],
    ['tolong terjemahkan ke Inggris', 'en'],
    ['dalam bahasa Jepang', 'ja'],
    ['bahasa Inggris', 'en'],
    ['can you translate this to French please', 'fr'],
  ])('%s asks for a translation into %s', (message, language) => {
    expect(classifyFollowUp(message)).toEqual({ kind: 'translate', language });
  });

  it('leaves the language of a bare "translate" to the channel\'s or workspace\'s settings', () => {
    expect(classifyFollowUp('translate')).toEqual({ kind: 'translate', language: undefined });
  });

  it.each([
    ['make it shorter', 'short'],
    ['Shorter please', 'short'],
    ['tl;dr', 'short'],
    ['buat lebih singkat', 'short'],
    ['persingkat', 'short'],
    ['more detail please', 'long'],
    ['make it longer', 'long'],
    ['lebih rinci dong', 'long'],
    ['summarize', 'normal'],
    ['Summarize this article for me', 'normal'],
    ['ringkas', 'normal'],
  ])('%s asks for a %s summary', (message, length) => {
    expect(classifyFollowUp(message)).toEqual({ kind: 'summary', length });
  });

  it.each(['headline options', 'suggest a headline', 'give me 3 headlines', 'usulan judul', 'buatkan judul alternatif', 'other headline ideas'])(
    '%s asks for headline options',
    (message) => {
      expect(classifyFollowUp(message)).toEqual({ kind: 'headlines' });
    },
  );

  it.each(['write a tweet', 'social media post please', 'a post for X', 'buat cuitan', 'unggahan media sosial'])(
    '%s asks for a social-media post',
    (message) => {
      expect(classifyFollowUp(message)).toEqual({ kind: 'social-post' });
    },
  );

  it.each([
    'how many troops?',
    'what happened in Kyiv?',
    'what did Lavrov say about the embassy?',
    'apa kata Lavrov tentang kedutaan?',
    'who is the foreign minister?',
    'berapa jumlah tentara Rusia?',
    'siapa yang mengatakan itu?',
    'is the quote in P3 accurate?',
    'what did the article say',
    'in which city is the embassy now?',
  ])('%s is a question about the article', (message) => {
    expect(classifyFollowUp(message)).toEqual({ kind: 'question' });
  });
});
