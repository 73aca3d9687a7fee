import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISCLAIMER_VERSION } from '../../src/guardrails/disclaimer.ts';
import {
  buildIntakeRecord,
  intakeFactsFromTriage,
  type IntakeDraft,
  type IntakeRecord,
} from '../../src/intake/intake-schema.ts';
import type { WebhookBody } from '../../src/intake/intake-store.ts';
import {
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  verifyWebhookSignature,
} from '../../src/intake/webhook-signature.ts';
import type { Urgency } from '../../src/knowledge/notices/notice-schema.ts';
import { triage } from '../../src/knowledge/triage.ts';

export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789abcdef';
export const START = new Date('2026-03-10T14:00:00.000Z');

/** A clock the test moves by hand, so retry schedules are exact and nothing sleeps. */
export class TestClock {
  #ms: number;
  constructor(start: Date = START) {
    this.#ms = start.getTime();
  }
  readonly now = (): Date => new Date(this.#ms);
  advance(ms: number): void {
    this.#ms += ms;
  }
}

/** What the intake dialog would hand over after a CP14 conversation (from the real triage function). */
export function sampleDraft(overrides: Partial<IntakeDraft> = {}): IntakeDraft {
  const outcome = triage(
    { noticeCode: 'CP14', noticeDate: '2026-03-02', amountDue: 1200, agrees: 'yes' },
    '2026-03-10',
  );
  if (!outcome.ok) throw new Error('the CP14 fixture no longer triages');
  const facts = intakeFactsFromTriage(outcome.result, {
    taxYear: 2024,
    amountDue: 1200,
    have: { notice: true, 'tax-return': false },
  });
  return {
    contact: { name: 'Dana Rivera', email: 'dana@example.com', mobile: '(202) 555-0147' },
    preferredContact: { method: 'email', times: 'weekday mornings' },
    description: 'I got this bill and I think I already paid part of it.',
    locale: 'en',
    consent: { given: true, at: '2026-03-10T13:59:00.000Z', disclaimerVersion: DISCLAIMER_VERSION },
    ...facts,
    agreement: 'yes',
    scamFlags: [],
    channel: 'webchat',
    conversation: { channelId: 'webchat', conversationId: 'conv-123' },
    ...overrides,
  };
}

export function sampleRecord(createdAt: Date = START, overrides: Partial<IntakeDraft> = {}): IntakeRecord {
  const built = buildIntakeRecord(sampleDraft(overrides), createdAt);
  if (!built.ok) throw new Error(`fixture draft is invalid: ${JSON.stringify(built.issues)}`);
  return built.record;
}

export function recordWithUrgency(urgency: Urgency, createdAt: Date): IntakeRecord {
  return sampleRecord(createdAt, { urgency });
}

export type ReceivedRequest = {
  key: string;
  event: string;
  intakeId: string;
  verified: boolean;
  status: number;
};

/** What the receiver does with the nth request (1-based) carrying a given Idempotency-Key. */
export type Behaviour = (nthForKey: number) => { status: number; delayMs?: number };

/**
 * A firm's receiver as the contract asks for one: verifies the signature over the raw body, answers 2xx
 * to a key it has already accepted without accepting it again, and keeps what it accepted.
 */
export type Receiver = {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  /** Accepted deliveries by Idempotency-Key (each key at most once). */
  accepted: Map<string, WebhookBody>;
  behaviour: Behaviour;
  close(): Promise<void>;
};

export const healthy: Behaviour = () => ({ status: 200 });

export async function startReceiver(
  options: { port?: number; behaviour?: Behaviour; now?: () => Date } = {},
): Promise<Receiver> {
  const seen = new Map<string, number>();
  const now = options.now ?? (() => new Date());
  const server: Server = createServer((req, res) => {
    void readBody(req).then(async (raw) => {
      const check = verifyWebhookSignature(
        WEBHOOK_SECRET,
        req.headers[SIGNATURE_HEADER.toLowerCase()] as string,
        raw,
        now(),
      );
      const key = String(req.headers[IDEMPOTENCY_HEADER.toLowerCase()] ?? '');
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      const body = JSON.parse(raw) as WebhookBody;
      const planned = check.ok ? receiver.behaviour(nth) : { status: 401 };
      if (planned.delayMs) await new Promise((resolve) => setTimeout(resolve, planned.delayMs));
      receiver.requests.push({
        key,
        event: body.event,
        intakeId: body.intake.id,
        verified: check.ok,
        status: planned.status,
      });
      if (planned.status >= 200 && planned.status < 300 && !receiver.accepted.has(key))
        receiver.accepted.set(key, body);
      if (res.destroyed) return;
      // Two calls, not a chain: restify (loaded by other tests) replaces writeHead with one returning nothing.
      res.writeHead(planned.status, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hooks/intake`,
    port,
    requests: [],
    accepted: new Map(),
    behaviour: options.behaviour ?? healthy,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}

/** A port nothing listens on right now (connections are refused), free to listen on later. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
