import { describe, expect, it } from 'vitest';
import { isPrefaceLine } from '../../../../src/article/intake/preface.js';

describe('isPrefaceLine', () => {
  it('recognises notes to colleagues above a story', () => {
    for (const line of [
      'Reporter Sam Lee filed this copy:',
      'FYI',
      'fyi - story from the court desk',
      'pls check the figures before we run it',
      'Hi team, here is the story for tonight:',
      '@channel new copy below',
      'EMBARGOED UNTIL 06:00 GMT TUESDAY',
      'Tolong dicek sebelum tayang ya',
      'Berikut naskah dari koresponden Medan:',
    ]) {
      expect(isPrefaceLine(line), line).toBe(true);
    }
  });

  it('leaves a story\'s headline and sentences alone', () => {
    for (const line of [
      'Council approves new bus lanes',
      'The council filed a complaint against the contractor on Monday.',
      'Please Stop the Noise, Residents Tell Airport',
      'The trade embargo on the island was lifted in 2015, officials said.',
    ]) {
      expect(isPrefaceLine(line), line).toBe(false);
    }
  });
});
