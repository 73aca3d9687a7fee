import { describe, expect, it } from 'vitest';
import { questionIn } from '../../src/dialogs/asking-dialog.ts';

/*
 * A Spanish question typed where an answer was expected is answered (from the Spanish twins); a Spanish
 * answer to the pending question is not mistaken for one.
 */

describe('questionIn reads Spanish questions', () => {
  it.each([
    '¿puedo pagar con tarjeta?',
    'cuanto cuesta un plan de pagos',
    'Cuándo vence el plazo',
    'me pueden quitar el pasaporte',
    'recibí un cp14, que hago',
    'tengo un aviso y no se que hacer, puedo pedir un plan',
    'ahora mismo no puedo pagar nada',
  ])('%s', (text) => {
    expect(questionIn(text)).toBe(text);
  });

  it.each([
    'sí',
    'no estoy de acuerdo',
    'no sé',
    '20 de noviembre de 2026',
    'CP14',
    'es el aviso CP504',
    '$1.200,50',
  ])('takes "%s" as an answer, not a question', (text) => {
    expect(questionIn(text)).toBeUndefined();
  });
});
