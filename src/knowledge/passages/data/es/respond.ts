import type { PassageTwin } from '../../passage-schema.ts';
import { REVIEW_ES } from '../sources.ts';

/** Cómo responder, qué reunir y cómo comunicarse con el IRS: gemelos de respond.ts. */
export const respondTwins: readonly PassageTwin[] = [
  {
    id: 'gather-documents',
    twinOf: 1,
    title: 'Documentos que debe reunir antes de responder',
    text:
      'Antes de llamar o contestar por escrito, ponga todo en una misma carpeta. Incluya el aviso completo, ' +
      'por delante y por detrás; su declaración de impuestos del año que menciona; sus W-2, 1099 ' +
      'y demás formularios de ingresos de ese año; los estados de cuenta del banco o de la tarjeta que ' +
      'muestren los pagos que hizo; los recibos que respalden deducciones o créditos; y copias de cualquier ' +
      'carta que ya haya enviado al IRS o recibido de él. Si no está de acuerdo, agregue una nota breve, ' +
      'firmada y con fecha, que explique por qué. Envíe copias, nunca originales, y guarde una copia de todo ' +
      'lo que envíe por correo.',
    facts: ['W-2', '1099'],
    ...REVIEW_ES,
  },
  {
    id: 'check-the-calculation',
    twinOf: 1,
    title: 'Cómo revisar las cifras del IRS',
    text:
      'Ponga el aviso junto a su declaración de impuestos del mismo año. Revise el año tributario, la ' +
      'cantidad que según el IRS usted debe y el motivo que da. Compare cada cambio con sus propios ' +
      'documentos. ¿Coinciden los ingresos con sus W-2 y 1099? ¿Contó el IRS todos los pagos que ' +
      'usted hizo, y pasó un reembolso de otro año? El saldo suele incluir el impuesto más multas e ' +
      'intereses, que siguen creciendo hasta que se paga. Si una cifra no le parece correcta, anote cuál es y ' +
      'por qué antes de comunicarse con el IRS.',
    facts: ['W-2', '1099'],
    ...REVIEW_ES,
  },
  {
    id: 'common-causes',
    twinOf: 2,
    title: 'Motivos comunes de un aviso de saldo adeudado',
    text: 'La mayoría de los avisos de saldo adeudado tienen pocas causas. Un empleador, un banco o un cliente declaró ingresos en un formulario como el W-2 o el 1099 que faltaban en la declaración; para esto el IRS envía un CP2000. El IRS encontró un error matemático o al copiar y lo corrigió (CP11). Un reembolso se usó para pagar una deuda de otro año. Un pago se había puesto en su cuenta por error y se trasladó (CP60). O un cambio que usted pidió, por ejemplo en una declaración enmendada, dejó un saldo (CP22A). Saber la causa le indica qué pruebas debe reunir.',
    facts: ['W-2', '1099', 'CP2000', 'CP11', 'CP60', 'CP22A'],
    ...REVIEW_ES,
  },
  {
    id: 'contact-irs',
    twinOf: 2,
    title: 'Cómo comunicarse con el IRS',
    text: 'Empiece por el número de teléfono impreso en su aviso, porque lo comunica con el equipo que lleva su caso. Para preguntas generales, las personas físicas pueden llamar al 800-829-1040, de lunes a viernes, de 7 a.m. a 7 p.m., hora local; Alaska y Hawái siguen la hora del Pacífico. Un negocio debe usar el número de su aviso. Para preguntas sobre cobros y planes de pago, el IRS también usa el 800-829-8374. Tenga a mano el aviso, su declaración de impuestos y un bolígrafo. Si prefiere escribir, envíe su respuesta a la dirección del aviso y guarde un comprobante del envío.',
    facts: ['800-829-1040', '7 a.m.', '7 p.m.', '800-829-8374'],
    ...REVIEW_ES,
  },
  {
    id: 'call-script',
    twinOf: 1,
    title: 'Qué decir cuando llame al IRS',
    text:
      'Ayuda tener preparado cómo empezar. Dé el código del aviso, la fecha del aviso, el año tributario y la ' +
      'cantidad que aparece. Luego diga lo que quiere, por ejemplo: "Quisiera confirmar que este saldo está ' +
      'en mi cuenta y entender cómo se calculó". Después pregunte lo que necesita saber: la cantidad que debe ' +
      'hoy, si es posible un plan de pagos o adónde enviar las pruebas. Espere preguntas para confirmar quién ' +
      'es usted. El IRS no pide números de tarjeta por teléfono. Antes de colgar, anote el nombre o el número ' +
      'de identificación de la persona, la fecha y la hora, y lo que se acordó.',
    facts: [],
    ...REVIEW_ES,
  },
  {
    id: 'keep-a-log',
    twinOf: 1,
    title: 'Lleve un registro sencillo de cada contacto',
    text:
      'Un registro breve puede ahorrarle muchos problemas más adelante. Cada vez que llame, anote la fecha y ' +
      'la hora, el número al que llamó, el nombre o el número de identificación de la persona con quien habló, ' +
      'y lo que le dijo o prometió. Cada vez que envíe algo por correo, anote la fecha, lo que envió y el ' +
      'número de seguimiento. Guarde las confirmaciones de pago y las capturas de pantalla. Pida por escrito ' +
      'cualquier acuerdo, porque una promesa hecha por teléfono es difícil de probar. Guarde el registro con ' +
      'el aviso en una misma carpeta.',
    facts: [],
    ...REVIEW_ES,
  },
  {
    id: 'records-and-follow-up',
    twinOf: 2,
    title: 'Después de responder: esté atento a la próxima carta',
    text: 'Después de pagar, responder o establecer un plan, siga revisando su correo. El IRS le escribe cuando algo cambia, y si tiene un plan de pagos le envía cada mes un recordatorio, el CP521, con la cantidad que debe y la fecha límite de pago. Compare cada carta con sus registros. Haga cada pago del plan a más tardar en su fecha de vencimiento; un pago que falte puede traer un CP523, que advierte que el plan puede terminar. Si pasa mucho tiempo sin que llegue nada, o si un aviso nuevo parece no tener en cuenta lo que usted envió, llame al número que aparece en él con su registro y sus pruebas a mano. Nunca ignore un aviso posterior.',
    facts: ['CP521', 'CP523'],
    ...REVIEW_ES,
  },
  {
    id: 'common-mistakes',
    twinOf: 1,
    title: 'Errores que debe evitar',
    text:
      'Unos pocos errores causan la mayoría de los problemas. Ignorar el aviso, lo que deja que pase a avisos ' +
      'más fuertes, gravámenes y embargos. Llamar a un número de una carta o un mensaje dudosos en lugar del ' +
      'que aparece en un aviso verdadero o en IRS.gov. Dejar pasar una fecha de audiencia o del Tribunal ' +
      'Tributario mientras espera que le devuelvan la llamada. Enviar originales en lugar de copias, o ' +
      'documentos sin una nota que indique el aviso y el año tributario. Pagar con tarjeta de regalo o por ' +
      'transferencia porque alguien se lo exigió. Y aceptar algo por teléfono sin recibirlo por escrito.',
    facts: ['IRS.gov'],
    ...REVIEW_ES,
  },
  {
    id: 'what-happens-if-ignored',
    twinOf: 2,
    title: '¿Qué pasa si ignoro el aviso?',
    text: 'Ignorar un aviso de saldo adeudado no hace que desaparezca. El camino habitual es una primera factura, como un CP14, luego uno o más recordatorios, como un CP501, luego un aviso de intención de embargo, luego un aviso final con derecho a audiencia (LT11 o Letter 1058) y, por último, un embargo de salarios, cuentas bancarias u otros bienes. El IRS puede presentar un gravamen tributario en cualquier momento del camino. Los intereses y las multas siguen creciendo, y la multa por pago tardío sube al 1% al mes si el impuesto sigue sin pagarse 10 días después de un aviso de intención de embargo. Actuar pronto le deja más opciones abiertas.',
    facts: ['CP14', 'CP501', 'LT11', 'Letter 1058', '1%', '10 días'],
    ...REVIEW_ES,
  },
];
