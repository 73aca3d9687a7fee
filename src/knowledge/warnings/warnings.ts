import { civilDateInWords, daysBetween } from '../calendar/civil-date.ts';
import type { Deadline } from '../deadlines/deadline-engine.ts';
import type { IsoDate } from '../facts-schema.ts';
import type { DeadlineNeed } from '../deadlines/deadline-engine.ts';
import type { Notice, Stage } from '../notices/notice-schema.ts';

export type WarningSeverity = 'info' | 'warning' | 'urgent';

/** Every warning a result can carry, by its stable id: a locale words each (see the catalog). */
export const WARNING_IDS = [
  'scam-signals',
  'deadline-passed',
  'deadline-may-have-passed',
  'deadline-soon',
  'printed-date-check',
  'printed-date-only',
  'old-notice',
  'penalty-rate-rises',
  'passport',
  'social-security-levy',
  'verify-first',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export type Warning = {
  id: WarningId;
  severity: WarningSeverity;
  message: string;
  passageIds: string[];
  /** The deadline a warning is about, when it is about one. */
  deadlineId?: Deadline['id'];
};

/** Scam signals a person can report: the scope rail finds them in their words, the triage and intake carry them. */
export const SCAM_SIGNALS = [
  'gift_card',
  'wire_transfer',
  'crypto_demand',
  'threat_of_arrest',
  'unexpected_contact',
  'link_in_message',
  'in_person_demand',
] as const;
export type ScamSignal = (typeof SCAM_SIGNALS)[number];

export type WarningFacts = {
  notice: Notice;
  noticeDate: IsoDate;
  today: IsoDate;
  deadlines: readonly Deadline[];
  needs?: readonly DeadlineNeed[] | undefined;
  scamSignals?: readonly ScamSignal[] | undefined;
};

/** The warning every result carries: check that the notice is really from the IRS before paying. */
export const VERIFY_WARNING_ID = 'verify-first' satisfies WarningId;

/** Deadlines this close are flagged as urgent. */
export const SOON_DAYS = 7;
/** A notice older than this has probably been followed by others. */
const OLD_NOTICE_DAYS = 365;

/**
 * Passport certification (IRC 7345) follows a filed lien whose hearing rights have lapsed or a levy, so it
 * belongs with every notice on the way there: these stages, and the other notices whose IRS pages mention it.
 */
const PASSPORT_STAGES: ReadonlySet<Stage> = new Set(['intent-to-levy', 'final-notice-cdp', 'levy', 'lien']);
const PASSPORT_NOTICES = new Set(['CP71A', 'CP71D', 'CP523', 'LT16']);

export function buildWarnings(facts: WarningFacts): Warning[] {
  const warnings: Warning[] = [];
  if (facts.scamSignals?.length) {
    warnings.push({
      id: 'scam-signals',
      severity: 'urgent',
      message:
        'What you describe matches common IRS impersonation scams. The IRS first writes to you by mail and never demands payment by gift card, wire transfer or a specific method on the spot, and never threatens arrest. Do not pay or share anything until you have checked the notice through official IRS channels.',
      passageIds: ['scam-signs', 'verify-notice-is-real', 'report-impersonation'],
    });
  }
  for (const deadline of facts.deadlines) {
    const warning = deadlineWarning(deadline);
    if (warning) warnings.push(warning);
    if (deadline.notes.includes('printed-date-unexpected')) {
      warnings.push({
        id: 'printed-date-check',
        severity: 'warning',
        message: `The date you gave for "${deadline.label}" (${civilDateInWords(deadline.date)}) is not what the rules give for this notice (${deadline.computedDate ? civilDateInWords(deadline.computedDate) : 'no date'}${deadline.latestDate ? ` to ${civilDateInWords(deadline.latestDate)}` : ''}). Check that you typed it right and took it from the right line of the notice; if it is right, it is the one that counts.`,
        passageIds: ['printed-date-governs'],
        deadlineId: deadline.id,
      });
    }
  }
  if (facts.needs?.includes('printedDate') && !facts.deadlines.some((d) => d.id === 'respond')) {
    warnings.push({
      id: 'printed-date-only',
      severity: 'warning',
      message:
        'This notice prints the date by which to reply or contact the IRS, and no IRS source gives a fixed number of days for it: go by the date on the notice, and act before it.',
      passageIds: ['printed-date-governs'],
      deadlineId: 'respond',
    });
  }
  if (daysBetween(facts.noticeDate, facts.today) > OLD_NOTICE_DAYS) {
    warnings.push({
      id: 'old-notice',
      severity: 'warning',
      message:
        'This notice is more than a year old. The IRS has probably sent newer notices since; check for them, because the newest one sets what happens next.',
      passageIds: ['records-and-follow-up'],
    });
  }
  if (facts.notice.stage === 'intent-to-levy' || facts.notice.stage === 'final-notice-cdp') {
    warnings.push({
      id: 'penalty-rate-rises',
      severity: 'warning',
      message:
        'After a notice of intent to levy, the failure-to-pay penalty rises from 0.5% to 1% a month for each month that begins more than 10 days after the notice (IRC 6651(d)), until the tax is paid.',
      passageIds: ['failure-to-pay-penalty'],
    });
  }
  if (PASSPORT_STAGES.has(facts.notice.stage) || PASSPORT_NOTICES.has(facts.notice.code)) {
    warnings.push({
      id: 'passport',
      severity: 'warning',
      message:
        "Seriously delinquent tax debt can be certified to the State Department, which can deny or revoke a passport (IRC 7345). It applies above a threshold that changes every year (notices that mention it print the amount) once a lien's hearing rights have lapsed or a levy has been made. A debt being paid on time under an installment agreement or an accepted offer in compromise is not certified, and neither is one whose collection is on hold because a Collection Due Process hearing about a levy was requested in time or innocent spouse relief was requested.",
      passageIds: ['passport-certification'],
    });
  }
  if (facts.notice.code === 'CP91') {
    warnings.push({
      id: 'social-security-levy',
      severity: 'warning',
      message:
        'Contact the IRS, not the Social Security Administration: Social Security cannot stop this levy.',
      passageIds: ['social-security-levy'],
    });
  }
  warnings.push({
    id: VERIFY_WARNING_ID,
    severity: 'info',
    message:
      'Before you pay or share anything, make sure the notice is real: the IRS writes first by mail, and you can check by calling the IRS at a number from irs.gov, not one given in a suspicious message.',
    passageIds: ['verify-notice-is-real', 'scam-signs'],
  });
  return warnings;
}

function deadlineWarning(deadline: Deadline): Warning | undefined {
  const about = { passageIds: deadline.passageIds, deadlineId: deadline.id };
  if (deadline.status === 'passed') {
    return {
      id: 'deadline-passed',
      severity: 'urgent',
      message: `The last day for "${deadline.label}" (${civilDateInWords(deadline.date)}) has passed. ${deadline.ifMissed}`,
      ...about,
    };
  }
  if (deadline.status === 'may-have-passed') {
    const until = deadline.latestDate
      ? ` It can be as late as ${civilDateInWords(deadline.latestDate)}.`
      : '';
    return {
      id: 'deadline-may-have-passed',
      severity: 'urgent',
      message: `The earliest possible last day for "${deadline.label}" (${civilDateInWords(deadline.date)}) is past, but the real last day may be later.${until} Check the date printed on your notice today: if it has not passed, this is still open, so act now.`,
      ...about,
    };
  }
  if (deadline.daysLeft <= SOON_DAYS) {
    return {
      id: 'deadline-soon',
      severity: 'urgent',
      message: `Only ${deadline.daysLeft} day${deadline.daysLeft === 1 ? '' : 's'} left for "${deadline.label}" (by ${civilDateInWords(deadline.date)}).`,
      ...about,
    };
  }
  return undefined;
}
