import type { DeadlineNote } from '../knowledge/deadlines/deadline-engine.ts';
import type { Urgency } from '../knowledge/notices/notice-schema.ts';
import type { Messages } from './catalog.ts';
import { LOCALE_TAGS } from './locale.ts';
import { listJoiner, plural, utcDay, type ReadSummary } from './shapes.ts';

/**
 * Everything the product says in Spanish, written for a person in the United States reading about an IRS
 * letter (usted, plain words; the IRS's own Spanish pages call a notice "aviso" and a letter "carta").
 * Tax facts are not written here, as in English. The SMS words avoid á, í, ó and ú where a natural
 * wording allows: one of them turns a text into UCS-2, 70 characters a segment instead of 160.
 */

const TAG = LOCALE_TAGS.es;

type DaysLeft = { daysLeft: number; passed: boolean };

const dateFormat = (options: Intl.DateTimeFormatOptions) => (isoDate: string) =>
  utcDay(isoDate).toLocaleDateString(TAG, {
    timeZone: 'UTC',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    ...options,
  });

/** "23 de marzo de 2026". */
const shortDate = dateFormat({});

/** "$1,250.00" (the way U.S. Spanish writes dollars). */
const dollars = (amount: number) => amount.toLocaleString(TAG, { style: 'currency', currency: 'USD' });

/** "a, b o c". */
const orList = listJoiner('o');

/** "quedan 13 días", "hoy es el último día", "venció hace 3 días", "puede haber vencido hace 2 días: …". */
function daysLeft(deadline: DaysLeft): string {
  const ago = `hace ${-deadline.daysLeft} ${plural(-deadline.daysLeft, 'día', 'días')}`;
  if (deadline.passed) return `venció ${ago}`;
  if (deadline.daysLeft < 0) return `puede haber vencido ${ago}: revise la fecha impresa en su aviso`;
  if (deadline.daysLeft === 0) return 'hoy es el último día';
  return `${plural(deadline.daysLeft, 'queda', 'quedan')} ${deadline.daysLeft} ${plural(deadline.daysLeft, 'día', 'días')}`;
}

/** El estado del plazo antes de los días que quedan: "abierto, quedan 13 días"; los demás casos ya lo dicen. */
function status(deadline: DaysLeft): string {
  return deadline.daysLeft > 0 ? `abierto, ${daysLeft(deadline)}` : daysLeft(deadline);
}

const DEADLINE_NOTES: Readonly<Record<DeadlineNote, string>> = {
  'printed-date-governs': 'Si su aviso trae impresa otra fecha, la que vale es la del aviso.',
  'printed-date-used': 'Esta es la fecha impresa en su aviso: es la que vale.',
  'printed-date-unexpected':
    'Esta fecha impresa no es la que darían las reglas para este aviso. Revise que la escribió bien y que la tomó de la línea correcta; si es así, es la que vale.',
  'lien-earliest-date':
    'Esta es la fecha más temprana posible del último día: el plazo se cuenta desde 5 días hábiles después de que se presentó el gravamen, así que puede ser hasta una semana más tarde. La carta 3172 trae la fecha exacta: guíese por ella y no dé el plazo por cerrado hasta que esa fecha haya pasado.',
  'lien-from-filing-date':
    'Contado desde la fecha en que se presentó el gravamen: 30 días a partir del día siguiente a los 5 días hábiles posteriores a la presentación (IRC 6320(a)(3)(B)). Vale la fecha impresa en la carta.',
  'abroad-unknown':
    'Son 90 días desde la fecha del aviso. Si el aviso iba dirigido a usted fuera de los Estados Unidos, tiene 150 días. Vale el último día impreso en el aviso, y el Tribunal Tributario no puede ampliarlo.',
  'start-unconfirmed':
    'No está confirmado el día exacto en que empieza este plazo: guíese por el Formulario 12153 y las fechas de su aviso.',
  'rollover-best-understanding':
    'Pasar al siguiente día hábil un último día que cae en fin de semana o feriado es nuestra mejor lectura de la IRC 7503 para los pagos: para ir seguro, pague antes.',
  'abroad-unconfirmed': 'Si vive fuera de los Estados Unidos, guíese por la fecha impresa en su aviso.',
};

const FIELD_NAMES: Readonly<Record<ReadSummary['unsure'][number], string>> = {
  noticeCode: 'el código del aviso',
  noticeDate: 'la fecha del aviso',
  amountDue: 'el monto adeudado',
};

