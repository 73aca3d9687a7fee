import type { Activity, Attachment } from 'botbuilder';
import { choicesFromActions, numberedChoicesText, type SmsChoice } from './sms-choices.ts';
import { messages } from '../../catalog/catalog.ts';
import type { Locale } from '../../catalog/locale.ts';
import { shownResult } from '../../render/shown-result.ts';
import { smsResult } from './sms-result.ts';
import { markdownToPlainText, splitForSms, toGsmFriendly } from './sms-text.ts';

/** Twilio sends at most 10 TwiML replies to one inbound message. */
export const MAX_TWIML_MESSAGES = 10;

export type RenderedSms = {
  /** Message bodies, in order, each within SMS limits (see `splitForSms`). */
  messages: string[];
  /** The numbered choices offered, for mapping a reply of "1", "2"… back to them. */
  choices: SmsChoice[];
};

/**
 * The bot's replies as SMS bodies: plain text, no cards, choices numbered, each message kept within
 * 320 GSM-7 characters. `channelData` (the reply trace) is read by tests and analytics, never sent.
 */
export function renderForSms(
  activities: readonly Partial<Activity>[],
  locale: Locale,
  options: { intro?: string } = {},
): RenderedSms {
  const sent = activities.filter((a) => (a.type ?? 'message') === 'message');
  const rendered = renderResult(sent, locale) ?? renderMessages(sent, locale);
  const texts = rendered.texts.filter((text) => text !== '');
  if (options.intro && texts.length > 0) texts[0] = joinParagraphs(options.intro, texts[0] ?? '');
  return { messages: texts.flatMap((text) => splitForSms(toGsmFriendly(text))), choices: rendered.choices };
}

type RenderedTexts = { texts: string[]; choices: SmsChoice[] };

/** Each message as text; the choices of the last one that offers any are numbered under it. */
function renderMessages(sent: readonly Partial<Activity>[], locale: Locale): RenderedTexts {
  const withChoices = sent.findLastIndex((a) => offeredChoices(a).length > 0);
  const choices = withChoices === -1 ? [] : offeredChoices(sent[withChoices] ?? {});
  const texts = sent.map((activity, index) => {
    const body = activityText(activity);
    return index === withChoices ? joinParagraphs(body, numberedChoicesText(choices, locale)) : body;
  });
  return { texts, choices };
}

/**
 * A turn that shows a triage result: the short result with its menu instead of the whole text. The
 * consultation offer that follows it is not sent as a question of its own: "3 talk to a person"
 * answers it, so no later "no" answers a question the person never saw.
 */
function renderResult(sent: readonly Partial<Activity>[], locale: Locale): RenderedTexts | undefined {
  const results = sent.map((a) => shownResult(a));
  const index = results.findIndex((shown) => shown !== undefined);
  const shown = results[index];
  if (!shown) return undefined;
  const after = sent.slice(index + 1);
  const words = messages(locale);
  const { book } = words.dialog.intake.offerChoices;
  const offer = after.find((a) => offeredChoices(a).some((c) => c.value === book));
  const sms = smsResult(shown.triage, shown.caseLinks, offer ? book : words.sms.result.personCommand, locale);
  const texts = [
    ...sent.slice(0, index).map(activityText),
    sms.summary,
    ...after.filter((a) => a !== offer).map(activityText),
  ];
  return { texts, choices: sms.choices };
}

/**
 * What fits in one webhook answer. Past Twilio's 10 replies, the last slot asks the person to reply
 * MORE and the rest waits: longer bodies would break the 320-character rule, and dropping them would
 * lose the end of the answer (often the disclaimer).
 */
export function firstPage(texts: readonly string[], locale: Locale): { send: string[]; rest: string[] } {
  if (texts.length <= MAX_TWIML_MESSAGES) return { send: [...texts], rest: [] };
  const shown = MAX_TWIML_MESSAGES - 1;
  const rest = texts.slice(shown);
  return { send: [...texts.slice(0, shown), messages(locale).sms.more(rest.length)], rest };
}

function offeredChoices(activity: Partial<Activity>): SmsChoice[] {
  return choicesFromActions(activity.suggestedActions?.actions ?? []);
}

/** The text of a message: its own (Markdown unless marked plain), else what its cards can say as text. */
function activityText(activity: Partial<Activity>): string {
  const text = activity.text?.trim() ?? '';
  if (text !== '') return activity.textFormat === 'plain' ? text : markdownToPlainText(text);
  return (activity.attachments ?? [])
    .map(attachmentText)
    .filter((t) => t !== '')
    .join('\n\n');
}

type CardContent = { fallbackText?: unknown; title?: unknown; subtitle?: unknown; text?: unknown };

function attachmentText(attachment: Attachment): string {
  const content = (attachment.content ?? {}) as CardContent;
  if (typeof content.fallbackText === 'string') return markdownToPlainText(content.fallbackText);
  const parts = [content.title, content.subtitle, content.text].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return markdownToPlainText(parts.join('\n'));
}

function joinParagraphs(first: string, second: string): string {
  return [first, second].filter((part) => part.trim() !== '').join('\n\n');
}
