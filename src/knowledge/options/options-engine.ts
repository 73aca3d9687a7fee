import type { Deadline } from '../deadlines/deadline-engine.ts';
import type { Notice, Stage } from '../notices/notice-schema.ts';
import { OPTION_CATALOG, type OptionId } from './option-catalog.ts';

export type Agreement = 'yes' | 'no' | 'unsure';

export type OptionFacts = {
  notice: Notice;
  agrees?: Agreement | undefined;
  amountDue?: number | undefined;
  canPayInFull?: boolean | undefined;
  deadlines: readonly Deadline[];
};

export type Option = { id: OptionId; title: string; passageIds: string[] };

/**
 * Short-term plans: 180 days or less, for a combined balance under this amount
 * (https://www.irs.gov/payments/payment-plans-installment-agreements; confidence P, re-check the live page).
 */
const SHORT_TERM_PLAN_LIMIT = 100_000;

/** Stages where tax is already assessed and billed, so the payment and collection paths apply. */
const COLLECTION_STAGES: ReadonlySet<Stage> = new Set([
  'balance-due',
  'reminder',
  'intent-to-levy',
  'final-notice-cdp',
  'levy',
  'lien',
  'installment-agreement',
  'annual-reminder',
  'adjustment',
]);

/** Stages where the Collection Appeals Program is named by the facts (CP501/CP504 pages, Pub 1660, CP523C). */
const CAP_STAGES: ReadonlySet<Stage> = new Set([
  'reminder',
  'intent-to-levy',
  'final-notice-cdp',
  'lien',
  'installment-agreement',
]);

/** The ways to dispute, by stage, most protective first. */
const DISPUTE_PATHS: Partial<Record<Stage, OptionId[]>> = {
  'math-error': ['math-error-abatement'],
  'proposed-change': ['cp2000-response'],
  deficiency: ['tax-court-petition'],
  exam: ['appeals-protest'],
  'penalty-proposal': ['appeals-protest'],
};

/**
 * Orders what the person can do: first what protects a right that is about to be lost, then the
 * dispute path when they disagree, then payment paths, then help. Pure and deterministic.
 */
export function chooseOptions(facts: OptionFacts): Option[] {
  const { notice, agrees } = facts;
  const disputes = agrees !== 'yes';
  const ids: OptionId[] = [];

  ids.push(...hearingOptions(facts.deadlines, disputes));
  if (notice.stage === 'non-filer') ids.push('file-missing-returns');
  if (disputes) ids.push(...disputePaths(notice.stage));
  if (agrees === 'yes' && notice.stage === 'proposed-change') ids.push('cp2000-response');
  if (owesMoney(notice, agrees)) {
    ids.push(...paymentPaths(facts.canPayInFull, facts.amountDue));
    ids.push('penalty-relief');
  }
  if (facts.canPayInFull === false || notice.stage === 'levy' || notice.stage === 'final-notice-cdp') {
    ids.push('taxpayer-advocate');
  }
  ids.push('representation');

  return [...new Set(ids)].map((id) => ({
    id,
    title: OPTION_CATALOG[id].title,
    passageIds: [...OPTION_CATALOG[id].passageIds],
  }));
}

function hearingOptions(deadlines: readonly Deadline[], disputes: boolean): OptionId[] {
  const status = (id: Deadline['id']) => deadlines.find((d) => d.id === id)?.status;
  const cdp = status('cdp-hearing');
  const equivalent = status('equivalent-hearing');
  const ids: OptionId[] = [];
  // A CDP hearing also protects a person who agrees but needs time; it leads only when they dispute.
  // It stays offered while its window may still be open: only the printed date can close it.
  if (disputes && cdp !== undefined && cdp !== 'passed') ids.push('cdp-hearing');
  // The equivalent hearing is the fallback once the CDP window has, or may have, closed.
  if (cdp !== 'open' && equivalent !== undefined && equivalent !== 'passed') ids.push('equivalent-hearing');
  return ids;
}

function disputePaths(stage: Stage): OptionId[] {
  const paths = DISPUTE_PATHS[stage];
  if (paths) return paths;
  if (!COLLECTION_STAGES.has(stage)) return [];
  return CAP_STAGES.has(stage) ? ['dispute-by-phone', 'collection-appeals-program'] : ['dispute-by-phone'];
}

/** Bills owe money now; proposals and deficiency notices owe it only once the person agrees. */
export function owesMoney(notice: Notice, agrees: Agreement | undefined): boolean {
  if (notice.noticeAndDemand || COLLECTION_STAGES.has(notice.stage)) return agrees !== 'no';
  const proposal =
    notice.stage === 'proposed-change' || notice.stage === 'deficiency' || notice.stage === 'exam';
  return proposal && agrees === 'yes';
}

function paymentPaths(canPayInFull: boolean | undefined, amountDue: number | undefined): OptionId[] {
  if (canPayInFull === true) return ['pay-in-full'];
  const plans: OptionId[] = [];
  if (amountDue === undefined || amountDue < SHORT_TERM_PLAN_LIMIT) plans.push('short-term-plan');
  plans.push('installment-agreement', 'offer-in-compromise', 'currently-not-collectible');
  return canPayInFull === undefined ? ['pay-in-full', ...plans] : plans;
}
