import { z } from 'zod';
import { messages } from '../../catalog/catalog.ts';
import type { Locale } from '../../catalog/locale.ts';

/**
 * A choice offered as a numbered reply: what it says, and the text it stands for when picked. A choice
 * with `texts` is answered by the channel with those texts (a part of a result sent on request).
 */
export const SmsChoiceSchema = z.object({
  title: z.string(),
  value: z.string(),
  texts: z.array(z.string()).optional(),
});
export type SmsChoice = z.infer<typeof SmsChoiceSchema>;

/** Enough for any question the bot asks; more would not read well as a numbered text list. */
export const MAX_SMS_CHOICES = 9;

/** The suggested actions of one activity, in the shape botbuilder gives them. */
export type CardActionLike = { type?: string; title?: string; value?: unknown; text?: string };

const CHOICE_TYPES = new Set(['imBack', 'postBack', 'messageBack']);

/** The actions a person can answer by number; links and sign-ins are not choices. */
export function choicesFromActions(actions: readonly CardActionLike[]): SmsChoice[] {
  return actions
    .filter((action) => CHOICE_TYPES.has(action.type ?? ''))
    .map((action) => {
      const title = (action.title ?? '').trim();
      const value =
        typeof action.value === 'string' && action.value.trim() !== ''
          ? action.value.trim()
          : (action.text ?? title).trim();
      return { title: title === '' ? value : title, value };
    })
    .filter((choice) => choice.value !== '')
    .slice(0, MAX_SMS_CHOICES);
}

/** "1) Yes" lines and "Reply 1, 2 or 3", as a paragraph to append under the question. */
export function numberedChoicesText(choices: readonly SmsChoice[], locale: Locale): string {
  if (choices.length === 0) return '';
  const numbers = choices.map((_, index) => String(index + 1));
  const lines = choices.map((choice, index) => `${index + 1}) ${choice.title}`);
  return [...lines, messages(locale).sms.replyWith(numbers)].join('\n');
}

const NUMBER_REPLY = /^\s*(?:#\s*)?(\d{1,2})\s*[.)]?\s*$/;

/** The choice a reply of "2" (or "2.", "#2") picks, if one is on offer under that number. */
export function pickedChoice(text: string, choices: readonly SmsChoice[]): SmsChoice | undefined {
  const match = NUMBER_REPLY.exec(text);
  return match ? choices[Number(match[1]) - 1] : undefined;
}

/** A reply of "2" stands for the second choice offered; anything else is left as typed. */
export function resolveChoiceReply(text: string, choices: readonly SmsChoice[]): string {
  return pickedChoice(text, choices)?.value ?? text;
}
