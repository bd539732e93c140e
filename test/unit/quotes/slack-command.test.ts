import { describe, expect, it } from 'vitest';
import { parseQuotesCommand } from '../../../src/quotes/slack-command.js';

const article = 'Menteri Luar Negeri AS Antony Blinken menambahkan bahwa Washington akan terus mendorong upaya diplomatik. "Jalan diplomasi tetap tersedia," katanya.';

describe('parseQuotesCommand', () => {
  it('takes no text as the channel\'s most recent article, for every speaker', () => {
    expect(parseQuotesCommand('  ')).toEqual({ text: '' });
  });

  it('takes one to four words alone as a speaker, for the channel\'s most recent article', () => {
    expect(parseQuotesCommand('Blinken')).toEqual({ speaker: 'Blinken', text: '' });
    expect(parseQuotesCommand(' Presiden Rusia Vladimir Putin ')).toEqual({ speaker: 'Presiden Rusia Vladimir Putin', text: '' });
  });

  it('takes a short first line on its own as the speaker of the article below it', () => {
    expect(parseQuotesCommand(`Blinken\n${article}`)).toEqual({ speaker: 'Blinken', text: article });
    expect(parseQuotesCommand(`Antony Blinken  \n\n${article}`)).toEqual({ speaker: 'Antony Blinken', text: article });
  });

  it('takes the words before a link as a speaker, as typed or as Slack escapes it', () => {
    expect(parseQuotesCommand('Blinken https://example.org/story')).toEqual({ speaker: 'Blinken', text: 'https://example.org/story' });
    expect(parseQuotesCommand('Olaf Scholz <https://example.org/story|example.org/story>')).toEqual({
      speaker: 'Olaf Scholz',
      text: '<https://example.org/story|example.org/story>',
    });
    expect(parseQuotesCommand('https://example.org/story')).toEqual({ text: 'https://example.org/story' });
  });

  it('keeps an article whole when its words run on: the first words of a story are not a speaker', () => {
    expect(parseQuotesCommand(article)).toEqual({ text: article });
    const headline = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
    expect(parseQuotesCommand(`${headline}\n${article}`)).toEqual({ text: `${headline}\n${article}` });
    const sentence = 'read the whole story here https://example.org/story';
    expect(parseQuotesCommand(sentence)).toEqual({ text: sentence });
  });
});
