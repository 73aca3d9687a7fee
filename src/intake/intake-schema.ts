import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { redactPii } from '../guardrails/pii/redact-pii.ts';
import { IsoDateSchema } from '../knowledge/facts-schema.ts';
import { DeadlineIdSchema, UrgencySchema } from '../knowledge/notices/notice-schema.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import { SCAM_SIGNALS } from '../knowledge/warnings/warnings.ts';
import { LOCALES } from '../catalog/locale.ts';

/*
 * The intake record: the case file a firm receives when a person books a consultation. It is stored,
 * sent to the firm's webhook and shown to staff, so it is validated on the way in and on every read.
 * Bump INTAKE_SCHEMA_VERSION (and keep reading the old shape) whenever a field changes meaning.
 */

export const INTAKE_SCHEMA_VERSION = 2;

/** 144 random bits: unguessable, and a whole number of base64url characters (24, no padding). */
const ID_BYTES = 18;
const ID_LENGTH = 24;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const IntakeIdSchema = z.string().length(ID_LENGTH).regex(BASE64URL, 'must be base64url');
export type IntakeId = z.infer<typeof IntakeIdSchema>;

/** A fresh unguessable id (intakes and outbox events alike). */
export function newIntakeId(): IntakeId {
  return randomBytes(ID_BYTES).toString('base64url');
}

export const MAX_NAME_CHARS = 120;
export const MAX_DESCRIPTION_CHARS = 2000;
export const MAX_PREFERRED_TIMES_CHARS = 200;
const MAX_LABEL_CHARS = 500;
const MAX_LIST_ITEMS = 50;

const US_NATIONAL_DIGITS = 10;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{7,14}$/;
const PHONE_PUNCTUATION = /[\s().-]/g;

/**
 * A mobile number as people type it ("(202) 555-0147", "+44 7700 900123") in E.164, so a firm can dial or
 * text it. Ten bare digits are read as a US number, as the product serves US taxpayers.
 */
export function normalizeMobile(text: string): string | undefined {
  const compact = text.trim().replace(PHONE_PUNCTUATION, '');
  const digits = compact.startsWith('+') ? compact : compact.replace(/^1(?=\d{10}$)/, '');
  const e164 = digits.startsWith('+')
    ? digits
    : digits.length === US_NATIONAL_DIGITS && /^\d+$/.test(digits)
      ? `+1${digits}`
      : undefined;
  return e164 !== undefined && E164.test(e164) ? e164 : undefined;
}

const MobileSchema = z.string().transform((value, ctx) => {
  const normalized = normalizeMobile(value);
  if (normalized === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'enter a mobile number such as (202) 555-0147 or +44 7700 900123',
    });
    return z.NEVER;
  }
  return normalized;
});

const ContactSchema = z
  .object({
    name: z.string().trim().min(1, 'enter a name').max(MAX_NAME_CHARS),
    email: z.email('enter an email address such as name@example.com').max(254).optional(),
    mobile: MobileSchema.optional(),
  })
  .strict()
  .refine((contact) => contact.email !== undefined || contact.mobile !== undefined, {
    message: 'give an email address or a mobile number (either is enough)',
    path: ['email'],
  });
export type Contact = z.infer<typeof ContactSchema>;

export const ContactMethodSchema = z.enum(['email', 'phone', 'text']);
export type ContactMethod = z.infer<typeof ContactMethodSchema>;

const PreferredContactSchema = z
  .object({
    method: ContactMethodSchema,
    /** In the person's words ("weekday mornings"); PII-redacted like the description. */
    times: z.string().trim().max(MAX_PREFERRED_TIMES_CHARS).optional(),
  })
  .strict();

const ConsentSchema = z
  .object({
    given: z.literal(true),
    at: z.iso.datetime({ offset: true }),
    /** DISCLAIMER_VERSION of the disclaimer shown when consent was given. */
    disclaimerVersion: z.string().min(1).max(40),
  })
  .strict();
export type Consent = z.infer<typeof ConsentSchema>;

const AgreementSchema = z.enum(['yes', 'no', 'unsure']);

const MIN_TAX_YEAR = 1990;
const MAX_TAX_YEAR = 2100;

