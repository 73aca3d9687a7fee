import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** What answers POST /api/messages in a scenario: a bare JSON handler, a minimal bot, or the product. */
export const SERVER_KINDS = ['restify', 'echo', 'bot'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

type ScriptTurn = {
  text: string;
  /** The product's reply to this message: some message of the turn must match. */
  expect: RegExp;
  /** When given, the matching message must carry this `channelData.guidance.route`. */
  route?: string;
};

/**
 * One whole triage conversation (CP14, agree, $1,200, cannot pay now), as the HTTP test runs it. Every
 * scenario sends these same messages, so the baselines see the same request count and comparable bodies.
 * With today fixed at 2026-03-10 the interest-free payment date is Monday, March 23, 2026.
 */
export const SCRIPT: readonly ScriptTurn[] = [
  { text: 'hello', expect: /notice code/i },
  { text: 'CP14', expect: /What date/ },
  { text: '3/2/2026', expect: /Do you agree/ },
  { text: 'yes', expect: /How much/ },
  { text: '$1,200', expect: /pay the full balance now/ },
  { text: 'no', expect: /March 23, 2026/, route: 'triage' },
];

const ReplyActivitySchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  channelData: z.looseObject({ guidance: z.looseObject({ route: z.string() }).optional() }).optional(),
});
type ReplyActivity = z.infer<typeof ReplyActivitySchema>;

/** The body of an `expectReplies` answer (and of the restify baseline, which mimics it). */
const ExpectedRepliesSchema = z.object({ activities: z.array(ReplyActivitySchema) });

export type ReplyCheck = { ok: true } | { ok: false; problem: string };

/** The activity a Bot Framework channel would post, with replies requested in the HTTP response. */
export function messageActivity(conversationId: string, text: string): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    timestamp: new Date().toISOString(),
    conversation: { id: conversationId },
    from: { id: 'bench-user', name: 'Bench User' },
    recipient: { id: 'bench-bot', name: 'Notice Navigator' },
    deliveryMode: 'expectReplies',
    text,
  };
}

/** What the echo bot answers to the n-th message (0-based) of a conversation: its state counter and the text. */
export function echoText(turnIndex: number, text: string): string {
  return `${turnIndex + 1}: ${text}`;
}

/** Whether the replies to the message `SCRIPT[turnIndex]` are what this kind of server must answer. */
export function checkReplies(kind: ServerKind, turnIndex: number, body: unknown): ReplyCheck {
  const turn = SCRIPT[turnIndex];
  if (!turn) return { ok: false, problem: `no script turn ${turnIndex}` };
  const parsed = ExpectedRepliesSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: 'the body is not an expectReplies answer' };
  const messages = parsed.data.activities.filter((a) => a.type === 'message');
  const texts = messages.map((m) => m.text ?? '');
  const expected = expectation(kind, turnIndex, turn);
  if (messages.some(expected)) return { ok: true };
  return {
    ok: false,
    problem: `turn ${turnIndex + 1} "${turn.text}": unexpected replies ${JSON.stringify(texts.map(shorten))}`,
  };
}

function expectation(kind: ServerKind, turnIndex: number, turn: ScriptTurn): (m: ReplyActivity) => boolean {
  switch (kind) {
    case 'restify':
      return (m) => m.text === turn.text;
    case 'echo':
      return (m) => m.text === echoText(turnIndex, turn.text);
    case 'bot':
      return (m) =>
        turn.expect.test(m.text ?? '') &&
        (turn.route === undefined || m.channelData?.guidance?.route === turn.route);
  }
}

const SHOWN_CHARS = 80;

function shorten(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}
