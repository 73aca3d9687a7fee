import type { Request, Response, Server } from 'restify';
import { deadlinesToIcs, ICS_CONTENT_TYPE, icsFileName } from '../../intake/ics.ts';
import {
  caseSummaryPage,
  expiredCasePage,
  SUMMARY_STYLE_HASH,
  unavailableCasePage,
} from '../../render/case-summary-page.ts';
import { messages } from '../../catalog/catalog.ts';
import { DEFAULT_LOCALE } from '../../catalog/locale.ts';
import { wordedResult } from '../../catalog/worded-result.ts';
import type { CaseStore, StoredCase } from '../../storage/case-store.ts';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../outage-status.ts';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src '${SUMMARY_STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // A case link is a secret: keep the page out of shared caches and search engines.
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex',
};

export type CaseRoutesDeps = { cases: CaseStore; now: () => Date };

/** The printable summary and the calendar file behind a case's unguessable link. */
export function registerCaseRoutes(server: Server, deps: CaseRoutesDeps): void {
  server.get('/cases/:token', async (req: Request, res: Response) => {
    const stored = await readCase(res, deps.cases, tokenOf(req));
    if (stored === UNAVAILABLE) return;
    const html = stored
      ? caseSummaryPage(stored.triage, stored.locale, messages(stored.locale).disclaimer.full)
      : expiredCasePage(DEFAULT_LOCALE);
    res.writeHead(stored ? 200 : 404, PAGE_HEADERS);
    res.end(html);
  });
  server.get('/cases/:token/deadlines.ics', async (req: Request, res: Response) => {
    const token = tokenOf(req);
    const stored = await readCase(res, deps.cases, token);
    if (stored === UNAVAILABLE) return;
    if (!stored) {
      res.writeHead(404, PAGE_HEADERS);
      res.end(expiredCasePage(DEFAULT_LOCALE));
      return;
    }
    const result = wordedResult(stored.triage, stored.locale);
    const ics = deadlinesToIcs(result.deadlines, {
      noticeCode: result.notice.code,
      locale: stored.locale,
      uidSeed: token,
      now: deps.now(),
    });
    res.writeHead(200, {
      'content-type': ICS_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${icsFileName(result.notice.code)}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(ics);
  });
}

function tokenOf(req: Request): string {
  const params = req.params as Record<string, unknown>;
  return typeof params.token === 'string' ? params.token : '';
}

const UNAVAILABLE = Symbol('unavailable');

/** The case behind a link; when the store does not answer, a page saying to try again (503) instead. */
async function readCase(
  res: Response,
  cases: CaseStore,
  token: string,
): Promise<StoredCase | undefined | typeof UNAVAILABLE> {
  try {
    return await cases.get(token);
  } catch {
    res.writeHead(503, { ...PAGE_HEADERS, 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) });
    res.end(unavailableCasePage(DEFAULT_LOCALE));
    return UNAVAILABLE;
  }
}
