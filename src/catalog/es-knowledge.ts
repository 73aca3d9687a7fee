import { es } from './es.ts';
import type { KnowledgeWords, NoticeWords } from './shapes.ts';

/**
 * The Spanish words of what the knowledge base returns by id: each notice's title and meaning (and its
 * reply window, when it has one), each statutory deadline, option, document and warning. The knowledge
 * base keeps the rules, the dates and the English words; these say the same in Spanish, fact for fact:
 * test/catalog/knowledge-words.test.ts fails when an id has no entry here or an entry states another
 * number, form, code, section or percentage than its English one. Terms follow the Spanish twins of the
 * passages (embargo, gravamen, audiencia del Debido Proceso de Cobro, Tribunal Tributario).
 */

const DO_NOT_KNOW_MORE =
  'No pudimos confirmar los detalles de este aviso en una fuente del IRS, así que guíese por lo que dice su aviso y por la fecha impresa en él.';

const NON_FILER: NoticeWords = {
  title: 'Recordatorio de declaración de impuestos (vea su aviso)',
  meaning: `Parece ser un recordatorio sobre una declaración de impuestos que el IRS no tiene registrada como recibida. ${DO_NOT_KNOW_MORE}`,
};

const NOTICES: Readonly<Record<string, NoticeWords>> = {
  CP14: {
    title: 'Saldo adeudado: primera factura',
    meaning:
      'El IRS dice que usted debe impuestos que no se han pagado, y esta es la primera factura por ellos. Si paga el monto completo para la fecha del aviso, no se le cobran más intereses sobre ese monto.',
  },
  CP161: {
    title: 'Saldo adeudado: solicitud de pago',
    meaning:
      'Parece ser una factura que le pide pagar un saldo pendiente. No pudimos confirmar los detalles de este aviso en una fuente del IRS, así que guíese por lo que dice y por la fecha de vencimiento impresa en él. Si es una factura, pagarla completa para esa fecha suele detener más intereses sobre el monto facturado.',
  },
  CP501: {
    title: 'Recordatorio: saldo adeudado',
    meaning:
      'Un recordatorio de que el IRS todavía muestra un saldo en una de sus cuentas de impuestos y no ha recibido un pago ni una respuesta a su aviso anterior. Pague o responda para la fecha de vencimiento impresa en el aviso.',
  },
  CP503: {
    title: 'Segundo recordatorio: saldo adeudado',
    meaning:
      'Parece ser un recordatorio posterior de que el IRS todavía muestra impuestos sin pagar. No pudimos confirmar los detalles de este aviso en una fuente del IRS, así que guíese por lo que dice: pague, o comuníquese con el IRS, para la fecha de vencimiento impresa en él.',
  },
  CP504: {
    title: 'Aviso de intención de embargo',
    meaning:
      'El IRS le avisa formalmente que piensa embargar bienes para cobrar impuestos sin pagar, empezando por su reembolso de impuestos estatales. Es un paso serio, pero todavía no es el aviso final que trae derecho a una audiencia.',
    respond: {
      label: 'Pague el saldo o comuníquese con el IRS',
      protects: 'Evitar que el IRS embargue, empezando por su reembolso de impuestos estatales',
      ifMissed:
        'El IRS puede embargar su reembolso de impuestos estatales. Antes de embargar otros bienes suele enviar un aviso final con derecho a una audiencia.',
    },
  },
  CP504B: {
    title: 'Aviso de intención de embargo (negocio)',
    meaning:
      'La versión para negocios del aviso de intención de embargo: el IRS piensa embargar los bienes o derechos sobre bienes del negocio por impuestos sin pagar. Pague o comuníquese con el IRS dentro de los 30 días siguientes a la fecha del aviso.',
    respond: {
      label: 'Pague el saldo o comuníquese con el IRS',
      protects: 'Evitar que el IRS embargue los bienes del negocio',
      ifMissed:
        'El IRS puede pasar al embargo. Antes de la mayoría de los embargos suele enviar un aviso final con derecho a una audiencia, y puede presentar un gravamen federal por impuestos.',
    },
  },
  CP71: {
    title: 'Recordatorio anual de saldo adeudado',
    meaning:
      'Un recordatorio anual de que usted todavía debe un saldo. No pide respuesta; si muestra una fecha de pago, pagar para esa fecha evita que se sigan sumando intereses y multas.',
  },
  CP71A: {
    title: 'Recordatorio anual: cuenta no cobrable por ahora',
    meaning:
      'Un recordatorio anual de un saldo que el IRS ha dejado en espera como no cobrable por ahora; sigue en espera hasta que cambien sus finanzas. Si nada ha cambiado, no tiene que hacer nada.',
  },
  CP71C: {
    title: 'Estado de cuenta anual del saldo adeudado',
    meaning:
      'Parece ser un estado de cuenta anual de un saldo que usted todavía debe. No pudimos confirmar los detalles de este aviso en una fuente del IRS, así que guíese por lo que dice y por cualquier fecha de pago impresa en él.',
  },
  CP71D: {
    title: 'Recordatorio anual de saldo adeudado, con información sobre el pasaporte',
    meaning:
      'Un recordatorio anual de que usted todavía debe un saldo, con información sobre cómo una deuda tributaria grave puede llevar a que se niegue o se revoque un pasaporte. No pide respuesta; la fecha de pago que traiga es la fecha para detener más intereses y multas.',
  },
  LT16: {
    title: 'Tiene impuestos sin pagar o declaraciones sin presentar',
    meaning:
      'La unidad de cobro del IRS dice que usted tiene impuestos sin pagar o una declaración que falta, y quiere que se comunique con ella. Comuníquese con el IRS para la fecha impresa en la carta para evitar medidas de cobro.',
    respond: {
      label: 'Comuníquese con el IRS',
      protects: 'Evitar que el IRS empiece medidas de cobro',
      ifMissed: 'El IRS puede empezar medidas de cobro, como un embargo o un gravamen federal por impuestos.',
    },
  },
  LT11: {
    title: 'Aviso final de intención de embargo y de su derecho a una audiencia',
    meaning:
      'Este es el último aviso del IRS antes de embargar su sueldo, sus cuentas bancarias u otros bienes por impuestos sin pagar. Tiene 30 días desde la fecha del aviso para pedir una audiencia del Debido Proceso de Cobro.',
  },
  'Letter 1058': {
    title: 'Aviso final de intención de embargo y de su derecho a una audiencia',
    meaning:
      'Un aviso final de intención de embargo, como el LT11: el último aviso antes de que el IRS embargue bienes por impuestos sin pagar. Tiene 30 días desde la fecha del aviso para pedir una audiencia del Debido Proceso de Cobro.',
  },
  CP90: {
    title: 'Aviso final de intención de embargo y de su derecho a una audiencia',
    meaning:
      'El IRS piensa embargar ciertos bienes por impuestos sin pagar y le informa de su derecho a una audiencia del Debido Proceso de Cobro. Pídala con el Formulario 12153 dentro de los 30 días siguientes a la fecha del aviso.',
  },
  CP91: {
    title: 'Aviso final antes del embargo de beneficios del Seguro Social',
    meaning:
      'El IRS piensa quedarse con hasta el 15% de sus beneficios del Seguro Social por impuestos sin pagar. El aviso le da 30 días desde su fecha para actuar; comuníquese con el IRS, no con la Administración del Seguro Social, que no puede detenerlo.',
    respond: {
      label: 'Pague o comuníquese con el IRS sobre el embargo del Seguro Social',
      protects: 'Evitar que el IRS se quede con hasta el 15% de sus beneficios del Seguro Social',
      ifMissed:
        'El IRS puede empezar a quedarse con hasta el 15% de sus beneficios y seguir haciéndolo hasta que se resuelva el saldo.',
    },
  },
  CP297: {
    title: 'Aviso de intención de embargo y de su derecho a una audiencia',
    meaning:
      'El IRS piensa embargar ciertos bienes, como pagos federales que se le deben, por impuestos sin pagar, y usted tiene derecho a una audiencia del Debido Proceso de Cobro. Pídala con el Formulario 12153 dentro de los 30 días siguientes a la fecha del aviso.',
  },
  CP297A: {
    title: 'Aviso de embargo y de su derecho a una audiencia',
    meaning:
      'El IRS ya embargó un pago que se le debía a usted, y este aviso le informa de su derecho a una audiencia del Debido Proceso de Cobro después del embargo. Tiene 30 días desde la fecha del aviso para pedirla con el Formulario 12153.',
  },
  CP297C: {
    title: 'Aviso de embargo de pagos a contratistas federales y de su derecho a una audiencia',
    meaning:
      'El IRS embargó un pago federal que se le debía como contratista federal. Los contratistas no tienen una audiencia antes de este tipo de embargo, así que este aviso le informa de su derecho a una audiencia del Debido Proceso de Cobro después.',
  },
  CP92: {
    title: 'Embargo de su reembolso de impuestos estatales y aviso de su derecho a una audiencia',
    meaning:
      'El IRS embargó su reembolso de impuestos estatales para pagar impuestos federales sin pagar, y este aviso le informa de su derecho a una audiencia del Debido Proceso de Cobro sobre ese embargo.',
  },
  'Letter 3172': {
    title: 'Aviso de presentación de un gravamen federal por impuestos y de su derecho a una audiencia',
    meaning:
      'El IRS presentó un aviso público de gravamen federal por impuestos, un derecho legal sobre sus bienes por impuestos sin pagar. Puede pedir una audiencia del Debido Proceso de Cobro; el último día para pedirla está impreso en la carta.',
  },
  CP521: {
    title: 'Recordatorio del plan de pagos mensuales (acuerdo de pagos a plazos)',
    meaning:
      'Un recordatorio del pago mensual de su plan de pagos. Pague para la fecha de vencimiento impresa en el aviso.',
  },
  CP523: {
    title: 'Intención de cancelar su plan de pagos y de embargar',
    meaning:
      'Su plan de pagos está en incumplimiento, y el IRS piensa cancelarlo y embargar sus bienes. Comuníquese con el IRS dentro de los 30 días siguientes a la fecha del aviso, y pague antes de la fecha de cancelación que aparece, para conservar el plan.',
    respond: {
      label: 'Comuníquese con el IRS sobre su plan de pagos',
      protects: 'Evitar que se cancele su plan de pagos',
      ifMissed:
        'El IRS puede cancelar el plan, cobrarle el saldo completo y después presentar un gravamen o embargar.',
    },
  },
  CP11: {
    title: 'Error matemático: cambios en su declaración, saldo adeudado',
    meaning:
      'El IRS cambió su declaración porque cree que hay un error de cálculo, y ahora dice que usted debe dinero. Si está de acuerdo, pague para la fecha del aviso; si no está de acuerdo, comuníquese con el IRS dentro de los 60 días siguientes a la fecha del aviso.',
  },
  CP12: {
    title: 'Error matemático: reembolso cambiado',
    meaning:
      'El IRS corrigió un cálculo de su declaración, lo que cambió su reembolso o creó un pago en exceso. Si está de acuerdo, no tiene que hacer nada.',
  },
  CP13: {
    title: 'Error matemático: sin saldo adeudado',
    meaning:
      'El IRS corrigió un cálculo de su declaración; después del cambio su cuenta muestra un saldo de cero. Si está de acuerdo, no hay nada que hacer.',
  },
  CP22A: {
    title: 'Saldo adeudado después de un cambio que usted pidió',
    meaning:
      'Un cambio que usted pidió en su declaración, por ejemplo en una declaración enmendada, hizo que deba dinero. Pague para la fecha de vencimiento del aviso; pagar todo para esa fecha suele detener más intereses sobre el monto facturado.',
  },
  CP49: {
    title: 'Reembolso aplicado a impuestos que usted debe',
    meaning:
      'Parece decir que el IRS usó todo o parte de su reembolso o pago en exceso para pagar impuestos que usted debe de otro año o cuenta, lo que la ley permite. No pudimos confirmar los detalles de este aviso en una fuente del IRS, así que lea qué dice que se aplicó; si queda un saldo, páguelo o pida un plan de pagos.',
  },
  CP60: {
    title: 'Pagos retirados de su cuenta: saldo adeudado',
    meaning:
      'El IRS retiró un pago que se había acreditado a su cuenta por error, así que ahora usted tiene un saldo adeudado. Pague para la fecha del aviso; pagar todo para esa fecha suele detener más intereses sobre el monto facturado.',
  },
  CP2501: {
    title: 'Los ingresos registrados no coinciden con su declaración',
    meaning:
      'La información de ingresos o pagos que el IRS tiene registrada no coincide con su declaración, y le pide una explicación. Es una consulta, no una factura; responda para la fecha de vencimiento que aparece en el aviso.',
  },
  CP2000: {
    title: 'Cambios propuestos a su declaración',
    meaning:
      'La información que terceros reportaron al IRS no coincide con su declaración, así que el IRS propone cambios. No es una factura ni una auditoría. Responda dentro de los 30 días siguientes a la fecha de la carta.',
    respond: {
      label: 'Envíe su respuesta y los documentos que la respaldan',
      protects:
        'Su oportunidad de estar de acuerdo, de acuerdo en parte o en desacuerdo antes de que el IRS decida los cambios',
      ifMissed:
        'El IRS suele seguir adelante con su propuesta y enviar un aviso de deficiencia. Si necesita más tiempo, llame al número del aviso antes de que pase la fecha.',
    },
  },
  CP3219A: {
    title: 'Aviso de deficiencia (carta de 90 días)',
    meaning:
      'El IRS determinó que usted debe más impuestos, y este es el aviso formal que le permite impugnarlo en el Tribunal Tributario de los EE. UU. antes de que se tase el impuesto. El último día para presentar la petición está impreso en el aviso: por lo general, 90 días desde su fecha, o 150 días si iba dirigido a usted fuera de los EE. UU.',
  },
  'Letter 525': {
    title: 'Cambios propuestos tras un examen (carta de 30 días)',
    meaning:
      'Parece proponer cambios a sus impuestos tras un examen del IRS y dar una fecha para estar de acuerdo o para pedir una revisión de la Oficina de Apelaciones del IRS. No pudimos confirmar los detalles de esta carta en una fuente del IRS, así que guíese por lo que dice y por la fecha impresa en ella.',
    respond: {
      label: 'Esté de acuerdo, o pida una revisión de la Oficina de Apelaciones del IRS',
      protects:
        'Su oportunidad de que Apelaciones revise los cambios propuestos antes de un aviso de deficiencia',
      ifMissed:
        'El IRS puede enviar entonces un aviso de deficiencia (una carta de 90 días), que todavía le permite acudir al Tribunal Tributario de los EE. UU.',
    },
  },
  'Letter 531': {
    title: 'Aviso de deficiencia (carta de 90 días)',
    meaning:
      'Tras un examen, el IRS determinó que usted debe más impuestos, y este es el aviso formal que le permite impugnarlo en el Tribunal Tributario de los EE. UU. antes de que se tase el impuesto. El último día para presentar la petición está impreso en el aviso: por lo general, 90 días desde su fecha, o 150 días si iba dirigido a usted fuera de los EE. UU.',
  },
  'Letter 1153': {
    title: 'Multa propuesta de recuperación del fondo fiduciario',
    meaning:
      'El IRS propone hacerle responsable en lo personal de los impuestos retenidos que un negocio no pagó, como persona responsable de pagarlos. Tiene 60 días desde la fecha en que se envió la carta para apelar, o 75 días si iba dirigida a usted fuera de los Estados Unidos.',
    respond: {
      label: 'Envíe una protesta por escrito a Apelaciones',
      protects: 'Su derecho a que Apelaciones revise la multa propuesta antes de que se tase',
      ifMissed: 'El IRS suele tasarle la multa a usted en lo personal y después cobrársela.',
    },
  },
  CP59: {
    title: 'No hay registro de su declaración de impuestos anterior',
    meaning:
      'El IRS no tiene registro de que usted presentó una o más declaraciones personales de años anteriores. Presente la declaración ahora, o explique por qué no tenía que presentarla (Formulario 15103); si la presentó en las últimas ocho semanas, no tiene que hacer nada.',
  },
  CP515: NON_FILER,
  CP516: NON_FILER,
  CP518: NON_FILER,
  CP3219N: {
    title: 'Aviso de deficiencia por una declaración no presentada (carta de 90 días)',
    meaning:
      'El IRS no tiene una declaración suya, así que calculó sus impuestos con la información que otros reportaron, y este es el aviso formal que le permite impugnarlo en el Tribunal Tributario de los EE. UU. El último día para presentar la petición aparece en el aviso: por lo general, 90 días desde su fecha, o 150 días si iba dirigido a usted fuera de los EE. UU.',
  },
};

