import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { IntakeService, IntakeSubmission } from '../dialogs/intake-dialog.ts';
import { DISCLAIMER_VERSION } from '../guardrails/disclaimer.ts';
import {
  buildIntakeRecord,
  intakeFactsFromTriage,
  newIntakeId,
  type IntakeRecord,
} from '../intake/intake-schema.ts';
import { referenceOf, type CreateOutcome, type IntakeStore } from '../intake/intake-store.ts';
import { noteStoreFailure } from '../storage/store-outage.ts';
import { turnLogger } from '../channels/channel.ts';
import { turnLocale } from '../dialogs/turn-locale.ts';

export type IntakeServiceDeps = {
  store: IntakeStore;
  firmName: string;
  /**
   * A booking page URL; {name}, {email}, {mobile} (E.164), {reference}, {noticeCode} and {urgency} are
   * filled in, URL-encoded.
   */
  bookingUrl?: string | undefined;
  now: () => Date;
  logger: Logger;
  /** Told of each new intake (the firm's Teams alert); never waited for. */
  alerts?: { created(intake: IntakeRecord): void } | undefined;
};

/**
 * Builds the intake record from the conversation and stores it with its outbox event in one transaction.
 * A store failure rejects (failing the turn) rather than resolving `{ ok: false }`, which would end the
 * dialog and lose the person's answers.
 */
export function createIntakeService(deps: IntakeServiceDeps): IntakeService {
  return {
    firmName: deps.firmName,
    reserveId: newIntakeId,
    async submit(
      context: TurnContext,
      { intakeId, triage, answers, intake, scamFlags },
    ): Promise<IntakeSubmission> {
      const now = deps.now();
      const logger = turnLogger(context, deps.logger);
      const built = buildIntakeRecord(
        {
          contact: { name: intake.name, ...intake.contact },
          preferredContact: { method: intake.method, ...(intake.times ? { times: intake.times } : {}) },
          description: intake.description ?? '',
          locale: turnLocale(context),
          consent: { given: true, at: now.toISOString(), disclaimerVersion: DISCLAIMER_VERSION },
          ...intakeFactsFromTriage(triage, {
            ...(answers.amountDue === undefined ? {} : { amountDue: answers.amountDue }),
            ...(answers.taxYear === undefined ? {} : { taxYear: answers.taxYear }),
            readFromDocument: answers.readFromDocument,
            have: intake.have,
          }),
          ...(answers.agrees ? { agreement: answers.agrees } : {}),
          scamFlags,
          channel: context.activity.channelId,
          conversation: {
            channelId: context.activity.channelId,
            conversationId: context.activity.conversation.id,
          },
        },
        now,
        intakeId,
      );
      if (!built.ok) {
        logger.error({ issues: built.issues }, 'intake record did not validate');
        return { ok: false };
      }
      let created: CreateOutcome;
      try {
        created = await deps.store.create(built.record);
      } catch (err) {
        // The turn fails (a 503 with the adapter's kind reply) so its state is not saved: the dialog is
        // still at the consent question, and the same answer, sent again, submits the same intake.
        logger.error({ err }, 'intake could not be stored');
        noteStoreFailure();
        throw err;
      }
      if (created.ok) {
        logger.info({ intake: built.record.id, urgency: built.record.urgency }, 'intake stored');
        deps.alerts?.created(built.record);
      } else {
        // Submitted before (the consent twice at once, or a turn that failed after the commit): the
        // first one stands, and this answer confirms it.
        logger.info({ intake: built.record.id }, 'intake already stored');
      }
      return {
        ok: true,
        id: built.record.id,
        reference: referenceOf(built.record.id),
        bookingUrl: deps.bookingUrl
          ? bookingLink(deps.bookingUrl, {
              name: intake.name,
              email: built.record.contact?.email ?? '',
              mobile: built.record.contact?.mobile ?? '',
              reference: referenceOf(built.record.id),
              noticeCode: triage.notice.code,
              urgency: triage.notice.urgency,
            })
          : undefined,
      };
    },
  };
}

/** Fills a booking-page template (Calendly, Microsoft Bookings and the like take query parameters). */
export function bookingLink(template: string, values: Readonly<Record<BookingField, string>>): string {
  return template.replace(BOOKING_PLACEHOLDER, (_, key: BookingField) => encodeURIComponent(values[key]));
}

type BookingField = 'name' | 'email' | 'mobile' | 'reference' | 'noticeCode' | 'urgency';
const BOOKING_PLACEHOLDER = /\{(name|email|mobile|reference|noticeCode|urgency)\}/g;
