import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES } from '../sources.ts';

/** Quién puede ayudar y cómo dejar que alguien actúe por usted: gemelos de help.ts. */
export const helpTwins: readonly PassageTwin[] = [
  {
    id: 'taxpayer-advocate',
    twinOf: 2,
    title: 'Servicio del Defensor del Contribuyente',
    text: 'El Servicio del Defensor del Contribuyente (TAS) es una organización independiente dentro del IRS que ayuda a las personas cuyos problemas no se están resolviendo por las vías normales. Puede calificar si enfrenta un perjuicio económico o un costo importante, si ha esperado más de 30 días a que el IRS resuelva su problema, o si el IRS no cumplió una fecha que prometió. Hay al menos una oficina local del defensor en cada estado, y el TAS tiene un sitio web, taxpayeradvocate.irs.gov. Pedir ayuda al TAS no detiene sus plazos, así que siga cumpliéndolos.',
    facts: ['30 días', 'taxpayeradvocate.irs.gov'],
    ...REVIEW_ES,
  },
  {
    id: 'representation-forms',
    twinOf: 1,
    title: 'Cómo dejar que alguien trate con el IRS por usted (Formulario 2848, Formulario 8821)',
    text:
      'Si quiere que un profesional de impuestos hable y actúe por usted ante el IRS, los dos firman el ' +
      'Formulario 2848, Power of Attorney and Declaration of Representative. Si solo quiere que alguien, como ' +
      'un familiar o un preparador, vea su información tributaria sin actuar por usted, use el Formulario ' +
      '8821, Tax Information Authorization. El IRS no hablará de su cuenta con otra persona que llame a menos ' +
      'que uno de estos formularios esté en vigor. Fírmelos solo para personas de su confianza, y guarde su ' +
      'propia copia.',
    facts: ['Formulario 2848', 'Formulario 8821'],
    ...REVIEW_ES,
  },
  {
    id: 'low-income-taxpayer-clinics',
    twinOf: 1,
    title: 'Ayuda gratuita o de bajo costo: Clínicas para Contribuyentes de Bajos Ingresos',
    text:
      'Si el dinero no le alcanza, una Clínica para Contribuyentes de Bajos Ingresos quizá pueda ayudarle. ' +
      'Estas clínicas representan a personas de bajos ingresos en sus trámites con el IRS de forma gratuita o ' +
      'por un cargo pequeño. Una vez que usted firme el Formulario 2848, alguien de la clínica puede hablar ' +
      'por usted. Comuníquese pronto, mientras sus plazos siguen abiertos, porque una clínica puede necesitar ' +
      'tiempo para revisar su caso. Las páginas del IRS sobre avisos, como la del CP71A, remiten a estas ' +
      'clínicas.',
    facts: ['Formulario 2848', 'CP71A'],
    ...REVIEW_ES,
  },
  {
    id: 'professional-help',
    twinOf: 1,
    title: 'Cuándo buscar ayuda profesional',
    text:
      'Muchos avisos se pueden resolver por cuenta propia, pero algunos requieren un profesional, como un ' +
      'contador público certificado (CPA), un agente inscrito o un abogado tributario. Piense en buscar uno si ' +
      'la cantidad es grande, si enfrenta un embargo o un gravamen, si quiere acudir al Tribunal Tributario o ' +
      'si está pensando en un ofrecimiento de transacción. Un representante puede hablar con el IRS por usted ' +
      'una vez que los dos firmen el Formulario 2848. Si el costo le preocupa, una Clínica para ' +
      'Contribuyentes de Bajos Ingresos puede ayudarle de forma gratuita o por un cargo pequeño.',
    facts: ['Formulario 2848'],
    ...REVIEW_ES,
  },
];
