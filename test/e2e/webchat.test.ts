import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';
import { hasService } from '../support/services.ts';
import {
  axeViolations,
  cspViolations,
  launchChromium,
  openChatPage,
  type ChatPage,
} from '../support/chat-browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Every test below completes well within this; most of it is Web Chat polling once a second. */
const E2E_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 30_000;
const RESULTS_DIR = 'test-results';
const PHONE = { width: 390, height: 844 };
/** Words of the welcome's second sentence: the same in the page's HTML and in Web Chat's bubble. */
const WELCOME = messages('en').dialog.welcome.split('. ')[1]?.split(':')[0] ?? '';

/** Web Chat's default `sendTimeout`, after which an undelivered message shows "Send failed. Retry". */
const WEB_CHAT_SEND_TIMEOUT_MS = 20_000;

describe.skipIf(!(await hasService('chromium')))('the chat page in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  let tab: ChatPage;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    app = await startTestApp({ today: '2026-03-10' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  beforeEach(async () => {
    tab = await openChatPage(browser, {
      viewport: { width: 900, height: 1100 },
      stepTimeoutMs: STEP_TIMEOUT_MS,
    });
    page = tab.page;
  });
  afterEach(async () => {
    await page?.context().close();
  });

  /** Tells a CP14 triage, answering yes as `yes` does, and returns the result's message in the transcript. */
  async function cp14Result(yes: () => Promise<void>) {
    await page.goto(`${app.url}/`);
    await tab.botSaid('What is the notice code?');
    await tab.type('CP14');
    await tab.botSaid('What date is printed on the notice?');
    await tab.type('3/2/2026');
    await tab.botSaid('Do you agree with the balance');
    await yes();
    await tab.botSaid('How much does the notice say you owe?');
    await tab.type('1200');
    await tab.botSaid('Could you pay the full balance now?');
    await yes();
    await tab.botSaid('Would you like a tax professional');
    return tab
      .transcript()
      .locator('.webchat__basic-transcript__activity')
      .filter({ has: page.locator('.ac-adaptiveCard') })
      .last();
  }

  it(
    'completes a triage by typing and clicking suggested answers, and shows the deadline card',
    async () => {
      await cp14Result(() => tab.suggested('Yes').click());

      const card = page.locator('.ac-adaptiveCard').last();
      await card.getByText('CP14: Balance due: first bill').waitFor();
      await expect(card.getByRole('button', { name: 'Check another notice' }).isVisible()).resolves.toBe(
        true,
      );
      // The date that matters is in the message the card comes with, not repeated in the card.
      await expect(
        tab.transcript().getByText('Monday, March 23, 2026', { exact: true }).count(),
      ).resolves.toBe(1);
      await expect(card.getByText(/March 23, 2026/).count()).resolves.toBe(0);

      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-triage.png` });
      expect(await cspViolations(page)).toEqual([]);
      expect(tab.pageErrors).toEqual([]);
      expect(tab.consoleErrors).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'shows the failed message with a retry when the network drops, then carries on from the same step',
    async () => {
      // A fake clock lets the test move past Web Chat's send timeout instead of waiting 20 seconds.
      await page.clock.install();
      await page.goto(`${app.url}/`);
      await tab.botSaid('What is the notice code?');
      await tab.type('CP14');
      await tab.botSaid('What date is printed on the notice?');

      let dropped = 0;
      await page.route('**/v3/directline/conversations/*/activities', async (route) => {
        if (route.request().method() === 'POST' && dropped === 0) {
          dropped += 1;
          await route.abort('internetdisconnected');
          return;
        }
        await route.fallback();
      });
      await tab.type('3/2/2026');
      await expect.poll(() => dropped).toBe(1);
      await page.clock.fastForward(WEB_CHAT_SEND_TIMEOUT_MS + 1000);
      const retry = tab.transcript().getByRole('button', { name: /retry/i });
      await retry.waitFor();
      await expect(tab.transcript().getByText('Send failed. Retry.').isVisible()).resolves.toBe(true);
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-send-failed.png` });

      // The network is back: the retried answer reaches the bot, which moves on from the date question.
      await retry.click();
      await tab.botSaid('Do you agree with the balance');
      await tab.suggested('Yes').click();
      await tab.botSaid('How much does the notice say you owe?');
      await tab.type('1200');
      await tab.botSaid('Could you pay the full balance now?');
      await tab.suggested('Yes').click();
      await tab.transcript().getByText('Monday, March 23, 2026', { exact: true }).waitFor();
      await page.locator('.ac-adaptiveCard').last().waitFor();
      expect(dropped).toBe(1);
      expect(tab.pageErrors).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it.each([
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ])(
    'on a %s (%ix%i) the result lands with its date first and on screen, the scam check in view, in at most 1.5 screens',
    async (name, width, height) => {
      await page.setViewportSize({ width, height });
      // A phone has no mouse: every answer is typed.
      const result = await cp14Result(() => tab.type('yes'));
      // Let auto-scroll settle on the consultation offer that follows the result.
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-result-${name}.png` });

      // Reading order: the first thing in the result is the date, then its status.
      const [first] = await result.locator('.webchat__bubble__content').allInnerTexts();
      expect(first?.trim()).toMatch(/^Monday, March 23, 2026: open, 13 days left\n/);
      const date = result.getByText('Monday, March 23, 2026', { exact: true });
      const box = await date.boundingBox();
      const top = (await tab.transcript().boundingBox())?.y ?? 0;
      expect(box && box.y >= top && box.y + box.height <= height).toBe(true);

      // The scam check is in the chat, in its own box, on the same screen.
      const verify = result.getByText('Is it really the IRS?', { exact: true });
      const verifyBox = await verify.boundingBox();
      expect(verifyBox && verifyBox.y + verifyBox.height <= height).toBe(true);

      const resultBox = await result.boundingBox();
      expect(resultBox?.height).toBeLessThanOrEqual(1.5 * height);
      // Nothing shown twice: what the deadline is for appears once until the dates are opened (Web Chat's
      // 1-pixel, aria-hidden focus copy of the activity aside).
      await expect(
        result
          .locator('.webchat__bubble__content')
          .getByText(/Pay the full balance of this bill/)
          .filter({ visible: true })
          .count(),
      ).resolves.toBe(1);

      expect(await axeViolations(page)).toEqual([]);
      // The details open under the card, and stay accessible.
      await result.getByRole('button', { name: 'Every date, if missed, sources' }).click();
      await result.getByText(/^If missed: /).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(tab.pageErrors).toEqual([]);

      // The printable summary and the policy pages: no sideways scroll at 320 px (a long source link used
      // to make the summary 453 px wide), and no axe violations.
      const opened = page.context().waitForEvent('request', (r) => r.url().includes('/cases/'));
      await result.getByRole('button', { name: 'Printable summary' }).click();
      const summaryPath = new URL((await opened).url()).pathname;
      for (const path of [summaryPath, '/privacy', '/terms']) {
        const other = await page.context().newPage();
        await other.setViewportSize({ width: 320, height: 640 });
        await other.goto(`${app.url}${path}`);
        await expect(
          other.evaluate(
            () =>
              (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
                .documentElement.scrollWidth,
          ),
        ).resolves.toBeLessThanOrEqual(320);
        expect(await axeViolations(other)).toEqual([]);
        await other.close();
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "adds a launcher to a firm's site with one script tag; the chat opens in a panel",
    async () => {
      // The firm's site: another origin, listed in WEBCHAT_EMBED_ORIGINS, with a strict CSP of its own.
      let chatUrl = '';
      const site: Server = createServer((_req, res) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `default-src 'self'; script-src ${chatUrl}; frame-src ${chatUrl}`,
        });
        res.end(
          `<!doctype html><html lang="en"><head><title>Smith CPAs</title></head><body><h1>Smith CPAs</h1>` +
            `<script src="${chatUrl}/embed.js" data-firm="Smith CPAs" data-color="#0b5d3b" ` +
            `data-booking-url="https://book.example.com/smith"></script></body></html>`,
        );
      });
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      const siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
      const embedded = await startTestApp({
        today: '2026-03-10',
        env: { WEBCHAT_EMBED_ORIGINS: siteOrigin },
      });
      chatUrl = embedded.url;
      try {
        await page.goto(`${siteOrigin}/`);
        const launcher = page.getByRole('button', { name: 'Questions about an IRS notice?' });
        await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
        await launcher.click();
        const panel = page.getByRole('dialog', { name: 'Chat with Smith CPAs' });
        await expect(
          panel.getByRole('link', { name: 'Book a consultation' }).getAttribute('href'),
        ).resolves.toBe('https://book.example.com/smith');
        const chat = page.frameLocator('iframe[title="Chat with Smith CPAs"]');
        await chat
          .locator('.webchat__basic-transcript')
          .getByText('What is the notice code?')
          .last()
          .waitFor();
        await expect(chat.locator('body').getAttribute('class')).resolves.toBe('embedded');
        await page.screenshot({ path: `${RESULTS_DIR}/webchat-embed.png` });
        await panel.getByRole('button', { name: 'Close the chat' }).click();
        await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
        await expect(panel.isHidden()).resolves.toBe(true);
        expect(await cspViolations(page)).toEqual([]);
      } finally {
        // The browser keeps its polling connection alive: close it first, or the server waits for it.
        await page.context().close();
        await embedded.close();
        site.close();
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'shows the welcome and the first question before Web Chat has arrived, and hands over what was typed',
    async () => {
      await page.setViewportSize(PHONE);
      // Web Chat's bundle is held back, as a slow connection would.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/webchat/vendor/**', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${app.url}/`, { waitUntil: 'commit' });
      const early = page.locator('#webchat-early');
      await early.getByText(WELCOME).waitFor();
      await early.getByText('What is the notice code?').first().waitFor();
      await expect(page.locator('#webchat').isHidden()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      const box = page.getByRole('textbox', { name: 'Type your message' });
      await box.fill('CP14');
      await box.press('Enter');
      await early.locator('.from-user').getByText('CP14', { exact: true }).waitFor();
      await box.fill('3/2/2026');
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-early-390.png` });

      release();
      // The message sent early reaches the bot, after its opening; the one not yet sent waits in Web Chat's box.
      await tab.transcript().getByText('What date is printed on the notice?').last().waitFor();
      // Nothing is shown twice: the page's own copy of the opening has gone.
      await expect(early.isHidden()).resolves.toBe(true);
      const sendBox = page.locator('.webchat__send-box-text-box__input');
      await expect(sendBox.inputValue()).resolves.toBe('3/2/2026');
      const focused = (el: unknown) =>
        el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;
      await expect(sendBox.evaluate(focused)).resolves.toBe(true);
      const bubbles = await tab.transcript().locator('.webchat__bubble').allInnerTexts();
      const order = [
        (bubble: string) => bubble.includes(WELCOME),
        (bubble: string) => bubble.includes('What is the notice code?'),
        (bubble: string) => bubble.trim() === 'CP14',
        (bubble: string) => bubble.includes('What date is printed'),
      ];
      expect(order.map((is) => bubbles.findIndex(is))).toEqual([0, 1, 2, 3]);
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-handover-390.png` });
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(tab.pageErrors).toEqual([]);
      expect(tab.consoleErrors).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'loads with no Content-Security-Policy report and no console error, its scroll styles applied',
    async () => {
      await page.setViewportSize(PHONE);
      await page.goto(`${app.url}/`, { waitUntil: 'commit' });
      await tab.transcript().getByText('What is the notice code?').last().waitFor();
      const scrollable = page.locator('.webchat__basic-transcript__scrollable');
      type Styles = { getComputedStyle(el: unknown): { overflowY: string } };
      const overflowY = (el: unknown) => (globalThis as unknown as Styles).getComputedStyle(el).overflowY;
      await expect(scrollable.evaluate(overflowY)).resolves.toBe('auto');
      expect(await cspViolations(page)).toEqual([]);
      expect(tab.pageErrors).toEqual([]);
      expect(tab.consoleErrors).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
