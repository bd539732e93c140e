import { describe, expect, it } from 'vitest';
import { NewsroomError } from '../../../src/errors.js';
import { isStoreFailure, StoreUnavailable } from '../../../src/store/store-failure.js';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('isStoreFailure', () => {
  it.each([
    ['the queue not reaching Redis', new StoreUnavailable("the job queue's Redis could not be reached within 2 s")],
    ['a SQLite file that cannot be written', Object.assign(new Error('SQLITE_READONLY: attempt to write a readonly database'), { code: 'SQLITE_READONLY' })],
    ['node-redis offline', named('ClientOfflineError', 'The client is offline')],
    ['node-redis losing its socket', named('SocketClosedUnexpectedlyError', 'Socket closed unexpectedly')],
    ['keyv failing to connect', new Error('Redis client is not connected or has failed to connect. This is thrown because throwOnConnectError is set to true.')],
    ['ioredis with no offline queue', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['ioredis timing out', new Error('Command timed out')],
    ['Redis out of memory', new Error("OOM command not allowed when used memory > 'maxmemory'.")],
  ])('is true for %s', (_what, error) => {
    expect(isStoreFailure(error)).toBe(true);
  });

  it.each([
    ['the journalist’s own mistake', new NewsroomError('That link is not an article.')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'ts')")],
    ['a network error of something else', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' })],
    ['not an error', 'SQLITE_BUSY'],
  ])('is false for %s', (_what, error) => {
    expect(isStoreFailure(error)).toBe(false);
  });
});
