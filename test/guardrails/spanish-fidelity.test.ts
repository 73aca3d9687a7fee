import { describe, expect, it } from 'vitest';
import { checkSpanishFidelity } from '../../src/guardrails/spanish-fidelity.ts';
import { passageIn } from '../../src/knowledge/passages/knowledge-base.ts';

/* Each Spanish check by itself, on a real twin, with the code it answers (the evaluation measures them all). */

const TWIN = passageIn('report-impersonation', 'es').passage.text;
const PASSPORT = passageIn('passport-certification', 'es').passage.text;
const PAY = passageIn('pay-in-full-methods', 'es').passage.text;
const WINDOW = passageIn('interest-free-window', 'es').passage.text;

function check(paraphrase: string, sources: string[] = [TWIN], requiredFacts: string[] = []) {
  return checkSpanishFidelity({ paraphrase, sources, requiredFacts });
}

describe('checkSpanishFidelity', () => {
  it('accepts the twin itself, reordered, with plain words from the table', () => {
    const reordered = TWIN.split(/(?<=\.)\s+/)
      .reverse()
      .join(' ')
      .replace('Guarde', 'Conserve');
    expect(check(reordered)).toEqual({ ok: true });
  });

  it('rejects a negation taken away ("Nunca pague con una tarjeta de regalo" → "Pague con …")', () => {
    const result = check(PAY.replace('Nunca pague', 'Pague'), [PAY]);
    expect(result).toMatchObject({ ok: false, code: 'polarity_changed' });
  });

  it('rejects a possibility made an obligation ("puede" → "debe")', () => {
    const result = check(PASSPORT.replace('el IRS puede certificar', 'el IRS debe certificar'), [PASSPORT]);
    expect(result).toMatchObject({ ok: false, code: 'polarity_changed' });
  });

  it('rejects a bare answer dropped ("Sí, puede.")', () => {
    const result = check(PASSPORT.replace(/Sí, puede\.\s*/, ''), [PASSPORT]);
    expect(result).toMatchObject({ ok: false, code: 'polarity_changed' });
  });

  it('rejects a count that keeps its number but changes its kind ("21 días naturales" → "10 días naturales")', () => {
    const result = check(WINDOW.replace('21 días naturales', '10 días naturales'), [WINDOW]);
    expect(result).toMatchObject({
      ok: false,
      code: 'added_fact',
      details: [expect.stringMatching(/^10 dia\w* naturales$/)],
    });
  });

  it('rejects a phone number, a Spanish date and a form the twin does not state', () => {
    expect(check(`${TWIN} Llame al 800-555-0199.`)).toMatchObject({ ok: false, code: 'added_fact' });
    expect(check(`${TWIN} Tiene hasta el 3 de marzo de 2027.`)).toMatchObject({
      ok: false,
      code: 'added_fact',
    });
    expect(check(`${TWIN} Envíe el Formulario 656.`)).toMatchObject({ ok: false, code: 'added_fact' });
  });

  it('rejects words the twins do not use', () => {
    const result = check(`${TWIN} El IRS perdonará la deuda.`);
    expect(result).toMatchObject({ ok: false, code: 'unsupported_words' });
  });

  it('rejects a sentence of the twin left out', () => {
    const sentences = TWIN.split(/(?<=\.)\s+/);
    const result = check(sentences.slice(0, -1).join(' '));
    expect(result).toMatchObject({ ok: false, code: 'claim_dropped' });
  });

  it('rejects a paraphrase that drops the case deadline', () => {
    const result = check(
      TWIN,
      [TWIN, 'Último día para responder: 3 de marzo de 2027'],
      ['3 de marzo de 2027'],
    );
    expect(result).toMatchObject({ ok: false, code: 'dropped_fact' });
  });
});
