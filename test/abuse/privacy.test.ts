import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp, type Composed } from '../../src/bot/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { redTeamCases } from '../guardrails/fixtures/red-team.ts';
import { ExpectRepliesClient } from '../support/direct-client.ts';

/*
 * The privacy proof: whole conversations in which people type SSNs, ITINs, card, bank and PIN numbers (at
 * prompts, in questions, in the consultation description) run through the real app over HTTP, with the
 * state and intakes in SQLite files and every log line (debug level) in a file. Then the raw bytes of all
 * three are scanned: no SSN, card or account number, and no configured secret, may be found anywhere.
 */

const TODAY = '2026-03-10';
const SECRETS = {
  MicrosoftAppPassword: 'app-password-SECRET-3d1f0a9c',
  STAFF_API_TOKEN: 'staff-token-SECRET-8b2e77c4f1a04d2b9e',
  INTAKE_WEBHOOK_SECRET: 'webhook-secret-SECRET-5c9d1e2f3a4b5c6d',
  OPENAI_API_KEY: 'sk-test-SECRET-7a6b5c4d3e2f1a0b',
};

/** Every number the red-team PII cases type, as typed and as bare digits. */
const PII_TEXTS = redTeamCases.flatMap((c) => (c.route === 'redaction' ? [c.text] : []));
/** More of the same in other shapes: Luhn-valid cards (Amex, Discover, Visa), SSNs, an ITIN, a routing number. */
const EXTRA_PII = [
  'my amex is 3782 822463 10005 and my discover 6011-1111-1111-1117',
  'ssn: 536-22-1234. itin 9OO? no, itin 987-70-1234',
  'card 4012888888881881 routing 121000358 checking account 12345678901',
  'my identity protection pin is 772211',
];
const SENSITIVE_VALUES = [
  '123-45-6789',
  '078051120',
  '912 78 3456',
  '4111 1111 1111 1111',
  '4111111111111111',
  '5555555555554444',
  '021000021',
  '000123456789',
  '4432178890',
  '482913',
  '120934',
  '219 09 9999',
  '457-55-5462',
  '321-54-9876',
  '9876543210',
  '011000015',
  '3782 822463 10005',
  '378282246310005',
  '6011-1111-1111-1117',
  '6011111111111117',
  '536-22-1234',
  '987-70-1234',
  '4012888888881881',
  '121000358',
  '12345678901',
  '772211',
];

const SSN_PATTERN = /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g;
/** Card-shaped runs (issuer prefixes of Visa, Mastercard, Amex, Discover), kept only if Luhn-valid. */
const CARD_PATTERN = /\b(?:4|5[1-5]|3[47]|6(?:011|5))(?:[ -]?\d){11,17}\b/g;
const ACCOUNT_PATTERN = /\b(?:account|acct|routing)\b[^0-9\n]{0,20}\d{6,17}\b/gi;

function luhnValid(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}

type Scan = { ssn: string[]; card: string[]; account: string[]; typedValues: string[]; secrets: string[] };