/** "lunes, 23 de marzo de 2026", as every date the person is shown. */
const date = es.format.longDate;

export const esKnowledge: KnowledgeWords = {
  notices: NOTICES,
  deadlines: {
    'pay-interest-free': {
      label: 'Pague el saldo completo de esta factura',
      protects: 'No se siguen sumando intereses ni la multa por pago tardío sobre el monto facturado.',
      ifMissed:
        'Los intereses y la multa por pago tardío siguen creciendo hasta que se pague el saldo; todas las opciones de pago siguen abiertas.',
    },
    'cdp-hearing': {
      label: 'Pida una audiencia del Debido Proceso de Cobro (Formulario 12153)',
      protects:
        'Una audiencia ante Apelaciones con derecho a revisión del Tribunal Tributario; una solicitud a tiempo por lo general detiene un embargo mientras dura.',
      ifMissed:
        'Todavía puede pedir una audiencia equivalente dentro del plazo de 1 año que describe el Formulario 12153, pero sin revisión del Tribunal Tributario.',
    },
    'equivalent-hearing': {
      label: 'Pida una audiencia equivalente (Formulario 12153)',
      protects:
        'Una audiencia ante Apelaciones sobre la medida de cobro, aunque sin revisión del Tribunal Tributario.',
      ifMissed:
        'El Programa de Apelaciones de Cobro y las demás opciones pueden seguir abiertos; hable con un profesional.',
    },
    'tax-court-petition': {
      label: 'Presente una petición ante el Tribunal Tributario de los EE. UU.',
      protects: 'Su derecho a impugnar el impuesto ante el tribunal antes de pagarlo.',
      ifMissed:
        'El Tribunal Tributario no puede ampliar este plazo: el IRS tasa el impuesto y le envía facturas.',
    },
    'math-error-abatement': {
      label: 'Pida al IRS que anule el cambio por error matemático',
      protects:
        'El IRS debe anular el cambio y solo puede volver a tasar mediante un aviso de deficiencia, que trae derechos ante el Tribunal Tributario.',
      ifMissed:
        'El cambio se mantiene y pierde el derecho a apelarlo ante el Tribunal Tributario; todavía puede presentar una reclamación de reembolso.',
    },
  },
  options: {
    'pay-in-full': 'Pague el saldo completo',
    'short-term-plan': 'Pida un plan de pagos a corto plazo',
    'installment-agreement': 'Establezca un acuerdo de pagos a plazos mensuales',
    'offer-in-compromise':
      'Vea si le conviene un ofrecimiento de transacción (pagar menos para saldar la deuda)',
    'currently-not-collectible': 'Pida que se aplace el cobro si no puede cubrir sus gastos básicos de vida',
    'penalty-relief': 'Pida que le quiten multas (alivio por primera vez o causa razonable)',
    'math-error-abatement': 'Pida al IRS que anule el cambio por error matemático',
    'cp2000-response': 'Responda a los cambios propuestos con sus documentos',
    'cdp-hearing': 'Solicite una audiencia del Debido Proceso de Cobro (Formulario 12153)',
    'equivalent-hearing': 'Solicite una audiencia equivalente (Formulario 12153)',
    'tax-court-petition': 'Presente una petición ante el Tribunal Tributario de los EE. UU.',
    'collection-appeals-program':
      'Apele la medida de cobro mediante el Programa de Apelaciones de Cobro (Formulario 9423)',
    'appeals-protest': 'Envíe una protesta por escrito a la Oficina de Apelaciones del IRS',
    'dispute-by-phone': 'Llame al número del aviso para disputar el saldo',
    'file-missing-returns': 'Presente la declaración que falta, o explique por qué no tenía que presentarla',
    'taxpayer-advocate': 'Pida ayuda al Servicio del Defensor del Contribuyente (Formulario 911)',
    representation: 'Consiga un profesional que actúe por usted (Formulario 2848)',
  },
  checklist: {
    notice: 'El aviso mismo: todas las páginas, y el sobre en que llegó',
    'tax-return': 'Su copia de la declaración de impuestos del año al que se refiere el aviso',
    'payment-proof':
      'Comprobante de cualquier pago que haya hecho: estados de cuenta bancarios, cheques cobrados o confirmaciones de pago',
    'income-documents':
      'Los formularios de ingresos que menciona el IRS (W-2s y 1099s) y sus registros de cada monto',
    'math-worksheets':
      'Las hojas de cálculo o el resumen del programa detrás de las líneas que cambió el IRS',
    'form-12153':
      'El Formulario 12153, llenado y enviado por correo (guarde prueba de la fecha del matasellos)',
    'form-9423': 'El Formulario 9423 si apela mediante el Programa de Apelaciones de Cobro',
    'financial-summary':
      'Un resumen de sus ingresos y gastos de vida mensuales, y los saldos de sus cuentas bancarias (el IRS puede pedir el Formulario 433-F o 433-A)',
    'form-656': 'El Formulario 656 y el Formulario 433-A (OIC), si intenta un ofrecimiento de transacción',
    'penalty-reasons':
      'Registros que muestren por qué no pudo presentar o pagar a tiempo (para el alivio de multas)',
    'form-2848': 'El Formulario 2848 si un profesional va a hablar con el IRS por usted',
    'contact-log':
      'Un registro de cada contacto con el IRS: fecha, nombre y número de identificación del empleado, y lo que se dijo',
    'filing-records':
      'Prueba de que presentó la declaración (una copia y la fecha de envío), o el motivo por el que no tenía que presentarla',
    'exam-report': 'El informe del examen que le envió el IRS y sus registros de cada partida que disputa',
    'petition-papers': 'El aviso de deficiencia, para adjuntarlo a una petición ante el Tribunal Tributario',
  },
  warnings: {
    'scam-signals':
      'Lo que describe coincide con estafas comunes de personas que se hacen pasar por el IRS. El IRS se comunica primero por correo y nunca exige el pago con tarjetas de regalo, transferencias bancarias ni un método específico en el momento, y nunca amenaza con arrestarle. No pague ni comparta nada hasta haber comprobado el aviso por los canales oficiales del IRS.',
    'deadline-passed': (d) => `El último día para "${d.label}" (${date(d.date)}) ya pasó. ${d.ifMissed}`,
    'deadline-may-have-passed': (d) =>
      `El último día más temprano posible para "${d.label}" (${date(d.date)}) ya pasó, pero el último día real puede ser más tarde.${d.latestDate ? ` Puede ser hasta el ${date(d.latestDate)}.` : ''} Revise hoy la fecha impresa en su aviso: si no ha pasado, el plazo sigue abierto, así que actúe ya.`,
    'deadline-soon': (d) =>
      `${d.daysLeft === 1 ? 'Solo queda 1 día' : `Solo quedan ${d.daysLeft} días`} para "${d.label}" (hasta el ${date(d.date)}).`,
    'printed-date-check': (d) =>
      `La fecha que dio para "${d.label}" (${date(d.date)}) no es la que dan las reglas para este aviso (${d.computedDate ? date(d.computedDate) : 'ninguna fecha'}${d.latestDate ? ` a ${date(d.latestDate)}` : ''}). Revise que la escribió bien y que la tomó de la línea correcta del aviso; si es así, es la que vale.`,
    'printed-date-only':
      'Este aviso trae impresa la fecha para responder o comunicarse con el IRS, y ninguna fuente del IRS da un número fijo de días para ella: guíese por la fecha del aviso y actúe antes.',
    'old-notice':
      'Este aviso tiene más de un año. Es probable que el IRS haya enviado avisos más recientes; búsquelos, porque el más reciente decide lo que sigue.',
    'penalty-rate-rises':
      'Después de un aviso de intención de embargo, la multa por pago tardío sube del 0.5% al 1% al mes por cada mes que empiece más de 10 días después del aviso (IRC 6651(d)), hasta que se pague el impuesto.',
    passport:
      'Una deuda tributaria gravemente atrasada puede certificarse al Departamento de Estado, que puede negar o revocar un pasaporte (IRC 7345). Se aplica por encima de un límite que cambia cada año (los avisos que lo mencionan traen el monto) una vez que han vencido los derechos de audiencia de un gravamen o se ha hecho un embargo. No se certifica una deuda que se paga a tiempo con un acuerdo de pagos a plazos o un ofrecimiento de transacción aceptado, ni una cuyo cobro está en espera porque se pidió a tiempo una audiencia del Debido Proceso de Cobro sobre un embargo o se pidió alivio como cónyuge inocente.',
    'social-security-levy':
      'Comuníquese con el IRS, no con la Administración del Seguro Social: el Seguro Social no puede detener este embargo.',
    'verify-first':
      'Antes de pagar o compartir algo, asegúrese de que el aviso es real: el IRS escribe primero por correo, y puede comprobarlo llamando al IRS a un número de irs.gov, no a uno que le den en un mensaje sospechoso.',
  },
};
