import { messages, type Messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { wordedResult } from '../catalog/worded-result.ts';
import type { Deadline } from '../knowledge/deadlines/deadline-engine.ts';
import type { TriageResult } from '../knowledge/triage.ts';

function deadlineLines(deadline: Deadline, words: Messages): string[] {
  return [
    `${deadline.label}: ${words.format.longDate(deadline.date)} (${words.result.daysLeft(deadline)})`,
    `  ${words.result.protects(deadline.protects)}`,
    `  ${words.result.ifMissed(deadline.ifMissed)}`,
    `  ${words.result.basis(`${deadline.basis} (${deadline.sourceUrl})`)}`,
    ...deadline.notes.map((note) => `  ${words.plainText.note(words.result.deadlineNotes[note])}`),
  ];
}

/** The whole triage result as plain text, for the CLI and other plain channels. */
export function triageAsText(knowledgeResult: TriageResult, locale: Locale): string {
  const words = messages(locale);
  const result = wordedResult(knowledgeResult, locale);
  const { notice } = result;
  const lines = [
    `${notice.code}: ${notice.title}`,
    words.result.urgencyLong[notice.urgency],
    '',
    notice.meaning,
    '',
    result.deadlines.length > 0 ? words.plainText.deadlines : words.plainText.noDeadline,
    ...result.deadlines.flatMap((deadline) => deadlineLines(deadline, words)),
    '',
    words.plainText.options,
    ...result.options.map((option, index) => `${index + 1}. ${option.title}`),
    '',
    words.plainText.checklist,
    ...result.checklist.map((entry) => `- ${entry.item}`),
  ];
  if (result.warnings.length > 0) {
    lines.push('', words.plainText.warnings, ...result.warnings.map((warning) => `! ${warning.message}`));
  }
  return lines.join('\n');
}
