import { afterAll, describe, expect, it } from 'vitest';
import { conversationStateKey, deleteRedisKeys } from '../support/server-transcripts.ts';
import { hasService, serviceUrls } from '../support/services.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from '../scale/server-process.ts';
import {
  complete,
  expectResumedAtAcknowledged,
  loadUntilKilled,
  probeStandings,
  referenceAnswers,
  resultText,
  TIME_ZONE,
} from './support/kill-under-load.ts';

const CASE_LINK = /\/cases\/([\w-]+)/g;

describe.skipIf(!(await hasService('redis')))(
  'kill -9 of one of two instances sharing Redis, under load',
  () => {
    const servers: ServerProcess[] = [];
    /** This test's keys in the shared Redis (random ids, so no other test's): conversations and the cases saved. */
    const conversationIds: string[] = [];
    const caseTokens = new Set<string>();

    afterAll(async () => {
      await Promise.all(servers.map((server) => killServerProcess(server)));
      await deleteRedisKeys([
        ...conversationIds.map(conversationStateKey),
        ...[...caseTokens].map((token) => `cases::${token}`),
      ]);
    });

    it('continues every conversation on the survivor and a replacement from its last acknowledged turn to the result', async () => {
      const env = {
        REDIS_URL: serviceUrls.redis,
        INTAKE_SQLITE_PATH: ':memory:',
        TIME_ZONE,
        LOG_LEVEL: 'warn',
      };
      const start = async () => {
        const server = await startServerProcess(env);
        servers.push(server);
        return server;
      };
      const [references, a, b] = await Promise.all([referenceAnswers(), start(), start()]);

      // Turns alternate between the instances. The kill takes the one with more turns in flight, so it
      // likely cuts some off (not surely: under CPU load most answers are already on their way back).
      let survivor = a;
      let victim = b;
      const { progress, acknowledged } = await loadUntilKilled(
        (conversation, turn) => ((conversation + turn) % 2 === 0 ? a : b).url,
        (now) => {
          const onA = now.filter(
            (p, conversation) => p.inFlight && (conversation + p.acknowledged) % 2 === 0,
          );
          if (onA.length > now.filter((p) => p.inFlight).length - onA.length) [survivor, victim] = [b, a];
          victim.child.kill('SIGKILL');
        },
      );
      conversationIds.push(...progress.map((conversation) => conversation.conversationId));
      expect(await victim.exited).toMatchObject({ signal: 'SIGKILL' });

      // Every conversation's next turn goes to the survivor, alone for now.
      const standings = await probeStandings(progress, references, () => survivor.url);
      expectResumedAtAcknowledged('kill -9 of one Redis instance', acknowledged, standings);

      // Then a replacement joins, and the rest of each triage alternates between the two.
      const replacement = await start();
      const after = [survivor.url, replacement.url];
      const results = await Promise.all(
        standings.map(async (standing, conversation) => {
          const replies = await complete(standing, (turn) => after[(conversation + turn) % 2] ?? '');
          for (const reply of replies) {
            for (const [, token] of (reply.text ?? '').matchAll(CASE_LINK)) if (token) caseTokens.add(token);
          }
          return resultText(replies);
        }),
      );
      const right = results.filter((result) => result === references.result).length;
      process.stdout.write(
        `after the kill: ${right}/${results.length} triages completed to the right result\n`,
      );
      expect(right).toBe(results.length);
    }, 60_000);
  },
);
