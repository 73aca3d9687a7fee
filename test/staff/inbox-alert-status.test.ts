import { describe, expect, it } from 'vitest';
import { inboxPage, type InboxView } from '../../src/http/staff/staff-pages.ts';
import type { AlertStatus } from '../../src/intake/intake-alerts.ts';

/** The inbox says whether Teams alerts reach a channel, and how to turn them back on when they do not. */

const view = (alerts: AlertStatus | undefined): InboxView => ({
  who: 'Dana Desk',
  csrf: 'csrf-token',
  rows: [],
  filters: {},
  olderHref: undefined,
  alerts,
});

describe('the inbox’s Teams alerts line', () => {
  it.each<[AlertStatus, RegExp]>([
    [{ state: 'on', since: '2026-03-10T12:00:00.000Z', where: 'channel' }, /Teams alerts: on, in a channel/],
    [
      { state: 'on', since: '2026-03-10T12:00:00.000Z', where: 'groupChat' },
      /Teams alerts: on, in a group chat/,
    ],
    [{ state: 'off', reason: 'not-added' }, /Teams alerts: off\. Add the app to a channel or group chat/],
    [{ state: 'off', reason: 'removed', at: '2026-03-10T12:00:00.000Z' }, /off, the app was removed/],
    [
      { state: 'off', reason: 'gone', at: '2026-03-10T12:00:00.000Z' },
      /off, their channel or chat no longer exists/,
    ],
  ])('%j', (status, line) => {
    expect(inboxPage(view(status))).toMatch(line);
  });

  it('says nothing when alerts are not set up (no TEAMS_ALERT_TENANT_ID)', () => {
    expect(inboxPage(view(undefined))).not.toMatch(/Teams alerts/);
  });
});
