import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/catalog/catalog.ts';
import { firstPage, MAX_TWIML_MESSAGES, renderForSms } from '../../../src/channels/sms/sms-render.ts';
import { fitsInMessage, smsEncoding } from '../../../src/channels/sms/sms-text.ts';

const smsCopy = messages('en').sms;

const trace = { guidance: { route: 'prompt', passageIds: [], disclaimer: false, paraphrased: false } };
const message = (text: string, extra: Partial<Activity> = {}): Partial<Activity> => ({
  type: 'message',
  text,
  channelData: trace,
  ...extra,
});
const yesNo = {
  to: [],
  actions: [
    { type: 'imBack', title: 'Yes', value: 'Yes' },
    { type: 'imBack', title: 'No', value: 'No' },
  ],
};

describe('renderForSms', () => {
  it('turns Markdown into plain text and leaves the reply trace out', () => {
    const rendered = renderForSms([message('What is the code? For example **CP14** or *LT11*.')], 'en');
    expect(rendered).toEqual({ messages: ['What is the code? For example CP14 or LT11.'], choices: [] });
    expect(rendered.messages.join()).not.toMatch(/guidance|prompt/);
  });

  it('numbers the choices under their question and remembers them', () => {
    const rendered = renderForSms([message('Could you pay in full now?', { suggestedActions: yesNo })], 'en');
    expect(rendered.messages).toEqual(['Could you pay in full now?\n\n1) Yes\n2) No\nReply 1 or 2']);
    expect(rendered.choices).toEqual([
      { title: 'Yes', value: 'Yes' },
      { title: 'No', value: 'No' },
    ]);
  });

  it('takes the choices of the last message that offers some', () => {
    const rendered = renderForSms(
      [
        message('Earlier?', {
          suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'A', value: 'a' }] },
        }),
        message('Now?', { suggestedActions: yesNo }),
      ],
      'en',
    );
    expect(rendered.messages).toEqual(['Earlier?', 'Now?\n\n1) Yes\n2) No\nReply 1 or 2']);
    expect(rendered.choices.map((c) => c.value)).toEqual(['Yes', 'No']);
  });

  it('skips typing and other non-message activities, and empty texts', () => {
    const rendered = renderForSms(
      [{ type: 'typing' }, message('  '), message('Hello'), { type: 'event', name: 'x' }],
      'en',
    );
    expect(rendered.messages).toEqual(['Hello']);
  });

  it('reads a card by its fallback text, never sending the card', () => {
    const card: Partial<Activity> = {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [],
            fallbackText: '**Deadlines**\n- Monday: pay',
          },
        },
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: { title: 'Book a call', text: 'With a CPA' },
        },
      ],
    };
    expect(renderForSms([card], 'en').messages).toEqual([
      'Deadlines\nMonday: pay\n\nBook a call\nWith a CPA',
    ]);
  });

  it('keeps plain-format text as it is', () => {
    expect(renderForSms([message('a_b_ and *c*', { textFormat: 'plain' })], 'en').messages).toEqual([
      'a_b_ and *c*',
    ]);
  });

  it('puts the introduction before the first reply', () => {
    const rendered = renderForSms([message('What date?'), message('Second')], 'en', {
      intro: smsCopy.firstContact,
    });
    expect(rendered.messages).toEqual([`${smsCopy.firstContact}\n\nWhat date?`, 'Second']);
  });

  it('makes typography GSM-7 so one curly quote does not halve the room', () => {
    const [text] = renderForSms([message('It’s due — pay “now”…')], 'en').messages;
    expect(text).toBe('It\'s due - pay "now"...');
    expect(smsEncoding(text ?? '')).toBe('gsm7');
  });

  it('splits a long reply into numbered parts that each fit', () => {
    const long = Array.from(
      { length: 8 },
      (_, i) => `**Section ${i + 1}**\n${'Plain words here. '.repeat(8)}`,
    ).join('\n\n');
    const { messages } = renderForSms([message(long), message('Type restart.')], 'en');
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.at(-1)).toBe('Type restart.');
    const parts = messages.slice(0, -1);
    parts.forEach((part, i) => {
      expect(part.startsWith(`${i + 1}/${parts.length} `)).toBe(true);
      expect(fitsInMessage(part)).toBe(true);
    });
  });
});

describe('firstPage', () => {
  const texts = (n: number) => Array.from({ length: n }, (_, i) => `t${i + 1}`);

  it.each([0, 1, MAX_TWIML_MESSAGES])('sends %i messages at once', (n) => {
    expect(firstPage(texts(n), 'en')).toEqual({ send: texts(n), rest: [] });
  });

  it('past ten, sends nine and asks the person to reply MORE for the rest', () => {
    const page = firstPage(texts(14), 'en');
    expect(page.send).toHaveLength(MAX_TWIML_MESSAGES);
    expect(page.send.slice(0, 9)).toEqual(texts(9));
    expect(page.send[9]).toBe(smsCopy.more(5));
    expect(page.rest).toEqual(texts(14).slice(9));
  });

  it('counts the texts still waiting', () => {
    expect(firstPage(texts(11), 'en').send.at(-1)).toMatch(/\(2 more texts\)/);
    expect(smsCopy.more(1)).toMatch(/\(1 more text\)/);
  });
});
