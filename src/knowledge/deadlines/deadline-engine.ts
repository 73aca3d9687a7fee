import { addBusinessDays, rollForward } from '../calendar/irs-business-days.ts';
import { addCalendarDays, addCalendarYears, daysBetween } from '../calendar/civil-date.ts';
import type { IsoDate } from '../facts-schema.ts';
import type { DeadlineId, DeadlineSpec, Notice } from '../notices/notice-schema.ts';
import {
  CDP_REQUEST_DAYS,
  EQUIVALENT_HEARING_YEARS,
  INTEREST_FREE_BUSINESS_DAYS,
  INTEREST_FREE_CALENDAR_DAYS,
  LARGE_BALANCE_THRESHOLD,
  MATH_ERROR_ABATEMENT_DAYS,
  STATUTORY_RULES,
  TAX_COURT_DAYS,
  TAX_COURT_DAYS_ABROAD,
  type RuleText,
} from './deadline-rules.ts';

export type DeadlineFacts = {
  notice: Notice;
  noticeDate: IsoDate;
  today: IsoDate;
  amountDue?: number | undefined;
  addressOutsideUS?: boolean | undefined;
};

/** What the engine still needs to date a deadline; the dialog asks for exactly these. */
export type DeadlineNeed = 'amountDue' | 'addressOutsideUS';

/** Why a computed date is only an estimate, as fixed codes (the wording lives with the copy). */
export type DeadlineNote =
  | 'printed-date-governs'
  | 'lien-earliest-date'
  | 'start-unconfirmed'
  | 'rollover-best-understanding'
  | 'abroad-unconfirmed';

export type Deadline = RuleText & {
  id: DeadlineId;
  /** The last day, after IRC 7503 rollover. */
  date: IsoDate;
  /** Calendar days from today to the last day; negative once it has passed. */
  daysLeft: number;
  passed: boolean;
  /** True whenever the notice prints its own date: the printed date governs. */
  estimate: boolean;
  /** The day the rule itself gives, before rollover, when rollover moved it. */
  rolledFrom?: IsoDate;
  rolloverReasons: string[];
  notes: DeadlineNote[];
};

export type DeadlineComputation = { deadlines: Deadline[]; needs: DeadlineNeed[] };

type RawDeadline = { date: IsoDate; notes: DeadlineNote[] };

/**
 * Dates every deadline a notice carries. Pure: the same facts always give the same dates.
 * Deadlines are sorted by date; those that cannot be dated yet are reported in `needs`.
 */
export function computeDeadlines(facts: DeadlineFacts): DeadlineComputation {
  const deadlines: Deadline[] = [];
  const needs = new Set<DeadlineNeed>();
  for (const spec of facts.notice.deadlines) {
    const need = missingInput(spec, facts);
    if (need) {
      needs.add(need);
      continue;
    }
    deadlines.push(datedDeadline(spec, facts));
  }
  deadlines.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { deadlines, needs: [...needs] };
}

function missingInput(spec: DeadlineSpec, facts: DeadlineFacts): DeadlineNeed | undefined {
  if (spec.id === 'pay-interest-free' && facts.amountDue === undefined) return 'amountDue';
  if (spec.id === 'tax-court-petition' && facts.addressOutsideUS === undefined) return 'addressOutsideUS';
  return undefined;
}

function datedDeadline(spec: DeadlineSpec, facts: DeadlineFacts): Deadline {
  const text = ruleText(spec);
  const raw = rawDeadline(spec, facts);
  const rolled = rollForward(raw.date);
  const notes: DeadlineNote[] = ['printed-date-governs', ...raw.notes];
  if (spec.id === 'respond' && facts.addressOutsideUS) notes.push('abroad-unconfirmed');
  const daysLeft = daysBetween(facts.today, rolled.date);
  return {
    ...text,
    id: spec.id,
    date: rolled.date,
    daysLeft,
    passed: daysLeft < 0,
    estimate: true,
    ...(rolled.rolledFrom ? { rolledFrom: rolled.rolledFrom } : {}),
    rolloverReasons: rolled.skipped,
    notes,
  };
}

function ruleText(spec: DeadlineSpec): RuleText {
  if (spec.id !== 'respond') return STATUTORY_RULES[spec.id];
  return {
    label: spec.action,
    protects: spec.protects,
    ifMissed: spec.ifMissed,
    basis: spec.basis,
    sourceUrl: spec.sourceUrl,
    confidence: spec.confidence,
    passageIds: ['printed-date-governs', 'contact-irs'],
  };
}

function rawDeadline(spec: DeadlineSpec, facts: DeadlineFacts): RawDeadline {
  const { noticeDate } = facts;
  switch (spec.id) {
    case 'pay-interest-free':
      return interestFreeDeadline(noticeDate, facts.amountDue ?? 0);
    case 'respond':
      return { date: addCalendarDays(noticeDate, spec.days), notes: [] };
    case 'cdp-hearing':
      // A lien letter's window starts after a 5-business-day period that follows the lien filing, which
      // the person cannot see: 30 days from the letter date is the earliest the last day can be.
      return {
        date: addCalendarDays(noticeDate, CDP_REQUEST_DAYS),
        notes: spec.trigger === 'lien' ? ['lien-earliest-date'] : [],
      };
    case 'equivalent-hearing':
      return {
        date: addCalendarYears(noticeDate, EQUIVALENT_HEARING_YEARS),
        notes: ['start-unconfirmed'],
      };
    case 'tax-court-petition':
      return {
        date: addCalendarDays(noticeDate, facts.addressOutsideUS ? TAX_COURT_DAYS_ABROAD : TAX_COURT_DAYS),
        notes: [],
      };
    case 'math-error-abatement':
      return { date: addCalendarDays(noticeDate, MATH_ERROR_ABATEMENT_DAYS), notes: [] };
  }
}

function interestFreeDeadline(noticeDate: IsoDate, amountDue: number): RawDeadline {
  // Rollover of this payment window is the facts' best understanding (IRC 7503 covers "any act").
  if (amountDue >= LARGE_BALANCE_THRESHOLD) {
    return {
      date: addBusinessDays(noticeDate, INTEREST_FREE_BUSINESS_DAYS),
      notes: ['rollover-best-understanding'],
    };
  }
  return {
    date: addCalendarDays(noticeDate, INTEREST_FREE_CALENDAR_DAYS),
    notes: ['rollover-best-understanding'],
  };
}
