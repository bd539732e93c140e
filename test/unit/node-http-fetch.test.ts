import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchOverNodeHttp, nodeHttpFetch } from '../../src/node-http-fetch.js';
import { listenOnLoopback, readBody } from '../support/http.js';

let server: Awaited<ReturnType<typeof listenOnLoopback>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the fetch the model is called with', () => {
  it('sends the method, headers and body, and hands back the status, headers and body as fetch does', async () => {
    server = await listenOnLoopback(async (req, res) => {
      const sent = { method: req.method, auth: req.headers.authorization, body: JSON.parse((await readBody(req)).toString()) };
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      res.end(JSON.stringify({ sent }));
    });
    const response = await nodeHttpFetch(`${server.origin}/v1/chat/completions`, {
      method: 'POST',
      headers: new Headers({ authorization: 'Bearer sk-test', 'content-type': 'application/json' }),
      body: JSON.stringify({ model: 'm', n: 1 }),
    });
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ sent: { method: 'POST', auth: 'Bearer sk-test', body: { model: 'm', n: 1 } } });
  });

  it('reads a gzip-compressed reply as the text the server compressed', async () => {
    server = await listenOnLoopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ headline: 'Bridge reopens after repairs' })));
    });
    const response = await nodeHttpFetch(`${server.origin}/v1/models`);
    expect(await response.json()).toEqual({ headline: 'Bridge reopens after repairs' });
  });

  it('gives up when its signal aborts, with the AbortError the openai client reads as a timeout', async () => {
    server = await listenOnLoopback(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const pending = nodeHttpFetch(`${server.origin}/v1/chat/completions`, { method: 'POST', body: '{}', signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives up a server that stops answering, where the caller set no deadline of its own', async () => {
    server = await listenOnLoopback(() => {
      // Takes the request and never answers.
    });
    await expect(fetchOverNodeHttp(100)(`${server.origin}/api/chat.postMessage`, { method: 'POST', body: '{}' })).rejects.toThrow(/sent nothing for 0.1 s/);
  });

  it('follows a redirect to where the model now answers', async () => {
    server = await listenOnLoopback((req, res) => {
      if (req.url === '/old/models') {
        res.writeHead(308, { location: '/v1/models' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [{ id: 'newsroom-model' }] }));
    });
    const response = await nodeHttpFetch(`${server.origin}/old/models`);
    expect(await response.json()).toEqual({ data: [{ id: 'newsroom-model' }] });
  });
});
