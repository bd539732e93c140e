import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import type { Translation } from '../../../src/engines/schemas.js';
import { checkTranslation } from '../../../src/translate/translation-checks.js';
import { russiaArticle } from '../../support/fixtures.js';

const russia = articleFromText(russiaArticle());

const paragraphWith = (snippet: string): string => russia.paragraphs.find((paragraph) => paragraph.text.includes(snippet))!.id;

/** A faithful English translation of the fixture, keyed by a snippet of each source paragraph. */
const faithful: Record<string, string> = {
  'Rusia mengatakan akan melanjutkan':
    'Russia said it would continue diplomatic efforts with the West to ease the crisis on Ukraine’s border. "There is always a chance to reach an agreement with the West over the Ukraine (crisis)," said a conversation between Russian President Vladimir Putin and Foreign Minister Sergey Lavrov broadcast on television on Monday (14/2/2022). Lavrov told Putin that talks by European leaders and Washington showed promising early progress.',
  'Saya akan menyarankan':
    '"I would suggest continuing (diplomacy)," Lavrov said in televised opening remarks. "Good," Putin replied. Lavrov went on that the United States (US) had asked for military risks to be reduced, but the responses of NATO and the European Union (EU) were unsatisfactory.',
  'Stephen Nix':
    '"It remains to be seen whether this is a real negotiation or designed to delay an invasion," Stephen Nix of the International Republican Institute told Al Jazeera from Washington, D.C. On Monday (February 14, 2022) the U.S. announced it would temporarily move its embassy in Kyiv to the city of Lviv. The city is on Ukraine’s border with Poland.',
  'Antony Blinken':
    'US Secretary of State Antony Blinken added that Washington would keep pushing diplomatic efforts. "The path of diplomacy remains available if Russia chooses to engage in good faith," he said. "We hope to return our staff to the Embassy as soon as conditions allow," he added.',
  'Joe Biden':
    'After talks with Vladimir Putin, Joe Biden spoke by phone with British Prime Minister Boris Johnson on Monday (14 February 2022). The White House said in a statement that Biden and Johnson discussed recent diplomatic engagement with Ukraine and Russia. "They also reviewed diplomatic and deterrence efforts in response to Russia’s military build-up on Ukraine’s border," the White House said.',
  'Para pemimpin':
    'The leaders reaffirmed their support for Ukraine’s sovereignty and territorial integrity. Meanwhile, the UK government said Biden and Johnson “agreed that there remains a window for diplomacy and (a chance) for Russia to back away from its threats against Ukraine.” So far, Russia has stationed more than 100 000 troops near the Ukrainian border.',
  'Tetapi Rusia':
    'But Russia denied planning to attack, accusing the West, which has sent officials to Moscow and Kyiv, of hysteria. Another European leader, German Chancellor Olaf Scholz, visited Kyiv on Monday (14/2/2022). He vowed that Berlin and its Western allies would maintain support for Ukraine’s security and independence.',
  'Scholz pun':
    'Scholz also urged Russia to take up the "offer of dialogue". During a press conference with Ukrainian President Volodymyr Zelenskyy, Scholz said there was "no reasonable justification" for building up Russian forces around Ukraine’s border.',
};

/** The faithful translation with some paragraphs changed (by snippet) or left out (undefined). */
function translation(changes: Record<string, ((text: string) => string | undefined) | undefined> = {}): Translation {
  const paragraphs = Object.entries(faithful).flatMap(([snippet, text]) => {
    const change = snippet in changes ? changes[snippet] : (same: string) => same;
    const changed = change?.(text);
    return changed === undefined ? [] : [{ id: paragraphWith(snippet), text: changed }];
  });
  return { headline: 'Russia Ready to Continue Diplomacy Over Ukraine Crisis', paragraphs };
}

