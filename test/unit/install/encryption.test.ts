import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from '../../../src/install/encryption.js';

const key = randomBytes(32);
const installation = { team: { id: 'T0DAILY' }, bot: { token: 'xoxb-secret-bot-token', userId: 'UBOT' } };

describe('sealing installations', () => {
  it('opens with the same key and label, and shows nothing of the value in between', () => {
    const sealed = seal(installation, key, 'installation:T0DAILY');
    expect(JSON.stringify(sealed)).not.toMatch(/xoxb|T0DAILY|UBOT/);
    expect(unseal(sealed, key, 'installation:T0DAILY')).toEqual(installation);
  });

  it('gives a fresh ciphertext each time, so equal installations do not look equal', () => {
    expect(seal(installation, key, 'installation:T0DAILY').data).not.toBe(seal(installation, key, 'installation:T0DAILY').data);
  });

  it('refuses another key, another workspace\'s label, and altered bytes', () => {
    const sealed = seal(installation, key, 'installation:T0DAILY');
    expect(() => unseal(sealed, randomBytes(32), 'installation:T0DAILY')).toThrow();
    expect(() => unseal(sealed, key, 'installation:T0OTHER')).toThrow();
    const data = Buffer.from(sealed.data, 'base64');
    data[0]! ^= 1;
    expect(() => unseal({ ...sealed, data: data.toString('base64') }, key, 'installation:T0DAILY')).toThrow();
  });
});
