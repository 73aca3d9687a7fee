import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES } from '../sources.ts';

/** Qué fechas cuentan y cuánto tiempo hay: gemelos de deadlines.ts. */
export const deadlineTwins: readonly PassageTwin[] = [
  {
    id: 'urgent-vs-disputable',
    twinOf: 1,
    title: 'Qué necesita atención ya y qué puede cuestionar',
    text:
      'No todo en un aviso es igual de urgente. Trate como urgente: una factura con fecha límite de pago, un ' +
      'aviso de que el IRS piensa embargar (quitarle) su dinero o sus bienes, un aviso sobre un gravamen ' +
      'tributario y cualquier carta que le ofrezca una audiencia o una revisión ante un tribunal hasta una ' +
      'fecha fija, porque esos derechos se pueden perder. Otros puntos casi siempre se pueden cuestionar con ' +
      'calma y con documentos, como ingresos que según el IRS usted no declaró, un crédito que le quitó o un ' +
      'pago que no encuentra. Aunque piense estar en desacuerdo, anote primero todas las fechas del aviso.',
    facts: [],
    ...REVIEW_ES,
  },
  {
    id: 'printed-date-governs',
    twinOf: 1,
    title: 'La fecha impresa en su aviso es la que manda',
    text:
      'Su aviso muestra sus propias fechas: la fecha del aviso y, muchas veces, una fecha límite para pagar o ' +
      'responder. Esas fechas impresas son las que cuentan. Cualquier fecha que este asistente calcule para ' +
      'usted es un cálculo aproximado y una forma de comprobar; si no coinciden, siga el aviso. Algunas reglas ' +
      'hacen que esto importe. En una carta de audiencia por gravamen (Letter 3172), el plazo no es ' +
      'simplemente de 30 días desde la fecha de la carta, y un aviso de deficiencia indica el último día para ' +
      'acudir al Tribunal Tributario. Si falta una fecha o no se puede leer bien, llame al número del aviso y ' +
      'pregunte.',
    facts: ['Letter 3172', '30 días'],
    ...REVIEW_ES,
  },
  {
    id: 'deadline-rollover',
    twinOf: 1,
    title: 'Cuando un plazo vence en fin de semana o día feriado',
    text:
      'Si el último día para actuar según la ley tributaria cae en sábado, domingo o un día feriado legal en ' +
      'Washington, DC, usted sigue a tiempo si actúa el siguiente día que no sea ninguno de ellos. Esta regla ' +
      'es la sección 7503 del código tributario, y el Tribunal Tributario también la sigue para las ' +
      'peticiones. Los feriados de DC incluyen los feriados federales de siempre, más el Día de la ' +
      'Emancipación de DC el 16 de abril y el Día de la Investidura el 20 de enero cada 4 años. Un feriado que ' +
      'cae en sábado casi siempre se observa el viernes anterior, y uno que cae en domingo, el lunes ' +
      'siguiente. Cuando pueda, actúe antes en lugar de depender de esta regla.',
    facts: ['sección 7503', '16 de abril', '20 de enero', '4 años'],
    ...REVIEW_ES,
  },
  {
    id: 'timely-mailing',
    twinOf: 1,
    title: 'Enviar a tiempo por correo: cuenta el matasellos',
    text:
      'En los plazos del IRS, lo que suele importar es cuándo usted envía algo por correo, no cuándo lo ' +
      'recibe el IRS. Según la sección 7502 del código tributario, una solicitud con matasellos de la fecha ' +
      'límite o anterior se considera a tiempo aunque llegue después. Esto incluye una solicitud de audiencia ' +
      'con el Formulario 12153. Para protegerse, envíela desde una oficina de correos y pida un recibo, o use ' +
      'correo certificado, para poder probar la fecha de envío. Guarde ese recibo con su copia de todo lo que ' +
      'envió.',
    facts: ['sección 7502', 'Formulario 12153'],
    ...REVIEW_ES,
  },
  {
    id: 'timelines',
    twinOf: 1,
    title: 'Los plazos más comunes, de un vistazo',
    text:
      'Estos son los plazos que usan la mayoría de los avisos, contados desde la fecha del aviso. Para pagar ' +
      'completa una factura nueva y detener más intereses: 21 días naturales, o 10 días hábiles si la ' +
      'cantidad es de $100,000 o más. Para no estar de acuerdo con un cambio por error matemático: 60 días. ' +
      'Para responder a un CP2000: 30 días. Para pedir una audiencia del Debido Proceso de Cobro después de ' +
      'un aviso final de embargo: 30 días. Para acudir al Tribunal Tributario después de un aviso de ' +
      'deficiencia: 90 días, o 150 días si el aviso se le envió a una dirección fuera de los Estados Unidos. ' +
      'Use siempre la fecha exacta que imprime su aviso.',
    facts: [
      '21 días naturales',
      '10 días hábiles',
      '$100,000',
      '60 días',
      'CP2000',
      '30 días',
      '90 días',
      '150 días',
    ],
    ...REVIEW_ES,
  },
  {
    id: 'missed-deadline-options',
    twinOf: 1,
    title: 'Se me pasó un plazo. ¿Y ahora qué?',
    text:
      'Un plazo vencido casi siempre reduce sus opciones, pero rara vez las elimina. Si ya pasaron los 30 días ' +
      'para pedir una audiencia del Debido Proceso de Cobro, todavía puede pedir una audiencia equivalente ' +
      'dentro del plazo de 1 año que describe el Formulario 12153, o usar el Programa de Apelaciones de Cobro. ' +
      'Si se le pasaron los 60 días para disputar un cambio por error matemático, todavía puede presentar más ' +
      'adelante una reclamación de reembolso. Si su respuesta a un CP2000 llega tarde, responda de todos ' +
      'modos y llame al número del aviso. La fecha del Tribunal Tributario no se puede prorrogar, así que ' +
      'busque ayuda pronto con un profesional o una Clínica para Contribuyentes de Bajos Ingresos.',
    facts: ['30 días', '1 año', 'Formulario 12153', '60 días', 'CP2000'],
    ...REVIEW_ES,
  },
];
