import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_WORDS } from '../../src/catalog/catalog.ts';
import { triage } from '../../src/knowledge/triage.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/*
 * Spanish messages through POST /api/messages (Bot Framework protocol, expectReplies): the facts a
 * person gives in Spanish are taken like English ones (issue 17). The replies' wording belongs to the
 * message catalog, so these transcripts check what does not depend on it: the facts said back (in
 * either language), and that each Spanish answer moves the triage on, so that the result comes after
 * exactly one message per question.
 */

const TODAY = '2026-12-02';
const NOV_20 = /November 20, 2026|20 de noviembre de 2026/;
const DEC_11 = /December 11, 2026|11 de diciembre de 2026/;
const text = (replies: BotReply[]) => replies.map((reply) => reply.text ?? '').join('\n---\n');
const isResult = (replies: BotReply[]) =>
  replies.some((reply) => reply.channelData?.guidance?.route === 'triage');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: TODAY });
});
afterAll(async () => {
  await app.close();
});

/** Sends each message in one conversation; only the last may bring the triage result. */
async function converse(messages: readonly string[]): Promise<BotReply[][]> {
  const client = new ExpectRepliesClient(app.url);
  const turns: BotReply[][] = [];
  for (const message of messages) turns.push(await client.send(message, { locale: 'es-US' }));
  return turns;
}

function expectResultLast(turns: readonly BotReply[][], messages: readonly string[]): BotReply[] {
  const last = turns.at(-1) ?? [];
  turns.slice(0, -1).forEach((replies, i) => {
    expect(isResult(replies), `"${messages[i]}" was not taken:\n${text(replies)}`).toBe(false);
  });
  expect(isResult(last), `no result after "${messages.at(-1)}":\n${text(last)}`).toBe(true);
  return last;
}

describe('Spanish transcripts over /api/messages', () => {
  it('takes the code, date and amount from one Spanish message, then the answers still missing', async () => {
    const messages = [
      'Recibí un aviso CP14 del IRS con fecha 20 de noviembre de 2026, debo $1,200',
      // "debo $1,200" states the balance, not agreement: that is asked, then whether they can pay.
      'sí, estoy de acuerdo',
      'no, no puedo pagarlo todo',
    ];
    const turns = await converse(messages);
    const saidBack = text(turns[0] ?? []);
    expect(saidBack).toMatch(/CP14/);
    expect(saidBack).toMatch(NOV_20);
    expect(saidBack).toMatch(/\$1,200\.00/);
    // The deadline is counted from the Spanish date: 21 days from November 20, 2026.
    expect(text(expectResultLast(turns, messages))).toMatch(DEC_11);
  });

  it.each([
    [
      'agreement "sí", an amount in Spanish form',
      ['aviso CP14', 'el 20 de noviembre de 2026', 'sí', '$1.200,50', 'no'],
    ],
    ['"no estoy de acuerdo"', ['CP14', '20 de noviembre de 2026', 'no estoy de acuerdo', '1,200 dólares']],
    ['"no sé"', ['CP14', 'viernes, 20 de noviembre de 2026', 'no sé', 'debo $1,200', 'no puedo']],
    ['"ya pagué"', ['CP14', 'el 20 de noviembre', 'no, ya pagué', '$1,200.50']],
  ])('reaches the result with one Spanish answer per question: %s', async (_name, messages) => {
    const last = expectResultLast(await converse(messages), messages);
    expect(text(last)).toMatch(DEC_11);
  });

  it('shows the result in Spanish: no English title, label, option, document or warning in the text or card', async () => {
    const messages = ['aviso CP14', '20 de noviembre de 2026', 'sí', '$1,200', 'no'];
    const last = expectResultLast(await converse(messages), messages);
    // What the person sees: the text and the card (channelData carries the result's data, not its words).
    const shown = JSON.stringify(last.map((reply) => [reply.text, reply.attachments]));
    // What the knowledge base says of this very result in English, and what the catalog says in Spanish.
    const outcome = triage(
      { noticeCode: 'CP14', noticeDate: '2026-11-20', agrees: 'yes', amountDue: 1200, canPayInFull: false },
      TODAY,
    );
    const spanish = KNOWLEDGE_WORDS.es;
    if (!outcome.ok || !spanish) throw new Error('no CP14 result or no Spanish words');
    const { result } = outcome;
    const english = [
      result.notice.title,
      ...result.deadlines.map((d) => d.label),
      ...result.options.map((o) => o.title),
      ...result.checklist.map((c) => c.item),
      ...result.warnings.map((w) => w.message),
    ];
    expect(english.filter((words) => shown.includes(JSON.stringify(words).slice(1, -1)))).toEqual([]);
    expect(shown).toContain(spanish.notices.CP14?.title);
    expect(shown).toContain(spanish.deadlines['pay-interest-free'].label);
    expect(shown).toContain(spanish.options['short-term-plan']);
  });

  it('refuses a numeric 20/11/2026 and takes the date once the month is written', async () => {
    const messages = ['CP14', '20/11/2026', '20 de noviembre de 2026', 'sí', '$1,200', 'no'];
    const turns = await converse(messages);
    expect(text(turns[1] ?? [])).not.toMatch(NOV_20);
    // Six messages for five questions: the numeric date was asked again, the written one taken.
    expect(isResult(turns.at(-1) ?? [])).toBe(true);
    expect(isResult(turns.at(-2) ?? [])).toBe(false);
  });

  it('answers "ayuda" with the help and "borrar mis datos" by deleting, not as answers', async () => {
    const [askDate = [], help = [], , deleted = [], afterDelete = []] = await converse([
      'CP14',
      'ayuda',
      '20 de noviembre de 2026',
      'borrar mis datos',
      'sí',
    ]);
    // The help, then the open question again.
    expect(text(help).length).toBeGreaterThan(text(askDate).length);
    expect(text(help).endsWith(text(askDate))).toBe(true);
    // After the deletion "sí" answers nothing: it gets what a new conversation's "sí" gets.
    const [fresh = []] = await converse(['sí']);
    expect(text(deleted)).not.toEqual(text(fresh));
    expect(text(afterDelete)).toEqual(text(fresh));
  });
});
