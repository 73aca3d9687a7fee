import type { Next, Request, Response, Server } from 'restify';
import { messages } from '../catalog/catalog.ts';
import { DEFAULT_LOCALE, type Locale } from '../catalog/locale.ts';
import { infoPage, SUMMARY_STYLE_HASH } from '../render/case-summary-page.ts';

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src '${SUMMARY_STYLE_HASH}'; base-uri 'none'; form-action 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'public, max-age=3600',
};

/** What the Teams app listing links to: how data is handled, and the terms of use. */
function pages(locale: Locale): Record<string, { title: string; paragraphs: readonly string[] }> {
  const words = messages(locale).policyPages;
  return {
    '/privacy': words.privacy,
    '/terms': {
      title: words.terms.title,
      paragraphs: [messages(locale).disclaimer.full, ...words.terms.paragraphs],
    },
  };
}

/** The pages in the product's default language: a link from an app listing carries no conversation. */
export function registerPolicyPages(server: Server): void {
  for (const [path, page] of Object.entries(pages(DEFAULT_LOCALE))) {
    server.get(path, (_req: Request, res: Response, next: Next) => {
      res.writeHead(200, HEADERS);
      res.end(infoPage(page, DEFAULT_LOCALE));
      next();
    });
  }
}
