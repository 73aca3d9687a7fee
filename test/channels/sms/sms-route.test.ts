import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp } from '../../../src/bot/compose.ts';
import { messages } from '../../../src/catalog/catalog.ts';
import { hashPhoneNumber } from '../../../src/channels/sms/sms-identity.ts';
import { fitsInMessage, segmentCount, smsEncoding } from '../../../src/channels/sms/sms-text.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { NOTICE_PAGES } from '../../reading/support/notice-pages.ts';
import { FixtureRenderer } from '../../reading/support/rendered-fixtures.ts';
import { hasService } from '../../support/services.ts';

const smsCopy = messages('en').sms;
const disclaimers = messages('en').disclaimer;

const TODAY = '2026-03-10';
const AUTH_TOKEN = 'twilio-auth-token-for-the-tests-01';
/** What Twilio is configured to post to: not the loopback address the test server listens on. */
const PUBLIC_URL = 'https://navigator.example.com/api/sms';
const HASH_SECRET = 'hash-secret-for-the-sms-tests-0123456789';
const ACCOUNT_SID = `AC${'5'.repeat(32)}`;
const OUR_NUMBER = '+15550001111';
const SMS_ENV = { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SMS_PUBLIC_URL: PUBLIC_URL, SMS_HASH_SECRET: HASH_SECRET };

const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-sms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
const freshSqlitePath = () => join(dir, `state-${(fileCount += 1)}.sqlite`);

type SmsApp = { url: string; sqlitePath: string; logs: string[]; close(): Promise<void> };

/** The whole product on a loopback port with the SMS channel on, SQLite state, and its log lines captured. */
async function startSmsApp(env: Record<string, string> = SMS_ENV, today = TODAY): Promise<SmsApp> {
  const sqlitePath = freshSqlitePath();
  const loaded = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug', STATE_SQLITE_PATH: sqlitePath, ...env });
  if (!loaded.ok) throw new Error(`test config: ${loaded.errors.join('; ')}`);
  const logs: string[] = [];
  const logger = createLogger('debug', {
    write: (line: string) => {
      logs.push(line);
    },
  });
  const app = composeApp(loaded.config, logger, () => today);
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = app.server.address();
  return { url: `http://127.0.0.1:${port}`, sqlitePath, logs, close: () => app.close() };
}

