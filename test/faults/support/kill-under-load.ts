import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { todayIn } from '../../../src/config.ts';
import { ExpectRepliesClient, type BotReply } from '../../support/direct-client.ts';
import { SERVER_TIME_ZONE as TIME_ZONE, typedNoticeDate } from '../../support/server-transcripts.ts';
import { startTestApp } from '../../support/test-app.ts';

/**
 * What the kill -9 tests share: a load of triages cut by a SIGKILL, bookkeeping of which turns the
 * clients saw acknowledged, and a probe that tells where each conversation stands afterwards.
 */

/** Triages running at once when the server is killed. */
export const CONVERSATIONS = 30;
/** SIGKILL once this many turns have been acknowledged: about half of all of them. */
export const KILL_AFTER_ACKS = 70;
export { TIME_ZONE };
/** Answers no question: every step asks its own question again, so the reply names the step. */
const PROBE = 'zzz';

/** A triage up to its last question; each turn moves a conversation one step on. */
export const TRANSCRIPT = ['hello', 'CP14', typedNoticeDate(2), 'yes', '$1,200'];
/** The answer to the last question ("Could you pay the full balance now?"), which brings the result. */
const LAST_ANSWER = 'no';

const lastText = (replies: BotReply[]) => replies.at(-1)?.text ?? '';

/** The result without its per-conversation case links, which differ by design. */
export const resultText = (replies: BotReply[]) =>
  (replies[0]?.text ?? '').replace(/https?:\/\/\S+/g, '<link>');

/** A client posting into an existing conversation, through whichever instance `url` is. */
function clientOn(url: string, conversationId: string): ExpectRepliesClient {
  return new ExpectRepliesClient(url, conversationId);
}

export type References = {
  /** Index n: what the probe answers after the first n turns (0: a conversation with no state). */
  probes: string[];
  /** A completed triage's result, links masked. */
  result: string;
};

/** The probe answers and the result from one in-process instance with the same "today". */
export async function referenceAnswers(): Promise<References> {
  const reference = await startTestApp({ today: todayIn(TIME_ZONE, new Date()), env: { TIME_ZONE } });
  try {
    const probes: string[] = [];
    for (let steps = 0; steps <= TRANSCRIPT.length; steps += 1) {
      const client = new ExpectRepliesClient(reference.url);
      for (const text of TRANSCRIPT.slice(0, steps)) await client.send(text);
      probes.push(lastText(await client.send(PROBE)));
    }
    const client = new ExpectRepliesClient(reference.url);
    let replies: BotReply[] = [];
    for (const text of [...TRANSCRIPT, LAST_ANSWER]) replies = await client.send(text);
    const references = { probes, result: resultText(replies) };
    expect(new Set(probes).size).toBe(probes.length); // each step answers the probe differently
    expect(references.result).toMatch(/^\*\*\w+, \w+ \d+, \d{4}\*\*: open, \d+ days left\n[\s\S]*Next step/);
    return references;
  } finally {
    await reference.close();
  }
}

export type Progress = { conversationId: string; acknowledged: number; inFlight: boolean };

/**
 * Runs CONVERSATIONS triages at once, turn `t` of conversation `c` through `urlFor(c, t)`, and calls
 * `kill` when the KILL_AFTER_ACKS-th turn is acknowledged (conversation `c` then has turn
 * `progress[c].acknowledged` in flight, if `inFlight`). No conversation starts a turn after that; one
 * the kill cut off stays `inFlight`.
 */
export async function loadUntilKilled(
  urlFor: (conversation: number, turn: number) => string,
  kill: (progress: readonly Progress[]) => void,
): Promise<{ progress: Progress[]; acknowledged: number }> {
  let acknowledged = 0;
  let killed = false;
  const progress: Progress[] = Array.from({ length: CONVERSATIONS }, () => ({
    conversationId: `test-${randomUUID()}`,
    acknowledged: 0,
    inFlight: false,
  }));
  await Promise.all(
    progress.map(async (conversation, index) => {
      for (const [turn, text] of TRANSCRIPT.entries()) {
        if (killed) return;
        conversation.inFlight = true;
        try {
          await clientOn(urlFor(index, turn), conversation.conversationId).send(text);
        } catch {
          return; // the server died under this turn: not acknowledged
        }
        conversation.inFlight = false;
        conversation.acknowledged += 1;
        acknowledged += 1;
        if (acknowledged === KILL_AFTER_ACKS) {
          killed = true;
          kill(progress);
        }
      }
    }),
  );
  return { progress, acknowledged };
}

/** `at`: the step the probe names (-1 for an answer no step gives); `allowed`: the steps it may be. */
export type Standing = Progress & { at: number; allowed: number[] };

/** Probes every conversation once, conversation `c` through `urlFor(c)`. */
export async function probeStandings(
  progress: Progress[],
  references: References,
  urlFor: (conversation: number) => string,
): Promise<Standing[]> {
  return Promise.all(
    progress.map(async (conversation, index) => {
      const probe = lastText(await clientOn(urlFor(index), conversation.conversationId).send(PROBE));
      const steps = conversation.acknowledged;
      // A turn cut off by the kill may or may not have been saved; an acknowledged one always was.
      const allowed = conversation.inFlight ? [steps, steps + 1] : [steps];
      return { ...conversation, at: references.probes.indexOf(probe), allowed };
    }),
  );
}

/** Prints what the kill left and checks that every conversation stands where its acknowledged turns put it. */
export function expectResumedAtAcknowledged(
  label: string,
  acknowledged: number,
  standings: Standing[],
): void {
  const count = (test: (standing: Standing) => boolean) => standings.filter(test).length;
  process.stdout.write(
    `${label}: turns acknowledged ${KILL_AFTER_ACKS} at the kill, ${acknowledged} in all, over ` +
      `${count((s) => s.acknowledged > 0)} conversations; turns cut off ${count((s) => s.inFlight)}; ` +
      `conversations resumed ${standings.length} (${count((s) => s.at === s.acknowledged)} at their last ` +
      `acknowledged turn, ${count((s) => s.at === s.acknowledged + 1)} one beyond it: a cut-off turn that was saved)\n`,
  );
  expect(count((s) => s.acknowledged > 0)).toBeGreaterThan(CONVERSATIONS / 2);
  expect(standings.filter((s) => !s.allowed.includes(s.at))).toEqual([]);
}

/** Takes a probed conversation from where it stands to the result, turn `t` through `urlFor(t)`. */
export async function complete(standing: Standing, urlFor: (turn: number) => string): Promise<BotReply[]> {
  // A probe into a conversation with no state started the triage, as the greeting would have.
  const from = Math.max(standing.at, 1);
  let replies: BotReply[] = [];
  for (const [offset, text] of [...TRANSCRIPT.slice(from), LAST_ANSWER].entries()) {
    replies = await clientOn(urlFor(from + offset), standing.conversationId).send(text);
  }
  return replies;
}
