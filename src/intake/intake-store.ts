import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Urgency } from '../knowledge/notices/notice-schema.ts';
import { IntakeRecordSchema, upgradeRecord, type IntakeRecord, type IntakeStatus } from './intake-schema.ts';

/*
 * Durable intakes plus a transactional outbox. `create` writes the intake and its `intake.created` event
 * in one transaction, so an intake is never stored without being queued for the firm, whatever crashes.
 * The dispatcher claims due events under a lease (so two dispatchers never send the same event at once),
 * and a row is marked delivered only after the firm answered 2xx: delivery is at least once, and the
 * event id travels as the Idempotency-Key so that the firm's side makes it effectively once.
 */

export const INTAKE_EVENTS = ['intake.created', 'intake.deleted'] as const;
export type IntakeEvent = (typeof INTAKE_EVENTS)[number];

export const DELIVERY_STATES = ['pending', 'delivered', 'dead'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * The stored version of the tables; bump with a migration in each store when they change.
 * 2: the firm's handling state (who set it and when) and staff notes.
 */
export const STORE_SCHEMA_VERSION = 2;

/** Where the firm is with a case: set by staff, apart from the delivery state the outbox keeps. */
export const HANDLING_STATES = ['new', 'contacted', 'booked', 'closed'] as const;
export type HandlingState = (typeof HANDLING_STATES)[number];
export const HandlingStateSchema = z.enum(HANDLING_STATES);

export const MAX_NOTE_CHARS = 2000;
/** Longest name of the person or machine recorded as making a change. */
export const MAX_ACTOR_CHARS = 200;

/** `changedBy` and `changedAt` are null until staff first change the state from `new`. */
export type IntakeHandling = { state: HandlingState; changedBy: string | null; changedAt: string | null };

/** A staff note on a case, oldest first. Removed with the person's details on "delete my data". */
export type IntakeNote = { id: string; at: string; by: string; text: string };

/** A staff change: a new handling state, a note, or both, made by `by` at `at`. */
export type HandlingChange = {
  handling?: HandlingState | undefined;
  note?: string | undefined;
  by: string;
  at: Date;
};

/** How long a claim keeps other dispatchers away when the caller does not say. */
export const DEFAULT_LEASE_MS = 60_000;

/** Longest error text kept per event: enough for a status line, never a response body. */
export const MAX_ERROR_CHARS = 300;

/** The webhook body of one event, exactly as it is signed and sent on every attempt. */
export type WebhookBody = { event: IntakeEvent; intake: IntakeRecord };

/** A claimed outbox event: sent by the dispatcher that holds `claimToken` until its lease ends. */
export type OutboxMessage = {
  /** Also the Idempotency-Key: the same on every attempt. */
  eventId: string;
  intakeId: string;
  event: IntakeEvent;
  /** The JSON body, fixed when the event was queued. */
  body: string;
  /** Attempts made before this one. */
  attempts: number;
  claimToken: string;
};

export type Claim = Pick<OutboxMessage, 'eventId' | 'claimToken'>;

/** An outbox event as stored, unclaimed: a dead one the dispatcher probes the receiver with. */
export type OutboxEvent = Omit<OutboxMessage, 'claimToken'>;

/** Delivery of the intake's latest webhook event (created, or deleted after "delete my data"). */
export type IntakeDelivery = {
  event: IntakeEvent;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
};

export type StoredIntake = {
  intake: IntakeRecord;
  delivery: IntakeDelivery;
  handling: IntakeHandling;
  notes: IntakeNote[];
};

/** The short reference a person is given and quotes: the first characters of the unguessable id. */
export const REFERENCE_CHARS = 8;

export function referenceOf(id: string): string {
  return id.slice(0, REFERENCE_CHARS);
}

/** Where a page of the list ended: the next page starts after this intake (newest first, then by id). */
export type ListCursor = { createdMs: number; id: string };

const CursorSchema = z.object({ t: z.number().int().nonnegative(), id: z.string().min(1).max(64) }).strict();

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.createdMs, id: cursor.id })).toString('base64url');
}

/** Undefined for anything that is not a cursor this server handed out. */
export function decodeCursor(text: string): ListCursor | undefined {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { createdMs: parsed.data.t, id: parsed.data.id } : undefined;
  } catch {
    return undefined;
  }
}

