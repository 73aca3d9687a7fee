import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { intakesToCsv } from '../../intake/intake-csv.ts';
import { IntakeIdSchema, IntakeStatusSchema, issuesOf } from '../../intake/intake-schema.ts';
import { DeliveryStateSchema, type IntakeStore, type StoredIntake } from '../../intake/intake-store.ts';
import { UrgencySchema } from '../../knowledge/notices/notice-schema.ts';
import { fromStore } from '../error-handling.ts';

/*
 * The staff API over stored intakes: GET /api/intakes (filters since, urgency, status, delivery, limit)
 * and GET /api/intakes/:id, as JSON or CSV (`Accept: text/csv` or `?format=csv`), behind
 * `Authorization: Bearer <STAFF_API_TOKEN>`. Without a configured token every request is refused.
 * POST /api/intakes/:id/redeliver sends a dead delivery again (202; 409 `not_dead` for any other).
 */

export type IntakeRoutesDeps = {
  store: IntakeStore;
  staffApiToken: string | undefined;
  now: () => Date;
  logger?: Pick<Logger, 'info'>;
};

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;
const REALM = 'Bearer realm="notice-navigator-staff"';
const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const SinceSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'use an ISO date (2026-03-01, read as UTC midnight) or date-time (2026-03-01T09:00:00-05:00)',
  })
  .transform((value) => new Date(value));

const FormatSchema = z.enum(['json', 'csv']);

const ListQuerySchema = z
  .object({
    since: SinceSchema.optional(),
    urgency: UrgencySchema.optional(),
    status: IntakeStatusSchema.optional(),
    delivery: DeliveryStateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
    format: FormatSchema.optional(),
  })
  .strict();

const OneQuerySchema = z.object({ format: FormatSchema.optional() }).strict();

type Format = z.infer<typeof FormatSchema>;

export function registerIntakeRoutes(server: Server, deps: IntakeRoutesDeps): void {
  const expected = deps.staffApiToken === undefined ? undefined : digest(deps.staffApiToken);

  server.get('/api/intakes', async (req: Request, res: Response) => {
    if (!authorize(req, res, expected)) return;
    const query = ListQuerySchema.safeParse(queryOf(req));
    if (!query.success) {
      sendInvalid(res, query.error);
      return;
    }
    const { format, ...filters } = query.data;
    const rows = await fromStore(() => deps.store.list(filters));
    deps.logger?.info(
      { count: rows.length, filters: { ...filters, since: filters.since?.toISOString() } },
      'staff listed intakes',
    );
    send(res, chooseFormat(req, format), rows, { intakes: rows });
  });

  server.get('/api/intakes/:id', async (req: Request, res: Response) => {
    if (!authorize(req, res, expected)) return;
    const query = OneQuerySchema.safeParse(queryOf(req));
    if (!query.success) {
      sendInvalid(res, query.error);
      return;
    }
    const params = req.params as Record<string, unknown>;
    const id = IntakeIdSchema.safeParse(params.id);
    const found = id.success ? await fromStore(() => deps.store.get(id.data)) : undefined;
    if (found === undefined) {
      noStore(res);
      res.send(404, { error: 'not_found' });
      return;
    }
    deps.logger?.info({ intakeId: found.intake.id }, 'staff read an intake');
    send(res, chooseFormat(req, query.data.format), [found], found);
  });

  server.post('/api/intakes/:id/redeliver', async (req: Request, res: Response) => {
    if (!authorize(req, res, expected)) return;
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

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Compares digests, not the tokens: equal lengths always, so neither the comparison's time nor an early
 * length check tells a caller anything about the token.
 */
function authorize(req: Request, res: Response, expected: Buffer | undefined): boolean {
  const header = req.header('authorization');
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  const presented = match?.[1];
  if (presented !== undefined && expected !== undefined && timingSafeEqual(digest(presented), expected))
    return true;
  noStore(res);
  res.header('WWW-Authenticate', presented === undefined ? REALM : `${REALM}, error="invalid_token"`);
  res.send(401, { error: 'unauthorized' });
  return false;
}

/** Read from the URL itself, so the routes work with or without restify's queryParser. */
function queryOf(req: Request): Record<string, string | string[]> {
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

function send(res: Response, format: Format, rows: readonly StoredIntake[], json: unknown): void {
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
