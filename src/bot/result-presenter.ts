import type { ResultPresenter } from '../dialogs/main-dialog.ts';
import { resultMessage } from '../dialogs/result-message.ts';
import { turnLocale } from '../dialogs/turn-locale.ts';
import type { CaseStore } from '../storage/case-store.ts';

/** Sends a result with links to its calendar file and printable summary, stored behind a fresh token. */
export function createResultPresenter(deps: {
  cases: CaseStore;
  publicBaseUrl: string;
  now: () => Date;
}): ResultPresenter {
  const base = deps.publicBaseUrl.replace(/\/+$/, '');
  return {
    async present(context, result) {
      const locale = turnLocale(context);
      const caseToken = await deps.cases.create(result, locale, deps.now());
      const links = {
        calendarUrl: `${base}/cases/${caseToken}/deadlines.ics`,
        summaryUrl: `${base}/cases/${caseToken}`,
      };
      return { messages: [resultMessage(result, locale, links)], caseToken };
    },
  };
}
