import { MessageFactory, type Activity } from 'botbuilder';
import { withDisclaimer } from '../guardrails/disclaimer.ts';
import { DEADLINE_NOTE_TEXT } from '../knowledge/deadlines/deadline-rules.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import { daysLeftText, longDate } from '../render/plain-text.ts';
import { copy } from './copy.ts';
import { guidance } from './guidance.ts';

const URGENCY_HEADLINE = {
  critical: 'Urgent: act now',
  high: 'Act within days',
  medium: 'Act soon',
  low: 'No deadline is close',
} as const;

/** The passages a triage result rests on, for the reply trace and citations. */
export function resultPassageIds(result: TriageResult): string[] {
  return [
    ...new Set([
      ...result.deadlines.flatMap((d) => d.passageIds),
      ...result.options.flatMap((o) => o.passageIds),
      ...result.warnings.flatMap((w) => w.passageIds),
    ]),
  ];
}

/** The result as Markdown text: urgency, deadlines, options in order, checklist, warnings, next step. */
export function resultText(result: TriageResult): string {
  const { notice } = result;
  const sections = [
    `**${notice.code}: ${notice.title}**\n${URGENCY_HEADLINE[notice.urgency]}\n\n${notice.meaning}`,
    deadlineSection(result),
    `**What you can do, in order**\n${result.options.map((o, i) => `${i + 1}. ${o.title}`).join('\n')}`,
    `**Documents to gather**\n${result.checklist.map((c) => `- ${c.item}`).join('\n')}`,
  ];
  const alerts = result.warnings.filter((w) => w.severity !== 'info');
  if (alerts.length > 0) sections.push(`**Watch out**\n${alerts.map((w) => `- ${w.message}`).join('\n')}`);
  sections.push(`**Next step:** ${nextStep(result)}`);
  return sections.join('\n\n');
}

function deadlineSection(result: TriageResult): string {
  if (result.deadlines.length === 0) {
    return '**Deadlines**\nNo deadline can be worked out for this notice: go by the date printed on it.';
  }
  const lines = result.deadlines.map((d) => {
    const notes = d.notes
      .filter((n) => n !== 'printed-date-governs')
      .map((n) => `  _${DEADLINE_NOTE_TEXT[n]}_`);
    return [
      `- **${longDate(d.date)}** (${daysLeftText(d)}): ${d.label}`,
      `  Protects: ${d.protects}`,
      `  ${d.passed ? 'Now that it has passed' : 'If missed'}: ${d.ifMissed}`,
      `  Basis: ${d.basis}`,
      ...notes,
    ].join('\n');
  });
  return `**Deadlines**\n${lines.join('\n')}\n\n_${DEADLINE_NOTE_TEXT['printed-date-governs']}_`;
}

function nextStep(result: TriageResult): string {
  const [first] = result.options;
  const upcoming = result.deadlines.find((d) => !d.passed);
  if (!first) return copy.afterResult;
  return upcoming ? `${first.title}, before ${longDate(upcoming.date)}.` : `${first.title}.`;
}

/** Where a person can download the deadlines and print the summary of this result. */
export type CaseLinks = { calendarUrl: string; summaryUrl: string };

export function resultMessage(result: TriageResult, links?: CaseLinks): Partial<Activity> {
  const downloads = links
    ? `\n\n**Keep these**\n- Add the deadlines to your calendar: ${links.calendarUrl}\n- Printable summary: ${links.summaryUrl}`
    : '';
  return {
    ...MessageFactory.text(withDisclaimer(`${resultText(result)}${downloads}`, 'full')),
    channelData: {
      guidance: guidance('triage', { passageIds: resultPassageIds(result), disclaimer: true }),
      triage: result,
      ...(links ? { caseLinks: links } : {}),
    },
  };
}
