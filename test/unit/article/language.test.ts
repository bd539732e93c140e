import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName, parseLanguage } from '../../../src/article/language.js';

const indonesian = readFileSync(new URL('../../fixtures/article-id-russia-diplomacy.txt', import.meta.url), 'utf8').split('\n');

describe('detectLanguage', () => {
  it('tells Indonesian from English', () => {
    expect(detectLanguage(indonesian.join('\n'))).toBe('id');
    expect(
      detectLanguage(
        'Dockworkers at the Port of Eastmere stayed off the job for a third day on Thursday after overnight talks over pay and automation broke up without a deal.',
      ),
    ).toBe('en');
  });

  it('keeps an Indonesian paragraph Indonesian, though Malay shares its commonest words', () => {
    const paragraph = indonesian.find((line) => line.startsWith('Tetapi Rusia menyangkal'))!;
    expect(detectLanguage(paragraph)).toBe('id');
  });

  it('still recognises Malaysian Malay', () => {
    const malay =
      'Kerajaan Malaysia berkata bahawa ia akan meneruskan usaha diplomatik kerana keadaan di sempadan Ukraine semakin tegang. ' +
      'Menteri Luar Negeri berkata wang bantuan akan dihantar selepas mesyuarat kabinet di Putrajaya minggu ini.';
    expect(detectLanguage(malay)).toBe('ms');
  });

  it('maps other languages to ISO 639-1 codes', () => {
    expect(detectLanguage('Le gouvernement français a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse.')).toBe('fr');
    expect(detectLanguage('Die Bundesregierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre betroffenen Landwirte zu unterstützen.')).toBe('de');
    expect(detectLanguage('El gobierno anunció el martes nuevas medidas para apoyar a los agricultores afectados por la sequía en el sur del país.')).toBe('es');
  });

  it('tells the languages of other scripts by their letters', () => {
    expect(detectLanguage('Правительство России заявило во вторник, что продолжит дипломатические усилия.')).toBe('ru');
    expect(detectLanguage('Уряд України заявив у вівторок, що продовжить дипломатичні зусилля і переговори.')).toBe('uk');
    expect(detectLanguage('日本政府は火曜日、外交努力を続けると発表した。')).toBe('ja');
    expect(detectLanguage('俄罗斯政府周二表示将继续外交努力。')).toBe('zh');
    expect(detectLanguage('أعلنت الحكومة يوم الثلاثاء أنها ستواصل الجهود الدبلوماسية.')).toBe('ar');
    expect(detectLanguage('정부는 화요일 외교적 노력을 계속하겠다고 밝혔다.')).toBe('ko');
  });

  it('answers "und" when the text is too short to tell, or in a language Newsdesk does not handle', () => {
    expect(detectLanguage('OK')).toBe('und');
    expect(detectLanguage('Serikali ilitangaza Jumanne kwamba itaendelea na juhudi za kidiplomasia kwa ajili ya amani katika eneo hilo.')).toBe('und');
  });
});

describe('languageName', () => {
  it('names languages in English', () => {
    expect(languageName('id')).toBe('Indonesian');
    expect(languageName('en')).toBe('English');
    expect(languageName('zh')).toBe('Chinese');
    expect(languageName('sw')).toBe('Swahili');
  });

  it('falls back to "the article\'s language" when it is undetermined', () => {
    expect(languageName('und')).toBe("the article's language");
  });
});

describe('parseLanguage', () => {
  it.each([
    ['en', 'en'],
    ['English', 'en'],
    ['inggris', 'en'],
    ['Bahasa Inggris', 'en'],
    ['id', 'id'],
    ['Indonesia', 'id'],
    ['bahasa Indonesia', 'id'],
    ['Bahasa', 'id'],
    ['Indonesian', 'id'],
    ['fr', 'fr'],
    ['French', 'fr'],
    ['Prancis', 'fr'],
    ['perancis', 'fr'],
    ['Jerman', 'de'],
    ['Mandarin', 'zh'],
    ['Jepang', 'ja'],
    ['Arabic', 'ar'],
    ['Belanda', 'nl'],
    ['Tagalog', 'tl'],
    ['Melayu', 'ms'],
    ['English.', 'en'],
    ['Spanish language', 'es'],
  ])('reads %j as %s', (input, code) => {
    expect(parseLanguage(input)).toBe(code);
  });

  it('does not take ordinary words for languages', () => {
    expect(parseLanguage('to')).toBeUndefined();
    expect(parseLanguage('the')).toBeUndefined();
    expect(parseLanguage('Klingon')).toBeUndefined();
  });
});
