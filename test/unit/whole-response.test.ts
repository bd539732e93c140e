import { describe, expect, it } from 'vitest';
import { wholeResponse } from '../../src/whole-response.js';

const reply = (text: string | null, status = 200) =>
  wholeResponse(text === null ? null : Buffer.from(text), { status, statusText: 'OK', headers: { 'content-type': 'application/json' } });

describe('a reply read whole, handed over as a fetch Response', () => {
  it('reads as the same JSON, text and bytes a Response over the same body does, with its status and headers', async () => {
    const body = JSON.stringify({ ok: true, headline: 'Jembatan Kota Lestari dibuka kembali' });
    expect(await reply(body).json()).toEqual(await new Response(body).json());
    expect(await reply(body).text()).toBe(body);
    expect(Buffer.from(await reply(body).arrayBuffer()).toString()).toBe(body);
    expect(Buffer.from(await reply(body).bytes()).toString()).toBe(body);
    expect(await (await reply(body).blob()).text()).toBe(body);
    const response = reply(body, 429);
    expect([response.status, response.ok, response.headers.get('content-type')]).toEqual([429, false, 'application/json']);
  });

  it('can be read once, as a Response: a second read fails, and says the body was used', async () => {
    const response = reply('{"ok":true}');
    expect(response.bodyUsed).toBe(false);
    await response.json();
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it('streams its body to a caller that asks for it, and a clone reads the same', async () => {
    const response = reply('{"streamed":true}');
    const clone = response.clone();
    expect(await new Response(response.body).text()).toBe('{"streamed":true}');
    expect(response.bodyUsed).toBe(true);
    expect(await clone.json()).toEqual({ streamed: true });
  });

  it('has no body where the server sent none', async () => {
    const response = reply(null, 204);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
  });
});
