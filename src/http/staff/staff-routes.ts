import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { staffWords as w } from '../../catalog/staff.ts';
import { fromStore } from '../error-handling.ts';
import { findIntake, HandlingChangeSchema, ListQuerySchema, queryOf } from '../api/intake-routes.ts';
import { IntakeIdSchema, issuesOf } from '../../intake/intake-schema.ts';
import { nextCursor, type IntakeStore } from '../../intake/intake-store.ts';
import { forStaff } from '../../intake/staff-intake.ts';
import type { AlertSink } from '../../intake/intake-alerts.ts';
import type { IsoDate } from '../../knowledge/facts-schema.ts';
import { inboxPage, intakePage, messagePage, STAFF_STYLE_HASH } from './staff-pages.ts';
import { validCsrf, type StaffCookies, type StaffSession } from './staff-session.ts';
import type { StaffSignIn } from './staff-sign-in.ts';

/*
 * The firm's desk at /staff: sign in through the firm's identity provider, the inbox, an intake's page
 * with its handling and notes, and sending a dead delivery again. Pages are no-store, script-free, and
 * every change is a POST carrying the session's CSRF token.
 */

export type StaffRoutesDeps = {
  signIn: StaffSignIn;
  cookies: StaffCookies;
  store: IntakeStore;
  publicBaseUrl: string;
  /** The firm's Teams alerts, whose state the inbox shows; none when they are not set up. */
  alerts?: Pick<AlertSink, 'status'> | undefined;
  now: () => Date;
  today: () => IsoDate;
  logger: Pick<Logger, 'info' | 'warn'>;
};

const PAGE_SIZE = 50;

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src '${STAFF_STYLE_HASH}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const FormSchema = z.record(z.string(), z.unknown());

function html(res: Response, status: number, body: string): void {
  res.writeHead(status, HEADERS);
  res.end(body);
}

function redirect(res: Response, location: string, status = 303): void {
  res.writeHead(status, { location, 'cache-control': 'no-store' });
  res.end();
}

