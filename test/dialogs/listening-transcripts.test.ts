import { describe, expect, it } from 'vitest';
import { TestConversation } from '../support/conversation.ts';

/*
 * Every message is read for every fact (issue 19): what a person already said is never asked
 * again, several facts are said back in one line, and any fact can be corrected in plain words.
 */

type Turn = { user: string; bot: RegExp[]; not?: RegExp[] };
type Transcript = { name: string; today: string; turns: Turn[] };

const ASK_CODE = /What is the notice code/;
const ASK_DATE = /What date is printed on the notice/;
const ASK_AGREE = /Do you agree/;
const ASK_AMOUNT = /How much does the notice say you owe/;
const ASK_CAN_PAY = /Could you pay the full balance now/;
const CONFIRM = /Is that right\?/;
const RESULT = /Next step/;

const TRANSCRIPTS: Transcript[] = [
  {
    name: 'a whole situation in one message reaches the result in two turns',
    today: '2026-12-02',
    turns: [
      {
        user: "Got a CP501 dated Nov 20 2026 for $4,402.03, it's correct but I can only pay part of it now",
        bot: [
          /So: CP501 dated November 20, 2026, \$4,402\.03, you agree, you can't pay in full now\. Is that right\?/,
        ],
        not: [ASK_DATE, ASK_AGREE, ASK_AMOUNT, ASK_CAN_PAY],
      },
      { user: "Yes, that's right", bot: [/CP501/, RESULT] },
    ],
  },
  {
    name: 'a partial situation is said back, then only the missing fact is asked',
    today: '2026-12-02',
    turns: [
      {
        user: 'I have a CP14 for $1,200 and I agree',
        bot: [/Got it: CP14, \$1,200\.00, you agree\./, ASK_DATE],
      },
      { user: '11/20/2026', bot: [ASK_CAN_PAY], not: [ASK_AGREE, ASK_AMOUNT] },
      { user: 'yes', bot: [RESULT] },
    ],
  },
  {
    name: 'a contradiction in one message keeps the later code and says so',
    today: '2026-12-02',
    turns: [
      { user: 'hi', bot: [ASK_CODE] },
      { user: 'CP14 ... I mean LT11', bot: [/CP14 and then LT11: I'm going with LT11/, ASK_DATE] },
    ],
  },
  {
    name: 'a future notice date is refused with a hint and the other facts are kept',
    today: '2026-12-02',
    turns: [
      {
        user: 'CP14 dated Dec 20 2026, I agree',
        bot: [/That date is in the future/, ASK_DATE],
        not: [ASK_CODE, ASK_AGREE],
      },
      { user: 'Nov 20 2026', bot: [ASK_AMOUNT], not: [ASK_AGREE] },
    ],
  },
  {
    name: 'a notice date before 2000 is refused with a hint and the other facts are kept',
    today: '2026-12-02',
    turns: [
      {
        user: 'CP14 dated March 2 1995 for $900, I agree',
        bot: [/That date looks too old\. Please check the year printed on the notice/, ASK_DATE],
        not: [ASK_CODE, ASK_AGREE, ASK_AMOUNT, /several years old/],
      },
      { user: 'March 2 2026', bot: [ASK_CAN_PAY], not: [ASK_AGREE, ASK_AMOUNT] },
    ],
  },
  {
    name: 'two unlabelled dates are asked about once, naming both',
    today: '2026-12-02',
    turns: [
      {
        user: 'CP14, 11/4/2026 or 11/5/2026',
        // One question, naming both dates in words; not a second, generic date question after it.
        bot: [
          /I see two dates, \*\*Wednesday, November 4, 2026\*\* or \*\*Thursday, November 5, 2026\*\*\. Which one is printed/,
        ],
        not: [ASK_DATE, /2026-11-0/],
      },
      { user: '11/5/2026', bot: [ASK_AGREE] },
    ],
  },
  {
    name: 'corrections at every step, in plain words',
    today: '2026-12-02',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: "no, it's a CP501", bot: [/Changed: CP501\./, ASK_DATE] },
      { user: 'Nov 20 2026', bot: [ASK_AGREE] },
      { user: "actually it's dated the 21st", bot: [/Changed: dated November 21, 2026\./, ASK_AGREE] },
      { user: 'yes', bot: [ASK_AMOUNT] },
      { user: '$2,000', bot: [ASK_CAN_PAY] },
      { user: 'I meant $2,148', bot: [/Changed: \$2,148\.00\./, ASK_CAN_PAY] },
      { user: 'no', bot: [/CP501/, RESULT] },
    ],
  },
  {
    name: 'a correction at the confirmation is said back and confirmed again',
    today: '2026-12-02',
    turns: [
      { user: 'CP501 dated Nov 20 2026 for $4,402.03, I agree and I can pay it all', bot: [CONFIRM] },
      { user: 'Change something', bot: [/What should I change/] },
      {
        user: 'the amount is $4,420.03',
        bot: [/Changed: \$4,420\.03\./, /So: CP501 .*\$4,420\.03.*Is that right\?/],
      },
      { user: 'yes', bot: [RESULT] },
    ],
  },
  {
    name: 'a printed deadline date is taken with its label',
    today: '2026-12-02',
    turns: [
      {
        user: 'I got an LT11 dated 11/2/2026, last date to request a hearing is December 9, 2026. I disagree',
        bot: [
          /Got it: LT11 dated November 2, 2026, last day to request a hearing December 9, 2026, you disagree\./,
        ],
      },
      // The printed hearing date replaces the computed one (notice date + 30 would be December 2).
      { user: 'yes', bot: [/December 9, 2026/, RESULT] },
    ],
  },
  {
    name: 'a first question is answered where it is asked, and its notice code is kept',
    today: '2026-12-02',
    turns: [
      {
        user: 'What happens if I do nothing about my CP504?',
        bot: [/Sources:/, ASK_DATE],
        not: [ASK_CODE],
      },
    ],
  },
  {
    name: 'a question with a notice code mid-dialog gets both the answer and the fact',
    today: '2026-12-02',
    turns: [
      { user: 'hi', bot: [ASK_CODE] },
      { user: 'My CP2000 says I left out a 1099-NEC, what do I do?', bot: [/CP2000/, /Sources:/, ASK_DATE] },
    ],
  },
  {
    name: 'a statement that is a question gets the hardship options and the fact',
    today: '2026-12-02',
    turns: [
      { user: 'CP14 dated Nov 20 2026 for $900, I agree', bot: [ASK_CAN_PAY] },
      { user: "I lost my job and can't pay anything", bot: [/Sources:/, RESULT] },
    ],
  },
  {
    name: 'a question inside an unpunctuated message is answered and its facts are taken',
    today: '2026-12-02',
    turns: [
      {
        user: 'i got a cp14 what does it mean i cant pay it all',
        bot: [/Sources:/, /Got it: CP14, you can't pay in full now\./, ASK_DATE],
      },
    ],
  },
  {
    name: 'answers that only sound like questions are taken as answers, with no passage',
    today: '2026-12-02',
    turns: [
      { user: 'CP14 dated Nov 20 2026', bot: [ASK_AGREE] },
      { user: 'yes that is it', bot: [ASK_AMOUNT], not: [/Sources:/, /outside what I can help/] },
      { user: 'they say I owe $900', bot: [ASK_CAN_PAY], not: [/Sources:/, /outside what I can help/] },
      { user: 'we can pay it all', bot: [RESULT], not: [/Sources:/, /outside what I can help/] },
    ],
  },
  {
    name: 'what the product cannot do gets its own reply, never a code re-prompt',
    today: '2026-12-02',
    turns: [
      {
        user: "Say this back to me: the IRS can't touch my bank account",
        bot: [/can't repeat or vouch/],
        not: [ASK_CODE, /couldn't find a notice code/],
      },
      {
        user: 'How much penalty will I owe in 2030 on $25,000?',
        bot: [/can't work out an exact amount/],
        not: [/CP71/],
      },
      {
        user: 'my tax preparer messed up my return and wont return my calls, can i report him',
        bot: [/Form 14157/],
        not: [/pretend/],
      },
      {
        user: 'email the IRS and tell them I dispute it',
        bot: [/Form 2848/],
        not: [/couldn't find a notice code/],
      },
    ],
  },
  {
    name: 'a message of only emoji gets a specific hint',
    today: '2026-12-02',
    turns: [
      { user: 'CP14', bot: [ASK_DATE] },
      { user: '🙂🙂', bot: [/I can only read words and numbers/] },
    ],
  },
];

describe('listening transcripts', () => {
  it.each(TRANSCRIPTS)('$name', async ({ today, turns }) => {
    const conversation = new TestConversation({ today });
    for (const turn of turns) {
      const transcript = (await conversation.say(turn.user)).map((r) => r.text).join('\n---\n');
      let from = 0;
      for (const pattern of turn.bot) {
        const found = new RegExp(pattern.source, 'g');
        found.lastIndex = from;
        const match = found.exec(transcript);
        expect(match, `${turn.user}: no reply matching ${pattern} in:\n${transcript}`).not.toBeNull();
        from = (match?.index ?? 0) + (match?.[0].length ?? 0);
      }
      for (const pattern of turn.not ?? []) expect(transcript, turn.user).not.toMatch(pattern);
    }
  });
});
