import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeStore } from '../../src/intake/intake-store.ts';
import { sampleRecord, START } from './intake-fixtures.ts';
import { sqliteSubject } from './intake-store-subjects.ts';

/*
 * "Delete my data" on the embedded store, proved on the bytes: after a deletion, the person's details are
 * in neither the database file nor its write-ahead log (free pages and old page versions included),
 * while another person's intake, still stored, is found by the same scan.
 */

const GONE = { name: 'Quinn Erasable', email: 'quinn.erasable@example.com', mobile: '(202) 555-0199' };
const KEPT = { name: 'Robin Keeper', email: 'robin.keeper@example.com' };
const GONE_WORDS = 'my landlord Zephyrine wrote to me about this';

function fileBytes(path: string): string {
  return [path, `${path}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n');
}

describe('SQLite intake store: a deletion leaves no trace in the files', () => {
  let subject: ReturnType<typeof sqliteSubject>;
  let store: IntakeStore;
  beforeEach(async () => {
    subject = sqliteSubject();
    store = subject.open();
    await store.create(sampleRecord(START, { contact: KEPT }));
  });
  afterEach(() => subject.dispose());

  const LATER = new Date(START.getTime() + 1000);
  const gone = () => sampleRecord(LATER, { contact: GONE, description: GONE_WORDS });

  function expectGone(): void {
    const bytes = fileBytes(subject.path);
    // The scan sees stored text: the other intake is there, in the clear.
    expect(bytes).toContain(KEPT.email);
    for (const secret of [GONE.name, GONE.email, GONE.mobile, GONE_WORDS])
      expect(bytes).not.toContain(secret);
  }

  it('removed before any attempt: neither the row nor its queued event remains', async () => {
    const record = gone();
    await store.create(record);
    expect(fileBytes(subject.path)).toContain(GONE.email);
    expect(await store.deleteForPerson(record.id, START)).toEqual({ ok: true, outcome: 'removed' });
    expectGone();
  });

  it('scrubbed after a dead delivery: only the case facts remain', async () => {
    const record = gone();
    await store.create(record);
    const claimed = (await store.claimDue(LATER, 10)).find((m) => m.intakeId === record.id);
    if (!claimed) throw new Error('nothing claimed');
    await store.markDead(claimed, { attempts: 1, lastError: 'HTTP 500', at: LATER });
    expect(await store.deleteForPerson(record.id, LATER)).toMatchObject({ ok: true, outcome: 'scrubbed' });
    expectGone();
  });
});