/** A form or query with its empty fields left out: an empty select means "any". */
function filled(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

export function registerStaffRoutes(server: Server, deps: StaffRoutesDeps): void {
  const signedIn = async (req: Request, res: Response): Promise<StaffSession | undefined> => {
    const session = await deps.cookies.session(req);
    if (!session) redirect(res, '/staff/login', 302);
    return session;
  };
  /** A change: signed in, and the form carries the session's CSRF token. */
  const changing = async (
    req: Request,
    res: Response,
  ): Promise<{ session: StaffSession; form: Record<string, unknown> } | undefined> => {
    const session = await signedIn(req, res);
    if (!session) return undefined;
    const form = FormSchema.safeParse(req.body);
    if (!form.success || !validCsrf(session, form.data.csrf)) {
      html(res, 403, messagePage(w.errors.title, [w.errors.csrf]));
      return undefined;
    }
    return { session, form: form.data };
  };

  server.get('/staff/login', async (_req: Request, res: Response) => {
    let started;
    try {
      started = await deps.signIn.start();
    } catch (err) {
      deps.logger.warn(
        { errType: (err as Error).name },
        'staff sign-in: the identity provider did not answer',
      );
      html(res, 503, messagePage(w.errors.title, [w.errors.unavailable]));
      return;
    }
    const { verifier, state, nonce } = started;
    deps.cookies.startLogin(res, { verifier, state, nonce });
    redirect(res, started.url.href, 302);
  });

  server.get('/staff/callback', async (req: Request, res: Response) => {
    const pending = deps.cookies.takeLogin(req, res);
    const again = { href: '/staff/login', text: w.errors.signInAgain };
    if (!pending) {
      html(res, 400, messagePage(w.errors.title, [w.errors.loginExpired], again));
      return;
    }
    try {
      const who = await deps.signIn.finish(new URL(req.url ?? '/', deps.publicBaseUrl), pending);
      deps.cookies.startSession(res, who);
    } catch (err) {
      // The error's type only: its message may quote the provider's answer.
      deps.logger.warn({ errType: (err as Error).name }, 'staff sign-in failed');
      html(res, 401, messagePage(w.errors.title, [w.errors.loginFailed], again));
      return;
    }
    deps.logger.info('staff signed in');
    redirect(res, '/staff');
  });

  server.post('/staff/logout', async (req: Request, res: Response) => {
    const change = await changing(req, res);
    if (!change) return;
    await deps.cookies.endSession(change.session, res);
    deps.logger.info('staff signed out');
    html(
      res,
      200,
      messagePage(w.signedOut.title, [w.signedOut.body], { href: '/staff/login', text: w.signedOut.again }),
    );
  });

  server.get('/staff', async (req: Request, res: Response) => {
    const session = await signedIn(req, res);
    if (!session) return;
    const query = ListQuerySchema.safeParse({ ...filled(queryOf(req)), limit: PAGE_SIZE });
    if (!query.success || query.data.format !== undefined) {
      const problems = query.success ? [] : issuesOf(query.error).map((i) => `${i.path}: ${i.message}`);
      html(
        res,
        400,
        messagePage(w.errors.title, [w.errors.invalid, ...problems], { href: '/staff', text: w.intake.back }),
      );
      return;
    }
    const filters = query.data;
    const rows = await fromStore(() => deps.store.list(filters));
    const next = nextCursor(rows, filters.limit);
    const shown = {
      q: filters.q,
      urgency: filters.urgency,
      handling: filters.handling,
      delivery: filters.delivery,
      since: filters.since,
    };
    const older = next
      ? new URLSearchParams(
          filled({
            q: shown.q ?? '',
            urgency: shown.urgency ?? '',
            handling: shown.handling ?? '',
            delivery: shown.delivery ?? '',
            since: shown.since?.toISOString() ?? '',
            cursor: next,
          }) as Record<string, string>,
        ).toString()
      : undefined;
    deps.logger.info({ count: rows.length, searched: shown.q !== undefined }, 'staff opened the inbox');
    html(
      res,
      200,
      inboxPage({
        who: session.name,
        csrf: session.csrf,
        rows: rows.map((row) => forStaff(row, deps.today())),
        filters: shown,
        olderHref: older,
        alerts: await deps.alerts?.status(),
      }),
    );
  });

  server.get('/staff/intakes/:id', async (req: Request, res: Response) => {
    const session = await signedIn(req, res);
    if (!session) return;
    const found = await fromStore(() => findIntake(deps.store, (req.params as Record<string, unknown>).id));
    if (found.length !== 1 || found[0] === undefined) {
      const lines =
        found.length > 1 ? [w.errors.ambiguous, ...found.map((f) => f.intake.id)] : [w.errors.notFound];
      html(res, 404, messagePage(w.errors.title, lines, { href: '/staff', text: w.intake.back }));
      return;
    }
    deps.logger.info({ intakeId: found[0].intake.id }, 'staff opened an intake');
    html(res, 200, intakePage(forStaff(found[0], deps.today()), session.csrf));
  });

  server.post('/staff/intakes/:id', async (req: Request, res: Response) => {
    const change = await changing(req, res);
    if (!change) return;
    const id = IntakeIdSchema.safeParse((req.params as Record<string, unknown>).id);
    const parsed = HandlingChangeSchema.safeParse(
      filled({ handling: change.form.handling, note: change.form.note }),
    );
    if (!id.success || !parsed.success) {
      const problems = parsed.success ? [] : issuesOf(parsed.error).map((i) => `${i.path}: ${i.message}`);
      html(
        res,
        400,
        messagePage(w.errors.title, [w.errors.invalid, ...problems], { href: '/staff', text: w.intake.back }),
      );
      return;
    }
    const updated = await fromStore(() =>
      deps.store.updateHandling(id.data, { ...parsed.data, by: change.session.name, at: deps.now() }),
    );
    if (!updated) {
      html(
        res,
        404,
        messagePage(w.errors.title, [w.errors.notFound], { href: '/staff', text: w.intake.back }),
      );
      return;
    }
    deps.logger.info(
      { intakeId: id.data, handling: parsed.data.handling, noted: parsed.data.note !== undefined },
      'staff updated an intake',
    );
    redirect(res, `/staff/intakes/${id.data}`);
  });

  server.post('/staff/intakes/:id/redeliver', async (req: Request, res: Response) => {
    if (!(await changing(req, res))) return;
    const id = IntakeIdSchema.safeParse((req.params as Record<string, unknown>).id);
    const outcome = id.success ? await fromStore(() => deps.store.redeliver(id.data, deps.now())) : undefined;
    if (!id.success || !outcome?.ok) {
      const notDead = outcome?.ok === false && outcome.code === 'not_dead';
      html(
        res,
        notDead ? 409 : 404,
        messagePage(w.errors.title, [notDead ? w.errors.notDead : w.errors.notFound], {
          href: '/staff',
          text: w.intake.back,
        }),
      );
      return;
    }
    deps.logger.info({ intakeId: id.data }, 'staff sent a dead delivery again');
    redirect(res, `/staff/intakes/${id.data}`);
  });
}
