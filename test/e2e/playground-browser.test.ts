import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/playground/server.js';

const CHROMIUM = '/usr/bin/chromium';
// Each run saves its screenshot here (ignored by git); docs/playground.png is a copy of one, for the README.
const SCREENSHOT = new URL('../../test-results/playground.png', import.meta.url);

/** A person in a real (headless) browser, using the playground page as they would. */
describe('the playground in a browser', () => {
  let pg: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) return;
    pg = await startPlayground({ port: 0, env: { LOG_LEVEL: 'error' } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
    await pg?.stop();
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'summarizes the sample article, shows its quotes in the thread, answers a question there',
    async () => {
      await page.goto(pg.url);
      // The composer exists once the page has loaded the workspace and wired its controls.
      const composer = page.locator('#channel-composer textarea');
      await composer.waitFor();
      await page.getByRole('button', { name: 'Try with a sample article' }).click();
      await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#channel-composer textarea')!.value !== '');
      expect(await composer.inputValue()).toMatch(/^\/summarize Rusia mengatakan akan melanjutkan/);
      await composer.press('Enter');

      // The page shows the headline the app posted, and its "Reading…" ack only to the person.
      const posted = await pg.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header');
      const summary = page.locator('#channel-messages .message', { has: page.locator('.bk-header') });
      await summary.waitFor();
      expect(await summary.locator('.bk-header').textContent()).toBe(posted.args.blocks[0].text.text);
      expect(await summary.locator('.content strong').first().textContent()).toBe('Key points');
      expect(await summary.locator('.content li').count()).toBeGreaterThanOrEqual(3);
      const ack = page.locator('#channel-messages .message.ephemeral', { hasText: 'Reading the article' });
      expect(await ack.textContent()).toContain('Only visible to you');

      // A button under the summary: the quotes go to the summary's thread, which opens beside the channel.
      await summary.getByRole('button', { name: 'Quotes' }).click();
      await summary.locator('.replies-link').click();
      const thread = page.locator('#thread-messages');
      await thread.getByText('Saya akan menyarankan').first().waitFor();

      // 👎 under the summary opens the app's form as a modal; sent, the app thanks the person alone.
      await summary.getByRole('button', { name: '👎' }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel('Wrong fact').check();
      await form.locator('textarea').fill('The embassy moved to Lviv');
      await form.getByRole('button', { name: 'Send' }).click();
      await page.locator('#channel-messages .message.ephemeral', { hasText: 'your 👎 (wrong fact) is noted' }).waitFor();
      expect(await form.count()).toBe(0);

      // A follow-up question in the thread, as a mention; the answer follows it there.
      const threadComposer = page.locator('#thread-composer textarea');
      await threadComposer.fill('@Newsdesk berapa tentara Rusia di dekat perbatasan?');
      await threadComposer.press('Enter');
      const answer = thread.locator('.message:has(.content .mention) ~ .message:not(.ephemeral)', { hasText: '100.000' });
      await answer.first().waitFor();
      expect(await answer.first().locator('.author').textContent()).toBe('Newsdesk');

      mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT.pathname });

      // What a person types is shown as typed, formatted as Slack formats it, never run as markup.
      await composer.fill('<img src=x onerror="document.title=1"> *bold* and _italic_');
      await composer.press('Enter');
      const typed = page.locator('#channel-messages .message', { hasText: 'onerror' });
      await typed.waitFor();
      expect(await typed.locator('img').count()).toBe(0);
      expect(await typed.locator('.content').textContent()).toBe('<img src=x onerror="document.title=1"> bold and italic');
      expect(await typed.locator('strong').textContent()).toBe('bold');
      expect(await typed.locator('em').textContent()).toBe('italic');
    },
    90_000,
  );
});
