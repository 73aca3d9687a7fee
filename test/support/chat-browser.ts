import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { serviceUrls } from './services.ts';

export type CspViolation = { directive: string; blockedURI: string; sample: string };

/** Chromium as the browser tests run it: headless, in a fresh temporary profile, with nothing of its own online. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: serviceUrls.chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The chat page in a browser tab, with what went wrong in it so far, and the transcript's parts. */
export type ChatPage = {
  page: Page;
  /** Uncaught errors of the page's scripts. */
  pageErrors: string[];
  /** The console's errors (a CSP report is one; a dropped network adds its own). */
  consoleErrors: string[];
  /** Web Chat's transcript. */
  transcript(): Locator;
  /** Waits until the bot's latest message with this text is in the transcript. */
  botSaid(text: string | RegExp): Promise<void>;
  /** One of the suggested answers under the last question. */
  suggested(title: string): Locator;
  /** Types a message in the page's text box and sends it with Enter. */
  type(text: string): Promise<void>;
};

/**
 * A fresh browser context and tab for the chat page, not yet navigated (a test may first hold back a
 * route or install a clock): every step waits at most `stepTimeoutMs`, and the page's errors, console
 * errors and CSP reports are recorded. Close it with `page.context().close()`.
 */
export async function openChatPage(
  browser: Browser,
  options: BrowserContextOptions & { stepTimeoutMs: number },
): Promise<ChatPage> {
  const { stepTimeoutMs, ...contextOptions } = options;
  const context = await browser.newContext({ locale: 'en-US', ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await recordCspViolations(page);
  const transcript = () => page.locator('.webchat__basic-transcript');
  return {
    page,
    pageErrors,
    consoleErrors,
    transcript,
    botSaid: (text) => transcript().getByText(text).last().waitFor(),
    suggested: (title) =>
      page
        .getByRole('toolbar', { name: 'Suggested actions' })
        .getByRole('button', { name: title, exact: true }),
    type: async (text) => {
      const box = page.getByRole('textbox');
      await box.fill(text);
      await box.press('Enter');
    },
  };
}

/** Records every Content-Security-Policy report of the page's documents, for `cspViolations`. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type ViolationEvent = { effectiveDirective: string; blockedURI: string; sample: string };
    const scope = globalThis as unknown as {
      cspViolations: CspViolation[];
      document: { addEventListener(type: string, listener: (event: ViolationEvent) => void): void };
    };
    const seen: CspViolation[] = [];
    scope.cspViolations = seen;
    scope.document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample });
    });
  });
}

/** Every Content-Security-Policy report of the page's documents so far (none is expected). */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (globalThis as unknown as { cspViolations: CspViolation[] }).cspViolations);
}

/** axe-core from node_modules, run inside the page through the DevTools protocol (no CSP applies to it). */
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** The WCAG 2.2 AA rules, with the 2.0 and 2.1 A and AA rules they include. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = { id: string; nodes: string[] };

/** The page's WCAG 2.2 AA violations as axe-core finds them: the rule, and the elements that break it. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe, document } = globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<AxeResult> };
      document: unknown;
    };
    const found = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return found.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_22_AA);
}
