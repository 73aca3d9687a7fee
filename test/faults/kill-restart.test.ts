import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/config.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startTestApp } from '../support/test-app.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from '../scale/server-process.ts';

const CONVERSATIONS = 30;
/** SIGKILL once this many turns have been acknowledged: about half of all of them. */
const KILL_AFTER_ACKS = 70;
const TIME_ZONE = 'America/New_York';
const DAY_MS = 24 * 60 * 60 * 1000;
const PROBE = 'zzz';

const [year, month, day] = todayIn(TIME_ZONE, new Date(Date.now() - 2 * DAY_MS)).split('-');
const TRANSCRIPT = ['hello', 'CP14', `${Number(month)}/${Number(day)}/${year}`, 'yes', '$1,200'];

const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lastText = (replies: BotReply[]) => replies.at(-1)?.text ?? '';

type Progress = { client: ExpectRepliesClient; acknowledged: number; inFlight: boolean };

/** What the probe gets after the first `steps` turns of the transcript: it names where a conversation stands. */
async function probeReferences(): Promise<string[]> {
  const reference = await startTestApp({ today: todayIn(TIME_ZONE, new Date()), env: { TIME_ZONE } });
  try {
    const answers: string[] = [];
    for (let steps = 1; steps <= TRANSCRIPT.length; steps += 1) {
      const client = new ExpectRepliesClient(reference.url);
      for (const text of TRANSCRIPT.slice(0, steps)) await client.send(text);
      answers.push(lastText(await client.send(PROBE)));
    }
    return answers;
  } finally {
    await reference.close();
  }
}

describe('kill -9 under load with the SQLite default, then a restart on the same file', () => {
  let server: ServerProcess | undefined;
  afterAll(() => killServerProcess(server));

  it('continues every conversation from its last acknowledged turn', async () => {
    const references = await probeReferences();
    expect(new Set(references).size).toBe(TRANSCRIPT.length); // each step answers the probe differently
    const env = {
      STATE_SQLITE_PATH: join(dir, 'state.sqlite'),
      INTAKE_SQLITE_PATH: join(dir, 'intakes.sqlite'),
      TIME_ZONE,
      LOG_LEVEL: 'warn',
    };
    server = await startServerProcess(env);
    const first = server;
    let acknowledged = 0;
    let killed = false;
    const progress: Progress[] = Array.from({ length: CONVERSATIONS }, () => ({
      client: new ExpectRepliesClient(first.url),
      acknowledged: 0,
      inFlight: false,
    }));
    await Promise.all(
      progress.map(async (conversation) => {
        for (const text of TRANSCRIPT) {
          if (killed) return;
          conversation.inFlight = true;
          try {
            await conversation.client.send(text);
          } catch {
            return; // the server died under this turn: not acknowledged
          }
          conversation.inFlight = false;
          conversation.acknowledged += 1;
          acknowledged += 1;
          if (acknowledged === KILL_AFTER_ACKS) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      }),
    );
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });

    server = await startServerProcess(env);
    const second = server;
    const outcomes = await Promise.all(
      progress.map(async ({ client, acknowledged: steps, inFlight }) => {
        const resumed = new ExpectRepliesClient(second.url);
        Object.assign(resumed, { conversationId: client.conversationId });
        const probe = lastText(await resumed.send(PROBE));
        // A turn cut off by the kill may or may not have been saved; an acknowledged one always was.
        const allowed = [steps, ...(inFlight ? [steps + 1] : [])].filter((s) => s >= 1);
        return { steps, inFlight, at: references.indexOf(probe) + 1, allowed };
      }),
    );
    const started = outcomes.filter((o) => o.steps > 0);
    process.stdout.write(
      `kill -9: ${acknowledged} turns acknowledged over ${started.length} conversations, ` +
        `${outcomes.filter((o) => o.inFlight).length} turns cut off\n`,
    );
    expect(started.length).toBeGreaterThan(CONVERSATIONS / 2);
    for (const outcome of started) expect(outcome.allowed).toContain(outcome.at);
  }, 120_000);
});
