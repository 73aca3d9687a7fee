import { z } from 'zod';
import { messages, type Messages } from '../catalog/catalog.ts';
import { LOCALES, type Locale } from '../catalog/locale.ts';
import { wordedResult } from '../catalog/worded-result.ts';
import type { Deadline } from '../knowledge/deadlines/deadline-engine.ts';
import { IsoDateSchema } from '../knowledge/facts-schema.ts';
import { UrgencySchema } from '../knowledge/notices/notice-schema.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import { SOON_DAYS, VERIFY_WARNING_ID } from '../knowledge/warnings/warnings.ts';

/** A deadline this many days away or fewer is shown as "within a month" (beyond a week). */
export const MONTH_DAYS = 30;

/** How close a deadline is, which decides its colour: passed, within a week, within a month, later. */
export const DeadlineToneSchema = z.enum(['passed', 'week', 'month', 'later']);
export type DeadlineTone = z.infer<typeof DeadlineToneSchema>;

export const DeadlineViewSchema = z.object({
  id: z.string(),
  label: z.string().min(1),
  date: IsoDateSchema,
  /** "Monday, March 23, 2026". */
  dateText: z.string().min(1),
  daysLeft: z.number().int(),
  /** "13 days left", "today is the last day", "passed 3 days ago". */
  daysLeftText: z.string().min(1),
  /** The same with the window's status: "open, 13 days left", "today is the last day", "passed 3 days ago". */
  statusText: z.string().min(1),
  tone: DeadlineToneSchema,
  protects: z.string(),
  /** What follows if it is missed, or (once it has passed) what follows now. */
  ifMissed: z.string(),
  basis: z.string(),
  sourceUrl: z.url(),
  /** Extra cautions about this date (start unconfirmed, rollover, …), as sentences. */
  notes: z.array(z.string()),
});
export type DeadlineView = z.infer<typeof DeadlineViewSchema>;

export const SourceViewSchema = z.object({ url: z.url(), title: z.string().min(1) });
export type SourceView = z.infer<typeof SourceViewSchema>;

/** One result as every renderer sees it: what to show and in which order, with no channel detail. */
export const ResultViewModelSchema = z.object({
  /** The language of the view's words; renderers label it in the same one. */
  locale: z.enum(LOCALES),
  notice: z.object({
    code: z.string().min(1),
    title: z.string().min(1),
    urgency: UrgencySchema,
    urgencyText: z.string().min(1),
    meaning: z.string(),
  }),
  noticeDate: IsoDateSchema,
  /** Most urgent first: upcoming deadlines by days left, then those already passed. */
  deadlines: z.array(DeadlineViewSchema),
  /** Why every computed date is an estimate; shown once under the timeline. */
  deadlineNote: z.string().min(1),
  options: z.array(z.object({ rank: z.number().int().positive(), title: z.string().min(1) })),
  nextStep: z.string().optional(),
  checklist: z.array(z.string().min(1)),
  alerts: z.array(z.object({ severity: z.enum(['warning', 'urgent']), message: z.string().min(1) })),
  /** How to make sure the notice is really from the IRS before paying: with every result. */
  verify: z.string().min(1),
  sources: z.array(SourceViewSchema),
  /** The full disclaimer: on card channels the card is the whole result. */
  disclaimer: z.string().min(1),
});
export type ResultViewModel = z.infer<typeof ResultViewModelSchema>;

export function deadlineTone(daysLeft: number): DeadlineTone {
  if (daysLeft < 0) return 'passed';
  if (daysLeft <= SOON_DAYS) return 'week';
  if (daysLeft <= MONTH_DAYS) return 'month';
  return 'later';
}

type Urgent = Pick<Deadline, 'daysLeft'> & Partial<Pick<Deadline, 'status'>>;

/** Certainly passed, or (without a status, as in older stored results) simply past. */
function certainlyPassed(deadline: Urgent): boolean {
  return deadline.status === undefined ? deadline.daysLeft < 0 : deadline.status === 'passed';
}

