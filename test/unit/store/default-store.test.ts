import { describe, expect, it } from 'vitest';
import { defaultStoreUrl } from '../../../src/store/default-store.js';

describe('defaultStoreUrl', () => {
  it('keeps the SQLite file in $XDG_DATA_HOME/newsdesk, else ~/.local/share/newsdesk', () => {
    expect(defaultStoreUrl({ XDG_DATA_HOME: '/srv/data', HOME: '/home/ed' })).toBe('sqlite:///srv/data/newsdesk/newsdesk.db');
    expect(defaultStoreUrl({ HOME: '/home/ed' })).toBe('sqlite:///home/ed/.local/share/newsdesk/newsdesk.db');
    expect(defaultStoreUrl({ XDG_DATA_HOME: '', HOME: '/home/ed' })).toBe('sqlite:///home/ed/.local/share/newsdesk/newsdesk.db');
  });
});
