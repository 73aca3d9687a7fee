import { MessageFactory, type Activity } from 'botbuilder';
import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { guidance } from '../dialogs/guidance.ts';

/** The first message: what the assistant does and does not do, and the full disclaimer. */
export function welcomeActivity(locale: Locale): Partial<Activity> {
  return {
    ...MessageFactory.text(welcomeText(locale)),
    channelData: { guidance: guidance('prompt', { disclaimer: true }) },
  };
}

function welcomeText(locale: Locale): string {
  const words = messages(locale);
  return `${words.dialog.welcome}\n\n${words.disclaimer.full}`;
}

/**
 * What a new conversation opens with, as Markdown: the welcome and the first question (the triage's, when
 * nothing is known yet). The chat page shows them before it has connected.
 */
export function openingMessages(locale: Locale): readonly string[] {
  return [welcomeText(locale), messages(locale).dialog.askNoticeCode];
}