/** The cursor after the last row of a full page; none when the page was the last. */
export function nextCursor(rows: readonly StoredIntake[], limit: number): string | undefined {
  const last = rows.at(-1);
  if (rows.length < limit || last === undefined) return undefined;
  return encodeCursor({ createdMs: Date.parse(last.intake.createdAt), id: last.intake.id });
}

/** Fewest digits that make a search term also look for a mobile number. */
const MIN_PHONE_DIGITS = 4;

/**
 * A staff search, ready for a LIKE: the lower-cased text for names and emails (wildcards escaped with
 * a backslash), the digits for mobile numbers (stored as E.164) when there are enough of them, and the
 * term itself, compared exactly with the start of the id (a reference; ids are case-sensitive).
 */
export type SearchTerms = { text: string; digits: string | undefined; prefix: string };

export function searchTerms(q: string): SearchTerms {
  const trimmed = q.trim();
  const digits = trimmed.replace(/\D/g, '');
  return {
    text: `%${escapeLike(trimmed.toLowerCase())}%`,
    digits: digits.length >= MIN_PHONE_DIGITS ? `%${digits}%` : undefined,
    prefix: trimmed,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export type IntakeListQuery = {
  /** Intakes created at or after this instant. */
  since?: Date | undefined;
  urgency?: Urgency | undefined;
  status?: IntakeStatus | undefined;
  delivery?: DeliveryState | undefined;
  handling?: HandlingState | undefined;
  /** Name, email, mobile number (digits), reference or id prefix. */
  q?: string | undefined;
  /** Continue after this intake. */
  cursor?: ListCursor | undefined;
  limit: number;
};

export type RetryPlan = { attempts: number; nextAt: Date; lastError: string; at: Date };
export type DeadLetter = { attempts: number; lastError: string; at: Date };

export type DeletionOutcome =
  | { ok: true; outcome: 'removed' }
  | { ok: true; outcome: 'scrubbed'; eventId: string }
  | { ok: true; outcome: 'already-deleted' }
  | { ok: false; code: 'not_found' };

/** `not_dead`: only a dead delivery is sent again; a pending one is on its way, a delivered one arrived. */
export type RedeliveryOutcome = { ok: true } | { ok: false; code: 'not_found' | 'not_dead' };

export type OutboxStats = Record<DeliveryState, number>;

/** `duplicate_id`: an intake with this id is stored already; nothing was written. */
export type CreateOutcome = { ok: true } | { ok: false; code: 'duplicate_id' };

export interface IntakeStore {
  /**
   * Stores a new intake and queues its `intake.created` event in the same transaction; an id that is
   * stored already (the same submission again) writes nothing.
   */
  create(record: IntakeRecord): Promise<CreateOutcome>;
  get(id: string): Promise<StoredIntake | undefined>;
  /** The intakes whose id starts with this reference: one, or (rarely) several. */
  findByReference(reference: string): Promise<StoredIntake[]>;
  /** Newest first. */
  list(query: IntakeListQuery): Promise<StoredIntake[]>;
  /**
   * Records a staff change in one transaction: the handling state (with who and when, only when it
   * differs) and a note. Undefined when there is no such intake.
   */
  updateHandling(id: string, change: HandlingChange): Promise<StoredIntake | undefined>;
  /**
   * Leases up to `limit` pending events due at `now`, oldest first. An event leased by another
   * dispatcher is skipped until its lease ends (then it is due again: a crash loses nothing).
   */
  claimDue(now: Date, limit: number, leaseMs?: number): Promise<OutboxMessage[]>;
  /** After a 2xx. False when the event is gone (its intake was removed meanwhile). */
  markDelivered(claim: Claim, attempts: number, at: Date): Promise<boolean>;
  /** After a failure with attempts left. False when the claim was lost or the event is gone. */
  scheduleRetry(claim: Claim, plan: RetryPlan): Promise<boolean>;
  /** After the last allowed failure: the event and its intake become visible to staff as dead. */
  markDead(claim: Claim, failure: DeadLetter): Promise<boolean>;
  /** Dead events, oldest first; nothing changes. */
  deadEvents(limit: number): Promise<OutboxEvent[]>;
  /**
   * Staff send a dead delivery again: its event is due at `now` with a fresh budget of attempts, and the
   * intake is pending again (its attempts so far and last error stay until the next attempt).
   */
  redeliver(id: string, now: Date): Promise<RedeliveryOutcome>;
  /**
   * "Delete my data": an intake no attempt has reached out with is removed with its events. One that the
   * firm has, or may have (delivered, any attempt made, one in flight: a failed attempt may still have
   * been read), keeps only its case facts and handling state and queues `intake.deleted`, whatever its
   * delivery state. Staff notes go either way: they are written about the person.
   */
  deleteForPerson(id: string, now: Date): Promise<DeletionOutcome>;
  outboxStats(): Promise<OutboxStats>;
  close(): Promise<void>;
}

/** Random, unguessable, and unique per claim: a stale dispatcher cannot update a re-claimed event. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function webhookBody(event: IntakeEvent, intake: IntakeRecord): string {
  const body: WebhookBody = { event, intake };
  return JSON.stringify(body);
}

export function truncateError(message: string): string {
  return message.length <= MAX_ERROR_CHARS ? message : `${message.slice(0, MAX_ERROR_CHARS - 1)}…`;
}

/**
 * Whether the firm has, or may have, the person's details: delivered, or at least one attempt sent them
 * out (a failed attempt may still have been read). Such an intake is scrubbed and `intake.deleted` sent.
 */
export function reachedTheFirm(row: { status: string; attempts: number }): boolean {
  return row.status === 'delivered' || row.attempts > 0;
}

/** Intake rows keep the record without its status: the status column is the one truth. */
export function recordWithoutStatus(record: IntakeRecord): Omit<IntakeRecord, 'status'> {
  const copy: Omit<IntakeRecord, 'status'> & { status?: IntakeRecord['status'] } = { ...record };
  delete copy.status;
  return copy;
}

/** `create` takes only a fresh record from buildIntakeRecord: anything else is a bug in the caller. */
export function newIntakeRecord(record: IntakeRecord): IntakeRecord {
  const valid = IntakeRecordSchema.parse(record);
  if (valid.status !== 'pending') throw new Error(`a new intake must be pending, not ${valid.status}`);
  return valid;
}

const StoredRecordSchema = z.record(z.string(), z.unknown());

/** Storage reads are a boundary: a row that no longer matches the schema is a bug, reported loudly. */
export function readRecord(json: unknown, status: string): IntakeRecord {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  return IntakeRecordSchema.parse({ ...upgradeRecord(StoredRecordSchema.parse(value)), status });
}

/** An intake row's columns as both stores name them; each store reads its own times (ISO text or null). */
export type IntakeRowColumns = {
  record: unknown;
  status: string;
  last_event: IntakeEvent;
  delivery_state: DeliveryState;
  attempts: number;
  last_error: string | null;
  handling: HandlingState;
  handling_by: string | null;
};

/** The stored intake a row holds, with the row's times as the store reads them. */
export function storedIntake(
  row: IntakeRowColumns,
  times: { lastAttemptAt: string | null; deliveredAt: string | null; handledAt: string | null },
  notes: IntakeNote[],
): StoredIntake {
  return {
    intake: readRecord(row.record, row.status),
    delivery: {
      event: row.last_event,
      state: row.delivery_state,
      attempts: row.attempts,
      lastError: row.last_error,
      lastAttemptAt: times.lastAttemptAt,
      deliveredAt: times.deliveredAt,
    },
    handling: { state: row.handling, changedBy: row.handling_by, changedAt: times.handledAt },
    notes,
  };
}

export const DeliveryStateSchema = z.enum(DELIVERY_STATES);
export const IntakeEventSchema = z.enum(INTAKE_EVENTS);

/** Staff notes of several intakes, grouped by intake, each group oldest first as read. */
export function groupNotes(rows: readonly (IntakeNote & { intakeId: string })[]): Map<string, IntakeNote[]> {
  const grouped = new Map<string, IntakeNote[]>();
  for (const { intakeId, ...note } of rows) {
    const notes = grouped.get(intakeId) ?? [];
    notes.push(note);
    grouped.set(intakeId, notes);
  }
  return grouped;
}
