import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasService } from '../support/services.ts';
import { cspViolations, launchChromium, openChatPage, type ChatPage } from '../support/chat-browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { NOTICE_PAGES } from '../reading/support/notice-pages.ts';
import { FixtureRenderer } from '../reading/support/rendered-fixtures.ts';

const RESULTS_DIR = 'test-results';
const STEP_TIMEOUT_MS = 20_000;
/** A phone held upright (iPhone 12–15 CSS pixels). */
const PHONE = { width: 390, height: 844 };
const CP14 = NOTICE_PAGES[0]!;

describe.skipIf(!(await hasService('chromium')))('the upload button on the chat page', () => {
  let app: TestApp;
  let browser: Browser;
  let tab: ChatPage;
  let page: Page;
  let cp14Pdf: Buffer;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const renderer = new FixtureRenderer();
    cp14Pdf = await renderer.render(CP14, 'pdf');
    await renderer.close();
    app = await startTestApp({ today: '2026-11-20', env: { NOTICE_READ_TIMEOUT_MS: '60000' } });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  beforeEach(async () => {
    tab = await openChatPage(browser, {
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      stepTimeoutMs: STEP_TIMEOUT_MS,
    });
    page = tab.page;
  });
  afterEach(async () => {
    await page?.context().close();
  });

  it('sends the PDF picked with the upload button; the bot reads it and the result needs no typing', async () => {
    await page.goto(`${app.url}/`);
    await tab.botSaid('What is the notice code?');
    const upload = page.getByRole('button', { name: 'Upload file' });
    await expect(upload.isVisible()).resolves.toBe(true);
    // The picker offers photos and PDFs, one at a time.
    const input = page.locator('input[type="file"]');
    await expect(input.getAttribute('accept')).resolves.toBe('image/jpeg,image/png,application/pdf');
    await expect(input.getAttribute('multiple')).resolves.toBeNull();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), upload.click()]);
    await chooser.setFiles({ name: 'IRS letter Jordan.pdf', mimeType: 'application/pdf', buffer: cp14Pdf });

    await tab.botSaid(
      'I read a CP14 dated November 16, 2026 for tax year 2025, $2,418.77 due by December 7, 2026: is that right?',
    );
    // The person's bubble says a file was sent, without its name (which may name them).
    const bubbles = tab.transcript().locator('.webchat__basic-transcript__activity');
    const sent = bubbles.getByText('The file you sent');
    await expect(sent.isVisible()).resolves.toBe(true);
    // In white on the firm's colour, not in the firm's colour on itself.
    const color = await sent.evaluate((element) => {
      type Styles = { getComputedStyle(element: unknown): { color: string } };
      return (globalThis as unknown as Styles).getComputedStyle(element).color;
    });
    expect(color).toBe('rgb(255, 255, 255)');
    // The bubbles, not the screen reader's live region: that announces the person's own pick, name and all,
    // on their own device while it is being sent, and nothing of it is stored.
    await expect(bubbles.getByText(/Jordan/).count()).resolves.toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}/webchat-upload-read.png` });

    await tab.suggested('Yes').click();
    await tab.botSaid('Do you agree with the balance');
    await tab.suggested('Yes').click();
    await tab.botSaid('Could you pay the full balance now?');
    await tab.suggested('Yes').click();
    // The result's date is in the message its card comes with.
    const date = page
      .locator('.webchat__basic-transcript')
      .getByText('Monday, December 7, 2026', { exact: true });
    await date.waitFor();
    await page.locator('.ac-adaptiveCard').last().waitFor();
    await date.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/webchat-upload-result.png` });
    expect(await cspViolations(page)).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  }, 120_000);

  it('answers a file over 10 MB in the chat, in words, instead of "Send failed"', async () => {
    await page.goto(`${app.url}/`);
    await tab.botSaid('What is the notice code?');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Upload file' }).click(),
    ]);
    // Whitespace after the end of a PDF is allowed: a real notice, too large to be taken.
    const padded = Buffer.concat([cp14Pdf, Buffer.alloc(10 * 1024 * 1024, 0x0a)]);
    // Ten megabytes cross the browser's protocol slowly on a busy machine.
    await chooser.setFiles(
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: padded },
      { timeout: 90_000 },
    );
    await tab.botSaid(/^That file is over 10 MB\. A photo of the first page of the notice is enough\./);
    await expect(tab.transcript().getByText('Send failed').count()).resolves.toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}/webchat-upload-too-large.png` });
    expect(tab.pageErrors).toEqual([]);
  }, 180_000);
});
