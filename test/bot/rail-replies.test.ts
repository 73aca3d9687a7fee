import { describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';
import { refusalMessage } from '../../src/guardrails/disclaimer.ts';

import { inputRails } from '../../src/guardrails/rail-order.ts';
import { OutOfScopeCategorySchema } from '../../src/guardrails/scope/scope-rules.ts';
import { allow, runRails, type InputRail } from '../../src/guardrails/verdict.ts';
import { getPassage } from '../../src/knowledge/passages/knowledge-base.ts';
import { redTeamCases, type RedTeamBlockCase } from '../guardrails/fixtures/red-team.ts';
import { TestConversation } from '../support/conversation.ts';

const disclaimers = messages('en').disclaimer;

const TODAY = '2026-03-10';
const DATE_QUESTION = 'What date is printed on the notice? For example *March 2, 2026* or *3/2/2026*.';

/** Rails a test plants after the product's own: the bot knows none of their codes. */
const SHOUTING_REFUSAL = 'Please write in ordinary letters; capitals only make me slower.';
const shoutingRail: InputRail = {
  name: 'no-shouting',
  run: ({ text }) =>
    text.length >= 12 && /[A-Z]/.test(text) && text === text.toUpperCase()
      ? { action: 'block', code: 'shouting', reply: { route: 'refusal', text: SHOUTING_REFUSAL } }
      : allow(),
};
const lotteryRail: InputRail = {
  name: 'lottery',
  run: ({ text }) =>
    /\blottery\b/i.test(text)
      ? { action: 'block', code: 'lottery', reply: { route: 'scam-warning', passageIds: ['scam-signs'] } }
      : allow(),
};
const IDES_NOTE = 'I read "the ides of March" as March 15.';
const idesRail: InputRail = {
  name: 'ides',
  run: ({ text }) =>
    /\bthe ides of march\b/i.test(text)
      ? {
          action: 'rewrite',
          text: text.replace(/\bthe ides of march\b/i, 'March 15'),
          code: 'ides_read',
          note: { route: 'prompt', text: IDES_NOTE },
        }
      : allow(),
};

function withPlanted(...planted: InputRail[]): TestConversation {
  return new TestConversation({ today: TODAY, inputRails: [...inputRails({ maxChars: 2000 }), ...planted] });
}

describe('a rail the bot has never heard of', () => {
  it('has its own refusal sent, then the pending question again', async () => {
    const conversation = withPlanted(shoutingRail);
    await conversation.say('CP14');
    const replies = await conversation.say('WHAT IS A CP504 NOTICE');
    expect(replies.map((r) => [r.text, r.guidance.route])).toEqual([
      [SHOUTING_REFUSAL, 'refusal'],
      [DATE_QUESTION, 'prompt'],
    ]);
  });

  it('can answer with vetted passages, sent with their sources and the disclaimer', async () => {
    const conversation = withPlanted(lotteryRail);
    const [reply] = await conversation.say('They say I won the lottery if I pay the IRS fee first');
    const passage = getPassage('scam-signs');
    expect(reply?.guidance).toEqual({
      route: 'scam-warning',
      passageIds: ['scam-signs'],
      disclaimer: true,
      paraphrased: false,
    });
    expect(reply?.text).toContain(passage.text);
    expect(reply?.text).toContain(passage.sources[0]?.url);
    expect(reply?.text).toContain(disclaimers.short);
  });

  it('has the note of its rewrite sent, and the dialog reads the rewritten text', async () => {
    const planted = withPlanted(idesRail);
    const plain = new TestConversation({ today: TODAY });
    for (const conversation of [planted, plain]) await conversation.say('CP14');
    const message = 'it is dated the ides of March, 2025';
    const [plainReply] = await plain.say(message);
    const replies = await planted.say(message);
    // Without the rail the date is not read; with it the dialog takes it and asks the next question.
    expect(plainReply?.text).toMatch(/couldn't find a date/);
    expect(replies.map((r) => [r.text, r.guidance.route])).toEqual([
      [IDES_NOTE, 'prompt'],
      ['Do you agree with the balance or the changes on the notice?', 'prompt'],
    ]);
  });
});

/** The reply each block code must get, written out from the rails' own words. */
function replyFor(c: RedTeamBlockCase): { route: string; text: string } {
  if (c.code === 'scam_report')
    return { route: 'scam-warning', text: getPassage('scam-signs').text.slice(0, 60) };
  if (c.code === 'too_long') return { route: 'refusal', text: messages('en').dialog.blockedTooLong(2000) };
  if (c.code === 'prompt_injection')
    return { route: 'refusal', text: refusalMessage('prompt_injection', 'en') };
  const category = OutOfScopeCategorySchema.parse(c.code.replace(/^out_of_scope:/, ''));
  return { route: 'refusal', text: refusalMessage(category, 'en') };
}

const blockCases = redTeamCases.filter((c): c is RedTeamBlockCase => c.route !== 'redaction');

describe('the reply of each block', () => {
  // Once an unknown code silently got the prompt-injection refusal: now every block carries its reply.
  it('is the one for its own code, for every red-team message the rails stop', async () => {
    const wrong: string[] = [];
    for (const c of blockCases) {
      const outcome = await runRails(inputRails(), { locale: 'en', text: c.text });
      const expected = replyFor(c);
      const reply = outcome.block?.reply;
      const text =
        reply && 'text' in reply ? reply.text : reply?.passageIds.map((id) => getPassage(id).text).join('\n');
      if (reply?.route !== expected.route || !text?.startsWith(expected.text))
        wrong.push(`${c.code} ${JSON.stringify(c.text.slice(0, 60))}: ${JSON.stringify(reply)}`);
    }
    expect(blockCases.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it.each(
    [...new Set(blockCases.map((c) => c.code))].map((code) => blockCases.find((c) => c.code === code)!),
  )('reaches the person through the bot: $code', async (c) => {
    const conversation = new TestConversation({ today: TODAY });
    const [reply] = await conversation.say(c.text);
    const expected = replyFor(c);
    expect(reply?.guidance.route).toBe(expected.route);
    expect(reply?.text.startsWith(expected.text)).toBe(true);
  });

  it('cannot be written without one (checked by the compiler)', () => {
    const silent: InputRail = {
      name: 'silent',
      // @ts-expect-error an input rail's block must say what the person is told
      run: () => ({ action: 'block', code: 'silent' }),
    };
    expect(silent.name).toBe('silent');
  });
});
