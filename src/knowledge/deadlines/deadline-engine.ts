import { addBusinessDays, rollForward } from '../calendar/irs-business-days.ts';
import { addCalendarDays, addCalendarYears, compareIsoDates, daysBetween } from '../calendar/civil-date.ts';
import type { IsoDate } from '../facts-schema.ts';
import type { DeadlineId, DeadlineSpec, Notice } from '../notices/notice-schema.ts';
import {
  CDP_REQUEST_DAYS,
  EQUIVALENT_HEARING_YEARS,
  INTEREST_FREE_BUSINESS_DAYS,
  INTEREST_FREE_CALENDAR_DAYS,
  LARGE_BALANCE_THRESHOLD,
  LIEN_NOTICE_BUSINESS_DAYS,
  MATH_ERROR_ABATEMENT_DAYS,
  PRINTED_DATE_SLACK_DAYS,
  STATUTORY_RULES,
  TAX_COURT_DAYS,
  TAX_COURT_DAYS_ABROAD,
  type RuleText,
} from './deadline-rules.ts';

/** Dates printed on the notice, by deadline id: each one replaces the computed date. */
export type PrintedDates = Partial<Record<DeadlineId, IsoDate>>;

export type DeadlineFacts = {
  notice: Notice;
  noticeDate: IsoDate;
  today: IsoDate;
  amountDue?: number | undefined;
  addressOutsideUS?: boolean | undefined;
  /** The day the notice of federal tax lien was filed (Letter 3172 and its enclosed Form 668(Y)(c)). */
  lienFilingDate?: IsoDate | undefined;
  printed?: PrintedDates | undefined;
};

/**
 * What the engine still needs to date a deadline exactly; the dialog asks for exactly these.
 * `printedDate`: the notice's own date is the only source for a window (LT16) or makes a range exact.
 */
export type DeadlineNeed = 'amountDue' | 'addressOutsideUS' | 'lienFilingDate' | 'printedDate';

/**
 * `open`: the last day is today or later. `may-have-passed`: the earliest possible last day is past, but
 * the real one may be later (the printed date decides). `passed`: certainly past.
 */
export type DeadlineStatus = 'open' | 'may-have-passed' | 'passed';

/** Why a date is what it is, as fixed codes (the wording lives with the copy). */
export type DeadlineNote =
  | 'printed-date-governs'
  | 'printed-date-used'
  | 'printed-date-unexpected'
  | 'lien-earliest-date'
  | 'lien-from-filing-date'
  | 'abroad-unknown'
  | 'start-unconfirmed'
  | 'rollover-best-understanding'
  | 'abroad-unconfirmed';

export type Deadline = RuleText & {
  id: DeadlineId;
  /** The last day: the printed date when given, otherwise the earliest the rule allows, after IRC 7503 rollover. */
  date: IsoDate;
  /** The latest the real last day can be from what is known; absent when only the printed date can tell. */
  latestDate?: IsoDate;
  /** Calendar days from today to `date`; negative once it is past. */
  daysLeft: number;
  status: DeadlineStatus;
  /** Kept for API clients that read it: true exactly when `status` is `passed`. */
  passed: boolean;
  /** True when the date was typed from the notice (or read from it): it governs. */
  printed: boolean;
  /** True when the date is computed while the notice prints its own: the printed date governs. */
  estimate: boolean;
  /** The date the rules give, when a printed date replaced it. */
  computedDate?: IsoDate;
  /** The day the rule itself gives, before rollover, when rollover moved it. */
  rolledFrom?: IsoDate;
  rolloverReasons: string[];
  notes: DeadlineNote[];
};

export type DeadlineComputation = { deadlines: Deadline[]; needs: DeadlineNeed[] };

/** A rule's answer: the earliest last day, and the latest when an unknown input makes it a range. */
type RuleRange = {
  earliest: IsoDate;
  /** `undefined`: only the notice can say how late it is (an unconfirmed count). */
  latest: IsoDate | undefined;
  rolledFrom?: IsoDate;
  rolloverReasons: string[];
  notes: DeadlineNote[];
  needs: DeadlineNeed[];
};

