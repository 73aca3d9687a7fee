import { describe, expect, it } from 'vitest';
import { redactPii, type PiiKind } from '../../src/guardrails/pii/redact-pii.ts';
import { classifyScope, findScamSignals, type ScamSignal } from '../../src/guardrails/scope/scope-rules.ts';

/*
 * The scam screen and PII redaction on Spanish text (issue 17). A Spanish-speaking person about to pay a
 * criminal with gift cards must get the scam warning, and a Social Security number typed after
 * "número de seguro social" must never be stored.
 */

describe('scam screen on Spanish messages', () => {
  it.each<[string, ScamSignal[]]>([
    ['Me llamaron del IRS y me piden que pague con tarjetas de regalo', ['gift_card', 'unexpected_contact']],
    ['¿Puedo pagar la deuda con una tarjeta de regalo de Amazon?', ['gift_card']],
    ['Dicen que tengo que mandar una transferencia bancaria de inmediato', ['wire_transfer']],
    ['Me exigieron pagar en un cajero de bitcoin', ['crypto_demand']],
    ['Me dijeron que la policía me va a arrestar si no pago hoy', ['threat_of_arrest']],
    ['Amenazaron con meterme a la cárcel y deportarme', ['threat_of_arrest']],
    [
      'Recibí un mensaje de texto del IRS con un enlace para pagar',
      ['unexpected_contact', 'link_in_message'],
    ],
    ['Un hombre vino a mi casa diciendo que debo impuestos', ['in_person_demand']],
  ])('%s', (text, signals) => {
    expect(findScamSignals(text)).toEqual(signals);
    expect(classifyScope(text)).toEqual({ kind: 'scam_report', signals });
  });

  it.each([
    'Recibí un aviso CP14 del IRS con fecha 20 de noviembre de 2026, debo $1,200',
    '¿Puedo pagar con tarjeta de débito en IRS.gov?',
    '¿Qué es un plan de pagos?',
    'no estoy de acuerdo con el saldo',
  ])('leaves an ordinary Spanish message in scope: %s', (text) => {
    expect(classifyScope(text)).toEqual({ kind: 'in_scope' });
  });
});

describe('PII redaction on Spanish messages', () => {
  it.each<[string, string, PiiKind[]]>([
    ['mi número de seguro social es 123456789', 'mi número de seguro social es [SSN removed]', ['ssn']],
    ['Seguro Social: 123-45-6789', 'Seguro Social: [SSN removed]', ['ssn']],
    // Not a valid SSN shape on its own: only the words in front of it mark it.
    ['número de seguro social 000123456', 'número de seguro social [SSN removed]', ['ssn']],
    ['número de cuenta 00123456789', 'número de cuenta [account number removed]', ['bank_account']],
    ['el número de ruta es 021000021', 'el número de ruta es [routing number removed]', ['routing_number']],
    ['tarjeta de crédito 4111 1111 1111 1111', 'tarjeta de crédito [card number removed]', ['card_number']],
    [
      'fecha de nacimiento: 3 de marzo de 1980',
      'fecha de nacimiento: [date of birth removed]',
      ['date_of_birth'],
    ],
    [
      'número de identificación patronal 123456789',
      'número de identificación patronal [EIN removed]',
      ['ein'],
    ],
  ])('%s', (input, output, found) => {
    expect(redactPii(input)).toEqual({ text: output, found });
  });

  it('keeps an amount owed next to Spanish money words', () => {
    const text = 'En mi cuenta dice que debo 1250000 dólares';
    expect(redactPii(text)).toEqual({ text, found: [] });
  });
});
