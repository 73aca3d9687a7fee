import type { Notice } from '../notices/notice-schema.ts';
import type { Option } from '../options/options-engine.ts';

/** The documents a checklist can name, by id, in the knowledge's own (English) words. */
export const CHECKLIST_ITEMS = {
  notice: 'The notice itself: every page, and the envelope it came in',
  'tax-return': 'Your copy of the tax return for the year the notice is about',
  'payment-proof':
    'Proof of any payment you made: bank statements, cancelled checks or payment confirmations',
  'income-documents': 'The income forms the IRS lists (W-2s, 1099s) and your records for each amount',
  'math-worksheets': 'The worksheets or software summary behind the lines the IRS changed',
  'form-12153': 'Form 12153, filled in and mailed (keep proof of the postmark date)',
  'form-9423': 'Form 9423 if you appeal through the Collection Appeals Program',
  'financial-summary':
    'A summary of your monthly income and living costs, and your bank balances (the IRS may ask for Form 433-F or 433-A)',
  'form-656': 'Form 656 and Form 433-A (OIC), if you try an offer in compromise',
  'penalty-reasons': 'Records that show why you could not file or pay on time (for penalty relief)',
  'form-2848': 'Form 2848 if a professional will speak to the IRS for you',
  'contact-log':
    'A log of every contact with the IRS: date, name and ID number of the employee, what was said',
  'filing-records': 'Proof that you filed (a copy and the date sent), or the reason you did not have to file',
  'exam-report': 'The examination report the IRS sent and your records for every item you dispute',
  'petition-papers': 'The notice of deficiency, to attach to a Tax Court petition',
} as const;

export type ChecklistItemId = keyof typeof CHECKLIST_ITEMS;
export type ChecklistItem = { id: ChecklistItemId; item: string };

/** Documents by option: what a person needs in hand to take that path. */
const BY_OPTION: Partial<Record<Option['id'], ChecklistItemId[]>> = {
  'pay-in-full': ['payment-proof'],
  'short-term-plan': ['financial-summary'],
  'installment-agreement': ['financial-summary'],
  'offer-in-compromise': ['form-656', 'financial-summary'],
  'currently-not-collectible': ['financial-summary'],
  'penalty-relief': ['penalty-reasons'],
  'math-error-abatement': ['math-worksheets'],
  'cp2000-response': ['income-documents'],
  'cdp-hearing': ['form-12153'],
  'equivalent-hearing': ['form-12153'],
  'collection-appeals-program': ['form-9423'],
  'tax-court-petition': ['petition-papers'],
  'appeals-protest': ['exam-report'],
  'dispute-by-phone': ['payment-proof'],
  'file-missing-returns': ['filing-records'],
  representation: ['form-2848'],
};

/** The documents to gather, tailored to the notice and the paths offered; always starts with the notice. */
export function buildChecklist(notice: Notice, options: readonly Option[]): ChecklistItem[] {
  const ids: ChecklistItemId[] = ['notice'];
  if (notice.stage !== 'non-filer') ids.push('tax-return');
  for (const option of options) ids.push(...(BY_OPTION[option.id] ?? []));
  ids.push('contact-log');
  return [...new Set(ids)].map((id) => ({ id, item: CHECKLIST_ITEMS[id] }));
}
