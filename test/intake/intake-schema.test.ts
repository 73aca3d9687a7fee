import { describe, expect, it } from 'vitest';
import {
  buildIntakeRecord,
  INTAKE_SCHEMA_VERSION,
  IntakeRecordSchema,
  MAX_DESCRIPTION_CHARS,
  newIntakeId,
  normalizeMobile,
  scrubIntake,
  type IntakeDraft,
} from '../../src/intake/intake-schema.ts';
import { sampleDraft, sampleRecord, START } from './intake-fixtures.ts';

describe('buildIntakeRecord', () => {
  it('makes a pending, versioned record with an unguessable id and a normalised mobile number', () => {
    const built = buildIntakeRecord(sampleDraft(), START);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.record).toMatchObject({
      schemaVersion: INTAKE_SCHEMA_VERSION,
      status: 'pending',
      createdAt: START.toISOString(),
      contact: { name: 'Dana Rivera', email: 'dana@example.com', mobile: '+12025550147' },
      notice: { code: 'CP14', date: '2026-03-02', taxYear: 2024, amountDue: 1200 },
      urgency: expect.any(String),
      conversation: { channelId: 'webchat', conversationId: 'conv-123' },
    });
    expect(built.record.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(built.record.deadlines.map((d) => d.id)).toEqual(['pay-interest-free']);
    expect(built.record.checklist.find((c) => c.id === 'notice')?.have).toBe(true);
    expect(built.record.checklist.find((c) => c.id === 'tax-return')?.have).toBe(false);
    expect(built.record.checklist.find((c) => c.id === 'contact-log')?.have).toBeNull();
    expect(built.redacted).toBe(false);
  });

  it('gives every intake a different id of 144 random bits', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newIntakeId()));
    expect(ids.size).toBe(2000);
    expect(Buffer.from([...ids][0] ?? '', 'base64url')).toHaveLength(18);
  });

  it('removes an SSN or bank number typed into the free text before it is stored', () => {
    const built = buildIntakeRecord(
      sampleDraft({
        description: 'My SSN is 123-45-6789 and they took money from account 123456789012.',
        preferredContact: { method: 'email', times: 'after 5, my ssn 078051120' },
      }),
      START,
    );
    if (!built.ok) throw new Error('expected a record');
    expect(built.redacted).toBe(true);
    expect(built.record.description).not.toMatch(/\d{4}/);
    expect(built.record.description).toContain('[SSN removed]');
    expect(built.record.preferredContact?.times).not.toContain('078051120');
  });

  const invalid: [string, Partial<IntakeDraft>, string][] = [
    ['no email and no mobile', { contact: { name: 'Dana' } }, 'contact.email'],
    ['a malformed email', { contact: { name: 'Dana', email: 'dana@' } }, 'contact.email'],
    ['a mobile number that is not one', { contact: { name: 'Dana', mobile: '12345' } }, 'contact.mobile'],
    ['an empty name', { contact: { name: '  ', email: 'dana@example.com' } }, 'contact.name'],
    [
      'a call preferred without a mobile number',
      { contact: { name: 'Dana', email: 'dana@example.com' }, preferredContact: { method: 'phone' } },
      'preferredContact.method',
    ],
    [
      'email preferred without an email address',
      { contact: { name: 'Dana', mobile: '2025550147' }, preferredContact: { method: 'email' } },
      'preferredContact.method',
    ],
    [
      'consent not given',
      { consent: { given: false, at: START.toISOString(), disclaimerVersion: 'v' } as never },
      'consent.given',
    ],
    ['a description that is too long', { description: 'x'.repeat(MAX_DESCRIPTION_CHARS + 1) }, 'description'],
    ['an unknown scam flag', { scamFlags: ['pigeon'] as never }, 'scamFlags.0'],
  ];
  it.each(invalid)('refuses %s, naming the field', (_, overrides, path) => {
    const built = buildIntakeRecord(sampleDraft(overrides), START);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.code).toBe('invalid_intake');
    expect(built.issues.map((issue) => issue.path)).toContain(path);
  });

  it('refuses fields it does not know (the record is versioned)', () => {
    const built = buildIntakeRecord({ ...sampleDraft(), ssn: '123-45-6789' }, START);
    expect(built.ok).toBe(false);
  });

  it('accepts a mobile number alone', () => {
    const built = buildIntakeRecord(
      sampleDraft({
        contact: { name: 'Dana', mobile: '+44 7700 900123' },
        preferredContact: { method: 'text' },
      }),
      START,
    );
    expect(built.ok && built.record.contact?.mobile).toBe('+447700900123');
  });
});

describe('normalizeMobile', () => {
  it.each([
    ['(202) 555-0147', '+12025550147'],
    ['202.555.0147', '+12025550147'],
    ['1 202 555 0147', '+12025550147'],
    ['+1 202-555-0147', '+12025550147'],
    ['+44 7700 900123', '+447700900123'],
    ['555-0147', undefined],
    ['+0 123 456 789', undefined],
    ['call me', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizeMobile(input)).toBe(expected);
  });
});

describe('IntakeRecordSchema', () => {
  it('allows missing contact details only on a deleted intake', () => {
    const record = sampleRecord();
    const scrubbed = scrubIntake(record, START);
    expect(IntakeRecordSchema.safeParse(scrubbed).success).toBe(true);
    expect(IntakeRecordSchema.safeParse({ ...scrubbed, status: 'delivered' }).success).toBe(false);
    expect(scrubbed).toMatchObject({
      contact: null,
      preferredContact: null,
      description: null,
      status: 'deleted',
    });
    expect(scrubbed.notice).toEqual(record.notice);
    expect(record.contact).not.toBeNull();
  });

  it('refuses another schema version', () => {
    expect(
      IntakeRecordSchema.safeParse({ ...sampleRecord(), schemaVersion: INTAKE_SCHEMA_VERSION + 1 }).success,
    ).toBe(false);
  });

  it('carries the language of the conversation, and no count of days left (it would grow stale)', () => {
    const record = sampleRecord();
    expect(record.locale).toBe('en');
    expect(record.deadlines.length).toBeGreaterThan(0);
    for (const deadline of record.deadlines) expect(deadline).not.toHaveProperty('daysLeft');
    const draft: Partial<IntakeDraft> = sampleDraft();
    delete draft.locale;
    expect(buildIntakeRecord(draft, START)).toMatchObject({ ok: false, issues: [{ path: 'locale' }] });
  });
});
