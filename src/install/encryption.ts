import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What the store holds instead of a secret: AES-256-GCM ciphertext with its nonce and tag, base64. */
export interface Sealed {
  v: 1;
  iv: string;
  tag: string;
  data: string;
}

const ALGORITHM = 'aes-256-gcm';

/**
 * Encrypts a value for the store. `label` (the store key) is authenticated with it, so a sealed
 * value copied under another workspace's key does not open there.
 */
export function seal(value: unknown, key: Buffer, label: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(label));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { v: 1, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** The value `seal` encrypted; throws when the key, the label or the bytes are not the ones sealed. */
export function unseal<T>(sealed: Sealed, key: Buffer, label: string): T {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64')).setAAD(Buffer.from(label));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(text) as T;
}
