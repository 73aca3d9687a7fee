import type { Confidence } from '../facts-schema.ts';
import type { DeadlineId } from '../notices/notice-schema.ts';

/** IRC 6601(e)(3): at or above this amount the interest-free window is 10 business days instead of 21 days. */
export const LARGE_BALANCE_THRESHOLD = 100_000;
export const INTEREST_FREE_CALENDAR_DAYS = 21;
export const INTEREST_FREE_BUSINESS_DAYS = 10;
export const CDP_REQUEST_DAYS = 30;
/** IRC 6320(a)(2): the lien letter is sent within 5 business days after the lien is filed; (a)(3)(B) counts from then. */
export const LIEN_NOTICE_BUSINESS_DAYS = 5;
export const EQUIVALENT_HEARING_YEARS = 1;
export const TAX_COURT_DAYS = 90;
export const TAX_COURT_DAYS_ABROAD = 150;
export const MATH_ERROR_ABATEMENT_DAYS = 60;
/** How far past the rule a printed date may fall before the product asks the person to check it. Not a tax
 * rule: notices are often dated a little before they are mailed, and a last day counted from mailing is
 * later by that much; beyond this, a typo or a date read from another line is more likely. */
export const PRINTED_DATE_SLACK_DAYS = 14;
/** A printed date this long after the notice date is refused as a typo (the longest window is one year). */
export const PRINTED_DATE_MAX_YEARS = 2;

/** The wording and citation of each statutory rule; `respond` windows are notice data instead. */
export type RuleText = {
  label: string;
  protects: string;
  ifMissed: string;
  basis: string;
  sourceUrl: string;
  confidence: Confidence;
  passageIds: string[];
};

export const STATUTORY_RULES: Record<Exclude<DeadlineId, 'respond'>, RuleText> = {
  'pay-interest-free': {
    label: 'Pay the full balance of this bill',
    protects: 'No further interest or failure-to-pay penalty builds up on the billed amount.',
    ifMissed:
      'Interest and the failure-to-pay penalty keep growing until the balance is paid; every payment option is still open.',
    basis: 'IRC 6601(e)(3) and 6651(a)(3)',
    sourceUrl: 'https://www.law.cornell.edu/uscode/text/26/6601',
    confidence: 'C',
    passageIds: ['interest-free-window', 'pay-in-full-methods'],
  },
  'cdp-hearing': {
    label: 'Ask for a Collection Due Process hearing (Form 12153)',
    protects:
      'An Appeals hearing with the right to Tax Court review; a timely request generally stops a levy while it runs.',
    ifMissed:
      'You can still ask for an equivalent hearing within the one-year period described on Form 12153, but without Tax Court review.',
    basis: 'IRC 6320 / 6330; Form 12153',
    sourceUrl: 'https://www.irs.gov/compliance/appeals/collection-due-process-cdp',
    confidence: 'C',
    passageIds: ['cdp-hearing', 'timely-mailing'],
  },
  'equivalent-hearing': {
    label: 'Ask for an equivalent hearing (Form 12153)',
    protects: 'An Appeals hearing on the collection action, though without Tax Court review.',
    ifMissed:
      'The Collection Appeals Program and the other options may still be open; talk to a professional.',
    basis: 'Treas. Reg. 301.6320-1(i) / 301.6330-1(i); Form 12153',
    sourceUrl: 'https://www.irs.gov/compliance/appeals/collection-due-process-cdp',
    confidence: 'U',
    passageIds: ['equivalent-hearing'],
  },
  'tax-court-petition': {
    label: 'File a petition with the U.S. Tax Court',
    protects: 'Your right to dispute the tax in court before you pay it.',
    ifMissed: 'The Tax Court cannot extend this deadline: the IRS assesses the tax and sends bills.',
    basis: 'IRC 6213(a); Tax Court Rule 25 and IRC 7503 for weekends and holidays',
    sourceUrl: 'http://www.irs.gov/Individuals/Understanding-Your-CP3219N-Notice',
    confidence: 'C',
    passageIds: ['tax-court-petition'],
  },
  'math-error-abatement': {
    label: 'Ask the IRS to reverse the math-error change',
    protects:
      'The IRS must reverse the change and can only reassess through a notice of deficiency, which brings Tax Court rights.',
    ifMissed:
      'The change stands and you lose the right to appeal it in Tax Court; you may still file a claim for refund.',
    basis: 'IRC 6213(b)(2)(A)',
    sourceUrl: 'https://www.irs.gov/individuals/understanding-your-cp11-notice',
    confidence: 'C',
    passageIds: ['math-error-abatement'],
  },
};
