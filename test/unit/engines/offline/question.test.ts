import { describe, expect, it } from 'vitest';
import { answerKind, isEnglishQuestion, questionParts } from '../../../../src/engines/offline/question.js';

describe('answerKind', () => {
  it('tells what a question asks for, in English and Indonesian', () => {
    expect(answerKind('When will the road reopen?')).toBe('date');
    expect(answerKind('Kapan jalan itu dibuka kembali?')).toBe('date');
    expect(answerKind('How many people were evacuated?')).toBe('number');
    expect(answerKind('Berapa biaya perbaikan jembatan?')).toBe('number');
    expect(answerKind('Who signed the order?')).toBe('person');
    expect(answerKind('Siapa yang menandatangani surat itu?')).toBe('person');
    expect(answerKind('Where will the summit be held?')).toBe('place');
    expect(answerKind('Di mana pertemuan itu digelar?')).toBe('place');
    expect(answerKind('Apa yang dimaksud dengan zona merah?')).toBe('definition');
    expect(answerKind('What did the mayor say?')).toBe('speech');
    expect(answerKind('Why did the talks fail?')).toBe('reason');
    expect(answerKind('Mengapa pasar ditutup?')).toBe('reason');
    expect(answerKind('Juara ke berapa tim itu?')).toBe('rank');
  });

  it('reads "dari mana asal kata X" as asking a word\'s origin, not a place', () => {
    expect(answerKind('Dari mana asal kata Watu?')).toBe('other');
    expect(answerKind('Dari manakah asal nama desa itu?')).toBe('other');
    expect(answerKind('Dari mana asal kopi itu?')).toBe('place');
  });

  it('reads "di negara mana", "di kota manakah" as asking a place', () => {
    expect(answerKind('Di negara manakah ia menjadi duta besar?')).toBe('place');
    expect(answerKind('Di kota mana pameran itu digelar?')).toBe('place');
  });
});

describe('questionParts', () => {
  it('splits a question that asks two things', () => {
    expect(questionParts('How much will it cost and who pays?')).toEqual(['How much will it cost', 'who pays']);
    expect(questionParts('Berapa biayanya dan siapa yang membayar?')).toEqual(['Berapa biayanya', 'siapa yang membayar']);
  });

  it('keeps a question whole when "and" joins words, not questions', () => {
    expect(questionParts('Who are the mayor and the governor meeting?')).toEqual(['Who are the mayor and the governor meeting']);
  });
});

describe('isEnglishQuestion', () => {
  it('reads the language from the question word', () => {
    expect(isEnglishQuestion('How many troops are there?')).toBe(true);
    expect(isEnglishQuestion('Berapa jumlah tentara?')).toBe(false);
  });
});
