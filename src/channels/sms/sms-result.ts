import { messages, type Messages } from '../../catalog/catalog.ts';
import type { Locale } from '../../catalog/locale.ts';
import type { TriageResult } from '../../knowledge/triage.ts';
import type { CaseLinks } from '../../render/shown-result.ts';
import { buildResultViewModel, type ResultViewModel } from '../../render/result-view-model.ts';
import type { SmsChoice } from './sms-choices.ts';
import { segmentCount, splitForSms, toGsmFriendly } from './sms-text.ts';

/** The result's first text is billed as at most this many segments. */
export const RESULT_MAX_SEGMENTS = 2;

/**
 * A triage result by text: one message with the date that matters, the next step and a menu, and the
 * rest (options, documents) sent only when asked for. Every segment costs the person or the firm, and
 * ten texts arriving at once bury the one date a worried person needs.
 */
export type SmsResult = {
  /** The first text: at most two segments (see the tests over every notice). */
  summary: string;
  /** The menu under the summary: 1 and 2 are answered by the channel, 3 goes to the bot. */
  choices: SmsChoice[];
};

/** "CP14: Pay the full balance of this bill by Monday, March 23, 2026 (13 days left)." */
type ResultWords = Messages['sms']['result'];

function headline(view: ResultViewModel, words: Messages): string {
  const [first] = view.deadlines;
  if (!first) return words.sms.result.noDeadline(view.notice.code, words.result.noDeadline);
  const line = first.tone === 'passed' ? words.sms.result.headlinePassed : words.sms.result.headline;
  return line(view.notice.code, first.label, first.dateText, first.daysLeftText);
}

function optionsText(view: ResultViewModel, links: CaseLinks | undefined, words: ResultWords): string {
  const later = view.deadlines.slice(1).map((d) => words.laterDate(d.label, d.dateText, d.daysLeftText));
  return [
    `${words.optionsHeading}\n${view.options.map((o) => `${o.rank}. ${o.title}`).join('\n')}`,
    ...(later.length > 0 ? [`${words.laterDates}\n${later.join('\n')}`] : []),
    ...view.alerts.map((alert) => words.watchOut(alert.message)),
    ...(links ? [words.summaryLink(links.summaryUrl)] : []),
  ].join('\n\n');
}

/** A part sent on request, with the menu again under it so the other parts stay one digit away. */
function onRequest(text: string, words: ResultWords): string[] {
  return splitForSms(toGsmFriendly(`${text}\n\n${words.menu}`));
}

/**
 * The result as SMS. `personValue` is what "3" sends to the bot: the consultation offer's own answer
 * when the offer follows the result, so the person is never asked a question they have not seen.
 */
export function smsResult(
  triage: TriageResult,
  links: CaseLinks | undefined,
  personValue: string,
  locale: Locale,
): SmsResult {
  const all = messages(locale);
  const words = all.sms.result;
  const view = buildResultViewModel(triage, locale);
  const nextStep = view.options[0] ? words.nextStep(view.options[0].title) : undefined;
  const lines = [headline(view, all), ...(nextStep ? [nextStep] : []), words.disclaimer, words.menu];
  const full = lines.join('\n');
  // A long date warning ("may have passed…: check the date printed") can leave no room for the next
  // step; it is then the first line of "1 options", and the text stays within two segments.
  const summary =
    segmentCount(toGsmFriendly(full)) <= RESULT_MAX_SEGMENTS
      ? full
      : lines.filter((line) => line !== nextStep).join('\n');
  const documents = `${words.documentsHeading}\n${view.checklist.join('\n')}`;
  const { choices } = words;
  return {
    summary,
    choices: [
      {
        title: choices.options,
        value: choices.options,
        texts: onRequest(optionsText(view, links, words), words),
      },
      { title: choices.documents, value: choices.documents, texts: onRequest(documents, words) },
      { title: choices.person, value: personValue },
    ],
  };
}
