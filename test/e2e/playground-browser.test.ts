import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/playground/server.js';

const CHROMIUM = '/usr/bin/chromium';
// Each run saves its screenshot here (ignored by git); docs/playground.png is a copy of one, for the README.
const SCREENSHOT = new URL('../../test-results/playground.png', import.meta.url);
const SCREENSHOT_1024 = new URL('../../test-results/playground-1024.png', import.meta.url);

/** Per composer on the page: its placeholder's width in its own font, the room its text has, and whether its box shows all of it. */
function placeholderFit(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTextAreaElement>('.composer-slot textarea')].map((textarea) => {
      const style = getComputedStyle(textarea);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      return {
        placeholder: textarea.placeholder,
        textWidth: context.measureText(textarea.placeholder).width,
        room: textarea.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        // An empty textarea's scrollHeight covers its placeholder: taller than the box means cut off.
        cut: textarea.scrollHeight > textarea.clientHeight,
      };
    }),
  );
}

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

      // The page shows the headline the app posted.
      const posted = await pg.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header');
      const summary = page.locator('#channel-messages .message', { has: page.locator('.bk-header') });
      await summary.waitFor();
      expect(await summary.locator('.bk-header').textContent()).toBe(posted.args.blocks[0].text.text);
      expect(await summary.locator('.content strong').first().textContent()).toBe('Key points');
      expect(await summary.locator('.content li').count()).toBeGreaterThanOrEqual(3);
      // The "Reading…" progress note, shown only to the person, goes once the answer is in the channel.
      await page.locator('#channel-messages .message.ephemeral', { hasText: 'Reading the article' }).waitFor({ state: 'detached' });

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

  it.skipIf(!existsSync(CHROMIUM))(
    'at a 1024 px window the composers show their whole placeholder, and a file without a mention gets the hint',
    async () => {
      const narrow = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      narrow.setDefaultTimeout(20_000);
      try {
        await narrow.goto(pg.url);
        const composer = narrow.locator('#channel-composer');
        await composer.locator('textarea').waitFor();

        // A file attached with no text: Newsdesk will not read it, and the composer says how to have it read.
        const hint = composer.locator('.file-hint');
        expect(await hint.isVisible()).toBe(false);
        await composer.locator('input[type=file]').setInputFiles({ name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from('The council voted 7-2 to close the library on Sundays.') });
        await composer.locator('.chip', { hasText: 'brief.txt' }).waitFor();
        await hint.waitFor({ state: 'visible' });
        expect(await hint.textContent()).toContain('@Newsdesk');
        expect(await hint.textContent()).toContain('Summarize with Newsdesk');
        // With a mention Newsdesk reads it, so the hint goes; without, it comes back.
        await composer.locator('textarea').fill('@Newsdesk summarize this');
        expect(await hint.isVisible()).toBe(false);
        await composer.locator('textarea').fill('');
        expect(await hint.isVisible()).toBe(true);
        // Sent as is, the file's message gets no answer, so the hint stays in sight after the send.
        await composer.locator('textarea').press('Enter');
        const fileMessage = narrow.locator('#channel-messages .message', { hasText: 'brief.txt' });
        await fileMessage.waitFor();
        await composer.locator('.chip').first().waitFor({ state: 'detached' });
        expect(await hint.isVisible()).toBe(true);

        // The thread beside the channel narrows it the most: both composers still show their placeholder whole.
        await fileMessage.hover();
        await fileMessage.getByRole('button', { name: 'Reply in thread' }).click();
        await narrow.locator('#thread-composer textarea').waitFor({ state: 'visible' });
        const fits = await placeholderFit(narrow);
        expect(fits).toHaveLength(2);
        for (const fit of fits) {
          expect(fit.placeholder).not.toBe('');
          expect(fit.textWidth, fit.placeholder).toBeLessThanOrEqual(fit.room);
          expect(fit.cut, fit.placeholder).toBe(false);
        }
        mkdirSync(new URL('.', SCREENSHOT_1024), { recursive: true });
        await narrow.screenshot({ path: SCREENSHOT_1024.pathname });
      } finally {
        await narrow.close();
      }
    },
    60_000,
  );
});
