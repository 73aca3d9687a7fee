import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { DEADLINE_NOTE_TEXT } from '../knowledge/deadlines/deadline-rules.ts';
import type { Deadline } from '../knowledge/deadlines/deadline-engine.ts';
import type { TriageResult } from '../knowledge/triage.ts';

const URGENCY_WORDS = {
  critical: 'Urgent: a right can be lost or enforcement can start soon',
  high: 'High: act within days',
  medium: 'Act soon',
  low: 'Low: no deadline is close',
} as const;

/** "Monday, March 23, 2026" for a YYYY-MM-DD civil date, whatever the process time zone. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return format(new UTCDate(year, month - 1, day), 'EEEE, MMMM d, yyyy');
}

export function daysLeftText(deadline: Pick<Deadline, 'daysLeft' | 'passed'>): string {
  const ago = `${-deadline.daysLeft} day${deadline.daysLeft === -1 ? '' : 's'} ago`;
  if (deadline.passed) return `passed ${ago}`;
  // Past but not certainly passed (status may-have-passed): the printed date decides.
  if (deadline.daysLeft < 0) return `may have passed ${ago}: check the date printed on your notice`;
  if (deadline.daysLeft === 0) return 'today is the last day';
  return `${deadline.daysLeft} day${deadline.daysLeft === 1 ? '' : 's'} left`;
}

export function deadlineLines(deadline: Deadline): string[] {
  return [
    `${deadline.label}: ${longDate(deadline.date)} (${daysLeftText(deadline)})`,
    `  Protects: ${deadline.protects}`,
    `  If missed: ${deadline.ifMissed}`,
    `  Basis: ${deadline.basis} (${deadline.sourceUrl})`,
    ...deadline.notes.map((note) => `  Note: ${DEADLINE_NOTE_TEXT[note]}`),
  ];
}

/** The whole triage result as plain text, for the CLI and other plain channels. */
export function triageAsText(result: TriageResult): string {
  const { notice } = result;
  const lines = [
    `${notice.code}: ${notice.title}`,
    URGENCY_WORDS[notice.urgency],
    '',
    notice.meaning,
    '',
    result.deadlines.length > 0
      ? 'Deadlines:'
      : 'No deadline can be computed for this notice: go by the date printed on it.',
    ...result.deadlines.flatMap(deadlineLines),
    '',
    'What you can do, in order:',
    ...result.options.map((option, index) => `${index + 1}. ${option.title}`),
    '',
    'Documents to gather:',
    ...result.checklist.map((entry) => `- ${entry.item}`),
  ];
  if (result.warnings.length > 0) {
    lines.push('', 'Warnings:', ...result.warnings.map((warning) => `! ${warning.message}`));
  }
  return lines.join('\n');
}
