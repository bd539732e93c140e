import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { ungroundedTerms } from '../../../src/checks/grounding.js';
import { russiaArticle, russiaSummary } from '../../support/fixtures.js';

const russia = articleFromText(russiaArticle());

describe('ungroundedTerms for an English summary of the Indonesian article', () => {
  it('finds nothing to flag in a faithful summary', () => {
    const summary = [
      'Russia Ready to Continue Diplomacy Over Ukraine Crisis',
      'Russia says it will keep up diplomatic efforts with the West to ease the crisis on the Ukrainian border.',
      '• Foreign Minister Sergey Lavrov told President Vladimir Putin on Monday, February 14, 2022, that talks with European leaders and Washington showed promise.',
      '• The US will temporarily move its embassy in Kyiv to Lviv, near the border with Poland, and US Secretary of State Antony Blinken said diplomacy remains available.',
      '• The White House said Joe Biden and British Prime Minister Boris Johnson agreed there is still a window for diplomacy.',
      '• Russia has stationed more than 100,000 troops near the border; German Chancellor Olaf Scholz visited Kyiv and met President Volodymyr Zelensky.',
      '• Stephen Nix of the International Republican Institute told Al Jazeera in Washington, D.C. that NATO and EU responses were unsatisfactory.',
    ].join('\n');
    expect(ungroundedTerms(russia, summary)).toEqual([]);
  });

  it('finds nothing to flag in a summary in the article’s own language', () => {
    const { headline, lede, points } = russiaSummary;
    expect(ungroundedTerms(russia, [headline, lede, ...points].join('\n'))).toEqual([]);
  });

  it('flags invented numbers, dates and names, once each, in order', () => {
    const answer =
      'Russia has deployed 150,000 troops, and Lavrov met John Smith of the Kremlin on 15 February 2022. ' +
      'Both Biden and Emmanuel Macron spoke; Macron said 40% were ready. Russia has 150,000 troops.';
    expect(ungroundedTerms(russia, answer)).toEqual(['150,000', 'John Smith of the Kremlin', '15 February 2022', 'Emmanuel Macron', 'Macron', '40%']);
  });

  it('grounds a date however it is written, and flags a day the article does not give', () => {
    expect(ungroundedTerms(russia, 'On 14/2/2022, on Feb. 14 and on 2022-02-14 Lavrov spoke.')).toEqual([]);
    expect(ungroundedTerms(russia, 'On February 13, Lavrov spoke.')).toEqual(['February 13']);
  });

  it('flags a capitalised word in mid-sentence the article lacks, but not ordinary words opening a sentence', () => {
    expect(ungroundedTerms(russia, 'Meanwhile diplomacy continues. Officials in Kyiv met envoys from Beijing.')).toEqual(['Beijing']);
  });
});

describe('ungroundedTerms for an English article', () => {
  const article = articleFromText(
    [
      'Council approves new housing plan',
      'The city council approved a £2.5m plan on Tuesday to build 1,200 homes by 2026, council leader Jane Doe said.',
      'Opposition member Tom Price said the plan would cover only 12% of the waiting list and called for a second vote in March.',
    ].join('\n\n'),
  );

  it('grounds numbers written with other scales and separators', () => {
    expect(ungroundedTerms(article, 'Jane Doe said 1200 homes will cost £2.5 million, 12 percent of the need, by 2026 [P1, P2].')).toEqual([]);
  });

  it('flags a wrong amount, a wrong year and a changed name', () => {
    expect(ungroundedTerms(article, 'Jane Dole said 1,300 homes will cost £2.5 billion by 2027.')).toEqual(['Dole', '1,300', '2.5 billion', '2027']);
  });

  it('does not take a Title Case headline for a list of names', () => {
    expect(ungroundedTerms(article, 'Council Backs Housing Plan Despite Opposition Concerns')).toEqual([]);
  });
});