function scan(text: string): Scan {
  const digitsOnly = text.replace(/[^0-9]/g, ' ');
  return {
    ssn: text.match(SSN_PATTERN) ?? [],
    card: (text.match(CARD_PATTERN) ?? []).filter(luhnValid),
    account: text.match(ACCOUNT_PATTERN) ?? [],
    typedValues: SENSITIVE_VALUES.filter(
      (value) => text.includes(value) || new RegExp(`\\b${value.replace(/\D/g, '')}\\b`).test(digitsOnly),
    ),
    secrets: Object.entries(SECRETS).flatMap(([name, value]) => (text.includes(value) ? [name] : [])),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-privacy-'));
const statePath = join(dir, 'state.sqlite');
const intakePath = join(dir, 'intakes.sqlite');
const logPath = join(dir, 'app.log');
let app: Composed;
let url: string;

beforeAll(async () => {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'debug',
    STATE_SQLITE_PATH: statePath,
    INTAKE_SQLITE_PATH: intakePath,
    PUBLIC_BASE_URL: 'https://bot.example.test',
    // The paraphrase model is configured but unreachable: its failures are logged too.
    OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
    OPENAI_TIMEOUT_MS: '300',
    INTAKE_WEBHOOK_URL: 'http://127.0.0.1:9/intakes',
    INTAKE_DISPATCH_INTERVAL_MS: '100',
    // One conversation here sends every red-team message back to back, faster than any person types.
    CONVERSATION_RATE_LIMIT_PER_MINUTE: '0',
    ...SECRETS,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const destination = pino.destination({ dest: logPath, sync: true });
  const logger = createLogger('debug', destination);
  logger.debug({ config: loaded.config }, 'configuration loaded');
  app = composeApp(loaded.config, logger, () => TODAY);
  app.start();
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  url = `http://127.0.0.1:${app.server.address().port}`;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function converse(texts: readonly string[]): Promise<number> {
  const client = new ExpectRepliesClient(url);
  for (const text of texts) await client.send(text);
  return texts.length;
}

const TRIAGE_TO_RESULT = ['CP14', '3/2/2026', 'yes', '$1,200', 'no'];

describe('privacy proof: no SSN, card or account number and no secret at rest or in the logs', () => {
  it('runs the conversations, then finds nothing in the log file, the state file or the intake file', async () => {
    let turns = 0;
    const pii = [...PII_TEXTS, ...EXTRA_PII];
    // At the very first prompt, and as free questions after a result.
    for (const text of pii) turns += await converse([text]);
    turns += await converse([...TRIAGE_TO_RESULT, ...pii]);
    // At each triage prompt: the code, the date, the agreement and the amount.
    for (const [i, text] of pii.entries()) {
      const step = i % 4;
      turns += await converse([
        ...TRIAGE_TO_RESULT.slice(0, step + 1),
        text,
        ...TRIAGE_TO_RESULT.slice(step),
      ]);
    }
    // Every other red-team message, so refusals and scam warnings are logged as they happen too.
    turns += await converse(redTeamCases.map((c) => c.text));
    // Through to a consultation request with the numbers in the name, the times and the description.
    for (const text of pii.slice(0, 6)) {
      turns += await converse([
        ...TRIAGE_TO_RESULT,
        'Book a consultation',
        'Sam Lee',
        'sam@example.com',
        `mornings, ${text}`,
        text,
        'all',
        'yes',
      ]);
    }
    // The triage API with a number where the notice code goes.
    for (const text of pii.slice(0, 5)) {
      const response = await fetch(`${url}/api/triage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ noticeCode: text.slice(0, 60), noticeDate: '2026-03-02' }),
      });
      expect(response.status).toBeLessThan(500);
    }
    const staff = await fetch(`${url}/api/intakes`, {
      headers: { authorization: `Bearer ${SECRETS.STAFF_API_TOKEN}` },
    });
    const intakeCount = ((await staff.json()) as { intakes: unknown[] }).intakes.length;
    await app.close();

    const files = readdirSync(dir).map((name) => join(dir, name));
    const results = files.map((file) => ({
      file,
      bytes: readFileSync(file),
      scan: scan(readFileSync(file).toString('latin1')),
    }));
    process.stdout.write(
      [
        `privacy: ${turns} turns, ${pii.length} PII messages, ${intakeCount} intakes stored`,
        ...results.map(
          (r) =>
            `  ${r.file.slice(dir.length + 1)} (${r.bytes.length} bytes): ssn ${r.scan.ssn.length}, card ${r.scan.card.length}, ` +
            `account ${r.scan.account.length}, typed values ${r.scan.typedValues.length}, secrets ${r.scan.secrets.length}`,
        ),
        '',
      ].join('\n'),
    );

    // The scan looked at real data: the log is busy, both stores hold what the conversations left.
    const log = readFileSync(logPath, 'utf8');
    expect(log.split('\n').length).toBeGreaterThan(100);
    expect(log).toContain('[secret]');
    expect(intakeCount).toBeGreaterThanOrEqual(1);
    expect(results.find((r) => r.file === intakePath)?.bytes.toString('latin1')).toContain('sam@example.com');

    for (const r of results) {
      expect({ file: r.file, ...r.scan }).toEqual({
        file: r.file,
        ssn: [],
        card: [],
        account: [],
        typedValues: [],
        secrets: [],
      });
    }
  }, 120_000);

  it('the scanner finds what it looks for (so a clean result means something)', () => {
    const dirty = `x 123-45-6789 y 4111 1111 1111 1111 z account #4432178890 ${SECRETS.OPENAI_API_KEY}`;
    const found = scan(dirty);
    expect(found.ssn).toEqual(['123-45-6789']);
    expect(found.card).toEqual(['4111 1111 1111 1111']);
    expect(found.account).toEqual(['account #4432178890']);
    expect(found.typedValues).toEqual(['123-45-6789', '4111 1111 1111 1111', '4432178890']);
    expect(found.secrets).toEqual(['OPENAI_API_KEY']);
    expect(scan('4111 1111 1111 1112').card).toEqual([]);
  });
});