/**
 * Dates every deadline a notice carries. Pure: the same facts always give the same dates.
 * A missing input never hides a deadline whose earliest date is known: the range is shown, and the
 * input that would make it exact is reported in `needs`. Deadlines are sorted by date.
 */
export function computeDeadlines(facts: DeadlineFacts): DeadlineComputation {
  const deadlines: Deadline[] = [];
  const needs = new Set<DeadlineNeed>();
  for (const spec of facts.notice.deadlines) {
    const printed = facts.printed?.[spec.id];
    const range = ruleRange(spec, facts);
    if (typeof range === 'string') {
      // Nothing to compute without this input: only a printed date can date the deadline.
      if (printed === undefined) needs.add(range);
      else deadlines.push(printedDeadline(spec, printed, undefined, facts));
    } else if (printed === undefined) {
      for (const need of range.needs) needs.add(need);
      deadlines.push(computedDeadline(spec, range, facts));
    } else {
      deadlines.push(printedDeadline(spec, printed, range, facts));
    }
  }
  // A printed hearing date makes the lien filing date needless: the letter printed what it would give.
  if (facts.printed?.['cdp-hearing'] !== undefined) needs.delete('lienFilingDate');
  deadlines.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { deadlines, needs: [...needs] };
}

/** Which status a last day has today, given the latest it could be. */
function deadlineStatus(today: IsoDate, date: IsoDate, latest: IsoDate | undefined): DeadlineStatus {
  if (compareIsoDates(today, date) <= 0) return 'open';
  if (latest !== undefined && compareIsoDates(today, latest) > 0) return 'passed';
  return 'may-have-passed';
}

function computedDeadline(spec: DeadlineSpec, range: RuleRange, facts: DeadlineFacts): Deadline {
  const notes: DeadlineNote[] = ['printed-date-governs', ...range.notes];
  if (spec.id === 'respond' && facts.addressOutsideUS) notes.push('abroad-unconfirmed');
  const status = deadlineStatus(facts.today, range.earliest, range.latest);
  return {
    ...ruleText(spec),
    id: spec.id,
    date: range.earliest,
    ...(range.latest !== undefined && range.latest !== range.earliest ? { latestDate: range.latest } : {}),
    daysLeft: daysBetween(facts.today, range.earliest),
    status,
    passed: status === 'passed',
    printed: false,
    estimate: true,
    ...(range.rolledFrom ? { rolledFrom: range.rolledFrom } : {}),
    rolloverReasons: range.rolloverReasons,
    notes,
  };
}

function printedDeadline(
  spec: DeadlineSpec,
  printed: IsoDate,
  range: RuleRange | undefined,
  facts: DeadlineFacts,
): Deadline {
  const notes: DeadlineNote[] = ['printed-date-used'];
  if (range && !plausiblePrintedDate(printed, range)) notes.push('printed-date-unexpected');
  const status = deadlineStatus(facts.today, printed, printed);
  return {
    ...ruleText(spec),
    id: spec.id,
    date: printed,
    daysLeft: daysBetween(facts.today, printed),
    status,
    passed: status === 'passed',
    printed: true,
    estimate: false,
    ...(range && range.earliest !== printed ? { computedDate: range.earliest } : {}),
    rolloverReasons: [],
    notes,
  };
}

/**
 * A printed date earlier than the rule allows, or later than mailing delay explains, is more likely a
 * typo or a date read from another line: it still governs, but the person is asked to check it.
 */
