import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_WORDS, messages } from '../../src/catalog/catalog.ts';
import { hasService } from '../support/services.ts';
import {
  axeViolations,
  cspViolations,
  launchChromium,
  openChatPage,
  type ChatPage,
} from '../support/chat-browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/*
 * The Web Chat page in Spanish in Chromium (issue 17): a phone whose browser asks for es-US gets a page
 * in Spanish (lang="es") with Web Chat's own interface in Spanish (locale es-US), and a whole triage typed
 * in Spanish ends with a result whose every word is Spanish, accessible (axe) and within the CSP.
 */

const E2E_TIMEOUT_MS = 90_000;
const RESULTS_DIR = 'test-results';
const PHONE = { width: 390, height: 844 };
const es = messages('es');
const en = messages('en');
const words = KNOWLEDGE_WORDS.es;

describe.skipIf(!(await hasService('chromium')))('the chat page in Spanish in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  let tab: ChatPage;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    app = await startTestApp({ today: '2026-03-10' });
    browser = await launchChromium();
    tab = await openChatPage(browser, { viewport: PHONE, locale: 'es-US', stepTimeoutMs: 30_000 });
    page = tab.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it(
    'runs a whole triage in Spanish at 390x844: Spanish page, Spanish Web Chat, Spanish result, no axe violation',
    async () => {
      await page.goto(`${app.url}/`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await tab.botSaid('¿Cuál es el código del aviso?');
      // The bot's own welcome (not only the page's copy of it) is Spanish: the conversation opened in es-US.
      const opening = await tab.transcript().innerText();
      expect(opening).toContain(es.disclaimer.full.slice(0, 60));
      expect(opening).not.toContain(en.dialog.welcome.slice(0, 40));
      // Web Chat's own interface speaks Spanish: its send box and its transcript's name.
      await page.locator('.webchat__send-box').waitFor();
      await expect(page.getByRole('textbox').getAttribute('placeholder')).resolves.toBe('Escriba su mensaje');

      await tab.type('aviso CP14');
      await tab.botSaid(es.dialog.askNoticeDate.split('?')[0] ?? '');
      await tab.type('2 de marzo de 2026');
      await tab.botSaid(es.dialog.askAgreement);
      await expect(
        page
          .getByRole('toolbar')
          .getByRole('button', { name: es.dialog.agreementChoices[0], exact: true })
          .count(),
      ).resolves.toBe(1);
      await tab.type('sí');
      await tab.botSaid(es.dialog.askAmount.split('?')[0] ?? '');
      await tab.type('$1,200');
      await tab.botSaid(es.dialog.askCanPay);
      await tab.type('no');
      const card = page.locator('.ac-adaptiveCard').last();
      await card.getByText(`CP14: ${words?.notices.CP14?.title}`).waitFor();
      await tab.transcript().getByText('lunes, 23 de marzo de 2026', { exact: true }).waitFor();
      await page.waitForTimeout(1000);

      const result = tab
        .transcript()
        .locator('.webchat__basic-transcript__activity')
        .filter({ has: page.locator('.ac-adaptiveCard') })
        .last();
      await result.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-spanish-result-390.png` });
      const shown = await result.innerText();
      expect(shown).toContain(words?.deadlines['pay-interest-free'].label);
      expect(shown).toContain(es.card.verify);
      // None of the English words of this result: the frame's or the knowledge base's.
      for (const english of [
        en.card.verify,
        en.card.restart,
        'Pay the full balance of this bill',
        'Balance due: first bill',
        'Ask for a short-term payment plan',
      ])
        expect(shown).not.toContain(english);
      expect(await axeViolations(page)).toEqual([]);

      // The details open in Spanish and stay accessible.
      await result.getByRole('button', { name: es.card.showDates }).click();
      await result.getByText(/^Si se le pasa: /).waitFor();
      await page.screenshot({ path: `${RESULTS_DIR}/webchat-spanish-details-390.png` });
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(tab.pageErrors).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