const URGENCY: Readonly<Record<Urgency, string>> = {
  critical: 'Urgente: actúe ya',
  high: 'Actúe en estos días',
  medium: 'Actúe pronto',
  low: 'No hay un plazo cercano',
};

export const es: Messages = {
  format: {
    /** "lunes, 23 de marzo de 2026". */
    longDate: dateFormat({ weekday: 'long' }),
    date: shortDate,
    money: dollars,
    orList,
  },

  result: {
    urgency: URGENCY,
    urgencyLong: {
      critical: 'Urgente: puede perder un derecho o el cobro puede empezar pronto',
      high: 'Alta: actúe en estos días',
      medium: 'Actúe pronto',
      low: 'Baja: no hay un plazo cercano',
    },
    daysLeft,
    status,
    deadlineNotes: DEADLINE_NOTES,
    noDeadline: 'No se puede calcular un plazo para este aviso: guíese por la fecha impresa en él.',
    nextStep: {
      before: (option: string, date: string) => `${option}, antes del ${date}.`,
      today: (option: string) => `${option}, hoy: revise la fecha impresa en su aviso.`,
      byThen: (option: string) => `${option}, antes de esa fecha.`,
      undated: (option: string) => `${option}.`,
    },
    deadlines: 'Plazos',
    options: 'Lo que puede hacer, en orden',
    checklist: 'Documentos que conviene reunir',
    alerts: 'Atención',
    sources: 'Fuentes',
    protects: (text: string) => `Protege: ${text}`,
    ifMissed: (text: string) => `Si se le pasa: ${text}`,
    nowPassed: (text: string) => `Ahora que ya pasó: ${text}`,
    basis: (text: string) => `Base legal: ${text}`,
    keepThese: (links: { calendarUrl: string; summaryUrl: string }) =>
      `**Guarde esto**\n- Agregue los plazos a su calendario: ${links.calendarUrl}\n- Resumen para imprimir: ${links.summaryUrl}`,
  },

  card: {
    headline: (date: string, status: string) => `**${date}**: ${status}`,
    verify: '¿De verdad es el IRS?',
    showOptions: 'Lo que puede hacer',
    showDocuments: 'Documentos que conviene reunir',
    showDates: 'Fechas, si se le pasan, fuentes',
    deadlines: 'Sus plazos, del más urgente al menos',
    nextStep: 'Siguiente paso',
    calendar: 'Agregar a mi calendario',
    summary: 'Resumen para imprimir',
    restart: 'Revisar otro aviso',
    restartCommand: 'reiniciar',
  },

  plainText: {
    deadlines: 'Plazos:',
    noDeadline: 'No se puede calcular un plazo para este aviso: guíese por la fecha impresa en él.',
    options: 'Lo que puede hacer, en orden:',
    checklist: 'Documentos que conviene reunir:',
    warnings: 'Advertencias:',
    note: (text: string) => `Nota: ${text}`,
  },

  summaryPage: {
    title: (code: string) => `Resumen del ${code}: Notice Navigator`,
    dated: (noticeDate: string, asOf: string) => `Aviso con fecha del ${noticeDate}; calculado el ${asOf}.`,
    source: 'fuente',
    expired: {
      title: 'Este enlace ya venció',
      paragraphs: [
        'Los enlaces de un caso duran un tiempo limitado y terminan cuando usted borra sus datos. Empiece una conversación nueva para ver sus plazos otra vez.',
      ],
    },
    unavailable: {
      title: 'Inténtelo de nuevo en un momento',
      paragraphs: [
        'No pudimos abrir su caso en este momento. No se ha perdido nada: vuelva a cargar esta página en uno o dos minutos.',
      ],
    },
  },

  policyPages: {
    privacy: {
      title: 'Notice Navigator: privacidad',
      paragraphs: [
        'Notice Navigator guarda lo que usted le cuenta en una conversación (el código del aviso, su fecha, sus respuestas) durante el plazo de conservación configurado, para que la conversación pueda seguir. Antes de guardar, registrar o enviar nada a un modelo de lenguaje, quita de los mensajes los números de Seguro Social, de identificación de contribuyente, bancarios, de tarjeta y el PIN del IRS.',
        'Por mensaje de texto, su número de teléfono solo se guarda como un hash con clave. No se envía nada a una firma de impuestos salvo que usted lo acepte al final de una solicitud de consulta.',
        'Escriba "borrar mis datos" en cualquier momento para borrar la conversación, sus enlaces de descarga y cualquier solicitud de consulta; si una firma ya recibió su solicitud, se le pide que también la borre.',
      ],
    },
    terms: {
      title: 'Notice Navigator: condiciones de uso',
      paragraphs: [
        'Las fechas se calculan a partir de reglas públicas y son estimaciones: las fechas y los montos impresos en su aviso son los que valen. El asistente no puede actuar en su nombre ante el IRS.',
      ],
    },
  },

  calendar: {
    name: (code: string) => `Plazos del ${code} del IRS`,
    event: (code: string, label: string) => `IRS ${code}: ${label}`,
    legalBasis: (basis: string) => `Base legal: ${basis}`,
    source: (url: string) => `Fuente: ${url}`,
    estimate:
      'Esta fecha se calcula a partir de la fecha del aviso: si su aviso trae una fecha impresa, vale esa.',
    reminder: (days: number, event: string) => `${days === 1 ? 'Mañana' : `En ${days} días`}: ${event}`,
  },

  // By text: no á, í, ó or ú (see the note at the top), short sentences.
  sms: {
    help: (disclaimer: string) =>
      `Notice Navigator explica su aviso del IRS, sus plazos y sus opciones. ${disclaimer} REINICIAR para empezar de nuevo, PARAR para darse de baja.`,
    welcomeBack:
      'Ya esta suscrito otra vez a Notice Navigator. Envie el codigo de su aviso del IRS (por ejemplo CP14) para empezar. AYUDA para ayuda, PARAR para darse de baja.',
    firstContact:
      'Notice Navigator: informacion general sobre avisos del IRS, no es asesoria legal ni fiscal. AYUDA para ayuda, PARAR para darse de baja.',
    result: {
      headline: (code: string, label: string, date: string, left: string) =>
        `${code}: ${label} a mas tardar el ${date} (${left}).`,
      headlinePassed: (code: string, label: string, date: string, left: string) =>
        `${code}: ${label}: ${date} (${left}).`,
      noDeadline: (code: string, text: string) => `${code}: ${text}`,
      laterDate: (label: string, date: string, left: string) => `${label}: ${date} (${left})`,
      nextStep: (option: string) => `Siguiente paso: ${option}.`,
      disclaimer: 'Info general, no es asesoria legal ni fiscal; valen las fechas impresas en su aviso.',
      menu: 'Responda 1 opciones, 2 documentos, 3 hablar con una persona',
      choices: { options: 'opciones', documents: 'documentos', person: 'hablar con una persona' },
      personCommand: 'hablar con una persona',
      optionsHeading: 'Lo que puede hacer, en orden:',
      laterDates: 'Otras fechas:',
      watchOut: (text: string) => `Atencion: ${text}`,
      summaryLink: (url: string) => `Resumen para imprimir: ${url}`,
      documentsHeading: 'Documentos que conviene reunir:',
    },
    replyWith: (numbers: readonly string[]) => `Responda ${orList(numbers)}`,
    more: (count: number) =>
      `Responda MAS para el resto de esta respuesta (${count} ${plural(count, 'texto', 'textos')} mas).`,
  },

  webchatPage: {
    product: 'Notice Navigator',
    offeredBy: 'ofrecido por',
    subtitle: 'Entienda su aviso del IRS de saldo a pagar y sus plazos',
    booking: 'Pedir una consulta',
    connecting: 'Conectando…',
    retry: 'Intentar de nuevo',
    unavailable: 'No se pudo iniciar el chat. Revise su conexión e inténtelo de nuevo en un momento.',
    noScript: 'Este chat necesita JavaScript. También puede llamar al número impreso en su aviso.',
    chatLabel: 'Chat con Notice Navigator',
    typeHere: 'Escriba su mensaje',
    send: 'Enviar',
    botSaid: 'Notice Navigator dijo:',
    youSaid: 'Usted dijo:',
    sentFile: 'El archivo que envió',
  },

  readFailure: {
    too_large: 'Ese archivo pasa de 10 MB. Basta con una foto de la primera página del aviso.',
    too_many_pixels:
      'Esa imagen es demasiado grande para leerla (más de 40 megapíxeles). Una foto normal del teléfono funciona mejor.',
    too_many_pages: 'Ese PDF tiene más de 4 páginas. Basta con la primera página del aviso.',
    unsupported_type:
      'Puedo leer una foto (JPEG o PNG) o un PDF del aviso. Las fotos HEIC: compártalas como JPEG.',
    type_mismatch: 'Ese archivo no es lo que dice ser (su nombre o su tipo no coinciden con el contenido).',
    encrypted: 'Ese PDF está protegido con contraseña, así que no lo puedo abrir.',
    unreadable: 'No pude abrir ese archivo; puede estar dañado.',
    not_a_notice:
      'No encontré un código ni una fecha de aviso del IRS en esa página. Si es un aviso, pruebe con una foto más nítida de la primera página, o escriba el código.',
    timeout: 'Leer ese archivo tardó demasiado. Pruebe con una foto solo de la primera página.',
    busy: 'Se están leyendo muchos archivos en este momento. Inténtelo de nuevo en un momento.',
  },

  disclaimer: {
    full:
      'Tenga en cuenta: Notice Navigator ofrece información general tomada de fuentes públicas del IRS. No es ' +
      'asesoría legal ni fiscal, y usarlo no convierte a nadie en su asesor. Las fechas y los montos impresos ' +
      'en su aviso son los que valen, aunque no coincidan con lo que ve aquí. Antes de actuar, consulte a un ' +
      'profesional calificado: un contador público (CPA), un agente inscrito o un abogado tributario.',
    short:
      'Solo información general, no es asesoría legal ni fiscal. Valen las fechas impresas en su aviso; ' +
      'consulte a un CPA, un agente inscrito o un abogado tributario antes de actuar.',
  },

  refusal: {
    openings: {
      evasion:
        'No puedo ayudar a ocultar ingresos o bienes del IRS ni a dejar de pagar de formas que la ley no permite.',
      other_taxes:
        'Solo trato avisos federales del IRS, así que las preguntas sobre impuestos estatales, locales, sobre ventas o de nómina quedan fuera de lo que puedo hacer.',
      tax_planning:
        'Planificar años tributarios futuros, como deducciones o maneras de pagar menos el año que viene, queda fuera de lo que hago.',
      bankruptcy:
        'Cómo se relacionan la bancarrota y las deudas de impuestos depende de los detalles de su caso, así que no puedo aconsejarle sobre eso.',
      criminal:
        'Las preguntas sobre posibles asuntos penales necesitan el consejo de un abogado, así que no puedo responderlas aquí.',
      investment_or_legal_strategy:
        'No puedo aconsejarle sobre demandas, inversiones ni otra estrategia financiera o legal personal.',
      guarantee: 'No puedo predecir ni prometer cómo decidirá el IRS, un tribunal ni nadie más.',
      act_on_behalf:
        'No puedo iniciar sesión, llamar, escribir, presentar ni pagar en su nombre, y por favor nunca comparta contraseñas aquí. Un representante que usted autorice con el Formulario 2848 puede actuar por usted.',
      predict_amount:
        'No puedo calcular un monto exacto para una fecha futura: los intereses y la multa por pago tardío siguen sumándose a un saldo sin pagar hasta que se paga. La cifra impresa en su aviso da el monto de hoy.',
      judge_third_party:
        'No puedo juzgar si un preparador, un empleador u otra persona actuó mal. Las quejas sobre un preparador pagado se presentan al IRS con el Formulario 14157 (https://www.irs.gov/forms-pubs/about-form-14157).',
      repeat_statement:
        'No puedo repetir ni respaldar una afirmación: podría tomarse como un consejo sobre su caso. Hágala como pregunta, por ejemplo *¿puede el IRS sacar dinero de mi cuenta bancaria?*',
      unrelated: 'Eso queda fuera de lo que puedo hacer.',
      prompt_injection: 'No puedo cambiar mi forma de trabajar ni salirme de mi función.',
    },
    whatICanDo:
      'Lo que sí puedo hacer es ayudarle a entender un aviso del IRS de saldo a pagar: qué significa, sus ' +
      'plazos y sus opciones para pagar, pedir un plan de pagos o disputarlo.',
    professional:
      'Para un consejo sobre su propia situación, la persona indicada es un CPA, un agente inscrito o un abogado tributario, y puedo ayudarle a pedir una consulta.',
  },

  piiNote:
    'Por su seguridad, quité de su mensaje lo que parecía un número de Seguro Social, de identificación de ' +
    'contribuyente, bancario, de tarjeta o un PIN. Nunca necesito esos números para ayudarle, así que no los ' +
    'escriba aquí; compártalos solo con el IRS o con un profesional que usted haya elegido.',

  language: {
    switchWords: ['español', 'espanol', 'en español', 'en espanol', 'spanish', 'in spanish'],
    changed: 'De acuerdo, seguimos en español. Sus respuestas se mantienen.',
  },

  dialog: {
    welcome: [
      'Hola, soy Notice Navigator. Le ayudo a entender un aviso del IRS: qué significa, qué plazos abre y qué opciones tiene.',
      'Doy información general de fuentes públicas del IRS. No soy abogado ni profesional de impuestos, no puedo actuar por usted y nunca necesito su número de Seguro Social ni sus datos bancarios.',
      'Escriba *ayuda*, *reiniciar* o haga una pregunta cuando quiera.',
    ].join('\n\n'),

    askNoticeCode:
      '¿Cuál es el código del aviso? Está impreso en la esquina superior o inferior derecha de la carta, por ejemplo **CP14**, **CP2000**, **LT11** o **Letter 1058**.',
    noticeCodeHint: {
      no_code_found:
        'No encontré un código de aviso en eso. Busque en la esquina superior o inferior derecha de la primera página algo como **CP14** o **LT11**. También puede escribir *lista* para ver los avisos que conozco, o *no lo encuentro*.',
      unknown_notice: (suggestions: string[]) =>
        suggestions.length > 0
          ? `No conozco ese código. ¿Quiso decir ${orList(suggestions.map((s) => `**${s}**`))}? Escriba el código otra vez, *lista* para verlos todos, o *no lo encuentro*.`
          : 'No conozco ese código. Revise la esquina superior o inferior derecha de la carta, escriba *lista* para ver los avisos que conozco, o *no lo encuentro*.',
    },
    noticeList: (codes: string[]) =>
      `Estos son los avisos que conozco:\n\n${codes.join(', ')}\n\n¿Cuál es el suyo?`,
    describeLetter:
      'No se preocupe. En pocas palabras, ¿qué dice la parte de arriba de la carta? Por ejemplo *intención de embargo*, *cambios propuestos* o *saldo a pagar*.',
    stillUnknown:
      'Todavía no sé qué aviso es, así que no puedo darle fechas. Antes de hacer nada, asegúrese de que la carta de verdad viene del IRS.',

    askNoticeDate: '¿Qué fecha trae impresa el aviso? Por ejemplo *2 de marzo de 2026*.',
    noticeDateHint: {
      empty: 'Escriba la fecha impresa en el aviso, por ejemplo *2 de marzo de 2026*.',
      not_a_date:
        'No encontré una fecha en eso. Escriba la fecha impresa en el aviso, como *2 de marzo de 2026*.',
      relative_date:
        'Necesito la fecha exacta impresa en el aviso y no un día como *ayer*, para que los plazos salgan bien. Por ejemplo *2 de marzo de 2026*.',
      impossible_date:
        'Esa fecha no existe en el calendario. Revísela y escríbala otra vez con el mes en letras, como *2 de marzo de 2026*.',
      ambiguous:
        'No sé con certeza qué fecha es. Escriba la fecha impresa en el aviso con el mes en letras, como *2 de marzo de 2026*.',
      date_in_future: 'Esa fecha es del futuro. Revise la fecha impresa en el aviso y escríbala otra vez.',
      before_irs_notices: 'Esa fecha parece demasiado antigua. Revise el año impreso en el aviso.',
    },
    veryOldNotice:
      'Ese aviso tiene varios años. Es probable que el IRS le haya enviado cartas más recientes; si tiene una más nueva, escriba *reiniciar* y use esa.',

    askAgreement: '¿Está de acuerdo con el saldo o con los cambios del aviso?',
    agreementChoices: ['Sí', 'No', 'No estoy seguro', 'Ya pagué'],
    agreementHint: 'Responda *sí*, *no* o *no estoy seguro* (o *ya pagué* si cree que ya lo pagó).',

    askAmount: '¿Cuánto dice el aviso que debe? Por ejemplo *$1,250.00*.',
    amountHint: {
      empty: 'Escriba el monto adeudado impreso en el aviso, por ejemplo *$1,250*.',
      no_amount: 'No encontré un monto en eso. Escriba el monto adeudado, por ejemplo *$1,250*.',
      negative: 'El monto adeudado debe ser un número positivo. Escriba el monto impreso en el aviso.',
      too_large: 'Ese monto parece demasiado alto. Revise el monto impreso en el aviso.',
      ambiguous: 'Veo más de un monto. ¿Cuál es el total adeudado?',
    },
    askAbroad: '¿El aviso iba dirigido a usted a una dirección fuera de los Estados Unidos?',
    askCanPay: '¿Podría pagar ahora el saldo completo?',
    yesNoChoices: ['Sí', 'No'],
    yesNoHint: 'Responda *sí* o *no*.',

    askPrintedDate: (code: string, deadline: string) =>
      deadline === 'cdp-hearing'
        ? `Su ${code} trae impreso el último día para pedir una audiencia, y esa es la fecha que vale. ¿Qué fecha indica? Escríbala, o *no la veo*.`
        : `Su ${code} trae impresa la fecha límite para pagar o comunicarse con el IRS, y esa es la fecha que vale. ¿Qué fecha indica? Escríbala, o *no la veo*.`,
    notShownChoices: ['No la veo'],
    printedDateHint: (code: string, detail: readonly string[]) =>
      code === 'does_not_fit'
        ? `Esa no puede ser la fecha impresa para esto: tiene que ser posterior a la fecha del aviso (${shortDate(detail[0] ?? '')}) y estar dentro de los dos años siguientes. Revísela y escríbala otra vez, o *no la veo*.`
        : 'No encontré una fecha en eso. Escriba la fecha impresa en el aviso, como *12/3/2026*, o *no la veo*.',
    askLienFilingDate:
      '¿Cuándo se presentó el gravamen? La fecha de presentación es la que abre el plazo para pedir la audiencia; sin ella solo puedo mostrarle el último día más temprano posible. Escriba la fecha, o *no lo sé*.',
    notKnownChoices: ['No lo sé'],
    lienFilingDateHint: (code: string, detail: readonly string[]) =>
      code === 'after_notice'
        ? `El gravamen se presenta antes de que se envíe la carta que lo anuncia, y esa fecha es posterior a la fecha de la carta (${shortDate(detail[0] ?? '')}). Revísela y escríbala otra vez, o *no lo sé*.`
        : code === 'too_early'
          ? `La carta se envía pocos días hábiles después de presentarse el gravamen, y esa fecha es demasiado anterior a la fecha de la carta (${shortDate(detail[0] ?? '')}). Revísela y escríbala otra vez, o *no lo sé*.`
          : 'No pude usar eso como fecha de presentación. Escríbala como *10/27/2026*, o *no lo sé*.',

    reading: {
      confirm: (read: ReadSummary) => {
        const parts = [
          `Leí ${read.noticeCode ? `un ${read.noticeCode}` : 'un aviso'}`,
          read.noticeDate && `con fecha del ${shortDate(read.noticeDate)}`,
          read.taxYear && `del año tributario ${read.taxYear}`,
        ].filter(Boolean);
        const money =
          read.amountDue === undefined
            ? undefined
            : `${dollars(read.amountDue)} a pagar${read.payBy ? ` a más tardar el ${shortDate(read.payBy)}` : ''}`;
        const dated = read.otherDeadlines.map((d) => `${d.label.toLowerCase()} ${shortDate(d.date)}`);
        const unsure =
          read.unsure.length > 0
            ? ` No pude leer bien ${orList(read.unsure.map((f) => FIELD_NAMES[f]))}, así que se lo preguntaré.`
            : '';
        return `${[parts.join(' '), money, ...dated].filter(Boolean).join(', ')}: ¿es correcto?${unsure}`;
      },
      confirmHint:
        'Responda *sí* o *no*, o dígame qué corregir, como *la fecha es 20 de noviembre* o *es un CP504*.',
      rejected: 'No hay problema, vamos paso a paso escribiendo.',
      oneAtATime: 'Todavía estoy leyendo el archivo que envió. Un archivo a la vez, por favor.',
      failed: (message: string) => `${message} También puede escribir el código del aviso, como *CP14*.`,
      fetchRefused:
        'No puedo abrir un archivo desde ahí. Envíe la foto o el PDF mismo, o escriba el código del aviso, como *CP14*.',
      reading: 'Leyendo su aviso…',
      heldUntilRead: 'Todavía estoy leyendo su aviso. Responderé a este mensaje en cuanto termine.',
    },

    understood: (facts: string) => `Entendido: ${facts}.`,
    corrected: (facts: string) => `Cambiado: ${facts}.`,
    contradiction: (first: string, kept: string, what: string) =>
      `Me dio dos valores de ${what}, ${first} y luego ${kept}: me quedo con ${kept}. Dígame si es el otro.`,
    confirmFacts: (facts: string) => `Entonces: ${facts}. ¿Es correcto?`,
    confirmChoices: ['Sí, es correcto', 'Cambiar algo'],
    confirmHint:
      'Responda *sí* si es correcto, o dígame qué cambiar, como *la fecha es 3 de marzo* o *el monto es $2,148*.',
    askCorrection:
      '¿Qué debo cambiar? Por ejemplo *la fecha es 3 de marzo*, *es un CP501* o *el monto es $2,148*.',
    correctionHint:
      'No supe qué cambiar. Dígalo así: *la fecha es 3 de marzo*, *es un CP501* o *el monto es $2,148*.',
    whichDate: (dates: string[]) =>
      `Veo dos fechas, ${orList(dates.map((d) => `**${d}**`))}. ¿Cuál es la que el aviso trae impresa como su fecha?`,
    onlyNumberHint:
      'Solo veo un número. Responda con palabras, como *sí* o *no*. Si es el monto del aviso, diga *el monto es $2,148*.',
    noWordsHint:
      'Solo puedo leer palabras y números, no imágenes ni símbolos. Escriba su respuesta, por ejemplo *CP14* o *2 de marzo de 2026*.',
    summary: {
      dated: (date: string) => `con fecha del ${date}`,
      agree: 'está de acuerdo',
      disagree: 'no está de acuerdo',
      unsure: 'no está seguro de que sea correcto',
      alreadyPaid: 'ya pagó',
      canPay: 'puede pagar todo ahora',
      cannotPay: 'no puede pagar todo ahora',
      abroad: 'dirigido fuera de EE. UU.',
      inUS: 'dirigido dentro de EE. UU.',
      taxYear: (year: number) => `año tributario ${year}`,
      printed: {
        'pay-by': 'pagar a más tardar el',
        'respond-by': 'responder a más tardar el',
        'hearing-by': 'último día para pedir una audiencia',
        'petition-by': 'último día para presentar una petición al Tribunal Tributario',
      },
      lienFiled: (date: string) => `gravamen presentado el ${date}`,
    },
    tooManyTries:
      'Lo siento, me está costando entender. Un profesional de impuestos puede revisar el aviso con usted: escriba *hablar con una persona*. O escriba *reiniciar* para empezar de nuevo.',
    help: [
      'Le pediré el código del aviso, la fecha impresa en él y si está de acuerdo; luego le mostraré sus plazos y opciones.',
      'Puede escribir en cualquier momento:',
      '- *reiniciar* para empezar de nuevo',
      '- *atrás* para cambiar su última respuesta',
      '- *menú* para ver esta lista otra vez',
      '- *lista* para ver los avisos que conozco',
      '- *hablar con una persona* para que le pongamos en contacto con un profesional',
      '- *English* to continue in English',
      '- o haga una pregunta, como *¿qué es una audiencia CDP?*',
    ].join('\n'),
    cancelled: 'De acuerdo, me detengo. Escriba cualquier cosa para empezar otra vez.',
    restarting: 'De acuerdo, empecemos de nuevo.',
    lostTrack:
      'Lo siento, perdí el hilo de la conversación y no pude conservar sus respuestas. Empecemos de nuevo desde la primera pregunta.',
    nothingToGoBackTo: 'No hay una respuesta anterior que cambiar. Sigamos.',
    human:
      'Un profesional de impuestos calificado (un CPA, un agente inscrito o un abogado tributario) puede revisar su aviso y actuar por usted. Si ya empezó, guardo aquí sus respuestas; escriba *reiniciar* para revisar otro aviso.',
    afterResult: 'Escriba *reiniciar* para revisar otro aviso, o hágame una pregunta sobre este.',
    questionAcknowledged:
      'Buena pregunta. Respondo preguntas así con información verificada del IRS; por ahora, sigamos con su aviso.',
    turnError:
      'Lo siento, algo falló de mi lado. Sus respuestas anteriores están a salvo: envíe otra vez su último mensaje, o escriba *reiniciar*.',
    turnConflict:
      'Lo siento, ese mensaje se cruzó con otro de esta misma conversación, así que no lo procesé. Envíelo otra vez, por favor.',
    personalOnly:
      'Ayudo a una persona a la vez con su propio aviso, así que solo hablo en un chat personal. Abra un chat conmigo (Notice Navigator) para empezar.',
    slotNames: { noticeCode: 'código del aviso', noticeDate: 'fecha del aviso', amountDue: 'monto' },
    blockedTooLong: (max: number) =>
      `Ese mensaje es demasiado largo para mí (más de ${max} caracteres). ¿Podría decirlo de forma más breve?`,
    intake: {
      offer: (firm: string) =>
        `¿Quiere que un profesional de impuestos de ${firm} revise su aviso con usted? Si acepta, le paso sus plazos, sus opciones y lo que usted me cuente, solo con su permiso.`,
      offerChoices: { book: 'Pedir una consulta', decline: 'No, gracias' },
      offerHint: 'Responda *pedir una consulta* o *no, gracias*.',
      declined:
        'No hay problema. Escriba *reiniciar* para revisar otro aviso, o hágame una pregunta sobre este.',
      askName: '¿Qué nombre debe usar el profesional para dirigirse a usted?',
      nameHint: 'Escriba su nombre, por ejemplo *María López*.',
      askContact:
        '¿Cuál es el mejor correo electrónico o número de celular para comunicarse con usted? Basta con uno, y puede dar los dos.',
      contactHint: (code: string) =>
        ({
          bad_email: 'Ese correo electrónico no parece completo. Revíselo, por ejemplo *nombre@ejemplo.com*.',
          bad_mobile: 'Ese número no parece de celular. Incluya el código de área, como *(202) 555-0147*.',
          too_many: 'Dé un solo correo electrónico y/o un solo número de celular.',
        })[code] ??
        'Escriba un correo electrónico (como *nombre@ejemplo.com*) o un número de celular (como *(202) 555-0147*).',
      askMethod: '¿Cómo prefiere que se comuniquen con usted?',
      buttons: { anyTime: 'A cualquier hora', skip: 'Omitir', all: 'Todos', none: 'Ninguno' },
      methodLabel: { email: 'Correo electrónico', phone: 'Llamada', text: 'Mensaje de texto' },
      methodHint: 'Elija *correo electrónico*, *llamada* o *mensaje de texto*.',
      askTimes:
        '¿Cuándo es un buen momento para comunicarse con usted? Por ejemplo *entre semana por la mañana*, o *a cualquier hora*.',
      timesHint: 'Dígame qué horario le conviene, o *a cualquier hora*.',
      askDescription:
        'En pocas palabras, ¿qué le gustaría que supiera el profesional? No incluya números de Seguro Social, bancarios ni de tarjeta. También puede decir *omitir*.',
      descriptionHint: 'Describa su situación en pocas palabras, o diga *omitir*.',
      askHave: (items: string[]) =>
        `¿Cuáles de estos ya tiene? Responda con los números (por ejemplo *1, 3*), *todos* o *ninguno*.\n\n${items.join('\n')}`,
      haveHint:
        'Responda con los números de los documentos que tiene (por ejemplo *1, 3*), *todos* o *ninguno*.',
      askConsent: (firm: string) =>
        `¿Puedo enviar el resumen de su caso (su aviso, sus plazos, sus opciones y lo que me contó) a ${firm} para que un profesional se comunique con usted?`,
      noConsent: 'De acuerdo, no he enviado nada. Escriba *hablar con una persona* si cambia de opinión.',
      sent: (firm: string, reference: string, bookingUrl: string | undefined) =>
        [
          `Gracias. Su solicitud quedó guardada y llegará a ${firm}. Su número de referencia es **${reference}**.`,
          bookingUrl
            ? `Puede elegir una hora para su consulta aquí: ${bookingUrl}`
            : 'Un profesional se comunicará con usted como lo pidió.',
          'Sus plazos siguen corriendo mientras espera: atienda primero el más próximo si llega antes. Escriba *borrar mis datos* en cualquier momento para quitar lo que compartió.',
        ].join('\n\n'),
      notSent:
        'Lo siento, no pude guardar su solicitud en este momento. No se envió nada. Inténtelo de nuevo en unos minutos, o escriba *hablar con una persona*.',
      needsNotice:
        'Puedo pasar su caso a un profesional después de que revisemos juntos su aviso. Empecemos por el código del aviso.',
    },
    deleted: (intakes: number) =>
      intakes > 0
        ? `Listo: borré esta conversación y ${intakes === 1 ? 'la solicitud' : `las ${intakes} solicitudes`} que envió a la firma (se le pide a la firma que borre cualquier copia que haya recibido).`
        : 'Listo: borré esta conversación y todo lo que me contó en ella.',
  },
};