const IntakeNoticeSchema = z
  .object({
    code: z.string().trim().min(1).max(60),
    title: z.string().max(MAX_LABEL_CHARS).optional(),
    date: IsoDateSchema,
    taxYear: z.number().int().min(MIN_TAX_YEAR).max(MAX_TAX_YEAR).optional(),
    amountDue: z.number().nonnegative().max(1_000_000_000).optional(),
    /** The code, date or amount were read from a photo or PDF of the notice (and confirmed by the person). */
    readFromDocument: z.literal(true).optional(),
  })
  .strict();

const IntakeDeadlineSchema = z
  .object({
    id: DeadlineIdSchema,
    date: IsoDateSchema,
    label: z.string().max(MAX_LABEL_CHARS),
    basis: z.string().max(MAX_LABEL_CHARS),
    sourceUrl: z.url(),
    estimate: z.boolean(),
  })
  .strict();
export type IntakeDeadline = z.infer<typeof IntakeDeadlineSchema>;

const IntakeOptionSchema = z
  .object({ id: z.string().min(1).max(80), title: z.string().max(MAX_LABEL_CHARS) })
  .strict();

const IntakeChecklistItemSchema = z
  .object({
    id: z.string().min(1).max(80),
    item: z.string().max(MAX_LABEL_CHARS),
    /** What the person said: they have it, they do not, or not asked / not sure. */
    have: z.boolean().nullable(),
  })
  .strict();

const ConversationReferenceSchema = z
  .object({ channelId: z.string().min(1).max(60), conversationId: z.string().min(1).max(300) })
  .strict();

/** The language the person spoke with the bot: the firm can answer in it. */
const IntakeLocaleSchema = z.enum(LOCALES);

export const IntakeStatusSchema = z.enum(['pending', 'delivered', 'dead', 'deleted']);
export type IntakeStatus = z.infer<typeof IntakeStatusSchema>;

/** The case itself, the same in the dialog's draft and in the stored record. */
const CaseShape = {
  consent: ConsentSchema,
  notice: IntakeNoticeSchema,
  agreement: AgreementSchema.optional(),
  deadlines: z.array(IntakeDeadlineSchema).max(MAX_LIST_ITEMS),
  options: z.array(IntakeOptionSchema).max(MAX_LIST_ITEMS),
  checklist: z.array(IntakeChecklistItemSchema).max(MAX_LIST_ITEMS),
  scamFlags: z.array(z.enum(SCAM_SIGNALS)).max(SCAM_SIGNALS.length),
  urgency: UrgencySchema,
  /** The channel the person used: msteams, webchat, sms, emulator… */
  channel: z.string().min(1).max(60),
  conversation: ConversationReferenceSchema,
};

/** What the intake dialog collects and hands over; the store adds id, time, status and version. */
const IntakeDraftSchema = z
  .object({
    contact: ContactSchema,
    preferredContact: PreferredContactSchema,
    description: z.string().trim().max(MAX_DESCRIPTION_CHARS),
    locale: IntakeLocaleSchema,
    ...CaseShape,
  })
  .strict()
  .superRefine((draft, ctx) => {
    const method = draft.preferredContact.method;
    if (method === 'email' && draft.contact.email === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['preferredContact', 'method'],
        message: 'email needs an email address',
      });
    }
    if (method !== 'email' && draft.contact.mobile === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['preferredContact', 'method'],
        message: `${method === 'phone' ? 'a call' : 'a text'} needs a mobile number`,
      });
    }
  });
export type IntakeDraft = z.input<typeof IntakeDraftSchema>;

/**
 * A record stored under schema version 1 in today's shape: its deadlines carried `daysLeft`, a count
 * frozen on the day of the intake (now computed whenever it is shown), and it had no `locale`.
 */
export function upgradeRecord(value: Record<string, unknown>): Record<string, unknown> {
  if (value.schemaVersion !== 1) return value;
  const deadlines = Array.isArray(value.deadlines) ? (value.deadlines as unknown[]) : [];
  return {
    ...value,
    schemaVersion: INTAKE_SCHEMA_VERSION,
    deadlines: deadlines.map((deadline) => {
      if (typeof deadline !== 'object' || deadline === null) return deadline;
      const upgraded: Record<string, unknown> = { ...deadline };
      delete upgraded.daysLeft;
      return upgraded;
    }),
  };
}

/**
 * The stored record. After "delete my data" on a delivered intake, contact, preferred contact and
 * description become null (status `deleted`); every other status requires them.
 */
