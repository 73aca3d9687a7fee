import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startTestApp } from '../support/test-app.ts';

const TODAY = '2026-03-10';
const en = messages('en');
const es = messages('es');

type Reply = BotReply & { locale?: string };
const texts = (replies: Reply[]) => replies.map((r) => r.text ?? '');

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function start(): Promise<ExpectRepliesClient> {
  const app = await startTestApp({ today: TODAY });
  close = () => app.close();
  return new ExpectRepliesClient(app.url);
}

describe('the language of a conversation, through /api/messages', () => {
  it('speaks Spanish to a channel whose locale is es-US: prompts, the welcome and the disclaimer', async () => {
    const client = await start();
    const joined = await client.post({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1' }],
      locale: 'es-US',
    });
    const welcome = ((await joined.json()) as { activities: Reply[] }).activities;
    expect(texts(welcome)).toEqual([
      `${es.dialog.welcome}\n\n${es.disclaimer.full}`,
      es.dialog.askNoticeCode,
    ]);
    const spanish = { locale: 'es-US' };
    expect(texts(await client.send('CP14', spanish))).toEqual([es.dialog.askNoticeDate]);
    expect(texts(await client.send('2 de marzo de 2026', spanish))).toEqual([es.dialog.askAgreement]);
    expect(texts(await client.send('sí', spanish))).toEqual([es.dialog.askAmount]);
    expect(texts(await client.send('$1200', spanish))).toEqual([es.dialog.askCanPay]);
    const result = (await client.send('no', spanish)) as Reply[];
    expect(result[0]?.text).toContain('lunes, 23 de marzo de 2026');
    // The result as sent (its text and its card): the full disclaimer, in Spanish only.
    expect(JSON.stringify(result[0])).toContain(es.disclaimer.full);
    expect(JSON.stringify(result[0])).not.toContain(en.disclaimer.full);
    expect(result[0]?.channelData?.guidance).toMatchObject({ route: 'triage', disclaimer: true });
    expect(result.every((r) => r.locale === 'es-US')).toBe(true);
  });

  it('refuses a numeric date in a Spanish conversation, where 20/11 and 11/20 read differently, and asks for the month in words', async () => {
    const client = await start();
    const spanish = { locale: 'es-US' };
    await client.send('CP14', spanish);
    expect(texts(await client.send('2/3/2026', spanish))).toEqual([es.dialog.noticeDateHint.ambiguous]);
    expect(es.dialog.noticeDateHint.ambiguous).toContain('mes en letras');
    // Nothing was lost: the code stands, and the date in words is taken (March 2, not February 3).
    expect(texts(await client.send('2 de marzo de 2026', spanish))).toEqual([es.dialog.askAgreement]);
    await client.send('sí', spanish);
    await client.send('$1200', spanish);
    const result = await client.send('no', spanish);
    expect(result[0]?.text).toContain('lunes, 23 de marzo de 2026');
  });

  it('switches when asked ("español", "English") at any point, keeping every answer given', async () => {
    const client = await start();
    expect(texts(await client.send('CP14'))).toEqual([en.dialog.askNoticeDate]);
    // The notice code is kept: the question asked again is the date's, now in Spanish.
    expect(texts(await client.send('español'))).toEqual([es.language.changed, es.dialog.askNoticeDate]);
    // The channel still says nothing of Spanish: the person's choice holds.
    expect(texts(await client.send('2 de marzo de 2026'))).toEqual([es.dialog.askAgreement]);
    expect(texts(await client.send('English'))).toEqual([en.language.changed, en.dialog.askAgreement]);
    expect(texts(await client.send('yes'))).toEqual([en.dialog.askAmount]);
    expect(texts(await client.send('en español'))).toEqual([es.language.changed, es.dialog.askAmount]);
    expect(texts(await client.send('$1200'))).toEqual([es.dialog.askCanPay]);
    expect(texts(await client.send('inglés'))).toEqual([en.language.changed, en.dialog.askCanPay]);
    const result = await client.send('no');
    // A CP14 dated March 2, 2026: every answer given across the switches reached the triage.
    expect(result[0]?.text).toContain('Monday, March 23, 2026');
    expect(JSON.stringify(result[0])).toContain(en.disclaimer.full);
  });

  it('does not switch on a sentence that only names a language', async () => {
    const client = await start();
    await client.send('CP14');
    const replies = await client.send('my English is not good');
    expect(texts(replies)).not.toContain(es.language.changed);
    expect(texts(replies)).not.toContain(en.language.changed);
  });
});
