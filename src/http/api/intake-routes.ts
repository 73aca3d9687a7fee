import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { intakesToCsv } from '../../intake/intake-csv.ts';
import { IntakeIdSchema, IntakeStatusSchema, issuesOf } from '../../intake/intake-schema.ts';
import {
  decodeCursor,
  DeliveryStateSchema,
  HandlingStateSchema,
  MAX_NOTE_CHARS,
  nextCursor,
  REFERENCE_CHARS,
  type IntakeStore,
  type StoredIntake,
} from '../../intake/intake-store.ts';
import { forStaff, type StaffIntake } from '../../intake/staff-intake.ts';
import type { IsoDate } from '../../knowledge/facts-schema.ts';
import { CSRF_HEADER, validCsrf, type StaffCookies } from '../staff/staff-session.ts';
import { UrgencySchema } from '../../knowledge/notices/notice-schema.ts';
import { fromStore } from '../error-handling.ts';

/*
 * The staff API over stored intakes: GET /api/intakes (filters since, urgency, status, delivery,
 * handling, q, cursor, limit) and GET /api/intakes/:id (the full id, or the reference the person was
 * given), as JSON or CSV (`Accept: text/csv` or `?format=csv`), behind
 * `Authorization: Bearer <STAFF_API_TOKEN>`. Without a configured token every request is refused.
 * Every intake shown carries `daysLeft` per deadline, counted on the day of the request.
 * PATCH /api/intakes/:id sets the handling state and/or adds a note; POST /api/intakes/:id/redeliver
 * sends a dead delivery again (202; 409 `not_dead` for any other).
 */

export type IntakeRoutesDeps = {
  store: IntakeStore;
  staffApiToken: string | undefined;
  /** Staff signed in at /staff use the API with their session cookie (and its CSRF token for changes). */
  staffSessions?: StaffCookies | undefined;
  now: () => Date;
  /** Today's civil date in the firm's time zone, for the days left to each deadline. */
  today: () => IsoDate;
  logger?: Pick<Logger, 'info'>;
};

/** Who the change log names for a change made with the machine token. */
export const API_TOKEN_ACTOR = 'staff API token';

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;
const MAX_SEARCH_CHARS = 200;
const MAX_CURSOR_CHARS = 200;
const REALM = 'Bearer realm="notice-navigator-staff"';
const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const SinceSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'use an ISO date (2026-03-01, read as UTC midnight) or date-time (2026-03-01T09:00:00-05:00)',
  })
  .transform((value) => new Date(value));

const ReferenceSchema = z
  .string()
  .length(REFERENCE_CHARS)
  .regex(/^[A-Za-z0-9_-]+$/);

const FormatSchema = z.enum(['json', 'csv']);

