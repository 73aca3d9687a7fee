import type { Next, Request, Response, Server } from 'restify';
import type { z } from 'zod';
import { triage, TriageRequestSchema } from '../../knowledge/triage.ts';
import { messages } from '../../catalog/catalog.ts';
import { DEFAULT_LOCALE } from '../../catalog/locale.ts';
import type { IsoDate } from '../../knowledge/facts-schema.ts';

export type TriageRouteDeps = { today: () => IsoDate };

/** POST /api/triage (a public contract, in the README): the triage engine over JSON. */
export function registerTriageRoute(server: Server, deps: TriageRouteDeps): void {
  server.post('/api/triage', (req: Request, res: Response, next: Next) => {
    respond(req, res, deps);
    next();
  });
}

function respond(req: Request, res: Response, deps: TriageRouteDeps): void {
  if (!req.is('json')) {
    res.send(415, { error: 'unsupported_media_type' });
    return;
  }
  const parsed = TriageRequestSchema.safeParse(req.body);
  if (!parsed.success) {
    res.send(400, { error: 'invalid_request', issues: fieldIssues(parsed.error) });
    return;
  }
  const outcome = triage(parsed.data, deps.today());
  if (outcome.ok) {
    res.send(200, { ...outcome.result, disclaimer: messages(DEFAULT_LOCALE).disclaimer.full });
  } else if (outcome.code === 'unknown_notice') {
    res.send(422, {
      error: 'unknown_notice',
      noticeCode: parsed.data.noticeCode,
      message:
        'That code is not one this assistant knows. Check the code in the top or bottom right corner of the notice.',
      suggestions: outcome.suggestions,
    });
  } else if (outcome.code === 'facts_do_not_fit') {
    res.send(400, { error: 'invalid_request', issues: outcome.issues });
  } else {
    res.send(400, {
      error: 'invalid_request',
      issues: [
        { path: 'noticeDate', message: `the notice date ${outcome.noticeDate} is after ${outcome.asOf}` },
      ],
    });
  }
}

function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.flatMap((issue) =>
    // An unknown key is named as its own field (`printed.pay-later`), so the client sees which one.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), message: 'unknown field' }))
      : [{ path: issue.path.join('.'), message: issue.message }],
  );
}
