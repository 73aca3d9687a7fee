import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES, SOURCE_URL } from '../sources.ts';

/** Cambios propuestos, deficiencias y saldos que se pueden disputar: gemelos de disputes.ts. */
export const disputeTwins: readonly PassageTwin[] = [
  {
    id: 'cp2000-response',
    twinOf: 1,
    title: 'CP2000: el IRS propone cambios a su declaración',
    text:
      'Un CP2000 no es una factura ni significa que lo estén auditando. Dice que la información de ingresos o ' +
      'pagos que el IRS recibió de empleadores, bancos u otros no coincide con su declaración, y propone ' +
      'cambios. Envíe su respuesta y las pruebas que tenga dentro de 30 días desde la fecha de la carta, con ' +
      'el formulario de respuesta: puede estar de acuerdo, de acuerdo en parte o en desacuerdo. Si necesita ' +
      'más tiempo, llame al número del aviso antes de la fecha límite y pídalo. Si vive fuera de los Estados ' +
      'Unidos, use la fecha de respuesta impresa en su aviso. Si no responde, el IRS puede enviarle un aviso ' +
      'final y después una factura.',
    facts: ['CP2000', '30 días'],
    sources: [
      {
        url: SOURCE_URL.cp2000NewsEs,
        supports:
          'CP2000: no es una auditoría; se responde, generalmente dentro de 30 días desde la fecha impresa',
      },
    ],
    ...REVIEW_ES,
  },
  {
    id: 'cp2501-inquiry',
    twinOf: 1,
    title: 'CP2501: el IRS pregunta por ingresos que quizá no coinciden',
    text:
      'Un CP2501 es una pregunta temprana, no una factura. El IRS recibió información de ingresos o pagos que ' +
      'quizá no coincide con su declaración, y quiere que usted lo explique. Responda a más tardar en la fecha ' +
      'límite impresa en el aviso, con una explicación breve y copias de sus pruebas, como formularios ' +
      'corregidos del pagador. Si no responde, el IRS seguirá con el caso y le enviará un CP2000 que propone ' +
      'cambios a su impuesto. Contestar ahora suele ser la manera más fácil de resolverlo.',
    facts: ['CP2501', 'CP2000'],
    ...REVIEW_ES,
  },
  {
    id: 'what-is-a-notice-of-deficiency',
    twinOf: 1,
    title: 'Qué es un aviso de deficiencia (la carta de 90 días)',
    text:
      'Un aviso de deficiencia, que a menudo se llama carta de 90 días, es el aviso formal de que el IRS cree ' +
      'que usted debe más impuestos. Las versiones comunes son el CP3219A, el CP3219N y la Letter 531. Le abre ' +
      'la puerta al Tribunal Tributario de los EE. UU., donde puede impugnar la cantidad antes de pagarla. El ' +
      'último día para presentar la petición está impreso en el aviso. Si está de acuerdo, puede firmar la ' +
      'renuncia que viene incluida, el Formulario 5564. Si no hace nada antes de la fecha límite, el IRS ' +
      'registra el impuesto como adeudado y empieza a enviarle facturas.',
    facts: ['90 días', 'CP3219A', 'CP3219N', 'Letter 531', 'Formulario 5564'],
    ...REVIEW_ES,
  },
  {
    id: 'tax-court-petition',
    twinOf: 1,
    title: 'Acudir al Tribunal Tributario antes de pagar',
    text:
      'Un aviso de deficiencia le permite impugnar el impuesto propuesto ante el Tribunal Tributario de los ' +
      'EE. UU. sin pagar primero. Presente su petición dentro de 90 días desde la fecha del aviso, o 150 días ' +
      'si el aviso se le envió a una dirección fuera de los Estados Unidos. El último día está impreso en el ' +
      'aviso, y el tribunal no puede prorrogarlo. Hablar con el IRS durante ese tiempo no detiene el plazo. ' +
      'Puede presentarla en línea por el sistema DAWSON del tribunal, o enviar su petición por correo a 400 ' +
      'Second Street, NW, Washington, DC 20217.',
    facts: ['90 días', '150 días', '400 Second Street', 'DC 20217'],
    ...REVIEW_ES,
  },
  {
    id: 'appeals-protest',
    twinOf: 2,
    title: 'Protestar un cambio propuesto: Letter 525 y Letter 1153',
    text: 'Algunas cartas proponen un cambio y le dan tiempo para estar en desacuerdo antes de que algo sea definitivo. La Letter 525 propone cambios a su impuesto y da una fecha límite para aceptar o pedir una revisión de la Oficina de Apelaciones del IRS. No pudimos confirmar sus detalles en una fuente del IRS, así que guíese por la carta, y pida más tiempo antes de esa fecha si lo necesita. La Letter 1153 propone una multa personal por impuestos que un negocio retuvo pero no entregó. Usted tiene 60 días desde la fecha en que se envió (75 días si se dirigió fuera de los Estados Unidos) para enviar una protesta a la Oficina de Apelaciones del IRS.',
    facts: ['Letter 525', 'Letter 1153', '60 días', '75 días'],
    ...REVIEW_ES,
  },
  {
    id: 'payments-removed',
    twinOf: 1,
    title: 'CP60: se quitó un pago de su cuenta',
    text:
      'Un CP60 significa que el IRS encontró un pago que se había puesto en su cuenta por error y lo pasó a ' +
      'donde corresponde, lo que le dejó a usted un saldo por pagar. Si cree que el pago sí era suyo, llame ' +
      'al número del aviso y tenga a mano pruebas, como un cheque cobrado, un estado de cuenta del banco o una ' +
      'confirmación de pago. Si el aviso es correcto, pague el saldo a más tardar en la fecha que indica, o ' +
      'pregunte por un plan de pagos si no puede pagarlo todo.',
    facts: ['CP60'],
    ...REVIEW_ES,
  },
  {
    id: 'refund-applied',
    twinOf: 2,
    title: 'CP49: su reembolso se usó para pagar una deuda tributaria',
    text: 'Un CP49 trata de su reembolso. La ley permite que el IRS use un reembolso para pagar impuestos que usted debe de otro año o de otra cuenta, y le envíe solo lo que sobre. No pudimos confirmar el resto de este aviso en una fuente del IRS, así que lea lo que dice que se aplicó y si todavía queda algún saldo. Si queda algún saldo, páguelo o pida un plan de pagos. Si cree que el reembolso se aplicó por error, o si venía de una declaración conjunta y la deuda es solo de su cónyuge, llame al número del aviso y pregunte qué puede hacer.',
    facts: ['CP49'],
    ...REVIEW_ES,
  },
  {
    id: 'requested-change-balance',
    twinOf: 1,
    title: 'CP22A: un cambio que usted pidió dejó un saldo',
    text:
      'Un CP22A significa que el IRS hizo un cambio que usted pidió, por ejemplo en una declaración enmendada, ' +
      'y ese cambio le dejó un saldo por pagar. Compare el aviso con lo que usted envió para asegurarse de que ' +
      'el IRS hizo el cambio que usted quería. Si coincide, pague a más tardar en la fecha del aviso para ' +
      'limitar los intereses. Si no está de acuerdo con cómo se hizo el cambio, llame al número del aviso y ' +
      'tenga a mano una copia de su solicitud.',
    facts: ['CP22A'],
    ...REVIEW_ES,
  },
  {
    id: 'file-missing-returns',
    twinOf: 1,
    title: 'CP59: el IRS no tiene registro de su declaración',
    text:
      'Un CP59 dice que el IRS no tiene registro de que usted haya presentado una o más declaraciones ' +
      'personales de años anteriores. Presente la declaración que falta de inmediato, aunque no pueda pagar ' +
      'lo que muestre, porque la multa por presentar tarde crece mucho más rápido que la multa por pagar ' +
      'tarde. Si cree que no tenía que presentarla, explique por qué en el Formulario 15103. Si la presentó ' +
      'en las últimas 8 semanas, todavía no necesita hacer nada. Si no responde, esto puede traer más ' +
      'recordatorios y, más adelante, un aviso de deficiencia como el CP3219N.',
    facts: ['CP59', 'Formulario 15103', '8 semanas', 'CP3219N'],
    ...REVIEW_ES,
  },
];
