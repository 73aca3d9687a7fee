import { daysBetween } from '../calendar/civil-date.ts';
import type { Deadline } from '../deadlines/deadline-engine.ts';
import type { IsoDate } from '../facts-schema.ts';
import type { Notice } from '../notices/notice-schema.ts';

export type WarningSeverity = 'info' | 'warning' | 'urgent';
export type Warning = {
  id: string;
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
  scamSignals?: readonly ScamSignal[] | undefined;
};

/** Deadlines this close are flagged as urgent. */
export const SOON_DAYS = 7;
/** A notice older than this has probably been followed by others. */
export const OLD_NOTICE_DAYS = 365;

/** Notices whose IRS pages mention passport certification for seriously delinquent tax debt (IRC 7345). */
const PASSPORT_NOTICES = new Set(['CP504B', 'CP71A', 'CP71D', 'CP523']);

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
    if (deadline.passed) {
      warnings.push({
        id: 'deadline-passed',
        severity: 'urgent',
        message: `The last day for "${deadline.label}" (${deadline.date}) has passed. ${deadline.ifMissed}`,
        passageIds: deadline.passageIds,
        deadlineId: deadline.id,
      });
    } else if (deadline.daysLeft <= SOON_DAYS) {
      warnings.push({
        id: 'deadline-soon',
        severity: 'urgent',
        message: `Only ${deadline.daysLeft} day${deadline.daysLeft === 1 ? '' : 's'} left for "${deadline.label}" (by ${deadline.date}).`,
        passageIds: deadline.passageIds,
        deadlineId: deadline.id,
      });
    }
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
        'After a notice of intent to levy, the failure-to-pay penalty can rise from 0.5% to 1% a month if the tax is not paid within 10 days.',
      passageIds: ['failure-to-pay-penalty'],
    });
  }
  if (PASSPORT_NOTICES.has(facts.notice.code)) {
    warnings.push({
      id: 'passport',
      severity: 'warning',
      message:
        'Seriously delinquent tax debt can be certified to the State Department, which can deny or revoke a passport.',
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
    id: 'verify-first',
    severity: 'info',
    message:
      'Before you pay or share anything, make sure the notice is real: the IRS writes first by mail, and you can check by calling the IRS at a number from irs.gov, not one given in a suspicious message.',
    passageIds: ['verify-notice-is-real', 'scam-signs'],
  });
  return warnings;
}
