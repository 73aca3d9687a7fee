import { MessageFactory, type Activity } from 'botbuilder';
import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { guidance } from '../dialogs/guidance.ts';

/** The first message: what the assistant does and does not do, and the full disclaimer. */
export function welcomeActivity(locale: Locale): Partial<Activity> {
  const words = messages(locale);
  return {
    ...MessageFactory.text(`${words.dialog.welcome}\n\n${words.disclaimer.full}`),
    channelData: { guidance: guidance('prompt', { disclaimer: true }) },
  };
}
