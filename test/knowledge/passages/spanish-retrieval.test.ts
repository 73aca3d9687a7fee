import { describe, expect, it } from 'vitest';
import { knowledgeBase, passageIn } from '../../../src/knowledge/passages/knowledge-base.ts';
import { retrievePassages } from '../../../src/knowledge/passages/retrieve.ts';
import { spanishStem, spanishWords } from '../../../src/knowledge/spanish/spanish-words.ts';

/*
 * Retrieval in Spanish reads the Spanish twins in Spanish words: folded accents, Snowball stems, the
 * Spanish synonym tables. The whole bot's Spanish accuracy is measured in test/bot/spanish-answerability.
 */

describe('Spanish words', () => {
  it.each([
    ['pagar', 'pagos', 'pagué', 'pague'],
    ['declaración', 'declaracion', 'declaraciones'],
    ['embargo', 'embargar', 'embargaron'],
    ['multa', 'multas'],
  ])('%s and its forms share one stem', (...forms) => {
    const stems = new Set(forms.map((form) => spanishStem(spanishWords(form)[0] ?? '')));
    expect([...stems]).toHaveLength(1);
  });

  it('reads a question without its accents and marks', () => {
    expect(spanishWords('¿Cuánto cuesta un Plan de Pagos?')).toEqual([
      'cuanto',
      'cuesta',
      'un',
      'plan',
      'de',
      'pagos',
    ]);
  });
});

describe('retrievePassages in Spanish', () => {
  it('finds each twin by its own title, first or among the three best', () => {
    const misses = knowledgeBase.passages.filter((english) => {
      const { title } = passageIn(english.id, 'es').passage;
      const found = retrievePassages(title, knowledgeBase, { language: 'es', max: 3 });
      return !found.ok || !found.passages.some((scored) => scored.passage.id === english.id);
    });
    expect(misses.map((p) => p.id)).toEqual([]);
  });

  it('answers a Spanish question that English retrieval refuses', () => {
    const question = 'cuanto es la multa por pagar tarde';
    expect(retrievePassages(question, knowledgeBase).ok).toBe(false);
    const spanish = retrievePassages(question, knowledgeBase, { language: 'es' });
    expect(spanish.ok && spanish.passages[0]?.passage.id).toBe('failure-to-pay-penalty');
  });

  it.each([
    'cual es el mejor programa para hacer impuestos',
    'como declaro mis impuestos del estado',
    'cuando me llega el reembolso de este año',
    'que tiempo va a hacer mañana',
    'como cambio mi nombre con el irs',
  ])('refuses a subject no passage covers although the passages use its words: %s', (question) => {
    expect(retrievePassages(question, knowledgeBase, { language: 'es' }).ok).toBe(false);
  });

  it.each([
    ['el irs me puso un lien', ['lien-vs-levy', 'lien-filing-notice']],
    ['me pueden dar un convenio para pagar por partes', ['installment-agreement']],
    ['tengo una sancion por declarar tarde', ['failure-to-file-penalty']],
    ['mi mama fallecio y por eso no pague a tiempo, me perdonan la multa', ['reasonable-cause']],
    ['como me comunico con el irs por telefono', ['contact-irs']],
    ['quiero pagar todo con transferencia desde mi banco', ['pay-in-full-methods']],
  ])('reads the everyday or borrowed word for a subject as the twins do: %s', (question, ids) => {
    const found = retrievePassages(question, knowledgeBase, { language: 'es' });
    expect(found.ok && ids.includes(found.passages[0]?.passage.id ?? '')).toBe(true);
  });

  it.each([
    ['quiero pagar la tarjeta antes de la fecha de corte', 'quiero pagar los impuestos con tarjeta'],
    [
      'cuanto me cobra un preparador por hacer mis impuestos',
      'un preparador me puede ayudar a presentar mis impuestos atrasados',
    ],
  ])('refuses a look-alike no passage covers (%s), not its covered twin (%s)', (uncovered, covered) => {
    expect(retrievePassages(uncovered, knowledgeBase, { language: 'es' }).ok).toBe(false);
    expect(retrievePassages(covered, knowledgeBase, { language: 'es' }).ok).toBe(true);
  });

  it('names a language it cannot read', () => {
    expect(() => retrievePassages('quel est le délai', knowledgeBase, { language: 'fr' })).toThrow(/"fr"/);
  });
});