async function withSmsApp(run: (app: SmsApp) => Promise<void>): Promise<void> {
  const app = await startSmsApp();
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

type Reply = { status: number; body: string; messages: string[] };

/** Reads Twilio's <Message> bodies back out of the TwiML answer. */
function parseTwiml(xml: string): string[] {
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response(\/>|>[\s\S]*<\/Response>)$/);
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map(([, body]) =>
    (body ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

type SendOptions = {
  sid?: string;
  /** null: no X-Twilio-Signature header at all. */
  signature?: string | null;
  /** Fields sent, after signing: to tamper with a signed request. */
  tamper?: Record<string, string>;
  contentType?: string;
  fields?: Record<string, string>;
};

/** A person's phone texting the Twilio number: Twilio's real webhook fields, signed by Twilio's own code. */
class Phone {
  readonly number: string;
  private readonly app: SmsApp;

  constructor(app: SmsApp, number: string) {
    this.app = app;
    this.number = number;
  }

  get conversationId(): string {
    return hashPhoneNumber(this.number, HASH_SECRET);
  }

  webhookFields(body: string, sid: string): Record<string, string> {
    return {
      ToCountry: 'US',
      ToState: 'NY',
      SmsMessageSid: sid,
      NumMedia: '0',
      ToCity: 'NEW YORK',
      FromZip: '62704',
      SmsSid: sid,
      FromState: 'IL',
      SmsStatus: 'received',
      FromCity: 'SPRINGFIELD',
      Body: body,
      FromCountry: 'US',
      To: OUR_NUMBER,
      ToZip: '10001',
      NumSegments: '1',
      MessageSid: sid,
      AccountSid: ACCOUNT_SID,
      From: this.number,
      ApiVersion: '2010-04-01',
    };
  }

  async text(body: string, options: SendOptions = {}): Promise<Reply> {
    const sid = options.sid ?? newSid();
    const fields = options.fields ?? this.webhookFields(body, sid);
    const signature =
      options.signature === undefined
        ? twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL, fields)
        : options.signature;
    const response = await fetch(`${this.app.url}/api/sms`, {
      method: 'POST',
      headers: {
        'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
        ...(signature === null ? {} : { 'x-twilio-signature': signature }),
      },
      body: new URLSearchParams({ ...fields, ...options.tamper }).toString(),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text,
      messages: response.status === 200 ? parseTwiml(text) : [],
    };
  }

  /** Texts and expects a 200 with at least one message; returns the last one. */
  async say(body: string): Promise<string> {
    const reply = await this.text(body);
    expect(reply.status).toBe(200);
    expect(reply.messages.length).toBeGreaterThan(0);
    return reply.messages.at(-1) ?? '';
  }
}

const newSid = () => `SM${randomBytes(16).toString('hex')}`;
let phoneCount = 0;
/** A fresh 555 number per phone, so conversations never share state. */
const newPhone = (app: SmsApp) => new Phone(app, `+1555${String(10_000_000 + (phoneCount += 1)).slice(1)}`);

/** Every key and value in the state file, as written. */
function storedRows(app: SmsApp): { key: string; value: string }[] {
  // The store opens its file on first use: no file yet means nothing was ever stored.
  if (!existsSync(app.sqlitePath)) return [];
  const db = new DatabaseSync(app.sqlitePath, { readOnly: true });
  try {
    return db.prepare('SELECT key, value FROM keyv ORDER BY key').all() as { key: string; value: string }[];
  } finally {
    db.close();
  }
}

const keysOf = (app: SmsApp, conversationId: string) =>
  storedRows(app)
    .map((row) => row.key)
    .filter((key) => key.includes(conversationId));

const conversationStateKey = (phone: Phone) => `notice-navigator:sms/conversations/${phone.conversationId}/`;

/** Every byte of the SQLite file and its WAL: deleted rows can linger in free pages, so scan them too. */
function storageBytes(app: SmsApp): string {
  const file = app.sqlitePath.split('/').at(-1) ?? '';
  return readdirSync(dir)
    .filter((name) => [file, `${file}-wal`, `${file}-shm`].includes(name))
    .map((name) => readFileSync(join(dir, name)).toString('latin1'))
    .join('\n');
}

const MARKDOWN = /\*\*|(^|\s)\*\S|\S\*(\s|$)|(^|\s)_\S|\S_(\s|$)|^#{1,6}\s|^\s*[-+*]\s/m;

function expectSmsSized(messages: readonly string[]): void {
  expect(messages.length).toBeLessThanOrEqual(10);
  for (const message of messages) {
    expect(smsEncoding(message)).toBe('gsm7');
    expect(fitsInMessage(message)).toBe(true);
    expect(segmentCount(message)).toBeLessThanOrEqual(3);
    // Links are left as they are (a case token may end in `_`); everything else must be plain text.
    expect(message.replace(/https?:\/\/\S+/g, '<link>')).not.toMatch(MARKDOWN);
  }
}

function sentLines(
  app: SmsApp,
): { outcome?: string; routes?: string[]; conversation?: string; msg?: string }[] {
  return app.logs.map((line) => JSON.parse(line) as { outcome?: string; routes?: string[]; msg?: string });
}

describe('POST /api/sms (Twilio webhook)', () => {
  /**
   * A person who tells the whole story in one text, then answers whatever is still asked, until the
   * result: the replies to each of their texts, in order.
   */
  const ENGLISH_TRIAGE = {
    story: "I got a CP14 dated 3/2/2026 saying I owe $1,200. It's right, but I can't pay it all now.",
    answers: [
      [/Reply 1 options, 2 documents, 3 talk to a person$/, ''],
      [/is that right\?/i, 'yes'],
      [/What is the notice code\?/, 'CP14'],
      [/What date is printed on the notice\?/, '3/2/2026'],
      [/Do you agree/, 'yes'],
      [/How much does the notice say you owe\?/, '$1,200'],
      [/outside the United States\?/, 'no'],
      [/Could you pay the full balance now\?/, 'no'],
    ],
  } as const;
  // The same story in Spanish, answered as the texts arrive (without á, í, ó or ú: SMS copy drops them).
  const SPANISH_TRIAGE = {
    story:
      'Recibi un aviso CP14 con fecha 2 de marzo de 2026, debo $1,200. Estoy de acuerdo, pero no puedo pagarlo todo ahora.',
    answers: [
      [/Responda 1 opciones, 2 documentos, 3 hablar con una persona$/, ''],
      [/es correcto\?/i, 'si'],
      [/Cual es el codigo|codigo del aviso/i, 'CP14'],
      [/fecha trae impresa/, '2 de marzo de 2026'],
      [/de acuerdo/, 'si'],
      [/Cuanto dice el aviso/, '$1,200'],
      [/fuera de los Estados Unidos\?/, 'no'],
      [/pagar ahora el saldo completo\?/, 'no'],
    ],
  } as const;

  async function cp14TriageInOneMessage(
    phone: Phone,
    { story, answers }: { story: string; answers: readonly (readonly [RegExp, string])[] } = ENGLISH_TRIAGE,
  ): Promise<string[][]> {
    const replies: string[][] = [];
    let body: string = story;
    for (let turn = 0; turn < 8; turn += 1) {
      const reply = await phone.text(body);
      expect(reply.status).toBe(200);
      expectSmsSized(reply.messages);
      replies.push(reply.messages);
      const last = reply.messages.at(-1) ?? '';
      const next = answers.find(([asked]) => asked.test(last));
      expect(next, `an answer to: ${last}`).toBeDefined();
      if (next?.[1] === '') return replies;
      body = next?.[1] ?? '';
    }
    throw new Error('no result after eight texts');
  }

  it('runs a whole CP14 triage by text: the date and next step in one text of two segments, the rest on request', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      const replies = await cp14TriageInOneMessage(phone);
      expect(replies[0]?.[0]).toMatch(new RegExp(`^${smsCopy.firstContact.replace(/[.?]/g, '\\$&')}\n\n`));

      // The result is one text: the date that matters first, then the next step and the menu.
      const result = replies.at(-1) ?? [];
      expect(result).toHaveLength(1);
      const [summary = ''] = result;
      expect(summary).toBe(
        [
          'CP14: Pay the full balance of this bill by Monday, March 23, 2026 (13 days left).',
          'Next step: Ask for a short-term payment plan.',
          smsCopy.result.disclaimer,
          smsCopy.result.menu,
        ].join('\n'),
      );
      expect(segmentCount(summary)).toBeLessThanOrEqual(2);
      // The consultation offer is not a question left waiting in an unsent text: "3" answers it.
      expect(summary).not.toMatch(/Would you like/);

      const all = replies.flat();
      const segments = all.reduce((sum, message) => sum + segmentCount(message), 0);
      const encodings = [...new Set(all.map(smsEncoding))].join('+');
      console.log(
        `CP14 triage by SMS, told in one message: ${replies.length} texts sent, ${all.length} received, ${segments} segments (${encodings})`,
      );
      expect(segments).toBeLessThanOrEqual(8);

      // The reply trace stays on the activities: the turn that answered carried the triage guidance.
      const lastTurn = sentLines(app)
        .filter((l) => l.msg === 'sms handled' && l.outcome === 'turn')
        .at(-1);
      expect(lastTurn?.routes).toEqual(['triage', 'prompt']);

      // 1 and 2 are the parts left out, each with the menu again; neither moves the conversation.
      const options = await phone.text('1');
      expectSmsSized(options.messages);
      const optionsText = options.messages.map((m) => m.replace(/^\d+\/\d+ /, '')).join('\n');
      expect(optionsText).toMatch(/^What you can do, in order:\n1\. Ask for a short-term payment plan\n2\. /);
      expect(optionsText).toMatch(/Printable summary: https?:\/\/\S+\/cases\/\S+/);
      expect(options.messages.at(-1)).toMatch(/Reply 1 options, 2 documents, 3 talk to a person$/);
      const documents = await phone.text('2');
      expectSmsSized(documents.messages);
      expect(documents.messages.map((m) => m.replace(/^\d+\/\d+ /, '')).join('\n')).toMatch(
        /^Documents to gather:\nThe notice itself[\s\S]*\nReply 1 options, 2 documents, 3 talk to a person$/,
      );
      const details = sentLines(app).filter((l) => l.msg === 'sms handled' && l.outcome === 'details');
      expect(details).toHaveLength(2);

      // 3 is the consultation the offer was about: it goes on to ask for a name.
      expect(await phone.say('3')).toMatch(/What name should the professional use for you\?/);
    });
  });

  it('runs the same triage in Spanish, all of it GSM-7, and reports its segments against the English one', async () => {
    await withSmsApp(async (app) => {
      const segmentsOf = (replies: string[][]) => replies.flat().reduce((sum, m) => sum + segmentCount(m), 0);
      const english = await cp14TriageInOneMessage(newPhone(app));
      const phone = newPhone(app);
      expect((await phone.text('español')).messages.join('\n')).toMatch(/espa(n|ñ)ol/i);
      const spanish = await cp14TriageInOneMessage(phone, SPANISH_TRIAGE);
      const result = spanish.at(-1)?.[0] ?? '';
      // The deadline's name is the catalog's Spanish wording of its id, without á, í, ó or ú.
      expect(result).toMatch(
        /^CP14: Pague el saldo completo de esta factura a mas tardar el lunes, 23 de marzo de 2026 \(quedan 13 dias\)\.\n/,
      );
      expect(result).toContain(messages('es').sms.result.menu);
      // Every Spanish text is GSM-7: one accent in UCS-2 would cut a segment from 153 to 67 characters.
      expect([...new Set(spanish.flat().map(smsEncoding))]).toEqual(['gsm7']);
      console.log(
        `CP14 triage by SMS, one story: English ${english.length} texts sent, ${segmentsOf(english)} segments; Spanish ${spanish.length} texts sent, ${segmentsOf(spanish)} segments`,
      );
      expect(segmentsOf(spanish)).toBeLessThanOrEqual(segmentsOf(english) + 2);
    });
  });

  it('costs about the same segments for a whole triage asked question by question in Spanish as in English, all GSM-7', async () => {
    await withSmsApp(async (app) => {
      // Each question answered in turn, then "1" (the options) and "2" (the documents): all a person reads.
      const triage = async (texts: readonly string[]) => {
        const phone = newPhone(app);
        const replies: string[] = [];
        for (const text of texts) {
          const reply = await phone.text(text);
          expectSmsSized(reply.messages);
          replies.push(...reply.messages);
        }
        return replies;
      };
      const english = await triage(['CP14', '3/2/2026', 'yes', '$1,200', 'no', '1', '2']);
      const spanish = await triage(['español', 'CP14', '2 de marzo de 2026', 'si', '$1,200', 'no', '1', '2']);
      const spanishText = spanish.join('\n');
      expect(spanishText).toContain(
        'CP14: Pague el saldo completo de esta factura a mas tardar el lunes, 23 de marzo',
      );
      expect(spanishText).toMatch(/1\. Pida un plan de pagos a corto plazo\n/);
      expect(spanishText).toContain('El aviso mismo: todas las paginas');
      expect(spanishText).not.toMatch(/Pay the full balance|The notice itself/);
      // GSM-7 throughout: the Spanish copy and wordings lose á, í, ó and ú on the way out.
      expect([...new Set([...english, ...spanish].map(smsEncoding))]).toEqual(['gsm7']);
      const segments = (texts: readonly string[]) => texts.reduce((sum, t) => sum + segmentCount(t), 0);
      // What the same Spanish texts would cost as UCS-2, had one accent been left in each.
      const asUcs2 = spanish.reduce((sum, t) => sum + (t.length <= 70 ? 1 : Math.ceil(t.length / 67)), 0);
      console.log(
        `CP14 triage by SMS, question by question with options and documents: English ${english.length} texts, ${segments(english)} segments (GSM-7); Spanish ${spanish.length} texts, ${segments(spanish)} segments (GSM-7), ${asUcs2} as UCS-2`,
      );
      expect(segments(spanish)).toBeLessThanOrEqual(Math.ceil(segments(english) * 1.5));
    });
  });

  it('maps a numbered reply back to the choice it stands for', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      await phone.say('CP14');
      await phone.say('3/2/2026');
      // 7 is not on offer: it reaches the dialog as typed, which asks again with the only-a-number hint.
      expect(await phone.say('7')).toMatch(/^I see only a number there\.[\s\S]*Reply 1, 2, 3 or 4$/);
      expect(await phone.say('1')).toMatch(/^How much does the notice say you owe\?/);
      // Without choices on offer, "1" is an answer like any other (here an amount of $1).
      expect(await phone.say('1')).toMatch(/^Could you pay the full balance now\?[\s\S]*Reply 1 or 2$/);
      // "1" was "Yes, I can pay in full": paying is the next step.
      expect(await phone.say('1')).toMatch(
        /^CP14: Pay the full balance of this bill by Monday, March 23, 2026 \(13 days left\)\.\nNext step: Pay/,
      );
    });
  });

  type Forgery = (fields: Record<string, string>, app: SmsApp) => Pick<SendOptions, 'signature' | 'tamper'>;
  const signed = (token: string, url: string, fields: Record<string, string>) =>
    twilio.getExpectedTwilioSignature(token, url, fields);
  it.each<[string, Forgery]>([
    ['no signature', () => ({ signature: null })],
    ['an empty signature', () => ({ signature: '' })],
    [
      'a signature made with another token',
      (f) => ({ signature: signed(`${AUTH_TOKEN}-old`, PUBLIC_URL, f) }),
    ],
    [
      'a signature for the loopback URL, not the public one',
      (f, app) => ({ signature: signed(AUTH_TOKEN, `${app.url}/api/sms`, f) }),
    ],
    ['a body changed after signing', () => ({ tamper: { Body: 'CP2000' } })],
    ['a sender changed after signing', () => ({ tamper: { From: '+15559990000' } })],
  ])('refuses %s with 403, and the bot does not run', async (_name, forge) => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      expect(await phone.say('CP14')).toMatch(/What date is printed/);
      const before = storedRows(app);
      const logsBefore = app.logs.length;

      const sid = newSid();
      const refused = await phone.text('3/2/2026', {
        sid,
        ...forge(phone.webhookFields('3/2/2026', sid), app),
      });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body)).toEqual({ error: 'forbidden' });
      expect(storedRows(app)).toEqual(before);
      expect(
        sentLines(app)
          .slice(logsBefore)
          .some((l) => l.msg === 'sms handled'),
      ).toBe(false);

      // The conversation is exactly where it was: the date is still the open question.
      expect(await phone.say('3/2/2026')).toMatch(/^Do you agree/);
    });
  });

  it('accepts only form bodies', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      const fields = phone.webhookFields('CP14', newSid());
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL, fields);
      for (const [contentType, body] of [
        ['application/json', JSON.stringify(fields)],
        ['text/plain', new URLSearchParams(fields).toString()],
      ] as const) {
        const response = await fetch(`${app.url}/api/sms`, {
          method: 'POST',
          headers: { 'content-type': contentType, 'x-twilio-signature': signature },
          body,
        });
        expect(response.status).toBe(415);
        expect(await response.json()).toEqual({ error: 'unsupported_media_type' });
      }
      expect(keysOf(app, phone.conversationId)).toEqual([]);
    });
  });

  it('answers 400 with the fields at fault when a signed webhook lacks what it needs', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      const fields: Record<string, string> = { ...phone.webhookFields('CP14', newSid()), MessageSid: 'SM1' };
      delete fields.From;
      const reply = await phone.text('CP14', { fields });
      expect(reply.status).toBe(400);
      const body = JSON.parse(reply.body) as { error: string; issues: { path: string }[] };
      expect(body.error).toBe('invalid_request');
      expect(body.issues.map((i) => i.path).sort()).toEqual(['From', 'MessageSid']);
    });
  });

  it('STOP deletes the conversation and silences the number; START resumes', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      await phone.say('CP14');
      await phone.say('3/2/2026');
      expect(keysOf(app, phone.conversationId)).toContain(conversationStateKey(phone));

      const stop = await phone.text('STOP');
      expect(stop.status).toBe(200);
      expect(stop.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
      // Only the opt-out flag is left, under the hashed id.
      expect(keysOf(app, phone.conversationId)).toEqual([
        `notice-navigator:sms-channel/opt-outs/${phone.conversationId}`,
      ]);

      // ("yes" is not among them: like Twilio, the channel takes YES from an opted-out number as START.)
      for (const body of ['hello', 'CP14', 'HELP', 'more', '1']) {
        const silenced = await phone.text(body);
        expect(silenced.status).toBe(200);
        expect(silenced.messages).toEqual([]);
      }
      expect(keysOf(app, phone.conversationId)).toEqual([
        `notice-navigator:sms-channel/opt-outs/${phone.conversationId}`,
      ]);

      expect(await phone.text('START')).toMatchObject({ status: 200, messages: [smsCopy.welcomeBack] });
      expect(keysOf(app, phone.conversationId)).not.toContain(
        `notice-navigator:sms-channel/opt-outs/${phone.conversationId}`,
      );
      // The earlier answers are gone: the date is not taken as an answer to "do you agree".
      expect(await phone.say('3/2/2026')).toMatch(/What is the notice code\?/);
      // The date typed in the new conversation is one of its facts: it is not asked again.
      expect(await phone.say('LT11')).toMatch(/Do you agree/);
    });
  });

  it.each(['STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit', 'stop.'])(
    '%s opts out like STOP; UNSTOP and YES opt back in',
    async (word) => {
      await withSmsApp(async (app) => {
        const phone = newPhone(app);
        await phone.say('CP14');
        expect((await phone.text(word)).messages).toEqual([]);
        expect((await phone.text('3/2/2026')).messages).toEqual([]);
        expect(keysOf(app, phone.conversationId)).not.toContain(conversationStateKey(phone));
        const rejoin = word === 'END' ? 'YES' : 'UNSTOP';
        expect((await phone.text(rejoin)).messages).toEqual([smsCopy.welcomeBack]);
        expect(await phone.say('CP14')).toMatch(/What date is printed/);
      });
    },
  );

  it('HELP says who we are, what we do, the disclaimer and how to stop, and the question stays open', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      await phone.say('CP14');
      const help = await phone.text('help');
      expect(help.messages).toEqual([smsCopy.help(disclaimers.short)]);
      const [text] = help.messages;
      expect(text).toMatch(/^Notice Navigator /);
      expect(text).toMatch(/IRS balance-due notices/);
      expect(text).toContain('not legal or tax advice');
      expect(text).toMatch(/STOP to opt out\.$/);
      expectSmsSized(help.messages);
      expect((await phone.text('INFO')).messages).toEqual([smsCopy.help(disclaimers.short)]);
      expect(await phone.say('3/2/2026')).toMatch(/^Do you agree/);
    });
  });

  it('answers a redelivered MessageSid with empty TwiML and no second turn', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      const sid = newSid();
      expect((await phone.text('CP14', { sid })).messages[0]).toMatch(/What date is printed/);
      const before = storedRows(app);

      const again = await phone.text('CP14', { sid });
      expect(again.status).toBe(200);
      expect(again.messages).toEqual([]);
      expect(storedRows(app)).toEqual(before);
      // Both copies at once: one turn answers, the other is recognised as the same message.
      const sid2 = newSid();
      const both = await Promise.all([
        phone.text('3/2/2026', { sid: sid2 }),
        phone.text('3/2/2026', { sid: sid2 }),
      ]);
      expect(both.map((r) => r.messages.length).sort()).toEqual([0, 1]);
      expect(both.flatMap((r) => r.messages)).toEqual([expect.stringMatching(/^Do you agree/)]);
      const outcomes = sentLines(app)
        .filter((l) => l.msg === 'sms handled' && l.conversation === phone.conversationId)
        .map((l) => l.outcome);
      expect(outcomes).toEqual(['turn', 'duplicate', 'turn', 'duplicate']);
    });
  });

  it('never stores or logs the phone number, nor what Twilio says about where it is', async () => {
    await withSmsApp(async (app) => {
      const phone = newPhone(app);
      await phone.say('CP14');
      await phone.say('3/2/2026');
      await phone.say('HELP');
      await phone.text('9');
      await phone.text('STOP');
      await phone.text('START');
      await phone.say('LT11');
      await phone.text('x', { signature: null });

      const local = phone.number.slice(2); // without +1
      const stored = storedRows(app)
        .map((row) => `${row.key} ${row.value}`)
        .join('\n');
      const bytes = storageBytes(app);
      const logs = app.logs.join('');
      expect(stored).toContain(phone.conversationId);
      expect(logs).toContain(phone.conversationId);
      expect(logs).toContain('sms handled');
      for (const haystack of [stored, bytes, logs]) {
        expect(haystack).not.toContain(local);
        expect(haystack).not.toContain(OUR_NUMBER.slice(2));
        expect(haystack).not.toContain('SPRINGFIELD');
        expect(haystack).not.toContain('62704');
      }
    });
  });

  it('is not served without TWILIO_AUTH_TOKEN', async () => {
    const app = await startSmsApp({});
    try {
      const response = await fetch(`${app.url}/api/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Body=hi',
      });
      expect(response.status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('SMS configuration', () => {
  it.each([
    ['SMS_PUBLIC_URL', { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SMS_HASH_SECRET: HASH_SECRET }],
    ['SMS_HASH_SECRET', { TWILIO_AUTH_TOKEN: AUTH_TOKEN, SMS_PUBLIC_URL: PUBLIC_URL }],
  ])('requires %s with TWILIO_AUTH_TOKEN', (variable, env) => {
    const loaded = loadConfig(env);
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.errors).toContain(`${variable}: is required with TWILIO_AUTH_TOKEN`);
  });

  it.each([
    ['a short hash secret', { ...SMS_ENV, SMS_HASH_SECRET: 'short' }, 'SMS_HASH_SECRET'],
    [
      'a public URL that is not http(s)',
      { ...SMS_ENV, SMS_PUBLIC_URL: 'ftp://x.example.com/api/sms' },
      'SMS_PUBLIC_URL',
    ],
  ])('refuses %s', (_name, env, variable) => {
    const loaded = loadConfig(env);
    expect(loaded.ok ? [] : loaded.errors.join('\n')).toMatch(new RegExp(`^${variable}: `, 'm'));
  });
});

/** Twilio's media URL for a file of a message, as MediaUrl0 carries it, on a stand-in host. */
type MediaServer = { url: (path: string) => string; seen: (string | undefined)[]; close(): Promise<void> };

async function mediaServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<MediaServer> {
  const seen: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!(await hasService('chromium')))('MMS: a photo of the notice texted to the number', () => {
  /** A few days after the date the rendered notice prints. */
  const NOTICE_TODAY = '2026-11-20';
  const MEDIA_USERNAME = `SK${'7'.repeat(32)}`;
  const MEDIA_PASSWORD = 'api-key-secret-for-the-tests';
  const BASIC = `Basic ${Buffer.from(`${MEDIA_USERNAME}:${MEDIA_PASSWORD}`).toString('base64')}`;
  const MEDIA_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM${'a'.repeat(32)}/Media/ME${'b'.repeat(32)}`;
  let photo: Buffer;
  let storage: MediaServer;
  let twilioApi: MediaServer;
  let app: SmsApp;
  beforeAll(async () => {
    const renderer = new FixtureRenderer();
    photo = await renderer.render(NOTICE_PAGES[0]!, 'png');
    await renderer.close();
    // Twilio's API host answers an authorised request with a redirect to where the file is stored.
    storage = await mediaServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(photo);
    });
    twilioApi = await mediaServer((req, res) => {
      if (req.headers.authorization !== BASIC || req.url !== MEDIA_PATH) {
        res.writeHead(401);
        res.end();
        return;
      }
      res.writeHead(307, { location: storage.url('/stored/notice.png') });
      res.end();
    });
    app = await startSmsApp(
      {
        ...SMS_ENV,
        SMS_MEDIA_HOSTS: '127.0.0.1',
        NOTICE_ATTACHMENT_HOSTS: 'localhost',
        NOTICE_ATTACHMENT_ALLOW_PRIVATE: 'true',
        TWILIO_MEDIA_USERNAME: MEDIA_USERNAME,
        TWILIO_MEDIA_PASSWORD: MEDIA_PASSWORD,
        NOTICE_READ_TIMEOUT_MS: '60000',
      },
      NOTICE_TODAY,
    );
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await twilioApi?.close();
    await storage?.close();
  });

  const mms = (phone: Phone, mediaUrl: string) => {
    const sid = `MM${randomBytes(16).toString('hex')}`;
    return phone.text('', {
      sid,
      fields: {
        ...phone.webhookFields('', sid),
        NumMedia: '1',
        MediaUrl0: mediaUrl,
        MediaContentType0: 'image/png',
      },
    });
  };

  it('reads the photo from Twilio with the media credentials, and the conversation goes on from what it read', async () => {
    const phone = newPhone(app);
    const reply = await mms(phone, twilioApi.url(MEDIA_PATH));
    expect(reply.status).toBe(200);
    expect(reply.messages.join('\n')).toContain(
      'I read a CP14 dated November 16, 2026 for tax year 2025, $2,418.77 due by December 7, 2026: is that right?',
    );
    // The credentials went to Twilio's host only, not to the host it redirected to.
    expect(twilioApi.seen).toEqual([BASIC]);
    expect(storage.seen).toEqual([undefined]);
    expect(await phone.say('yes')).toContain('Do you agree');
  }, 120_000);

  it('fetches an MMS file only from the SMS media hosts, not from the hosts of other channels', async () => {
    const before = twilioApi.seen.length;
    const phone = newPhone(app);
    const port = new URL(twilioApi.url('/')).port;
    const reply = await mms(phone, `http://localhost:${port}${MEDIA_PATH}`);
    expect(reply.messages.join('\n')).toContain("I can't open a file from there");
    expect(twilioApi.seen.length).toBe(before);
  }, 60_000);
});
