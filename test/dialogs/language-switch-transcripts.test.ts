import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_WORDS, messages } from '../../src/catalog/catalog.ts';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { hasService } from '../support/services.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { NOTICE_PAGES } from '../reading/support/notice-pages.ts';
import { FixtureRenderer } from '../reading/support/rendered-fixtures.ts';

/*
 * Switching language where the question pending was built before the switch (issue 17): the consultation
 * intake and the confirmation of a notice read from a PDF. Through POST /api/messages; each switch asks
 * the pending question again in the new language (its buttons and its list too), and every answer given
 * before and after it reaches the intake the firm receives.
 */

const TODAY = '2026-11-20';
const STAFF_TOKEN = 'staff-token-0123456789abcdef0123456789';
const en = messages('en');
const es = messages('es');
const esKnowledge = KNOWLEDGE_WORDS.es;

type Reply = BotReply & { suggestedActions?: { actions: { title: string }[] } };
const texts = (replies: Reply[]) => replies.map((r) => r.text ?? '');
const buttons = (replies: Reply[]) => replies.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: TODAY, env: { STAFF_API_TOKEN: STAFF_TOKEN } });
});
afterAll(async () => {
  await app.close();
});

describe('a language switch during the consultation intake, through /api/messages', () => {
  it('asks the pending question again in the new language, its buttons and documents too, and keeps every answer', async () => {
    const chat = new ExpectRepliesClient(app.url);
    for (const answer of ['CP14', 'November 2, 2026', 'yes', '$1,200', 'no']) await chat.send(answer);
    expect(texts(await chat.send('Book a consultation'))).toEqual([en.dialog.intake.askName]);

    expect(texts(await chat.send('español'))).toEqual([es.language.changed, es.dialog.intake.askName]);
    expect(texts(await chat.send('Maria Lopez'))).toEqual([es.dialog.intake.askContact]);
    const method = await chat.send('maria@example.com o (202) 555-0147');
    expect(texts(method)).toEqual([es.dialog.intake.askMethod]);
    const { methodLabel } = es.dialog.intake;
    expect(buttons(method)).toEqual([methodLabel.email, methodLabel.phone, methodLabel.text]);

    const switched = await chat.send('inglés');
    expect(texts(switched)).toEqual([en.language.changed, en.dialog.intake.askMethod]);
    expect(buttons(switched)).toEqual(['Email', 'Phone call', 'Text message']);
    expect(texts(await chat.send('Text message'))).toEqual([en.dialog.intake.askTimes]);
    expect(texts(await chat.send('weekday mornings'))).toEqual([en.dialog.intake.askDescription]);
    const have = await chat.send('I think I paid part of this in October');
    expect(have.at(-1)?.text).toContain('1. The notice itself');

    // The documents of the list are the case's own, now in Spanish.
    const spanishHave = await chat.send('español');
    expect(spanishHave[0]?.text).toBe(es.language.changed);
    expect(spanishHave.at(-1)?.text).toContain(`1. ${esKnowledge?.checklist.notice}`);
    expect(spanishHave.at(-1)?.text).not.toContain('The notice itself');
    expect(buttons(spanishHave)).toEqual([es.dialog.intake.buttons.all, es.dialog.intake.buttons.none]);
    // FIRM_NAME is not set: the default firm name.
    expect(texts(await chat.send('1, 3'))).toEqual([es.dialog.intake.askConsent('our partner tax firm')]);
    const sent = await chat.send('sí');
    expect(sent[0]?.channelData?.guidance?.route).toBe('intake');

    const listed = await fetch(`${app.url}/api/intakes`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    const { intakes } = (await listed.json()) as { intakes: { intake: Record<string, unknown> }[] };
    expect(intakes).toHaveLength(1);
    // Every answer given across the three switches, and the language the person ended in.
    expect(intakes[0]?.intake).toMatchObject({
      contact: { name: 'Maria Lopez', email: 'maria@example.com', mobile: '+12025550147' },
      preferredContact: { method: 'text', times: 'weekday mornings' },
      description: 'I think I paid part of this in October',
      notice: { code: 'CP14', date: '2026-11-02', amountDue: 1200 },
      agreement: 'yes',
      locale: 'es',
    });
    const checklist = intakes[0]?.intake.checklist as { have: boolean | null }[];
    expect(checklist.slice(0, 3).map((c) => c.have)).toEqual([true, false, true]);
  });
});

describe.skipIf(!(await hasService('chromium')))(
  'a language switch at the confirmation of a notice read from a PDF, through /api/messages',
  () => {
    let pdf: Buffer;
    beforeAll(async () => {
      const renderer = new FixtureRenderer();
      pdf = await renderer.render(NOTICE_PAGES[0]!, 'pdf');
      await renderer.close();
    }, 120_000);

    it('says what it read again in the new language and keeps it through to the result', async () => {
      const chat = new ExpectRepliesClient(app.url);
      const attachment = {
        contentType: 'application/pdf',
        contentUrl: `data:application/pdf;base64,${pdf.toString('base64')}`,
        name: 'notice.pdf',
      };
      const [confirm] = await chat.send('', { attachments: [attachment] });
      expect(confirm?.text).toBe(
        'I read a CP14 dated November 16, 2026 for tax year 2025, $2,418.77 due by December 7, 2026: is that right?',
      );
      const switched = await chat.send('español');
      expect(texts(switched)).toEqual([
        es.language.changed,
        'Leí un CP14 con fecha del 16 de noviembre de 2026 del año tributario 2025, $2,418.77 a pagar a más tardar el 7 de diciembre de 2026: ¿es correcto?',
      ]);
      expect(buttons(switched)).toEqual(es.dialog.yesNoChoices);
      // Confirmed in Spanish: the code, date and amount read are kept; the next question is the first missing.
      expect(texts(await chat.send('sí'))).toEqual([es.dialog.askAgreement]);
      expect(texts(await chat.send('sí'))).toEqual([es.dialog.askCanPay]);
      const result = await chat.send('sí');
      expect(result[0]?.text).toMatch(/^\*\*lunes, 7 de diciembre de 2026\*\*/);
    });
  },
);
