import { describe, expect, it, vi } from 'vitest';
import * as noticeCode from '../../src/knowledge/notices/notice-code.ts';
import * as noticeDates from '../../src/dialogs/parsing/parse-notice-date.ts';
import { TestConversation } from '../support/conversation.ts';

// The real functions, counted: every call still goes through to the catalog and to the date parser.
vi.mock('../../src/knowledge/notices/notice-code.ts', async (importOriginal) => {
  const real = await importOriginal<typeof noticeCode>();
  return { ...real, lookupNotice: vi.fn(real.lookupNotice), noticeByCode: vi.fn(real.noticeByCode) };
});
vi.mock('../../src/dialogs/parsing/parse-notice-date.ts', async (importOriginal) => {
  const real = await importOriginal<typeof noticeDates>();
  return { ...real, parseNoticeDate: vi.fn(real.parseNoticeDate) };
});

const lookups = vi.mocked(noticeCode.lookupNotice);
const heldLookups = vi.mocked(noticeCode.noticeByCode);
const dateParses = vi.mocked(noticeDates.parseNoticeDate);

/** Each message of a conversation, with how often it had the notice code looked up and a date parsed. */
async function countedTurns(today: string, messages: readonly string[]) {
  const conversation = new TestConversation({ today });
  const turns: {
    text: string;
    lookups: number;
    heldLookups: number;
    dateParses: number;
    replies: string[];
  }[] = [];
  for (const text of messages) {
    lookups.mockClear();
    heldLookups.mockClear();
    dateParses.mockClear();
    const replies = await conversation.say(text);
    turns.push({
      text,
      lookups: lookups.mock.calls.length,
      heldLookups: heldLookups.mock.calls.length,
      dateParses: dateParses.mock.calls.length,
      replies: replies.map((r) => r.text),
    });
  }
  return turns;
}

describe('what a conversation reads, and how often', () => {
  // Before: 10 lookups in this conversation (the code's own turn twice, each later answer again, the
  // result five times) and the date parsed twice (botbuilder recognizes a prompt's answer twice a turn).
  it('looks the notice code up only in the messages that may name it, and parses the date once', async () => {
    const turns = await countedTurns('2026-03-10', [
      'hi',
      'I got a cp-14',
      'March 2, 2026',
      'yep',
      '$1,200.00',
      'yes',
    ]);
    expect(turns.at(-1)?.replies[0]).toMatch(/Monday, March 23, 2026\*\* \(13 days left\)/);
    expect(turns.map((t) => [t.text, t.lookups, t.dateParses])).toEqual([
      ['hi', 0, 0],
      ['I got a cp-14', 1, 0],
      ['March 2, 2026', 0, 1],
      ['yep', 0, 0],
      ['$1,200.00', 0, 0],
      ['yes', 0, 0],
    ]);
  });

  // Before: 5 lookups and 2 date parses for the story, then 2 lookups for the "yes".
  it('reads a whole story in one message once, and goes to the result without reading it again', async () => {
    const turns = await countedTurns('2026-03-10', [
      'I got a CP14 dated March 2, 2026 for $1,200 and I agree, I can pay it all',
      'yes',
    ]);
    expect(turns.at(-1)?.replies[0]).toMatch(/Monday, March 23, 2026\*\* \(13 days left\)/);
    expect(turns.map((t) => [t.lookups, t.dateParses])).toEqual([
      [1, 1],
      [0, 0],
    ]);
  });

  // Before: the answer to the printed-date question looked the held code up twice (once to know which
  // deadline the date was asked for, once to go on).
  it('looks the code it holds up once per answer, the printed date included', async () => {
    const turns = await countedTurns('2026-04-10', [
      'I got an LT16',
      '3/20/2026',
      'yes',
      '$1,200',
      'yes',
      'April 5, 2026',
    ]);
    expect(turns.at(-1)?.replies[0]).toMatch(/^\*\*LT16/);
    expect(turns.map((t) => [t.text, t.heldLookups])).toEqual([
      ['I got an LT16', 1],
      ['3/20/2026', 1],
      ['yes', 1],
      ['$1,200', 1],
      ['yes', 1],
      ['April 5, 2026', 1],
    ]);
  });
});
