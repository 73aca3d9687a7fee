import { describe, expect, it } from 'vitest';
import { ENGLISH_CONVENTIONS, SPANISH_CONVENTIONS } from '../../../src/dialogs/parsing/conventions.ts';
import { parseAgreement, type AgreementParse } from '../../../src/dialogs/parsing/parse-agreement.ts';
import { parseCommand, type Command } from '../../../src/dialogs/parsing/parse-command.ts';
import { parseYesNo, type YesNoParse } from '../../../src/dialogs/parsing/parse-yes-no.ts';
import { readFacts, type ReadingContext } from '../../../src/dialogs/parsing/read-facts.ts';
import { lookupNotice } from '../../../src/knowledge/notices/notice-code.ts';

/*
 * Spanish answers, commands and notice codes (issue 17). Words are read in any conversation: no Spanish
 * answer word means something else in English. The unit tests of each parser cover the English side.
 */

const yes: AgreementParse = { ok: true, agreement: 'yes', alreadyPaid: false };
const no: AgreementParse = { ok: true, agreement: 'no', alreadyPaid: false };
const unsure: AgreementParse = { ok: true, agreement: 'unsure', alreadyPaid: false };
const paid: AgreementParse = { ok: true, agreement: 'no', alreadyPaid: true };
const notUnderstood = { ok: false, code: 'not_understood' } as const;

describe('parseAgreement in Spanish', () => {
  it.each<[string, AgreementParse | typeof notUnderstood]>([
    ['sí', yes],
    ['Sí', yes],
    ['si', yes],
    ['síííí', yes],
    ['claro que sí', yes],
    ['estoy de acuerdo', yes],
    ['Sí, estoy de acuerdo', yes],
    ['de acuerdo con el saldo', yes],
    ['es correcto', yes],
    ['el saldo es correcto', yes],
    ['sí, lo debo', yes],
    ['no', no],
    ['no estoy de acuerdo', no],
    ['No, no estoy de acuerdo con eso', no],
    ['estoy en desacuerdo', no],
    ['no es correcto', no],
    ['la cantidad está mal', no],
    ['no lo debo', no],
    ['no debo nada', no],
    ['eso no es mío', no],
    ['el IRS se equivocó', no],
    ['no sé', unsure],
    ['No sé si lo debo', unsure],
    ['no estoy segura', unsure],
    ['tal vez', unsure],
    ['más o menos', unsure],
    ['estoy de acuerdo en parte', unsure],
    ['solo debo una parte', unsure],
    ['ya pagué', paid],
    ['Ya lo pagué', paid],
    ['ya pague todo', paid],
    ['no, ya pagué', paid],
    ['ya está pagado', paid],
    ['ya mandé el pago', paid],
    ['no sé, ya pagué', { ok: true, agreement: 'unsure', alreadyPaid: true }],
    ['sí, gracias', yes],
    // Both answers at once, or not being able to pay after a "no", are asked again.
    ['sí y no estoy de acuerdo', notUnderstood],
    ['no, no puedo pagar', notUnderstood],
    ['el perro comió la carta', notUnderstood],
  ])('%s', (text, expected) => {
    expect(parseAgreement(text)).toEqual(expected);
  });

  it('reads "ya" as yes alone and as "already" before a payment', () => {
    expect(parseAgreement('ya')).toEqual(yes);
    expect(parseAgreement('ya, I agree')).toEqual(yes);
    expect(parseAgreement('ya pagué')).toEqual(paid);
  });
});

describe('parseYesNo in Spanish', () => {
  const y: YesNoParse = { ok: true, value: true };
  const n: YesNoParse = { ok: true, value: false };
  it.each<[string, YesNoParse]>([
    ['sí', y],
    ['Sí, claro', y],
    ['por supuesto', y],
    ['así es', y],
    ['sí puedo', y],
    ['puedo pagarlo todo ahora', y],
    ['sí, es correcto', y],
    ['no', n],
    ['no puedo', n],
    ['no puedo pagar todo', n],
    ['para nada', n],
    ['todavía no', n],
    ['no, gracias', n],
    ['no sé', notUnderstood],
    ['sí y no', notUnderstood],
  ])('%s', (text, expected) => {
    expect(parseYesNo(text)).toEqual(expected);
  });
});

