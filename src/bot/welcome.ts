import { MessageFactory, type Activity } from 'botbuilder';
import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { guidance } from '../dialogs/guidance.ts';
import { fullDisclaimer } from '../guardrails/disclaimer.ts';

/** The first message: what the assistant does and does not do, and the full disclaimer. */
export function welcomeActivity(locale: Locale): Partial<Activity> {
  return {
    ...MessageFactory.text(`${messages(locale).dialog.welcome}\n\n${fullDisclaimer}`),
    channelData: { guidance: guidance('prompt', { disclaimer: true }) },
  };
}
