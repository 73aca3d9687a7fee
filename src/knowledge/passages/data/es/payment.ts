import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES, SOURCE_URL } from '../sources.ts';

/** Pagar, planes de pago y qué cuesta pagar tarde: gemelos de payment.ts. */
export const paymentTwins: readonly PassageTwin[] = [
  {
    id: 'pay-in-full-methods',
    twinOf: 1,
    title: 'Cómo pagar el total de forma segura',
    text:
      'Si puede pagar la cantidad completa, hágalo a más tardar en la fecha de su aviso para que no se ' +
      'agreguen más intereses. Use solo formas de pago a las que llegue usted mismo: las opciones de pago que ' +
      'aparecen en IRS.gov, como pagar en línea desde una cuenta bancaria o con tarjeta, o enviar por correo ' +
      'un cheque o giro postal con el comprobante de pago de su aviso a la dirección impresa en él. Guarde el ' +
      'número de confirmación o una copia del cheque. Nunca pague con una tarjeta de regalo, y nunca le pague ' +
      'a alguien que lo llame y le exija dinero de inmediato.',
    facts: ['IRS.gov'],
    sources: [
      {
        url: SOURCE_URL.paymentOptionsTopicEs,
        supports: 'Formas de pago: en línea, por teléfono, cheque o giro postal',
      },
    ],
    ...REVIEW_ES,
  },
  {
    id: 'interest-free-window',
    twinOf: 1,
    title: 'Pague todo pronto para detener más intereses',
    text:
      'Si puede pagar toda la factura pronto, hágalo a más tardar en la fecha de su aviso. Según la sección ' +
      '6601(e)(3) del código tributario, cuando el IRS le envía una factura que exige el pago y usted la paga ' +
      'completa dentro de 21 días naturales desde la fecha del aviso, no se cobran más intereses sobre esa ' +
      'cantidad por el tiempo posterior al aviso. Si la factura es de $100,000 o más, el plazo es de 10 días ' +
      'hábiles. Ese mismo plazo evita que empiece la multa por pago tardío sobre el impuesto que el IRS ' +
      'agregó después de su declaración. La fecha impresa en su aviso es la que manda.',
    facts: ['sección 6601(e)(3)', '21 días naturales', '$100,000', '10 días hábiles'],
    ...REVIEW_ES,
  },
  {
    id: 'failure-to-pay-penalty',
    twinOf: 1,
    title: 'La multa por pagar tarde',
    text:
      'Si el impuesto sigue sin pagarse después de su vencimiento, el IRS agrega una multa del 0.5% del ' +
      'impuesto no pagado por cada mes o parte de un mes, hasta un 25% en total. Una parte de un mes cuenta ' +
      'como un mes completo, aunque usted pague al principio de ese mes. Dos reglas cambian la tasa. Mientras ' +
      'tenga vigente un plan de pagos aprobado, baja al 0.25% al mes si presentó su declaración a tiempo. ' +
      'Pero si no paga dentro de los 10 días siguientes a que el IRS le envíe un aviso de intención de ' +
      'embargo, sube al 1% al mes. También se cobran intereses.',
    facts: ['0.5%', '25%', '0.25%', '10 días', '1%'],
    ...REVIEW_ES,
  },
  {
    id: 'failure-to-file-penalty',
    twinOf: 1,
    title: 'La multa por presentar tarde la declaración',
    text:
      'Presentar tarde suele costar más que pagar tarde. La multa por presentación tardía es del 5% del ' +
      'impuesto no pagado por cada mes o parte de un mes de atraso, hasta un 25%. En un mes en que se aplican ' +
      'las dos multas, la de presentación se reduce en la de pago, así que el total es 4.5% más 0.5%. También ' +
      'hay una multa mínima cuando una declaración se presenta con más de 60 días de atraso; la cantidad en ' +
      'dólares cambia de un año a otro, así que use la cantidad que aparece en su aviso. Aunque no pueda ' +
      'pagar, presentar la declaración lo antes posible limita el daño.',
    facts: ['5%', '25%', '4.5%', '0.5%', '60 días'],
    ...REVIEW_ES,
  },
  {
    id: 'cannot-pay-options',
    twinOf: 2,
    title: 'Si no puede pagar la cantidad completa',
    text: 'No poder pagarlo todo es común, y hay formas de salir adelante. No ignore la factura. Pague lo que pueda ahora, porque los intereses y las multas crecen solo sobre lo que queda sin pagar. Luego elija la opción que le convenga: un plan a corto plazo si puede pagar en pocos meses; un acuerdo de pagos a plazos mensuales si necesita más tiempo; un ofrecimiento de transacción si pagar todo nunca será realista; o un aplazamiento del cobro si por ahora no puede pagar nada. Llame al número de su aviso para hablarlo.',
    sources: [
      {
        url: SOURCE_URL.paymentPlansEs,
        supports: 'Si no puede pagarlo todo, pague lo que pueda; los planes de pago',
      },
    ],
    facts: [],
    ...REVIEW_ES,
  },
  {
    id: 'short-term-payment-plan',
    twinOf: 2,
    title: 'Plan de pagos a corto plazo',
    text: 'Si puede pagarlo todo en pocos meses, pregunte por un plan de pagos a corto plazo en lugar de un acuerdo de pagos a plazos mensuales. El IRS decide cuánto puede durar un plan a corto plazo y quién puede obtenerlo, y cambia esas condiciones de vez en cuando, por eso esta guía no las da: consulte la página actual del IRS sobre planes de pago o llame al número de su aviso. El IRS no ha cobrado un cargo por establecer un plan a corto plazo. Las multas y los intereses siguen sumándose hasta que se paga el saldo, así que pagar antes cuesta menos.',
    sources: [
      {
        url: SOURCE_URL.paymentPlansTasEs,
        supports: 'Plan a corto plazo: hasta 180 días, sin solicitud ni cargo',
      },
    ],
    facts: [],
    ...REVIEW_ES,
  },
  {
    id: 'installment-agreement',
    twinOf: 2,
    title: 'Plan de pagos mensuales (acuerdo de pagos a plazos)',
    text:
      'Si necesita más de 180 días, puede pedir un plan de pagos mensuales, llamado acuerdo de pagos a ' +
      'plazos. Si debe $50,000 o menos en total, casi siempre puede pedirlo en línea en lugar de enviar por ' +
      'correo el Formulario 9465. Si debe más de $25,000 pero no más de $50,000, las instrucciones del ' +
      'Formulario 9465 le piden aceptar pagar por débito directo de su cuenta bancaria o por descuento de ' +
      'nómina; si no, envía con la solicitud un estado financiero en el Formulario 433-F. Los intereses ' +
      'continúan, pero la multa por pago tardío es menor mientras el plan esté vigente, si presentó a tiempo.',
    facts: ['180 días', '$50,000', 'Formulario 9465', '$25,000', 'Formulario 433-F'],
    sources: [
      {
        url: SOURCE_URL.paymentPlansEs,
        supports: 'Un plan de pago es un acuerdo para pagar en un plazo ampliado',
      },
    ],
    ...REVIEW_ES,
  },
  {
    id: 'installment-agreement-fees',
    twinOf: 2,
    title: 'Cargos por establecer un plan de pagos',
    text:
      'Un plan de pagos a largo plazo suele tener un cargo único por establecerlo; un plan a corto plazo no ' +
      'tiene ninguno. El cargo depende de cómo lo solicite y de cómo pague, y el IRS lo cambia de vez en ' +
      'cuando, por eso esta guía no da cantidades: consulte la página del IRS sobre planes de pago o su aviso ' +
      'para ver los cargos actuales antes de solicitarlo. Si sus ingresos son bajos, el cargo se puede ' +
      'eliminar o reducir, y un cargo reducido se le puede devolver cuando termine el plan; las instrucciones ' +
      'del Formulario 9465 explican quién califica.',
    facts: ['Formulario 9465'],
    ...REVIEW_ES,
  },
  {
    id: 'payment-plan-reminder',
    twinOf: 1,
    title: 'CP521: el recordatorio mensual de su pago',
    text:
      'Un CP521 es un recordatorio mensual de rutina de un plan de pagos que usted ya tiene. Muestra la ' +
      'cantidad que debe pagar y la fecha límite. Pagar a tiempo mantiene el plan al día. Si su situación ' +
      'cambió y el pago ya no le alcanza, puede pedir un cambio en el plan, por ejemplo con la herramienta ' +
      'Online Payment Agreement del IRS, antes de dejar de hacer un pago. Los pagos que falten pueden traer ' +
      'un CP523 y el fin del plan.',
    facts: ['CP521', 'CP523'],
    ...REVIEW_ES,
  },
  {
    id: 'installment-default',
    twinOf: 1,
    title: 'CP523: su plan de pagos está en incumplimiento',
    text:
      'Un CP523 significa que el IRS tiene la intención de terminar su acuerdo de pagos a plazos, porque ' +
      'faltó un pago o no se cumplieron las condiciones, y después embargar. Comuníquese con el IRS lo antes ' +
      'posible, y a más tardar 30 días después de la fecha del aviso. Pagar lo que debe antes de la fecha de ' +
      'terminación que aparece en el aviso puede salvar el plan. Puede haber un cargo por restablecer un plan. ' +
      'Si cree que terminar el plan es un error, puede apelar por medio del Programa de Apelaciones de Cobro.',
    facts: ['CP523', '30 días'],
    ...REVIEW_ES,
  },
  {
    id: 'offer-in-compromise',
    twinOf: 1,
    title: 'Ofrecimiento de transacción: pagar menos para resolver la deuda',
    text:
      'Un ofrecimiento de transacción le pide al IRS que acepte menos de la cantidad completa cuando pagarlo ' +
      'todo no es realista. Las personas lo solicitan con el Formulario 656 y un estado financiero en el ' +
      'Formulario 433-A (OIC); los negocios usan el Formulario 433-B (OIC). Si usted cree que no debe el ' +
      'impuesto en absoluto, el formulario es, en cambio, el Formulario 656-L. El IRS tiene en línea la ' +
      'herramienta Pre-Qualifier, que muestra si podría calificar. La revisión toma tiempo: si el IRS no ha ' +
      'rechazado un ofrecimiento dentro de 24 meses después de recibirlo, la ley lo considera aceptado.',
    facts: ['Formulario 656', 'Formulario 433-A', 'Formulario 433-B', 'Formulario 656-L', '24 meses'],
    ...REVIEW_ES,
  },
  {
    id: 'offer-in-compromise-costs',
    twinOf: 2,
    title: 'Lo que cuesta por adelantado un ofrecimiento de transacción',
    text:
      'Un ofrecimiento de transacción tiene un cargo de solicitud de $205, que no se reembolsa. No hay cargo ' +
      'si su ofrecimiento solo sostiene que usted no debe el impuesto. También paga por adelantado una parte ' +
      'del ofrecimiento. Con un ofrecimiento de pago global, envía el 20% del ofrecimiento con la solicitud. ' +
      'Con un ofrecimiento de pagos periódicos, envía el primer pago con ella y sigue pagando mientras el IRS ' +
      'decide. Si cumple la prueba de bajos ingresos del Formulario 656, no paga ni el cargo ni estos pagos ' +
      'por adelantado. Consulte el folleto actual del Formulario 656 antes de enviar nada.',
    facts: ['$205', '20%', 'Formulario 656'],
    ...REVIEW_ES,
  },
  {
    id: 'currently-not-collectible',
    twinOf: 2,
    title: 'Si ahora mismo no puede pagar nada',
    text: 'Si no puede pagar nada de su deuda tributaria, puede pedirle al IRS que aplace el cobro. Si el IRS acepta, puede suspender el cobro hasta que mejoren sus finanzas. Esto no borra la deuda: las multas y los intereses siguen creciendo, el IRS todavía puede presentar un Aviso de Gravamen del Impuesto Federal y volverá a revisar su capacidad de pago. En esta condición puede recibir cada año un CP71A, que no necesita respuesta si nada ha cambiado.',
    facts: ['CP71A'],
    ...REVIEW_ES,
  },
  {
    id: 'annual-reminder',
    twinOf: 1,
    title: 'Avisos CP71: recordatorios anuales de lo que debe',
    text:
      'Los avisos CP71 son recordatorios anuales de un saldo que usted todavía debe. Un CP71A casi siempre ' +
      'significa que su cuenta se puso en una condición en la que el IRS no está cobrando por ahora, y no ' +
      'necesita responder si sus finanzas no han cambiado. Un CP71D además explica que una deuda tributaria ' +
      'puede afectar su pasaporte. Estos recordatorios no tienen plazo de respuesta, pero alguno puede ' +
      'mostrar una fecha límite de pago, después de la cual se agregan más intereses y multas. Si sus ' +
      'ingresos han mejorado, el IRS puede volver a cobrar, así que piense en un plan de pagos.',
    facts: ['CP71', 'CP71A', 'CP71D'],
    ...REVIEW_ES,
  },
];
