import { readFileSync } from 'node:fs';

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** The shared Indonesian scrape: 8 paragraphs, the headline, then the 8 paragraphs again. */
export const russiaArticle = () => fixture('article-id-russia-diplomacy.txt');
/** An invented local story quoting a mayor (a source) and a trader and a resident (members of the public). */
export const roadRepairArticle = () => fixture('article-id-road-repair.txt');

/** A summary a model could give of the Russia article: every name and number is in the article. */
export const russiaSummary = {
  headline: 'Rusia siap lanjutkan diplomasi soal krisis Ukraina',
  lede: 'Rusia mengatakan akan melanjutkan upaya diplomatik dengan Barat untuk meredakan krisis di perbatasan Ukraina.',
  points: [
    'Lavrov menyarankan kepada Putin untuk melanjutkan diplomasi.',
    'AS memindahkan sementara kedutaannya di Kyiv ke Lviv.',
    'Rusia telah menempatkan lebih dari 100.000 tentara di dekat perbatasan Ukraina.',
  ],
};
