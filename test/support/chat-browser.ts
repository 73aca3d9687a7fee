import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Records every Content-Security-Policy report of the page's documents, for `unexpectedViolations`. */
export async function recordCspViolations(page: Page): Promise<void> {
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

/** CSP reports other than Web Chat's known empty, nonce-less <style> of react-scroll-to-bottom. */
export async function unexpectedViolations(page: Page): Promise<CspViolation[]> {
  const all = await page.evaluate(
    () => (globalThis as unknown as { cspViolations: CspViolation[] }).cspViolations,
  );
  return all.filter(
    (v) => !(v.directive === 'style-src-elem' && v.blockedURI === 'inline' && v.sample === ''),
  );
}
