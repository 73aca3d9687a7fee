import { MessageFactory, type Activity } from 'botbuilder';
import { withDisclaimer } from '../guardrails/disclaimer.ts';
import { messages, type Messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { wordedResult } from '../catalog/worded-result.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import { shownResultData, type CaseLinks } from '../render/shown-result.ts';
import { guidance } from './guidance.ts';

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
export function resultText(knowledgeResult: TriageResult, locale: Locale): string {
  const words = messages(locale);
  const result = wordedResult(knowledgeResult, locale);
  const { notice } = result;
  const sections = [
    `**${notice.code}: ${notice.title}**\n${words.result.urgency[notice.urgency]}\n\n${notice.meaning}`,
    deadlineSection(result, words),
    `**${words.result.options}**\n${result.options.map((o, i) => `${i + 1}. ${o.title}`).join('\n')}`,
    `**${words.result.checklist}**\n${result.checklist.map((c) => `- ${c.item}`).join('\n')}`,
  ];
  const alerts = result.warnings.filter((w) => w.severity !== 'info');
  if (alerts.length > 0)
    sections.push(`**${words.result.alerts}**\n${alerts.map((w) => `- ${w.message}`).join('\n')}`);
  sections.push(`**${words.card.nextStep}:** ${nextStep(result, words)}`);
  return sections.join('\n\n');
}

function deadlineSection(result: TriageResult, words: Messages): string {
  const heading = `**${words.result.deadlines}**`;
  if (result.deadlines.length === 0) return `${heading}\n${words.result.noDeadline}`;
  const notes = words.result.deadlineNotes;
  const lines = result.deadlines.map((d) =>
    [
      `- **${words.format.longDate(d.date)}** (${words.result.daysLeft(d)}): ${d.label}`,
      `  ${words.result.protects(d.protects)}`,
      `  ${d.passed ? words.result.nowPassed(d.ifMissed) : words.result.ifMissed(d.ifMissed)}`,
      `  ${words.result.basis(d.basis)}`,
      ...d.notes.filter((n) => n !== 'printed-date-governs').map((n) => `  _${notes[n]}_`),
    ].join('\n'),
  );
  return `${heading}\n${lines.join('\n')}\n\n_${notes['printed-date-governs']}_`;
}

function nextStep(result: TriageResult, words: Messages): string {
  const [first] = result.options;
  const upcoming = result.deadlines.find((d) => !d.passed);
  if (!first) return words.dialog.afterResult;
  return upcoming
    ? words.result.nextStep.before(first.title, words.format.longDate(upcoming.date))
    : words.result.nextStep.undated(first.title);
}

export function resultMessage(result: TriageResult, locale: Locale, links?: CaseLinks): Partial<Activity> {
  const downloads = links ? `\n\n${messages(locale).result.keepThese(links)}` : '';
  return {
    ...MessageFactory.text(withDisclaimer(`${resultText(result, locale)}${downloads}`, 'full', locale)),
    channelData: {
      guidance: guidance('triage', { passageIds: resultPassageIds(result), disclaimer: true }),
      ...shownResultData({ triage: result, caseLinks: links }),
    },
  };
}