export const ListQuerySchema = z
  .object({
    since: SinceSchema.optional(),
    urgency: UrgencySchema.optional(),
    status: IntakeStatusSchema.optional(),
    delivery: DeliveryStateSchema.optional(),
    handling: HandlingStateSchema.optional(),
    q: z.string().trim().min(1, 'search for at least one character').max(MAX_SEARCH_CHARS).optional(),
    cursor: z
      .string()
      .max(MAX_CURSOR_CHARS)
      .transform((value, ctx) => {
        const cursor = decodeCursor(value);
        if (cursor === undefined) {
          ctx.addIssue({ code: 'custom', message: 'use the nextCursor of a previous page' });
          return z.NEVER;
        }
        return cursor;
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
    format: FormatSchema.optional(),
  })
  .strict();

const OneQuerySchema = z.object({ format: FormatSchema.optional() }).strict();

export const HandlingChangeSchema = z
  .object(
    {
      handling: HandlingStateSchema.optional(),
      note: z.string().trim().min(1, 'write a note, or leave note out').max(MAX_NOTE_CHARS).optional(),
    },
    { error: 'send a JSON object such as {"handling": "contacted", "note": "Left a voicemail"}' },
  )
  .strict()
  .refine((change) => change.handling !== undefined || change.note !== undefined, {
    message: 'give handling, note, or both',
    path: ['handling'],
  });

type Format = z.infer<typeof FormatSchema>;

export function registerIntakeRoutes(server: Server, deps: IntakeRoutesDeps): void {
  const expected = deps.staffApiToken === undefined ? undefined : digest(deps.staffApiToken);
  const authorize = (req: Request, res: Response) => caller(req, res, expected, deps.staffSessions);

  server.get('/api/intakes', async (req: Request, res: Response) => {
    if (!(await authorize(req, res))) return;
    const query = ListQuerySchema.safeParse(queryOf(req));
    if (!query.success) {
      sendInvalid(res, query.error);
      return;
    }
    const { format, ...filters } = query.data;
    const rows = await fromStore(() => deps.store.list(filters));
    // The search term is a person's name, email or number: logged only as "there was one".
    const { q, cursor, ...logged } = filters;
    deps.logger?.info(
      {
        count: rows.length,
        filters: {
          ...logged,
          since: logged.since?.toISOString(),
          searched: q !== undefined,
          paged: cursor !== undefined,
        },
      },
      'staff listed intakes',
    );
    const next = nextCursor(rows, filters.limit);
    const shown = rows.map((row) => forStaff(row, deps.today()));
    send(res, chooseFormat(req, format), shown, { intakes: shown, ...(next ? { nextCursor: next } : {}) });
  });

  server.get('/api/intakes/:id', async (req: Request, res: Response) => {
    if (!(await authorize(req, res))) return;
    const query = OneQuerySchema.safeParse(queryOf(req));
    if (!query.success) {
      sendInvalid(res, query.error);
      return;
    }
    const key = (req.params as Record<string, unknown>).id;
    const found = await fromStore(() => findIntake(deps.store, key));
    if (found.length !== 1 || found[0] === undefined) {
      noStore(res);
      // Two intakes sharing a reference are rare: the caller is told to use the full id.
      if (found.length > 1)
        res.send(409, { error: 'ambiguous_reference', ids: found.map((f) => f.intake.id) });
      else res.send(404, { error: 'not_found' });
      return;
    }
    const intake = forStaff(found[0], deps.today());
    deps.logger?.info({ intakeId: intake.intake.id }, 'staff read an intake');
    send(res, chooseFormat(req, query.data.format), [intake], intake);
  });

  server.patch('/api/intakes/:id', async (req: Request, res: Response) => {
    const who = await authorize(req, res);
    if (!who) return;
    noStore(res);
    const id = IntakeIdSchema.safeParse((req.params as Record<string, unknown>).id);
    if (!id.success) {
      res.send(404, { error: 'not_found' });
      return;
    }
    const change = HandlingChangeSchema.safeParse(req.body);
    if (!change.success) {
      sendInvalid(res, change.error);
      return;
    }
    const updated = await fromStore(() =>
      deps.store.updateHandling(id.data, { ...change.data, by: who.by, at: deps.now() }),
    );
    if (updated === undefined) {
      res.send(404, { error: 'not_found' });
      return;
    }
    // A note is about the person: logged only as "there was one".
    deps.logger?.info(
      { intakeId: id.data, handling: change.data.handling, noted: change.data.note !== undefined },
      'staff updated an intake',
    );
    res.send(200, forStaff(updated, deps.today()));
  });

  server.post('/api/intakes/:id/redeliver', async (req: Request, res: Response) => {
    if (!(await authorize(req, res))) return;
    noStore(res);
    const id = IntakeIdSchema.safeParse((req.params as Record<string, unknown>).id);
    if (!id.success) {
      res.send(404, { error: 'not_found' });
      return;
    }
    const outcome = await fromStore(() => deps.store.redeliver(id.data, deps.now()));
    if (!outcome.ok) {
      res.send(outcome.code === 'not_found' ? 404 : 409, { error: outcome.code });
      return;
    }
    const stored = await fromStore(() => deps.store.get(id.data));
    deps.logger?.info({ intakeId: id.data }, 'staff sent a dead delivery again');
    res.send(202, { id: id.data, delivery: stored?.delivery });
  });
}

/** By full id, or by the reference the person quotes (the id's first characters). */
export async function findIntake(store: IntakeStore, key: unknown): Promise<StoredIntake[]> {
  const id = IntakeIdSchema.safeParse(key);
  if (id.success) {
    const found = await store.get(id.data);
    return found === undefined ? [] : [found];
  }
  const reference = ReferenceSchema.safeParse(key);
  return reference.success ? store.findByReference(reference.data) : [];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Who is calling: the machine token, or a signed-in staff member. */
type Caller = { by: string };

/**
 * The bearer token when one is presented (digests compared, not the tokens: equal lengths always, so
 * neither the comparison's time nor an early length check tells a caller anything about it); else a
 * staff session cookie, which must bring its CSRF token on anything but a read.
 */
async function caller(
  req: Request,
  res: Response,
  expected: Buffer | undefined,
  sessions: StaffCookies | undefined,
): Promise<Caller | undefined> {
  const header = req.header('authorization');
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  const presented = match?.[1];
  if (presented !== undefined && expected !== undefined && timingSafeEqual(digest(presented), expected))
    return { by: API_TOKEN_ACTOR };
  const session = header ? undefined : await sessions?.session(req);
  noStore(res);
  if (session) {
    if (req.method === 'GET' || validCsrf(session, req.header(CSRF_HEADER))) return { by: session.name };
    res.send(403, { error: 'csrf_token_required' });
    return undefined;
  }
  res.header('WWW-Authenticate', presented === undefined ? REALM : `${REALM}, error="invalid_token"`);
  res.send(401, { error: 'unauthorized' });
  return undefined;
}

/** Read from the URL itself, so the routes work with or without restify's queryParser. */
export function queryOf(req: Request): Record<string, string | string[]> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return query;
}

/** `?format=` wins; else CSV when the client ranks text/csv above JSON in Accept. */
function chooseFormat(req: Request, format: Format | undefined): Format {
  if (format) return format;
  const ranked = parseAccept(req.header('accept', ''));
  const csv = ranked.get('text/csv') ?? 0;
  const json = Math.max(
    ranked.get('application/json') ?? 0,
    ranked.get('application/*') ?? 0,
    ranked.get('*/*') ?? 0,
  );
  return csv > 0 && csv > json ? 'csv' : 'json';
}

function parseAccept(header: string): Map<string, number> {
  const ranked = new Map<string, number>();
  for (const range of header.split(',')) {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (!type) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    ranked.set(type, Number.isFinite(weight) ? weight : 0);
  }
  return ranked;
}

function send(res: Response, format: Format, rows: readonly StaffIntake[], json: unknown): void {
  noStore(res);
  res.header('Vary', 'Accept');
  if (format === 'csv') {
    res.header('Content-Type', CSV_CONTENT_TYPE);
    res.sendRaw(200, intakesToCsv(rows));
    return;
  }
  res.send(200, json);
}

/** Staff responses carry personal data: never cached by a browser or a proxy. */
function noStore(res: Response): void {
  res.header('Cache-Control', 'no-store');
}

function sendInvalid(res: Response, error: z.ZodError): void {
  noStore(res);
  res.send(400, { error: 'invalid_request', issues: issuesOf(error) });
}
