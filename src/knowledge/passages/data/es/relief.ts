import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES } from '../sources.ts';

/** Alivio de multas: gemelos de relief.ts. */
export const reliefTwins: readonly PassageTwin[] = [
  {
    id: 'first-time-abatement',
    twinOf: 2,
    title: 'Alivio de multas por primera vez',
    text: 'Si tiene un buen historial de presentar y pagar a tiempo, pregunte si el IRS le quitaría una multa como alivio por primera vez. No pudimos confirmar las condiciones exactas en una fuente del IRS, por eso esta guía no las enumera: llame al número de su aviso, pregunte si califica y tenga a mano su historial de declaraciones y pagos. Si no califica, todavía puede pedir alivio porque el incumplimiento se debió a una causa razonable. Se puede hacer una solicitud por escrito con el Formulario 843, el formulario que el reglamento indica para reclamar la reducción de una multa ya tasada.',
    facts: ['Formulario 843'],
    ...REVIEW_ES,
  },
  {
    id: 'reasonable-cause',
    twinOf: 1,
    title: 'Alivio de multas por una buena razón (causa razonable)',
    text:
      'Si algo fuera de su control le impidió presentar o pagar a tiempo, puede pedirle al IRS que elimine la ' +
      'multa por causa razonable. La ley pregunta si el incumplimiento se debió a una causa razonable y no a ' +
      'una negligencia intencional. En la práctica, el IRS mira si usted actuó con el cuidado y el sentido ' +
      'común de siempre y aun así no pudo cumplir. Explique qué pasó y cuándo, muestre cómo lo corrigió en ' +
      'cuanto pudo, e incluya pruebas. Puede pedirlo por escrito, por teléfono o con el Formulario 843.',
    facts: ['Formulario 843'],
    ...REVIEW_ES,
  },
  {
    id: 'penalty-relief-request',
    twinOf: 2,
    title: 'Cómo pedir que se elimine una multa',
    text: 'Puede pedir alivio de multas de varias maneras. Puede llamar al número de su aviso y pedirlo, o enviar una solicitud por escrito. También puede presentar el Formulario 843, Claim for Refund and Request for Abatement: el reglamento lo indica como el formulario para reclamar la reducción de una multa, de intereses o de otra cantidad ya tasada. No sirve para pedirle al IRS que reduzca el impuesto sobre los ingresos en sí. Explique por qué se debe quitar la multa, y guarde copias de su solicitud y de las pruebas que envíe.',
    facts: ['Formulario 843'],
    ...REVIEW_ES,
  },
  {
    id: 'math-error-abatement',
    twinOf: 1,
    title: 'Si el IRS cambió su declaración por un error matemático',
    text:
      'Un aviso por error matemático, como el CP11, el CP12 o el CP13, significa que el IRS cambió su ' +
      'declaración porque cree que hubo un error de cálculo. Si no está de acuerdo, comuníquese con el IRS ' +
      'dentro de 60 días desde la fecha del aviso. La ley exige entonces que el IRS anule el cambio. Si aún ' +
      'cree que usted debe, tiene que enviarle un aviso formal de deficiencia, que le da el derecho de acudir ' +
      'al Tribunal Tributario. Si pasan los 60 días, usted pierde ese derecho ante el Tribunal Tributario para ' +
      'este cambio, aunque todavía puede presentar más adelante una reclamación de reembolso. Si está de ' +
      'acuerdo, pague a más tardar en la fecha del aviso.',
    facts: ['CP11', 'CP12', 'CP13', '60 días'],
    ...REVIEW_ES,
  },
];
