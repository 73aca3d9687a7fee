import type { Logger } from 'pino';
import { daysBetween } from '../knowledge/calendar/civil-date.ts';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import type { Urgency } from '../knowledge/notices/notice-schema.ts';
import type { IntakeRecord } from './intake-schema.ts';
import { referenceOf, type IntakeEvent, type IntakeStore } from './intake-store.ts';

/*
 * Alerts to the firm's desk: a new intake, and a delivery to the firm's system that gave up. What an
 * alert carries is what a shared channel may show: the reference, the notice, the urgency and the
 * nearest deadline, and a link to the intake's page behind the desk's sign-in. Never the person's name,
 * contact details or words: those stay on the desk.
 */

/** `new`: an intake arrived. `dead`: its webhook event (created or deleted) could not be delivered. */
export type AlertKind = 'new' | 'dead';

export type IntakeAlert = {
  kind: AlertKind;
  /** The event that could not be delivered, for a `dead` alert. */
  event?: IntakeEvent | undefined;
  reference: string;
  noticeCode: string;
  urgency: Urgency;
  /** The first deadline with the days left to it, counted the day the alert is sent (negative once past). */
  nearestDeadline?: { date: IsoDate; daysLeft: number } | undefined;
  /** The intake's page on the desk. */
  link: string;
};

/** Where alerts go (the Teams channel the firm chose); never throws, logs its own failures. */
export type AlertSink = {
  post(alert: IntakeAlert): Promise<void>;
  /** Whether alerts reach a channel now, for the desk to say so. */
  status(): Promise<AlertStatus>;
};

/**
 * `on`: alerts go to the conversation the app was added to, since `since`. `off`: never set up
 * (`not-added`), the app was removed from it (`removed`), or the channel answered that the conversation
 * is gone (`gone`, at `at`).
 */
export type AlertStatus =
  | { state: 'on'; since: string; where: 'channel' | 'groupChat' }
  | { state: 'off'; reason: 'not-added' | 'removed' | 'gone'; at?: string | undefined };

export type IntakeAlertsDeps = {
  sink: AlertSink;
  store: Pick<IntakeStore, 'get'>;
  publicBaseUrl: string;
  today: () => IsoDate;
  logger: Pick<Logger, 'error'>;
};

/** The alert for an intake, as of `today`. */
export function intakeAlert(
  kind: AlertKind,
  intake: IntakeRecord,
  context: { publicBaseUrl: string; today: IsoDate; event?: IntakeEvent | undefined },
): IntakeAlert {
  const first = intake.deadlines[0];
  return {
    kind,
    ...(context.event ? { event: context.event } : {}),
    reference: referenceOf(intake.id),
    noticeCode: intake.notice.code,
    urgency: intake.urgency,
    ...(first
      ? { nearestDeadline: { date: first.date, daysLeft: daysBetween(context.today, first.date) } }
      : {}),
    link: new URL(`/staff/intakes/${encodeURIComponent(intake.id)}`, context.publicBaseUrl).toString(),
  };
}

/**
 * Sends alerts in the background: the person's turn and the outbox never wait for Teams. `settled()`
 * waits for the alerts under way (shutdown).
 */
export class IntakeAlerts {
  readonly #deps: IntakeAlertsDeps;
  readonly #pending = new Set<Promise<void>>();

  constructor(deps: IntakeAlertsDeps) {
    this.#deps = deps;
  }

  /** A new intake was stored. */
  created(intake: IntakeRecord): void {
    this.#track(async () => this.#deps.sink.post(this.#alert('new', intake)));
  }

  /** The outbox gave up on an event of this intake. */
  dead(intakeId: string, event: IntakeEvent): void {
    this.#track(async () => {
      const stored = await this.#deps.store.get(intakeId);
      if (stored) await this.#deps.sink.post(this.#alert('dead', stored.intake, event));
    });
  }

  async settled(): Promise<void> {
    await Promise.all([...this.#pending]);
  }

  #alert(kind: AlertKind, intake: IntakeRecord, event?: IntakeEvent): IntakeAlert {
    return intakeAlert(kind, intake, {
      publicBaseUrl: this.#deps.publicBaseUrl,
      today: this.#deps.today(),
      event,
    });
  }

  #track(send: () => Promise<void>): void {
    const run = send().catch((err: unknown) => {
      this.#deps.logger.error({ err }, 'intake alert could not be prepared');
    });
    this.#pending.add(run);
    void run.finally(() => this.#pending.delete(run));
  }
}
