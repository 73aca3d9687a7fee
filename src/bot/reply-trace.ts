import type { Activity } from 'botbuilder';
import { LOCALE_TAGS, type Locale } from '../catalog/locale.ts';
import { guidance, guidanceOf, GUIDANCE_ROUTES } from '../dialogs/guidance.ts';
import { withDisclaimer } from '../guardrails/disclaimer.ts';
import { cardChannelResult } from '../render/adaptive-card.ts';

/**
 * Every message carries `channelData.guidance` and its `locale`; a guidance message without the disclaimer gets the short
 * one; a result on a card channel becomes its Adaptive Card, with the date that matters and the next step
 * as the text beside it (read first, and shown in notifications).
 */
export function traceReply(activity: Partial<Activity>, channelId: string | undefined, locale: Locale): void {
  if (activity.type !== undefined && activity.type !== 'message') return;
  const trace = guidanceOf(activity) ?? guidance('prompt');
  if (GUIDANCE_ROUTES.has(trace.route) && !trace.disclaimer) {
    activity.text = withDisclaimer(activity.text ?? '', 'short', locale);
    trace.disclaimer = true;
  }
  const others: unknown = activity.channelData;
  activity.channelData = { ...(typeof others === 'object' ? others : {}), guidance: trace };
  // The language the reply is in, as Bot Framework marks it: a channel that renders it (SMS) follows it.
  activity.locale = LOCALE_TAGS[locale];
  const card = cardChannelResult(activity, channelId, locale);
  if (!card) return;
  activity.text = card.text;
  activity.summary = card.summary;
  activity.attachments = [card.attachment];
}
