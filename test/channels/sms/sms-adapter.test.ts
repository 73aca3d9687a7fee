import { createLogIds } from '../../../src/http/request-logging.ts';
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SmsAdapter, type InboundSmsActivity } from '../../../src/channels/sms/sms-adapter.ts';

const logger = pino({ level: 'silent' });
const inbound: InboundSmsActivity = {
  messageSid: `SM${'0'.repeat(32)}`,
  conversationId: 'c'.repeat(64),
  botId: 'b'.repeat(64),
  text: 'CP14',
  locale: 'en',
  serviceUrl: 'https://bot.example.com/api/sms',
  timestamp: new Date('2026-03-10T15:00:00Z'),
};

describe('SmsAdapter', () => {
  it('turns the text into an sms message activity with hashed ids and collects the replies', async () => {
    const adapter = new SmsAdapter(logger, createLogIds());
    let seen: Partial<Activity> | undefined;
    const replies = await adapter.processInbound(inbound, async (context) => {
      seen = context.activity;
      await context.sendActivity({ type: 'typing' });
      await context.sendActivity({
        ...MessageFactory.text('one'),
        channelData: { guidance: { route: 'prompt' } },
      });
      await context.sendActivities([MessageFactory.text('two'), { type: 'delay', value: 100 }]);
    });
    expect(seen).toMatchObject({
      type: 'message',
      channelId: 'sms',
      id: inbound.messageSid,
      text: 'CP14',
      conversation: { id: inbound.conversationId },
      from: { id: inbound.conversationId, role: 'user' },
      recipient: { id: inbound.botId, role: 'bot' },
    });
    expect(replies.map((r) => r.text)).toEqual(['one', 'two']);
    expect(replies[0]?.channelData).toEqual({ guidance: { route: 'prompt' } });
    expect(replies[0]?.conversation?.id).toBe(inbound.conversationId);
  });

  it('keeps the replies of two turns apart', async () => {
    const adapter = new SmsAdapter(logger, createLogIds());
    const say = (text: string) => async (context: TurnContext) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await context.sendActivity(text);
    };
    const [a, b] = await Promise.all([
      adapter.processInbound(inbound, say('for a')),
      adapter.processInbound({ ...inbound, conversationId: 'd'.repeat(64) }, say('for b')),
    ]);
    expect(a.map((r) => r.text)).toEqual(['for a']);
    expect(b.map((r) => r.text)).toEqual(['for b']);
  });

  it('answers a failed turn with the error message and its trace', async () => {
    const adapter = new SmsAdapter(logger, createLogIds());
    const replies = await adapter.processInbound(inbound, () => Promise.reject(new Error('boom')));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/something went wrong/i);
    expect(replies[0]?.channelData).toMatchObject({ guidance: { route: 'error' } });
  });

  it.each([
    [
      'update',
      async (context: TurnContext) => {
        await context.updateActivity({ id: '1', type: 'message', text: 'x' });
      },
      /cannot update/,
    ],
    ['delete', (context: TurnContext) => context.deleteActivity('1'), /cannot delete/],
  ])('refuses to %s a sent text', async (_name, act, message) => {
    const adapter = new SmsAdapter(logger, createLogIds());
    adapter.onTurnError = (_context, error) => Promise.reject(error);
    await expect(adapter.processInbound(inbound, act)).rejects.toThrow(message);
  });

  it('continues a conversation but cannot text it proactively', async () => {
    const adapter = new SmsAdapter(logger, createLogIds());
    adapter.onTurnError = (_context, error) => Promise.reject(error);
    const reference = {
      channelId: 'sms',
      conversation: { id: 'c', isGroup: false, name: '', conversationType: 'personal' },
    };
    let ran = false;
    await adapter.continueConversation(reference, () => {
      ran = true;
      return Promise.resolve();
    });
    expect(ran).toBe(true);
    await expect(
      adapter.continueConversation(reference, async (context) => {
        await context.sendActivity('hello');
      }),
    ).rejects.toThrow(/only reply within the webhook/);
  });
});