describe('checkTranslation', () => {
  it('finds no problem in a faithful translation', () => {
    expect(russia.paragraphs).toHaveLength(Object.keys(faithful).length);
    expect(checkTranslation(russia, translation(), [])).toEqual([]);
  });

  it('reports a missing paragraph, and the one it was merged into', () => {
    const withMerge = translation({
      'Saya akan menyarankan': (text) => `${text} ${faithful['Stephen Nix']}`,
      'Stephen Nix': undefined,
    });
    expect(checkTranslation(russia, withMerge, [])).toEqual([
      `${paragraphWith('Stephen Nix')}: missing from the translation (merged into ${paragraphWith('Saya akan menyarankan')}?)`,
    ]);
    const dropped = translation({ 'Stephen Nix': undefined });
    expect(checkTranslation(russia, dropped, [])).toEqual([`${paragraphWith('Stephen Nix')}: missing from the translation`]);
  });

  it('reports paragraphs the article does not have and paragraphs translated twice', () => {
    const faithfulTranslation = translation();
    const first = faithfulTranslation.paragraphs[0]!;
    const padded = { ...faithfulTranslation, paragraphs: [...faithfulTranslation.paragraphs, first, { id: 'P99', text: 'An invented paragraph.' }] };
    expect(checkTranslation(russia, padded, [])).toEqual([`${first.id}: translated more than once`, 'P99: not a paragraph of the article']);
  });

  it('reports a number or a date the translation lost or changed', () => {
    const changed = translation({
      'Para pemimpin': (text) => text.replace('100 000', '100'),
      'Rusia mengatakan akan melanjutkan': (text) => text.replace('Monday (14/2/2022)', 'Monday (15/2/2022)'),
      'Joe Biden': (text) => text.replace(' (14 February 2022)', ''),
    });
    expect(checkTranslation(russia, changed, [])).toEqual([
      `${paragraphWith('Rusia mengatakan akan melanjutkan')}: the date "14/2/2022" is not in the translation`,
      `${paragraphWith('Joe Biden')}: the date "14/2/2022" is not in the translation`,
      `${paragraphWith('Para pemimpin')}: the number "100.000" is not in the translation`,
    ]);
  });

  it('reports a name the translation changed or dropped, and accepts English names for places and titles', () => {
    const changed = translation({
      'Stephen Nix': (text) => text.replace('Stephen Nix', 'an analyst').replaceAll('Lviv', 'Lvov'),
      'Tetapi Rusia': (text) => text.replaceAll('Kyiv', 'Kiev'),
      'Joe Biden': (text) => text.replace('British ', ''),
    });
    expect(checkTranslation(russia, changed, [])).toEqual([
      `${paragraphWith('Stephen Nix')}: the name "Stephen Nix" is not in the translation`,
      `${paragraphWith('Stephen Nix')}: the name "Lviv" is not in the translation`,
      `${paragraphWith('Joe Biden')}: the name "Inggris" is not in the translation`,
      `${paragraphWith('Tetapi Rusia')}: the name "Kyiv" is not in the translation`,
    ]);
  });

  it('reports a glossary term the translation did not use, and takes the glossary’s rendering of a name', () => {
    const glossary = [
      { source: 'Gedung Putih', target: 'Executive Mansion' },
      { source: 'Institut Republik Internasional', target: 'IRI' },
    ];
    const withIri = translation({ 'Stephen Nix': (text) => text.replace('the International Republican Institute', 'the IRI') });
    expect(checkTranslation(russia, withIri, glossary)).toEqual([
      `${paragraphWith('Joe Biden')}: the glossary says "Gedung Putih" is "Executive Mansion", which the translation does not use`,
    ]);
  });

  it('reports a quotation the translation no longer marks as one', () => {
    const unquoted = translation({ 'Para pemimpin': (text) => text.replace('“agreed', 'agreed').replace('Ukraine.”', 'Ukraine.') });
    expect(checkTranslation(russia, unquoted, [])).toEqual([`${paragraphWith('Para pemimpin')}: the quotation is no longer in quote marks`]);
  });
});