/** Upcoming and possibly still open deadlines first, soonest first; passed ones after, most recent first. */
export function byUrgency(a: Urgent, b: Urgent): number {
  const aPassed = certainlyPassed(a);
  const bPassed = certainlyPassed(b);
  if (aPassed !== bPassed) return aPassed ? 1 : -1;
  return aPassed ? b.daysLeft - a.daysLeft : a.daysLeft - b.daysLeft;
}

function deadlineView(deadline: Deadline, words: Messages): DeadlineView {
  return {
    id: deadline.id,
    label: deadline.label,
    date: deadline.date,
    dateText: words.format.longDate(deadline.date),
    daysLeft: deadline.daysLeft,
    daysLeftText: words.result.daysLeft(deadline),
    statusText: words.result.status(deadline),
    // A window that may still be open is shown as the most urgent kind, never as passed.
    tone: deadline.status === 'may-have-passed' ? 'week' : deadlineTone(deadline.daysLeft),
    protects: deadline.protects,
    ifMissed: deadline.passed
      ? words.result.nowPassed(deadline.ifMissed)
      : words.result.ifMissed(deadline.ifMissed),
    basis: deadline.basis,
    sourceUrl: deadline.sourceUrl,
    notes: deadline.notes
      .filter((n) => n !== 'printed-date-governs')
      .map((n) => words.result.deadlineNotes[n]),
  };
}

/** "irs.gov" for https://www.irs.gov/…: who says it, which the claim alone does not tell. */
function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The notice's own sources first, then each deadline's legal source, each URL once. */
function sourcesOf(result: TriageResult): SourceView[] {
  const all = [
    ...result.notice.sources.map((s) => ({ url: s.url, title: `${siteName(s.url)} (${s.supports})` })),
    ...result.deadlines.map((d) => ({ url: d.sourceUrl, title: d.basis })),
  ];
  return all.filter((source, index) => all.findIndex((s) => s.url === source.url) === index);
}

function nextStepOf(
  result: TriageResult,
  deadlines: readonly DeadlineView[],
  words: Messages,
): string | undefined {
  const [first] = result.options;
  if (!first) return undefined;
  const upcoming = deadlines.find((d) => d.tone !== 'passed');
  if (!upcoming) return words.result.nextStep.undated(first.title);
  // The upcoming deadline is the first (passed ones sort last), whose date the headline above already
  // says: the next step points to it instead of saying the date twice.
  return upcoming.daysLeft < 0
    ? words.result.nextStep.today(first.title)
    : words.result.nextStep.byThen(first.title);
}

/** The scam check every result carries (an info warning, so not among the alerts). */
function verifyWarning(result: TriageResult): string {
  const warning = result.warnings.find((w) => w.id === VERIFY_WARNING_ID);
  if (!warning) throw new Error(`a triage result without its "${VERIFY_WARNING_ID}" warning`);
  return warning.message;
}

/** The view model of one triage result, in the words of a locale. Pure: the same input, the same view. */
export function buildResultViewModel(knowledgeResult: TriageResult, locale: Locale): ResultViewModel {
  const words = messages(locale);
  const result = wordedResult(knowledgeResult, locale);
  const deadlines = [...result.deadlines].sort(byUrgency).map((d) => deadlineView(d, words));
  const nextStep = nextStepOf(result, deadlines, words);
  return ResultViewModelSchema.parse({
    locale,
    notice: {
      code: result.notice.code,
      title: result.notice.title,
      urgency: result.notice.urgency,
      urgencyText: words.result.urgency[result.notice.urgency],
      meaning: result.notice.meaning,
    },
    noticeDate: result.noticeDate,
    deadlines,
    deadlineNote: words.result.deadlineNotes['printed-date-governs'],
    options: result.options.map((o, i) => ({ rank: i + 1, title: o.title })),
    ...(nextStep ? { nextStep } : {}),
    checklist: result.checklist.map((c) => c.item),
    alerts: result.warnings.flatMap((w) =>
      w.severity === 'info' ? [] : [{ severity: w.severity, message: w.message }],
    ),
    verify: verifyWarning(result),
    sources: sourcesOf(result),
    disclaimer: words.disclaimer.full,
  });
}
