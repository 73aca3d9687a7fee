import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES } from '../sources.ts';

/** Facturas, recordatorios, embargos, gravámenes y audiencias: gemelos de collection.ts. */
export const collectionTwins: readonly PassageTwin[] = [
  {
    id: 'first-bill',
    twinOf: 2,
    title: 'CP14: su primera factura',
    text: 'Un CP14 suele ser la primera factura después de que el IRS registra un impuesto que usted debe. Muestra el año tributario, la cantidad y una fecha límite de pago. Si paga la cantidad completa a más tardar en esa fecha, no se agregan más intereses. Si no puede, hay planes de pago disponibles, y si no está de acuerdo puede llamar al número del aviso. En esta etapa no se ofrece una audiencia formal. Algunas cuentas reciben una factura con otro código, como el CP161; guíese por lo que dice y por la fecha impresa en ella. Si la factura sigue sin pagarse, casi siempre llegan después recordatorios como el CP501.',
    facts: ['CP14', 'CP161', 'CP501'],
    ...REVIEW_ES,
  },
  {
    id: 'reminder-notices',
    twinOf: 2,
    title: 'CP501 y CP503: recordatorios de que todavía debe',
    text: 'Un CP501 es un recordatorio de que un saldo sigue sin pagarse, y muestra una fecha límite de pago. Un CP503 parece ser un recordatorio posterior, pero no pudimos confirmar sus detalles en una fuente del IRS, así que guíese por lo que dice y por la fecha impresa en él. Estos recordatorios no le dan una audiencia formal, pero puede llamar al número del aviso si no está de acuerdo. El CP501 también explica que puede apelar en el Programa de Apelaciones de Cobro antes de que empiecen las acciones de cobro. El IRS puede presentar un gravamen tributario en cualquier momento mientras el saldo no esté pagado, y antes de embargar debe enviarle un aviso de intención de embargo.',
    facts: ['CP501', 'CP503'],
    ...REVIEW_ES,
  },
  {
    id: 'intent-to-levy',
    twinOf: 2,
    title: 'CP504: aviso de intención de embargo',
    text: 'Un CP504 es una advertencia seria de que el IRS tiene la intención de embargar (quitarle) bienes para pagar la deuda. Las reglas tributarias exigen un aviso por escrito de intención de embargo al menos 30 días antes de un embargo. La versión para negocios, el CP504B, dice que es ese aviso según la sección 6331(d) del código tributario y le pide pagar o llamar dentro de 30 días desde la fecha del aviso. Este tipo de aviso no le da una audiencia del Debido Proceso de Cobro, pero puede usar el Programa de Apelaciones de Cobro. Si no puede pagar todo, llame al número del aviso antes de la fecha que indica.',
    facts: ['CP504', '30 días', 'CP504B', 'sección 6331(d)'],
    ...REVIEW_ES,
  },
  {
    id: 'final-levy-notice',
    twinOf: 1,
    title: 'LT11, Letter 1058 o CP90: aviso final antes de un embargo',
    text:
      'Estos son los avisos que debe atender primero. El LT11, la Letter 1058 y el CP90 son avisos finales de ' +
      'que el IRS tiene la intención de embargar, y le dan derecho a una audiencia del Debido Proceso de ' +
      'Cobro. Tiene 30 días desde la fecha del aviso para pedirla con el Formulario 12153. Una solicitud con ' +
      'matasellos dentro del plazo, por lo general, detiene el embargo mientras la Oficina de Apelaciones del ' +
      'IRS revisa su caso. Una vez que pasan los 30 días, el IRS puede empezar a quitarle salarios, dinero del ' +
      'banco y otros bienes, y la audiencia que todavía puede obtener ya no lleva al Tribunal Tributario.',
    facts: ['LT11', 'Letter 1058', 'CP90', '30 días', 'Formulario 12153'],
    ...REVIEW_ES,
  },
  {
    id: 'unpaid-taxes-letter',
    twinOf: 2,
    title: 'LT16: comuníquese con el IRS a más tardar en la fecha de la carta',
    text:
      'Un LT16 dice que usted tiene impuestos sin pagar o declaraciones sin presentar, y le pide que se ' +
      'comunique. Para evitar medidas de cobro, como un embargo o un gravamen tributario, el IRS le pide que se ' +
      'comunique con él; guíese por la fecha impresa en la carta, porque las páginas del IRS no dan un número ' +
      'fijo de días. Llame al número de la carta, presente las declaraciones que falten y pregunte por un plan ' +
      'de pagos si no puede pagar todo. Si cree que el impuesto mismo está mal, puede pedir una audiencia con ' +
      'la Oficina de Apelaciones del IRS.',
    facts: ['LT16'],
    ...REVIEW_ES,
  },
  {
    id: 'cdp-hearing',
    twinOf: 1,
    title: 'Audiencia del Debido Proceso de Cobro (Formulario 12153)',
    text:
      'Una audiencia del Debido Proceso de Cobro permite que la Oficina de Apelaciones del IRS revise un ' +
      'embargo planeado o un gravamen presentado antes de que el cobro siga adelante. Entre los avisos que la ' +
      'ofrecen están el LT11, la Letter 1058, el CP90 y la Letter 3172. Para pedirla, envíe el Formulario ' +
      '12153 a la dirección del aviso, con matasellos dentro del plazo que da el aviso, casi siempre 30 días. ' +
      'Una solicitud a tiempo, por lo general, detiene un embargo y suspende el plazo de 10 años que tiene el ' +
      'IRS para cobrar mientras dura la audiencia. Si no está de acuerdo con la decisión, tiene 30 días ' +
      'después de ella para acudir al Tribunal Tributario.',
    facts: ['LT11', 'Letter 1058', 'CP90', 'Letter 3172', 'Formulario 12153', '30 días', '10 años'],
    ...REVIEW_ES,
  },
  {
    id: 'equivalent-hearing',
    twinOf: 1,
    title: '¿Se le pasó el plazo de la audiencia? La audiencia equivalente',
    text:
      'Si ya pasaron los 30 días para pedir una audiencia del Debido Proceso de Cobro, todavía puede pedirle a ' +
      'la Oficina de Apelaciones del IRS una audiencia equivalente. Se usa el mismo Formulario 12153, y debe ' +
      'enviarlo dentro del plazo de 1 año que describe ese formulario. Apelaciones revisa el mismo tipo de ' +
      'asuntos, pero hay una gran diferencia: no puede llevar la decisión al Tribunal Tributario. Así que, si ' +
      'todavía está dentro de los 30 días, pida mejor la audiencia completa.',
    facts: ['30 días', 'Formulario 12153', '1 año'],
    ...REVIEW_ES,
  },
  {
    id: 'collection-appeals-program',
    twinOf: 2,
    title: 'Programa de Apelaciones de Cobro (CAP)',
    text: 'El Programa de Apelaciones de Cobro suele ser una forma más rápida de que la Oficina de Apelaciones del IRS revise una acción de cobro. Puede usarlo antes o después de que se presente un gravamen o de que se embarguen o incauten bienes, y cuando el IRS rechaza, termina o cambia su acuerdo de pagos a plazos. No puede usarlo para sostener que no debe el impuesto, y no puede acudir a un tribunal si no está de acuerdo con la decisión. Las solicitudes se hacen con el Formulario 9423. Para apelar un plan de pagos rechazado, actúe pronto y cumpla el plazo que da la carta de rechazo.',
    facts: ['Formulario 9423'],
    ...REVIEW_ES,
  },
  {
    id: 'lien-vs-levy',
    twinOf: 1,
    title: 'Gravamen o embargo: ¿cuál es la diferencia?',
    text:
      'Un gravamen y un embargo son pasos distintos. Un gravamen tributario federal es el derecho legal que el ' +
      'gobierno tiene sobre sus bienes por impuestos no pagados. Cuando el IRS presenta un Aviso de Gravamen ' +
      'del Impuesto Federal, ese derecho se hace público, y sigue vigente hasta que se pague el impuesto. Un ' +
      'embargo va más allá: el IRS de hecho le quita dinero o bienes, como parte de su salario, dinero de una ' +
      'cuenta bancaria, un reembolso de impuestos estatales o beneficios del Seguro Social. Antes de la mayoría ' +
      'de los embargos, el IRS debe enviarle un aviso final que le ofrece una audiencia.',
    facts: [],
    ...REVIEW_ES,
  },
  {
    id: 'lien-filing-notice',
    twinOf: 1,
    title: 'Letter 3172: se presentó un gravamen tributario',
    text:
      'La Letter 3172 le informa que el IRS ya presentó un Aviso de Gravamen del Impuesto Federal, su derecho ' +
      'público sobre sus bienes por impuestos no pagados. El IRS envía la carta dentro de 5 días hábiles ' +
      'después de presentar el gravamen. Puede pedir una audiencia del Debido Proceso de Cobro con el ' +
      'Formulario 12153, pero el plazo no es simplemente de 30 días desde la fecha de la carta, así que use la ' +
      'fecha impresa en la carta. El gravamen sigue vigente hasta que se pague el impuesto. Un gravamen no es ' +
      'un embargo: no significa que ya le hayan quitado algo.',
    facts: ['Letter 3172', '5 días hábiles', 'Formulario 12153', '30 días'],
    ...REVIEW_ES,
  },
  {
    id: 'social-security-levy',
    twinOf: 1,
    title: 'CP91: embargo de beneficios del Seguro Social',
    text:
      'Un CP91, a veces con el número CP298, advierte que el IRS piensa quitarle hasta el 15% de sus ' +
      'beneficios del Seguro Social para pagar una deuda tributaria. El aviso le da 30 días desde su fecha ' +
      'para actuar, por ejemplo, pagando o haciendo un arreglo de pagos. Puede pedir una audiencia, pero quizá ' +
      'eso no detenga este embargo. No se comunique con la Administración del Seguro Social por este asunto, ' +
      'porque no puede detener un embargo del IRS. Llame al número del aviso. Un representante que llame por ' +
      'usted necesita un Formulario 2848 firmado.',
    facts: ['CP91', 'CP298', '15%', '30 días', 'Formulario 2848'],
    ...REVIEW_ES,
  },
  {
    id: 'federal-payment-levy',
    twinOf: 1,
    title: 'Embargos de pagos federales (CP90, CP297)',
    text:
      'Si usted recibe dinero del gobierno federal, como un salario federal, una anualidad de jubilación ' +
      'federal o pagos como contratista o proveedor, el IRS puede embargar una parte por medio de su Programa ' +
      'de Embargo de Pagos Federales. El CP90 y el CP297 anuncian un embargo planeado y su derecho a una ' +
      'audiencia del Debido Proceso de Cobro. El CP297A y el CP297C llegan después de que empezó un embargo y ' +
      'todavía le dan derecho a audiencia. En estos casos, envíe el Formulario 12153 dentro de 30 días desde ' +
      'la fecha del aviso, o a más tardar en la fecha impresa en el aviso.',
    facts: ['CP90', 'CP297', 'CP297A', 'CP297C', 'Formulario 12153', '30 días'],
    ...REVIEW_ES,
  },
  {
    id: 'passport-certification',
    twinOf: 1,
    title: '¿Puede una deuda tributaria afectar mi pasaporte?',
    text:
      'Sí, puede. Según la sección 7345 del código tributario, que forma parte de la ley FAST, el IRS puede ' +
      'certificar ante el Departamento de Estado una deuda tributaria gravemente atrasada, y el Departamento ' +
      'de Estado puede entonces negar una solicitud de pasaporte o revocar un pasaporte. Avisos como el ' +
      'CP504B, el CP71A, el CP71D y el CP523 incluyen esta advertencia. Si viaja o piensa viajar, llame pronto ' +
      'al IRS al número de su aviso y pregunte qué evitaría que su deuda se certifique, y guíese por los ' +
      'detalles impresos en su aviso.',
    facts: ['sección 7345', 'CP504B', 'CP71A', 'CP71D', 'CP523'],
    ...REVIEW_ES,
  },
];
