/** Every option the engine can offer, with the vetted passages that explain it. */
export const OPTION_CATALOG = {
  'pay-in-full': {
    title: 'Pay the full balance',
    passageIds: ['pay-in-full-methods', 'interest-free-window'],
  },
  'short-term-plan': { title: 'Ask for a short-term payment plan', passageIds: ['short-term-payment-plan'] },
  'installment-agreement': {
    title: 'Set up a monthly installment agreement',
    passageIds: ['installment-agreement', 'installment-agreement-fees'],
  },
  'offer-in-compromise': {
    title: 'See if an offer in compromise fits (settle for less)',
    passageIds: ['offer-in-compromise'],
  },
  'currently-not-collectible': {
    title: 'Ask for a collection delay if you cannot pay basic living costs',
    passageIds: ['currently-not-collectible'],
  },
  'penalty-relief': {
    title: 'Ask to remove penalties (first-time abatement or reasonable cause)',
    passageIds: ['first-time-abatement', 'reasonable-cause'],
  },
  'math-error-abatement': {
    title: 'Ask the IRS to reverse the math-error change',
    passageIds: ['math-error-abatement'],
  },
  'cp2000-response': {
    title: 'Reply to the proposed changes with your documents',
    passageIds: ['cp2000-response', 'gather-documents'],
  },
  'cdp-hearing': {
    title: 'Request a Collection Due Process hearing (Form 12153)',
    passageIds: ['cdp-hearing', 'timely-mailing'],
  },
  'equivalent-hearing': {
    title: 'Request an equivalent hearing (Form 12153)',
    passageIds: ['equivalent-hearing'],
  },
  'tax-court-petition': { title: 'Petition the U.S. Tax Court', passageIds: ['tax-court-petition'] },
  'collection-appeals-program': {
    title: 'Appeal the collection action through the Collection Appeals Program (Form 9423)',
    passageIds: ['collection-appeals-program'],
  },
  'appeals-protest': {
    title: 'Send a written protest to the IRS Office of Appeals',
    passageIds: ['appeals-protest'],
  },
  'dispute-by-phone': {
    title: 'Call the number on the notice to dispute the balance',
    passageIds: ['contact-irs', 'call-script', 'check-the-calculation'],
  },
  'file-missing-returns': {
    title: 'File the missing return, or explain why you did not have to',
    passageIds: ['file-missing-returns'],
  },
  'taxpayer-advocate': {
    title: 'Ask the Taxpayer Advocate Service for help (Form 911)',
    passageIds: ['taxpayer-advocate'],
  },
  representation: {
    title: 'Get a professional to act for you (Form 2848)',
    passageIds: ['representation-forms', 'low-income-taxpayer-clinics'],
  },
} as const satisfies Record<string, { title: string; passageIds: readonly string[] }>;

export type OptionId = keyof typeof OPTION_CATALOG;
