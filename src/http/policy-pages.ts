import type { Next, Request, Response, Server } from 'restify';
import { fullDisclaimer } from '../guardrails/disclaimer.ts';
import { infoPage, SUMMARY_STYLE_HASH } from '../render/case-summary-page.ts';

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src '${SUMMARY_STYLE_HASH}'; base-uri 'none'; form-action 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'public, max-age=3600',
};

/** What the Teams app listing links to: how data is handled, and the terms of use. */
const PAGES: Record<string, { title: string; paragraphs: string[] }> = {
  '/privacy': {
    title: 'Notice Navigator: privacy',
    paragraphs: [
      'Notice Navigator keeps what you tell it in a conversation (the notice code, its date, your answers) for up to the configured retention period, so that the conversation can continue. It removes Social Security, taxpayer ID, bank, card and IRS PIN numbers from messages before anything is stored, logged or sent to a language model.',
      'By text message, your phone number is kept only as a keyed hash. Nothing is sent to a tax firm unless you agree to it at the end of a consultation request.',
      'Type "delete my data" at any time to delete the conversation, its download links and any consultation request; a firm that already received your request is told to delete it too.',
    ],
  },
  '/terms': {
    title: 'Notice Navigator: terms of use',
    paragraphs: [
      fullDisclaimer,
      'Dates are computed from public rules and are estimates: the dates and amounts printed on your notice are the ones that count. The assistant cannot act for you with the IRS.',
    ],
  },
};

export function registerPolicyPages(server: Server): void {
  for (const [path, page] of Object.entries(PAGES)) {
    server.get(path, (_req: Request, res: Response, next: Next) => {
      res.writeHead(200, HEADERS);
      res.end(infoPage(page.title, page.paragraphs));
      next();
    });
  }
}
