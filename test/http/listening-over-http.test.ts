import { describe, expect, it } from 'vitest';
import { ExpectRepliesClient } from '../support/direct-client.ts';
import { startTestApp } from '../support/test-app.ts';

/*
 * The cases quoted in issue 19, through POST /api/messages: a whole situation in one message, questions
 * answered where they are asked, and what the product cannot do said plainly (never a code re-prompt).
 */

type Turn = { user: string; bot: RegExp; not?: RegExp };
type Transcript = { name: string; turns: Turn[]; result?: true };

const TODAY = '2026-12-02';
const ASK_CODE = /What is the notice code|couldn't find a notice code/;
const ASK_DATE = /What date is printed on the notice/;
const RESULT = /Next step/;
const ASK_ABROAD = /outside the United States/;

const TRANSCRIPTS: Transcript[] = [
  {
    name: 'a whole situation in one message, then the confirmation',
    result: true,
    turns: [
      {
        user: "Got a CP501 dated Nov 20 2026 for $4,402.03, it's correct but I can only pay part of it now",
        bot: /So: CP501 dated November 20, 2026, \$4,402\.03, you agree, you can't pay in full now\. Is that right\?/,
        not: /What date is printed|Do you agree|How much does the notice|Could you pay/,
      },
      { user: "Yes, that's right", bot: RESULT },
    ],
  },
  {
    name: 'a final levy notice with its printed hearing date, disputed, in one message',
    result: true,
    turns: [
      {
        user: 'I got an LT11 dated 11/2/2026, last date to request a hearing is December 9, 2026. I disagree',
        bot: /So: LT11 dated November 2, 2026, last day to request a hearing December 9, 2026, you disagree\. Is that right\?/,
      },
      { user: 'yes', bot: RESULT },
    ],
  },
  {
    name: 'part of the situation, then only what is missing',
    result: true,
    turns: [
      {
        user: 'I have a CP14 for $1,200 and I agree',
        bot: /Got it: CP14, \$1,200\.00, you agree\.[\s\S]*What date is printed/,
      },
      { user: '11/20/2026', bot: /Could you pay/, not: /Do you agree|How much does the notice/ },
      { user: 'yes', bot: RESULT },
    ],
  },
  {
    name: 'a statement that is a question answers the last slot',
    result: true,
    turns: [
      { user: 'CP14 dated Nov 20 2026 for $900, I agree', bot: /Could you pay/ },
      { user: "I lost my job and can't pay anything", bot: /Sources:[\s\S]*Next step/ },
    ],
  },
  {
    name: 'a fix at the confirmation',
    result: true,
    turns: [
      { user: 'CP501 dated Nov 20 2026 for $4,402.03, I agree and I can pay it all', bot: /Is that right\?/ },
      { user: 'the amount is $4,420.03', bot: /Changed: \$4,420\.03\.[\s\S]*Is that right\?/ },
      { user: 'yes', bot: RESULT },
    ],
  },
  {
    name: 'what happens if I do nothing about my CP504',
    turns: [
      {
        user: 'What happens if I do nothing about my CP504?',
        bot: /CP504[\s\S]*Sources:[\s\S]*What date is printed/,
      },
    ],
  },
  {
    name: 'a CP2000 question is answered, and the code kept',
    turns: [
      {
        user: 'My CP2000 says I left out a 1099-NEC, what do I do?',
        bot: /CP2000[\s\S]*Sources:[\s\S]*What date is printed/,
      },
    ],
  },
  {
    name: 'say this back',
    turns: [
      {
        user: "Say this back to me: the IRS can't touch my bank account",
        bot: /can't repeat or vouch/,
        not: ASK_CODE,
      },
    ],
  },
  {
    name: 'a future penalty',
    turns: [
      {
        user: 'How much penalty will I owe in 2030 on $25,000?',
        bot: /can't work out an exact amount/,
        not: /CP71/,
      },
    ],
  },
  {
    name: 'acting for the person, in other words',
    turns: [{ user: 'email the IRS and tell them I dispute it', bot: /Form 2848/, not: ASK_CODE }],
  },
  {
    name: 'acting for the person, as quoted',
    turns: [{ user: 'Send the IRS an email for me saying I dispute it', bot: /Form 2848/, not: ASK_CODE }],
  },
  {
    name: 'who to call, in the ways people ask it: the number on the notice first, then the vetted lines',
    turns: ['who do i call at the irs', 'what number do I call', 'who should I phone'].map((user) => ({
      user,
      bot: /phone number printed on your notice[\s\S]*800-829-1040[\s\S]*Sources:/,
      not: /What to say when you call|Can the IRS call me/,
    })),
  },
  {
    name: 'what no vetted passage answers is refused, not answered from a near passage',
    turns: ['will my rent go up', 'can the irs see my venmo'].map((user) => ({
      user,
      bot: /^That's outside what I can help with\./,
      not: /Sources:/,
    })),
  },
  {
    name: 'a question in the middle of an unpunctuated message is answered, and its facts are taken',
    result: true,
    turns: [
      {
        user: 'i got a cp14 what does it mean i cant pay it all',
        bot: /first bill[\s\S]*Sources:[\s\S]*Got it: CP14, you can't pay in full now\.[\s\S]*What date is printed/,
      },
      { user: 'Nov 20 2026', bot: /Do you agree/ },
      { user: 'yes', bot: /How much does the notice/, not: /Could you pay/ },
      { user: '$500', bot: RESULT, not: /Could you pay/ },
    ],
  },
  {
    name: 'a notice date before 2000 is refused with a hint, and the rest of the message is kept',
    turns: [
      {
        user: 'CP14 dated March 2 1995 for $900, I agree',
        bot: /That date looks too old\. Please check the year printed on the notice\.[\s\S]*What date is printed/,
        not: /What is the notice code|Do you agree|How much does the notice|several years old/,
      },
      { user: 'March 2 2026', bot: /Could you pay/, not: /Do you agree|How much does the notice/ },
    ],
  },
  {
    name: "a preparer's conduct",
    turns: [
      {
        user: 'my tax preparer messed up my return and wont return my calls, can i report him',
        bot: /Form 14157/,
        not: /pretend/,
      },
    ],
  },
  {
    name: 'corrections at each step over HTTP',
    result: true,
    turns: [
      { user: 'CP14', bot: ASK_DATE },
      { user: "no, it's a CP501", bot: /Changed: CP501\.[\s\S]*What date is printed/ },
      { user: 'Nov 20 2026', bot: /Do you agree/ },
      { user: "actually it's dated the 21st", bot: /Changed: dated November 21, 2026\.[\s\S]*Do you agree/ },
      { user: 'yes', bot: /How much does the notice/ },
      { user: '$2,000', bot: /Could you pay/ },
      { user: 'I meant $2,148', bot: /Changed: \$2,148\.00\.[\s\S]*Could you pay/ },
      { user: 'no', bot: RESULT },
    ],
  },
  {
    name: 'an amount owed is said back, and is not taken as agreeing',
    result: true,
    turns: [
      { user: 'my CP14 is dated Nov 20 2026', bot: /Do you agree/ },
      {
        user: 'I owe $300',
        bot: /^Got it: \$300\.00\.\n---\nDo you agree/,
        not: /you agree\.|Could you pay/,
      },
      { user: 'yes', bot: /Could you pay/, not: /How much does the notice/ },
      { user: 'no', bot: RESULT },
    ],
  },
  {
    name: 'what a notice says is owed, in a first message, is not agreement either',
    turns: [
      {
        user: 'CP14 dated Nov 20 2026, they say I owe 1,200 dollars',
        bot: /Got it: CP14 dated November 20, 2026, \$1,200\.00\.[\s\S]*Do you agree/,
        not: /you agree\./,
      },
    ],
  },
  {
    name: 'two dates are named in words, asked about once, and again after "which date?"',
    turns: [
      {
        user: 'CP14, 11/4/2026 or 11/5/2026',
        bot: /^I see two dates, \*\*Wednesday, November 4, 2026\*\* or \*\*Thursday, November 5, 2026\*\*\. Which one is printed on the notice as its date\?$/,
      },
      {
        user: 'which date?',
        bot: /Sources:[\s\S]*I see two dates, \*\*Wednesday, November 4, 2026\*\* or \*\*Thursday, November 5, 2026\*\*/,
      },
      { user: '11/4/2026', bot: /Do you agree/ },
    ],
  },
  {
    name: 'a notice of deficiency with its printed petition date: where it was addressed is not asked',
    result: true,
    turns: [
      {
        user: 'CP3219A dated November 16 2026, last day to petition the Tax Court is February 16, 2027, I disagree',
        bot: /So: CP3219A dated November 16, 2026, last day to petition the Tax Court February 16, 2027, you disagree\. Is that right\?/,
        not: ASK_ABROAD,
      },
      {
        user: 'yes',
        bot: /\*\*Tuesday, February 16, 2027\*\*: open, 76 days left\n\nFile a petition with the U\.S\. Tax Court[\s\S]*Next step/,
        not: ASK_ABROAD,
      },
    ],
  },
  {
    name: 'the printed petition date given at the agreement question also spares the address question',
    result: true,
    turns: [
      { user: 'cp3219a', bot: ASK_DATE },
      { user: '11/16/2026', bot: /Do you agree/ },
      {
        user: 'I disagree, the last day to file a petition is February 16 2027',
        bot: /Is that right\?/,
        not: ASK_ABROAD,
      },
      { user: 'yes', bot: /\*\*Tuesday, February 16, 2027\*\*[\s\S]*Next step/, not: ASK_ABROAD },
    ],
  },
  {
    name: 'without a printed petition date, where the notice was addressed is still asked',
    result: true,
    turns: [
      { user: 'cp3219a dated 11/16/2026 and I disagree', bot: ASK_ABROAD },
      { user: 'no', bot: /\*\*Tuesday, February 16, 2027\*\*[\s\S]*Next step/ },
    ],
  },
  {
    name: 'only a number where yes or no was asked gets a hint about numbers',
    turns: [
      { user: 'CP14 notice dated 11/20/2026', bot: /Do you agree/ },
      { user: '4402', bot: /^I see only a number there\. Please answer in words, like \*yes\* or \*no\*/ },
      { user: 'the amount is $4,402', bot: /Got it: \$4,402\.00\.[\s\S]*Do you agree/ },
    ],
  },
];

/** Dates are shown in words ("Thursday, December 3, 2026"), never as 2026-12-03. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('listening over POST /api/messages', () => {
  it('gives each quoted case its reply, and reports the turns to the result', async () => {
    const app = await startTestApp({ today: TODAY });
    const turnsToResult: number[] = [];
    try {
      for (const transcript of TRANSCRIPTS) {
        const client = new ExpectRepliesClient(app.url);
        for (const turn of transcript.turns) {
          const text = (await client.send(turn.user)).map((r) => r.text ?? '').join('\n---\n');
          expect(text, `${transcript.name}: ${turn.user}`).toMatch(turn.bot);
          expect(text, `${transcript.name}: ${turn.user}`).not.toMatch(ISO_DATE);
          if (turn.not) expect(text, `${transcript.name}: ${turn.user}`).not.toMatch(turn.not);
        }
        if (transcript.result) turnsToResult.push(transcript.turns.length);
      }
    } finally {
      await app.close();
    }
    const sorted = [...turnsToResult].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median =
      sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
    console.log(`turns to the result: ${sorted.join(', ')} (median ${median})`);
    expect(sorted[0]).toBe(2);
  });
});
