import { staffWords as w } from '../catalog/staff.ts';
import type { IntakeAlert } from '../intake/intake-alerts.ts';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  ADAPTIVE_CARD_SCHEMA_URL,
  ADAPTIVE_CARD_VERSION,
  type CardAttachment,
  type TextBlock,
} from './adaptive-card.ts';

/** An alert for the firm's channel, as an Adaptive Card 1.5, in the desk's words; no personal data. */
export function intakeAlertCard(alert: IntakeAlert): CardAttachment {
  const title =
    alert.kind === 'new' ? w.alerts.newTitle(alert.reference) : w.alerts.deadTitle(alert.reference);
  const deadline = alert.nearestDeadline
    ? w.alerts.nearest(
        w.format.longDate(alert.nearestDeadline.date),
        w.daysLeft(alert.nearestDeadline.daysLeft),
      )
    : w.alerts.noDeadline;
  const lines: TextBlock[] = [
    { type: 'TextBlock', text: title, wrap: true, weight: 'bolder', size: 'medium', style: 'heading' },
    {
      type: 'TextBlock',
      text: `${alert.noticeCode} · ${w.urgency[alert.urgency]}`,
      wrap: true,
      ...(alert.urgency === 'critical' ? { color: 'attention' as const } : {}),
    },
    { type: 'TextBlock', text: deadline, wrap: true },
  ];
  if (alert.kind === 'dead') {
    lines.push({ type: 'TextBlock', text: w.alerts.deadBody[alert.event ?? 'intake.created'], wrap: true });
  }
  const text = lines.map((line) => line.text).join('. ');
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: ADAPTIVE_CARD_SCHEMA_URL,
      version: ADAPTIVE_CARD_VERSION,
      fallbackText: text,
      speak: text,
      body: lines,
      actions: [{ type: 'Action.OpenUrl', title: w.alerts.open, url: alert.link }],
    },
  };
}