describe('parseCommand in Spanish', () => {
  it.each<[string, Command | undefined]>([
    ['ayuda', 'help'],
    ['AYUDA', 'help'],
    ['¿?', 'help'],
    ['necesito ayuda, por favor', 'help'],
    ['reiniciar', 'restart'],
    ['empezar de nuevo', 'restart'],
    ['quiero volver a empezar', 'restart'],
    ['cancelar', 'cancel'],
    ['atrás', 'back'],
    ['volver a la pregunta anterior', 'back'],
    ['ver la lista de avisos', 'list'],
    ['no encuentro el código', 'cant-find'],
    ['hablar con una persona', 'human'],
    ['Quiero hablar con una persona real', 'human'],
    ['un agente', 'human'],
    ['borrar mis datos', 'delete-my-data'],
    ['Borren mis datos por favor', 'delete-my-data'],
    ['eliminar mi información', 'delete-my-data'],
    ['olvídame', 'delete-my-data'],
    // A sentence that only contains a command word goes to the dialog or the free-text path.
    ['¿me puedes ayudar a entender mi CP14?', undefined],
    ['¿qué pasa si no pago?', undefined],
    ['no', undefined],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toBe(expected);
  });
});

describe('notice codes in Spanish', () => {
  it.each([
    ['aviso CP14', 'CP14'],
    ['Recibí el aviso cp 504', 'CP504'],
    ['carta 1058', 'Letter 1058'],
    ['la Carta núm. 1058', 'Letter 1058'],
    ['tengo una carta 1058 del 3 de marzo de 2026', 'Letter 1058'],
  ])('%s → %s', (text, code) => {
    const lookup = lookupNotice(text);
    expect(lookup.ok && lookup.notice.code).toBe(code);
  });

  it('does not take a Spanish date or amount for a code', () => {
    expect(lookupNotice('20 de noviembre de 2026')).toMatchObject({ ok: false });
    expect(lookupNotice('debo 2000 dólares')).toMatchObject({ ok: false });
  });
});

describe('readFacts on Spanish messages', () => {
  const today = '2026-12-02';
  const es: ReadingContext = { today, conventions: SPANISH_CONVENTIONS };
  const en: ReadingContext = { today, conventions: ENGLISH_CONVENTIONS };

  it('takes the code, the date and the amount from the whole story, in either conversation', () => {
    const message = 'Recibí un aviso CP14 del IRS con fecha 20 de noviembre de 2026, debo $1,200';
    for (const context of [es, en]) {
      const { facts, problems } = readFacts(message, context);
      expect(facts).toMatchObject({
        noticeCode: 'CP14',
        noticeDate: { date: '2026-11-20', veryOld: false },
        amountDue: 1200,
      });
      expect(problems).toEqual([]);
      // "debo $1,200" states the balance; it does not say the person agrees with it.
      expect(facts.agrees).toBeUndefined();
    }
  });

  it('reads agreement, ability to pay, address and tax year in Spanish', () => {
    const { facts } = readFacts(
      'Tengo la carta 1058 del 3 de noviembre, no estoy de acuerdo, vivo fuera de Estados Unidos y no puedo pagar, es del año fiscal 2024',
      es,
    );
    expect(facts).toEqual({
      noticeCode: 'Letter 1058',
      noticeDate: { date: '2026-11-03', veryOld: false },
      agrees: { agreement: 'no', alreadyPaid: false },
      addressOutsideUS: true,
      canPayInFull: false,
      taxYear: 2024,
    });
  });

  it('reads Spanish amounts and keeps a payment apart from the balance', () => {
    expect(readFacts('el aviso dice $1.200,50', es).facts.amountDue).toBe(1200.5);
    expect(readFacts('puedo pagar $200, el aviso dice $2,400', es).facts.amountDue).toBe(2400);
    expect(readFacts('1.200', { ...es, asked: 'amountDue' }).facts.amountDue).toBe(1200);
  });

  it('refuses a numeric date in Spanish and asks for the month in words', () => {
    const { facts, problems } = readFacts('aviso CP14 con fecha 20/11/2026', es);
    expect(facts.noticeDate).toBeUndefined();
    expect(problems).toEqual([{ slot: 'noticeDate', code: 'ambiguous' }]);
    expect(readFacts('CP14 dated 11/20/2026', en).facts.noticeDate?.date).toBe('2026-11-20');
  });

  it('takes a bare answer to the question asked', () => {
    expect(readFacts('sí', { ...es, asked: 'agrees' }).facts.agrees).toEqual({
      agreement: 'yes',
      alreadyPaid: false,
    });
    expect(readFacts('ya pagué', { ...es, asked: 'agrees' }).facts.agrees).toEqual({
      agreement: 'no',
      alreadyPaid: true,
    });
    expect(readFacts('el 3 de marzo', { ...es, asked: 'noticeDate' }).facts.noticeDate?.date).toBe(
      '2026-03-03',
    );
    expect(readFacts('no', { ...es, asked: 'canPayInFull' }).facts.canPayInFull).toBe(false);
  });
});