function plausiblePrintedDate(printed: IsoDate, range: RuleRange): boolean {
  if (compareIsoDates(printed, range.earliest) < 0) return false;
  const latest = addCalendarDays(range.latest ?? range.earliest, PRINTED_DATE_SLACK_DAYS);
  return compareIsoDates(printed, latest) <= 0;
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

function ruleRange(spec: DeadlineSpec, facts: DeadlineFacts): RuleRange | 'amountDue' | 'printedDate' {
  const { noticeDate } = facts;
  switch (spec.id) {
    case 'pay-interest-free':
      // Listed once the amount is known: it sets the window's length (IRC 6601(e)(3)).
      if (facts.amountDue === undefined) return 'amountDue';
      return exact(interestFreeLastDay(noticeDate, facts.amountDue), ['rollover-best-understanding']);
    case 'respond':
      if (spec.days === undefined) return 'printedDate';
      // A count the facts confirm is exact; a partly confirmed one is only the earliest the notice can print.
      return spec.confidence === 'C'
        ? exact(addCalendarDays(noticeDate, spec.days))
        : { ...exact(addCalendarDays(noticeDate, spec.days)), latest: undefined, needs: ['printedDate'] };
    case 'cdp-hearing':
      return spec.trigger === 'lien'
        ? lienWindow(facts, (end) => addCalendarDays(end, CDP_REQUEST_DAYS))
        : exact(addCalendarDays(noticeDate, CDP_REQUEST_DAYS));
    case 'equivalent-hearing': {
      const range =
        spec.trigger === 'lien'
          ? lienWindow(facts, (end) => addCalendarYears(end, EQUIVALENT_HEARING_YEARS))
          : exact(addCalendarYears(noticeDate, EQUIVALENT_HEARING_YEARS));
      return { ...range, notes: [...range.notes, 'start-unconfirmed'] };
    }
    case 'tax-court-petition': {
      const days = (abroad: boolean) =>
        addCalendarDays(noticeDate, abroad ? TAX_COURT_DAYS_ABROAD : TAX_COURT_DAYS);
      if (facts.addressOutsideUS !== undefined) return exact(days(facts.addressOutsideUS));
      // Unknown address: the earlier possibility is shown, the later one bounds "passed".
      return ranged(days(false), days(true), ['abroad-unknown'], ['addressOutsideUS']);
    }
    case 'math-error-abatement':
      return exact(addCalendarDays(noticeDate, MATH_ERROR_ABATEMENT_DAYS));
  }
}

/**
 * IRC 6320(a)(2)-(3)(B): the lien letter goes out within 5 business days after the filing, and the
 * windows count from the end of that 5-business-day period. With the filing date the end is known; without
 * it, the letter date bounds it: no earlier than the letter date, no later than 5 business days after it.
 */
function lienWindow(facts: DeadlineFacts, lastDayFrom: (periodEnd: IsoDate) => IsoDate): RuleRange {
  if (facts.lienFilingDate !== undefined) {
    const end = addBusinessDays(facts.lienFilingDate, LIEN_NOTICE_BUSINESS_DAYS);
    return exact(lastDayFrom(end), ['lien-from-filing-date']);
  }
  return ranged(
    lastDayFrom(facts.noticeDate),
    lastDayFrom(addBusinessDays(facts.noticeDate, LIEN_NOTICE_BUSINESS_DAYS)),
    ['lien-earliest-date'],
    ['lienFilingDate'],
  );
}

function exact(raw: IsoDate, notes: DeadlineNote[] = []): RuleRange {
  const rolled = rollForward(raw);
  return {
    earliest: rolled.date,
    latest: rolled.date,
    ...(rolled.rolledFrom ? { rolledFrom: rolled.rolledFrom } : {}),
    rolloverReasons: rolled.skipped,
    notes,
    needs: [],
  };
}

function ranged(earliest: IsoDate, latest: IsoDate, notes: DeadlineNote[], needs: DeadlineNeed[]): RuleRange {
  return { ...exact(earliest, notes), latest: rollForward(latest).date, needs };
}

function interestFreeLastDay(noticeDate: IsoDate, amountDue: number): IsoDate {
  // Rollover of this payment window is the facts' best understanding (IRC 7503 covers "any act").
  return amountDue >= LARGE_BALANCE_THRESHOLD
    ? addBusinessDays(noticeDate, INTEREST_FREE_BUSINESS_DAYS)
    : addCalendarDays(noticeDate, INTEREST_FREE_CALENDAR_DAYS);
}
