import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../../src/install/bot-scopes.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../${name}`, import.meta.url), 'utf8'));
const manifest = read('manifest.json');
const socketManifest = read('manifest.socket.json');

/** Every URL a manifest names, wherever it is. */
const urls = (value: unknown): string[] =>
  typeof value === 'string' ? (/^https?:\/\//.test(value) ? [value] : []) : value && typeof value === 'object' ? Object.values(value).flatMap(urls) : [];

/** A manifest without its URLs and its Socket Mode switch: the features themselves. */
function features(m: typeof manifest) {
  const copy = structuredClone(m);
  for (const command of copy.features.slash_commands) delete command.url;
  delete copy.oauth_config.redirect_urls;
  delete copy.settings.event_subscriptions.request_url;
  delete copy.settings.interactivity.request_url;
  delete copy.settings.socket_mode_enabled;
  return copy;
}

describe('what an install asks for', () => {
  it.each([
    ['manifest.json', manifest],
    ['manifest.socket.json', socketManifest],
  ])('is the bot scopes of %s, so an app made from either manifest accepts the install', (_name, m) => {
    expect([...BOT_SCOPES].sort()).toEqual([...m.oauth_config.scopes.bot].sort());
    expect(m.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_home_opened', 'app_uninstalled', 'tokens_revoked']));
    expect(m.features.app_home.home_tab_enabled).toBe(true);
  });

  it('comes back to the redirect URL Newsdesk serves, over HTTP', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.oauth_config.redirect_urls).toEqual([expect.stringMatching(/\/slack\/oauth_redirect$/)]);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
  });

  it('in Socket Mode, needs no URL at all and offers the very same commands, shortcut, events and scopes', () => {
    expect(socketManifest.settings.socket_mode_enabled).toBe(true);
    expect(urls(socketManifest)).toEqual([]);
    expect(urls(manifest).length).toBeGreaterThan(0);
    expect(features(socketManifest)).toEqual(features(manifest));
  });
});
