import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import {
  conversationStateKey,
  deleteRedisKeys,
  SERVER_TIME_ZONE,
  TO_CONSENT,
} from '../support/server-transcripts.ts';
import { hasService, serviceUrls } from '../support/services.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from './server-process.ts';

/*
 * The production picture (two instances, state in Redis, intakes in PostgreSQL) with the consent sent
 * twice at the same moment, once to each instance: both turns start at the consent question, and the
 * firm must still get exactly one intake.
 */

const RACES = 10;
const SENT = /Your reference is \*\*([\w-]{8})\*\*/;
const CONFLICT = /crossed with another one/;

const texts = (replies: BotReply[]) => replies.map((r) => r.text ?? '').join('\n');

const available = (await hasService('redis')) && (await hasService('postgres'));

describe.skipIf(!available)('one intake per consent, however often it arrives', () => {
  const database = `intake_once_${randomBytes(6).toString('hex')}`;
  let admin: pg.Client;
  let direct: pg.Client;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  const conversationIds: string[] = [];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serviceUrls.postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const databaseUrl = new URL(serviceUrls.postgres);
    databaseUrl.pathname = `/${database}`;
    direct = new pg.Client({ connectionString: databaseUrl.toString() });
    await direct.connect();
    const env = {
      REDIS_URL: serviceUrls.redis,
      DATABASE_URL: databaseUrl.toString(),
      TIME_ZONE: SERVER_TIME_ZONE,
    };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([killServerProcess(a), killServerProcess(b)]);
    await direct.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    await deleteRedisKeys(conversationIds.map(conversationStateKey));
  });

  it('stores one intake when the consent lands on both instances at once', async () => {
    const outcomes = { bothConfirmed: 0, oneAskedAgain: 0 };
    await Promise.all(
      Array.from({ length: RACES }, async () => {
        const onA = new ExpectRepliesClient(a?.url ?? '');
        const onB = new ExpectRepliesClient(b?.url ?? '', onA.conversationId);
        conversationIds.push(onA.conversationId);
        let replies: BotReply[] = [];
        for (const text of TO_CONSENT) replies = await onA.send(text);
        expect(texts(replies)).toMatch(/May I send your case summary/);

        const answers = (await Promise.all([onA.send('yes'), onB.send('yes')])).map(texts);
        const references = answers.flatMap((text) => SENT.exec(text)?.[1] ?? []);
        if (answers.some((text) => CONFLICT.test(text))) outcomes.oneAskedAgain += 1;
        else outcomes.bothConfirmed += 1;
        // Whoever confirmed gave the same reference: the intake stored.
        expect(references.length).toBeGreaterThanOrEqual(1);
        expect(new Set(references).size).toBe(1);

        const { rows } = await direct.query<{ id: string; events: string }>(
          `SELECT i.id, (SELECT count(*) FROM intake_outbox o WHERE o.intake_id = i.id) AS events
           FROM intakes i WHERE i.record->'conversation'->>'conversationId' = $1`,
          [onA.conversationId],
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]?.id.slice(0, 8)).toBe(references[0]);
        expect(Number(rows[0]?.events)).toBe(1);
      }),
    );
    process.stdout.write(`double consent: ${JSON.stringify(outcomes)}\n`);
    expect(outcomes.bothConfirmed + outcomes.oneAskedAgain).toBe(RACES);
  }, 90_000);
});
