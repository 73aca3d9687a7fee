import { describe, expect, it } from 'vitest';
import { TestConversation, type Reply } from '../support/conversation.ts';

type Turn = {
  user: string;
  /** Each pattern must match a reply of this turn, in order. */
  bot: RegExp[];
  /** The routes of this turn's replies, in order, when given. */
  routes?: string[];
};
type Transcript = { name: string; today: string; turns: Turn[] };

const ASK_CODE = /notice code/i;
const ASK_DATE = /What date is printed on the notice/;
const ASK_AGREE = /Do you agree/;
const ASK_AMOUNT = /How much does the notice say you owe/;
const ASK_CAN_PAY = /Could you pay the full balance now/;
const ASK_ABROAD = /outside the United States/;
const ASK_PRINTED_HEARING = /prints the last day to request a hearing.*What date does it show\?/;
const ASK_PRINTED_REPLY = /prints the date by which to pay or contact the IRS.*What date does it show\?/;
const ASK_LIEN = /When was the lien filed\?/;
const RESULT = /Next step/;

const TRANSCRIPTS: Transcript[] = [
  {
    name: 'agree and pay a CP14',
    today: '2026-03-10',
    turns: [
      { user: 'hi', bot: [ASK_CODE], routes: ['prompt'] },
      { user: 'I got a cp-14', bot: [ASK_DATE] },
      { user: 'March 2, 2026', bot: [ASK_AGREE] },
      { user: 'yep', bot: [ASK_AMOUNT] },
      { user: '$1,200.00', bot: [ASK_CAN_PAY] },
      {
        user: 'yes',
        bot: [/CP14/, /Monday, March 23, 2026\*\* \(13 days left\)/, /1\. Pay the full balance/, /Next step/],
        routes: ['triage', 'prompt'],
      },
    ],
  },
  {
    name: 'disagree with a CP2000',
    today: '2026-10-20',
    turns: [
      { user: 'CP2000', bot: [ASK_DATE] },
      { user: '10/8/2026', bot: [ASK_AGREE] },
      {
        user: 'no, that income is not mine',
        bot: [/Monday, November 9, 2026\*\* \(20 days left\)/, /1\. Reply to the proposed changes/],
        routes: ['triage', 'prompt'],
      },
    ],
  },
  {
    name: 'a CDP notice with days left',
    today: '2026-04-10',
    turns: [
      { user: 'start', bot: [ASK_CODE] },
      { user: 'LT 11', bot: [ASK_DATE] },
      { user: '3/20/2026', bot: [ASK_AGREE] },
      { user: 'not sure', bot: [ASK_AMOUNT] },
      { user: '4,000', bot: [ASK_CAN_PAY] },
      {
        user: 'no',
        bot: [/Monday, April 20, 2026\*\* \(10 days left\)/, /1\. Request a Collection Due Process hearing/],
      },
    ],
  },
  {
    name: 'a deficiency notice addressed abroad',
    today: '2026-02-01',
    turns: [
      { user: 'cp3219a', bot: [ASK_DATE] },
      { user: '2026-01-15', bot: [ASK_AGREE] },
      { user: 'I disagree', bot: [ASK_ABROAD] },
      { user: 'yes', bot: [/Monday, June 15, 2026\*\* \(134 days left\)/, /Petition the U\.S\. Tax Court/] },
    ],
  },
  {
    name: 'a deadline already passed',
    today: '2026-03-10',
    turns: [
      { user: 'Letter 1058', bot: [ASK_DATE] },
      { user: 'Jan 5 2026', bot: [ASK_AGREE] },
      {
        user: 'no',
        bot: [
          /passed 34 days ago/,
          /Now that it has passed: You can still ask for an equivalent hearing/,
          /1\. Request an equivalent hearing/,
        ],
      },
    ],
  },
  {
    name: 'an unknown code, then no code at all',
    today: '2026-03-10',
    turns: [
      { user: 'hello', bot: [ASK_CODE] },
      { user: 'CP41', bot: [/I don't know that code\. Did you mean .*\*\*CP14\*\*/] },
      { user: "I can't find it", bot: [/what does the top of the letter say/i] },
      {
        user: 'it has a picture of a cat',
        bot: [/make sure the letter is really from the IRS/],
        routes: ['scam-warning'],
      },
    ],
  },
  {
    name: 'three bad dates in a row offer a person',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: 'last Tuesday', bot: [/exact date printed on the notice/] },
      { user: '2/30/2026', bot: [/doesn't exist on the calendar/] },
      { user: 'banana', bot: [/talk to a person/], routes: ['prompt'] },
    ],
  },
  {
    name: 'restart in the middle',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: '3/2/2026', bot: [ASK_AGREE] },
      { user: 'start over', bot: [/start over/, ASK_CODE] },
      { user: 'CP504', bot: [ASK_DATE] },
    ],
  },
  {
    name: 'back changes the last answer',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: '3/2/2026', bot: [ASK_AGREE] },
      { user: 'back', bot: [ASK_DATE] },
      { user: '3/3/2026', bot: [ASK_AGREE] },
    ],
  },
  {
    name: 'help at a step, then the same question again',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: 'help', bot: [/restart/, ASK_DATE] },
      { user: '3/2/2026', bot: [ASK_AGREE] },
    ],
  },
  {
    name: 'cancel stops, anything starts again',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: 'cancel', bot: [/I've stopped/] },
      { user: 'hi', bot: [ASK_CODE] },
    ],
  },
  {
    name: 'an out-of-scope request mid-dialog is refused, then the question is asked again',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      {
        user: 'How do I hide my income from the IRS?',
        bot: [/a tax attorney is the right person/, ASK_DATE],
        routes: ['refusal', 'prompt'],
      },
      { user: '3/2/2026', bot: [ASK_AGREE] },
    ],
  },
  {
    name: 'a scam report mid-dialog gets the verification steps, then the question again',
    today: '2026-03-10',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      {
        user: 'a man called and said I will be arrested today unless I pay with gift cards',
        bot: [/Sources:/, ASK_DATE],
        routes: ['scam-warning', 'prompt'],
      },
    ],
  },
  {
    // IRC 6320(a)(2)-(3)(B): filed Oct 27, 5 business days to Nov 3, 30 days to Dec 3 (issue 12).
    name: 'a Letter 3172 without its printed date asks for the lien filing date and keeps the hearing open',
    today: '2026-12-01',
    turns: [
      { user: 'Letter 3172', bot: [ASK_DATE] },
      { user: '10/29/2026', bot: [ASK_AGREE] },
      { user: 'no', bot: [ASK_PRINTED_HEARING] },
      { user: "I don't see one", bot: [ASK_LIEN] },
      {
        user: 'October 27, 2026',
        bot: [
          /Thursday, December 3, 2026\*\* \(2 days left\)/,
          /1\. Request a Collection Due Process hearing/,
        ],
        routes: ['triage', 'prompt'],
      },
    ],
  },
  {
    name: 'a Letter 3172 with its printed hearing date asks for nothing more',
    today: '2026-12-01',
    turns: [
      {
        user: 'Letter 3172 dated 10/29/2026, last date to request a hearing is December 4, 2026, I disagree',
        bot: [/Is that right\?/],
      },
      { user: 'yes', bot: [/Friday, December 4, 2026\*\* \(3 days left\)/, RESULT] },
    ],
  },
  {
    name: 'a lien filing date said up front is not asked for',
    today: '2026-12-01',
    turns: [
      {
        user: 'Letter 3172 dated 10/29/2026, the lien was filed on Oct 27 2026, I disagree',
        bot: [/lien filed October 27, 2026/, /Is that right\?/],
      },
      { user: 'yes', bot: [/Thursday, December 3, 2026\*\* \(2 days left\)/, RESULT] },
    ],
  },
  {
    name: 'a lien filing date that cannot fit the letter is asked again, then neither date is known',
    today: '2026-12-01',
    turns: [
      { user: 'Letter 3172 dated 10/29/2026, I disagree', bot: [ASK_PRINTED_HEARING] },
      { user: 'none', bot: [ASK_LIEN] },
      { user: '11/2/2026', bot: [/after the letter's date \(October 29, 2026\)/] },
      { user: '9/1/2026', bot: [/too long before the letter's date/] },
      {
        user: "I don't know",
        // The earliest possible last day (Nov 28 rolled to Nov 30) is past, but the window may be open.
        bot: [
          /may have passed 1 day ago: check the date printed on your notice/,
          /Collection Due Process hearing/,
        ],
      },
    ],
  },
  {
    name: 'an LT16 asks for the date it prints, refuses one before the notice, then uses it',
    today: '2026-12-01',
    turns: [
      { user: 'LT16 dated 11/20/2026, I agree', bot: [ASK_AMOUNT] },
      { user: '$3,000', bot: [ASK_CAN_PAY] },
      { user: 'no', bot: [ASK_PRINTED_REPLY] },
      { user: '11/2/2026', bot: [/has to be after the notice date \(November 20, 2026\)/] },
      { user: 'Dec 10 2026', bot: [/Thursday, December 10, 2026\*\* \(9 days left\)/, RESULT] },
    ],
  },
];

function check(replies: Reply[], turn: Turn): void {
  const transcript = replies.map((r) => r.text).join('\n---\n');
  let from = 0;
  for (const pattern of turn.bot) {
    const match = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g');
    match.lastIndex = from;
    const found = match.exec(transcript);
    expect(found, `no reply matching ${pattern} after position ${from} in:\n${transcript}`).not.toBeNull();
    from = (found?.index ?? 0) + (found?.[0].length ?? 0);
  }
  if (turn.routes) expect(replies.map((r) => r.guidance.route)).toEqual(turn.routes);
}

describe('triage transcripts', () => {
  it.each(TRANSCRIPTS)('$name', async ({ today, turns }) => {
    const conversation = new TestConversation({ today });
    for (const turn of turns) {
      const replies = await conversation.say(turn.user);
      check(replies, turn);
      for (const reply of replies) {
        expect(reply.guidance).toEqual(
          expect.objectContaining({ route: expect.any(String), passageIds: expect.any(Array) }),
        );
        if (['triage', 'answer', 'scam-warning'].includes(reply.guidance.route)) {
          expect(reply.guidance.disclaimer).toBe(true);
        }
      }
    }
  });

  it('greets a new member with the disclaimer, then asks for the code', async () => {
    const conversation = new TestConversation({ today: '2026-03-10' });
    const replies = await conversation.join();
    expect(replies[0]?.text).toMatch(/Notice Navigator/);
    expect(replies[0]?.guidance).toMatchObject({ route: 'prompt', disclaimer: true });
    expect(replies.at(-1)?.text).toMatch(ASK_CODE);
  });

  it('answers a question asked instead of an answer, then asks the same question again', async () => {
    const conversation = new TestConversation({ today: '2026-03-10' });
    await conversation.say('CP14');
    const replies = await conversation.say('what is a CDP hearing?');
    expect(replies.map((r) => r.guidance.route)).toEqual(['answer', 'prompt']);
    expect(replies[0]?.guidance.passageIds).toContain('cdp-hearing');
    expect(replies[0]?.guidance.disclaimer).toBe(true);
    expect(replies[1]?.text).toMatch(ASK_DATE);
    const next = await conversation.say('3/2/2026');
    expect(next.at(-1)?.text).toMatch(ASK_AGREE);
  });

  it('removes an SSN before the dialog sees it and says why', async () => {
    const conversation = new TestConversation({ today: '2026-03-10' });
    const replies = await conversation.say('my ssn is 123-45-6789 and I got a CP14');
    expect(replies[0]?.text).toMatch(/I never need those numbers/);
    expect(replies.at(-1)?.text).toMatch(ASK_DATE);
    const stored = JSON.stringify(
      await conversation.storage.read([
        `test/conversations/${conversation.adapter.conversation.conversation.id}/`,
      ]),
    );
    expect(stored).not.toMatch(/123-45-6789/);
  });
});
