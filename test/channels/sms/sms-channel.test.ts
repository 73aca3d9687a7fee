import { createLogIds } from '../../../src/http/request-logging.ts';
import { ConversationState, MemoryStorage, MessageFactory, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS, SmsChannel } from '../../../src/channels/sms/sms-channel.ts';
import { messages } from '../../../src/catalog/catalog.ts';
import { hashPhoneNumber } from '../../../src/channels/sms/sms-identity.ts';
import type { TwilioSmsWebhook } from '../../../src/channels/sms/sms-webhook.ts';

const smsCopy = messages('en').sms;

const SECRET = 'channel-test-secret-0123456789abcdef';
const FROM = '+15551230000';
const ID = hashPhoneNumber(FROM, SECRET);

/**
 * A tiny real bot: counts its turns in conversation state, echoes what it got, offers two choices,
 * and sends a long answer on "long".
 */
function countingBot(storage: MemoryStorage) {
  const state = new ConversationState(storage);
  const turns = state.createProperty<number>('turns');
  const seen: string[] = [];
  const logic = async (context: TurnContext) => {
    const count = (await turns.get(context, 0)) + 1;
    await turns.set(context, count);
    const text = context.activity.text ?? '';
    seen.push(text);
    if (text === 'long') {
      const paragraph = 'A sentence of plain words that goes on for a while. '.repeat(5).trim();
      await context.sendActivity(Array.from({ length: 14 }, () => paragraph).join('\n\n'));
    } else {
      await context.sendActivity({
        ...MessageFactory.suggestedActions(['Apples', 'Pears'], `**Echo** ${text} (turn ${count})`),
        channelData: { guidance: { route: 'prompt', passageIds: [], disclaimer: false, paraphrased: false } },
      });
    }
    await state.saveChanges(context);
  };
  return { logic, seen };
}

function setup(now = () => 1_000_000) {
  const storage = new MemoryStorage();
  const bot = countingBot(storage);
  const channel = new SmsChannel({
    logic: bot.logic,
    storage,
    logger: pino({ level: 'silent' }),
    logIds: createLogIds(),
    hashSecret: SECRET,
    serviceUrl: 'https://bot.example.com/api/sms',
    now,
  });
  let n = 0;
  const text = (Body: string, MessageSid = `SM${String((n += 1)).padStart(32, '0')}`) => {
    const webhook: TwilioSmsWebhook = {
      MessageSid,
      AccountSid: `AC${'1'.repeat(32)}`,
      From: FROM,
      To: '+15550001111',
      Body,
    };
    return channel.handle(webhook);
  };
  const keys = async () =>
    Object.keys(
      await storage.read([
        `sms/conversations/${ID}/`,
        `sms-channel/sessions/${ID}`,
        `sms-channel/opt-outs/${ID}`,
      ]),
    );
  return { text, keys, seen: bot.seen };
}

describe('SmsChannel', () => {
  it('runs the bot, renders plain numbered choices and keeps the activities with their trace', async () => {
    const { text } = setup();
    const first = await text('hello');
    expect(first.outcome).toBe('turn');
    expect(first.messages).toEqual([
      `${smsCopy.firstContact}\n\nEcho hello (turn 1)\n\n1) Apples\n2) Pears\nReply 1 or 2`,
    ]);
    expect(first.activities[0]?.channelData).toMatchObject({ guidance: { route: 'prompt' } });
    const second = await text('2');
    expect(second.messages).toEqual(['Echo Pears (turn 2)\n\n1) Apples\n2) Pears\nReply 1 or 2']);
  });

  it('pages an answer longer than ten texts behind MORE, and drops the rest when the person moves on', async () => {
    const { text, seen } = setup();
    await text('hello');
    const long = await text('long');
    expect(long.messages).toHaveLength(10);
    expect(long.messages[9]).toMatch(/^Reply MORE for the rest of this answer \(\d+ more texts?\)\.$/);
    const more = await text('more');
    expect(more.outcome).toBe('more');
    expect(more.messages[0]).toMatch(/^10\/\d+ /);
    expect(seen).toEqual(['hello', 'long']);
    // Nothing left: MORE is now an ordinary message for the bot.
    expect((await text('MORE')).outcome).toBe('turn');
    expect(seen.at(-1)).toBe('MORE');
  });

  it('STOP deletes the state and silences everything but an opt-in', async () => {
    const { text, keys, seen } = setup();
    await text('hello');
    expect(await keys()).toEqual([`sms/conversations/${ID}/`, `sms-channel/sessions/${ID}`]);
    expect(await text('STOP')).toEqual({ outcome: 'stopped', messages: [], activities: [] });
    expect(await keys()).toEqual([`sms-channel/opt-outs/${ID}`]);
    for (const body of ['hello', 'HELP', 'more', '1']) {
      expect(await text(body)).toEqual({ outcome: 'opted-out', messages: [], activities: [] });
    }
    expect(seen).toEqual(['hello']);
    expect(await text('yes')).toMatchObject({ outcome: 'opted-in', messages: [smsCopy.welcomeBack] });
    expect((await text('again')).messages[0]).toMatch(/^Echo again \(turn 1\)/);
  });

  it('answers a redelivery within the window once, and a later reuse of the id again', async () => {
    let now = 1_000_000;
    const { text, seen } = setup(() => now);
    await text('hello', `SM${'a'.repeat(32)}`);
    expect((await text('hello', `SM${'a'.repeat(32)}`)).outcome).toBe('duplicate');
    now += DUPLICATE_WINDOW_MS + 1;
    expect((await text('hello', `SM${'a'.repeat(32)}`)).outcome).toBe('turn');
    expect(seen).toEqual(['hello', 'hello']);
  });

  it('runs the turns of one number one at a time', async () => {
    const { text } = setup();
    const replies = await Promise.all(['a', 'b', 'c'].map((body) => text(body)));
    const turnNumbers = replies.map((r) => /turn (\d)/.exec(r.messages.join())?.[1]);
    expect(turnNumbers).toEqual(['1', '2', '3']);
  });
});
