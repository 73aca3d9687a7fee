import { MessageFactory, type Activity } from 'botbuilder';
import { copy } from '../dialogs/copy.ts';
import { guidance } from '../dialogs/guidance.ts';
import { fullDisclaimer } from '../guardrails/disclaimer.ts';

/** The first message: what the assistant does and does not do, and the full disclaimer. */
export function welcomeActivity(): Partial<Activity> {
  return {
    ...MessageFactory.text(`${copy.welcome}\n\n${fullDisclaimer}`),
    channelData: { guidance: guidance('prompt', { disclaimer: true }) },
  };
}