export const IntakeRecordSchema = z
  .object({
    schemaVersion: z.literal(INTAKE_SCHEMA_VERSION),
    id: IntakeIdSchema,
    createdAt: z.iso.datetime(),
    status: IntakeStatusSchema,
    contact: ContactSchema.nullable(),
    preferredContact: PreferredContactSchema.nullable(),
    description: z.string().max(MAX_DESCRIPTION_CHARS).nullable(),
    /** Absent only on intakes stored before schema version 2. */
    locale: IntakeLocaleSchema.optional(),
    ...CaseShape,
    deletedAt: z.iso.datetime().optional(),
  })
  .strict()
  .superRefine((record, ctx) => {
    const scrubbed =
      record.contact === null || record.preferredContact === null || record.description === null;
    if (scrubbed && record.status !== 'deleted') {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'only a deleted intake has no contact details',
      });
    }
  });
export type IntakeRecord = z.infer<typeof IntakeRecordSchema>;

export type IntakeIssue = { path: string; message: string };

export type BuildIntakeOutcome =
  | { ok: true; record: IntakeRecord; redacted: boolean }
  | { ok: false; code: 'invalid_intake'; issues: IntakeIssue[] };

/**
 * Validates what the dialog collected and makes it a record: a fresh id, the creation time, status
 * `pending`. The person's free text (description, preferred times) goes through the PII rail first, so
 * an SSN typed there is never stored or sent; `redacted` tells the dialog to say so.
 */
export function buildIntakeRecord(
  draft: unknown,
  now: Date,
  id: IntakeId = newIntakeId(),
): BuildIntakeOutcome {
  const parsed = IntakeDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, code: 'invalid_intake', issues: issuesOf(parsed.error) };
  const { description, preferredContact, ...rest } = parsed.data;
  const cleanDescription = redactPii(description);
  const cleanTimes = preferredContact.times === undefined ? undefined : redactPii(preferredContact.times);
  const record: IntakeRecord = {
    schemaVersion: INTAKE_SCHEMA_VERSION,
    id,
    createdAt: now.toISOString(),
    status: 'pending',
    ...rest,
    preferredContact: {
      method: preferredContact.method,
      ...(cleanTimes === undefined ? {} : { times: cleanTimes.text }),
    },
    description: cleanDescription.text,
  };
  const redacted = cleanDescription.found.length > 0 || (cleanTimes?.found.length ?? 0) > 0;
  return { ok: true, record: IntakeRecordSchema.parse(record), redacted };
}

/** The record as it stays after "delete my data" once the firm has it: no contact details, no free text. */
export function scrubIntake(record: IntakeRecord, at: Date): IntakeRecord {
  return {
    ...record,
    status: 'deleted',
    contact: null,
    preferredContact: null,
    description: null,
    deletedAt: at.toISOString(),
  };
}

/** The parts of a triage result an intake carries, for the dialog to merge with what the person said. */
export type TriageIntakeFacts = Pick<
  IntakeDraft,
  'notice' | 'deadlines' | 'options' | 'checklist' | 'urgency'
>;

/**
 * Copies a triage result into intake fields. `have` maps checklist item ids to the person's answers;
 * items not in it are recorded as `null` (not asked).
 */
export function intakeFactsFromTriage(
  result: TriageResult,
  extra: {
    taxYear?: number;
    amountDue?: number;
    readFromDocument?: boolean;
    have?: Readonly<Record<string, boolean>>;
  } = {},
): TriageIntakeFacts {
  return {
    notice: {
      code: result.notice.code,
      title: result.notice.title,
      date: result.noticeDate,
      ...(extra.taxYear === undefined ? {} : { taxYear: extra.taxYear }),
      ...(extra.amountDue === undefined ? {} : { amountDue: extra.amountDue }),
      ...(extra.readFromDocument ? { readFromDocument: true as const } : {}),
    },
    deadlines: result.deadlines.map((d) => ({
      id: d.id,
      date: d.date,
      label: d.label,
      basis: d.basis,
      sourceUrl: d.sourceUrl,
      estimate: d.estimate,
    })),
    options: result.options.map((o) => ({ id: o.id, title: o.title })),
    checklist: result.checklist.map((c) => ({ id: c.id, item: c.item, have: extra.have?.[c.id] ?? null })),
    urgency: result.notice.urgency,
  };
}

export function issuesOf(error: z.ZodError): IntakeIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
