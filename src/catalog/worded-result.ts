import type { Deadline } from '../knowledge/deadlines/deadline-engine.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import type { Warning } from '../knowledge/warnings/warnings.ts';
import { KNOWLEDGE_WORDS } from './catalog.ts';
import type { Locale } from './locale.ts';
import type { KnowledgeWords } from './shapes.ts';

/**
 * A triage result with what a person reads of it in the words of a locale: the notice's title and
 * meaning, each deadline's label, what it protects and what follows if it is missed, the options, the
 * documents and the warnings, each found by its id. Dates, figures, ids and sources are the result's own.
 * The notice's appeal rights and what follows if it is ignored are shown nowhere and stay as they are.
 */
export function wordedResult(result: TriageResult, locale: Locale): TriageResult {
  const words = KNOWLEDGE_WORDS[locale];
  if (!words) return result;
  const notice = words.notices[result.notice.code];
  const deadlines = result.deadlines.map((deadline) => ({
    ...deadline,
    ...(deadline.id === 'respond' ? notice?.respond : words.deadlines[deadline.id]),
  }));
  return {
    ...result,
    notice: { ...result.notice, ...(notice ? { title: notice.title, meaning: notice.meaning } : {}) },
    deadlines,
    options: result.options.map((option) => ({ ...option, title: words.options[option.id] })),
    checklist: result.checklist.map((entry) => ({ ...entry, item: words.checklist[entry.id] })),
    warnings: result.warnings.map((warning) => ({
      ...warning,
      message: warningWords(warning, deadlines, words),
    })),
  };
}

function warningWords(warning: Warning, deadlines: readonly Deadline[], words: KnowledgeWords): string {
  const { id } = warning;
  switch (id) {
    case 'deadline-passed':
    case 'deadline-may-have-passed':
    case 'deadline-soon':
    case 'printed-date-check': {
      const deadline = deadlines.find((d) => d.id === warning.deadlineId);
      if (!deadline) throw new Error(`a "${id}" warning without its deadline`);
      return words.warnings[id](deadline);
    }
    default:
      return words.warnings[id];
  }
}
