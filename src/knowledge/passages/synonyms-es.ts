import type { PhraseExpansion } from './synonyms.ts';

/**
 * Spanish word lists for passage retrieval, the twins of synonyms.ts: people ask in their own words
 * ("me van a quitar el sueldo"), the Spanish twins use the IRS's ("embargo", "salario"). Everything is
 * written without accents, as questions are read (spanish-words.ts folds them); the retriever stems both
 * sides, so one inflection per word is usually enough.
 */

function wordList(block: string): string[] {
  return block.split(/\s+/).filter((word) => word !== '');
}

/**
 * Words whose stem is another word's: read as the twins' word before stemming ("corte", a court, would
 * otherwise meet "corto", short).
 */
export const SPANISH_WORD_RENAMES: Readonly<Record<string, string>> = {
  corte: 'tribunal',
  cortes: 'tribunales',
  // "Interés" loses its accent and then its "-es" ("inter"), unlike "intereses".
  interes: 'intereses',
  // Snowball stems "digo" apart from "decir" ("dig", "dec").
  digo: 'decir',
  diga: 'decir',
};

/** Words that carry no topic, including the worry words of a frightened or angry reader. */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  a al algo alguien algun alguna alguno algunos ante antes aqui asi aun aunque cada como con contra cual
  cuales cualquier de del desde donde e el ella ellas ello ellos en entonces entre era eran eres es esa
  esas ese eso esos esta estaba estan estar estas este esto estos estoy fue fueron ha han has hay he hola
  la las le les lo los me mi mis mio mia muy ni no nos nosotros o os otra otras otro otros para pero
  poco por porque pues que quien quienes se sea ser si sido sin sobre solo son soy su sus tal tambien
  tanto te ti tu tus u un una uno unos unas usted ustedes vos y ya yo
  puedo puede pueden podemos podria podrian poder quiero quiere quisiera necesito necesita hago hace
  hacer haga tengo tiene tienen tener saber se sabe decir dice dijo dicen digo ir voy va vamos van
  cuanto cuanta cuantos cuantas cuando
  favor gracias oye ayudame ayudeme porfa pls hoy ayer manana todavia mucho mucha muchos muchas
  asustado asustada preocupado preocupada nervioso nerviosa miedo enojado enojada confundido confundida
  dios ay uf bueno eh oiga senor senora
  llego llega llegan llegaron llegar llegado explicar explica explique explicame significa significan
  significado persona personas nadie hombre mujer bien mal siempre nunca puso pusieron ponen pone
  `),
);

/**
 * Everyday words the twins never use that say nothing about the subject of a question. They weigh
 * little when judging confidence.
 */
export const SPANISH_LIGHT_WORDS: readonly string[] = wordList(`
  normal posible verdad cierto real correcto exacto todo toda todos todas entero grande pequeno alto
  bajo caro facil rapido seguro pasa paso pasar pasando ocurre sucede empezar empieza ver veo mirar leer
  entender entiendo usar uso dar dio dan poner pregunta preguntas problema problemas lio situacion
  idea cosa cosas viejo nuevo vecino jefe mejor peor
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  lunes martes miercoles jueves viernes sabado
`);

/**
 * Words that place a question in this assistant's field. A question with none of them needs a higher
 * share of known words to be answered.
 */
export const SPANISH_DOMAIN_WORDS: readonly string[] = wordList(`
  irs impuesto impuestos aviso carta factura deuda debo debe deber saldo pagar pago multa intereses
  embargo embargar gravamen reembolso declaracion formulario audiencia apelacion apelar tribunal corte
  plazo plan cuotas ofrecimiento transaccion estafa fraude auditoria defensor cobro cobrar pasaporte
  salario sueldo banco tesoro contador abogado representante matasellos documentos comprobante
  deficiencia protesta disputa desacuerdo responder respuesta calculo cantidad dinero
`);

/** One word → words the twins use; the question keeps its own word and gains these. */
export const SPANISH_WORD_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  sueldo: ['salario', 'embargo'],
  nomina: ['salario', 'embargo'],
  cheque: ['cheque', 'pago'],
  mensual: ['mensual', 'plan', 'plazos'],
  mensualidades: ['mensual', 'plan', 'plazos'],
  cuotas: ['plazos', 'plan', 'mensual'],
  falso: ['estafa', 'realmente'],
  fraude: ['estafa', 'realmente'],
  estafador: ['estafa', 'pasar'],
  finge: ['pasar', 'estafa'],
  fingir: ['pasar', 'estafa'],
  impostor: ['pasar', 'estafa'],
  suplanta: ['pasar', 'estafa'],
  gratis: ['gratuita', 'ayuda'],
  contador: ['representante', 'profesional'],
  perdonar: ['alivio', 'eliminar'],
  costo: ['cargo', 'cuesta'],
  tarifa: ['cargo'],
  oferta: ['ofrecimiento'],
  compromiso: ['transaccion'],
  permiso: ['dejar', 'alguien', 'trate'],
  autorizar: ['dejar', 'alguien', 'trate'],
  juntar: ['reunir'],
  abogado: ['abogado', 'profesional'],
  vale: ['manda', 'cuentan'],
  hijo: ['familiar'],
  hija: ['familiar'],
  esposo: ['familiar'],
  esposa: ['familiar'],
  mama: ['familiar'],
  papa: ['familiar'],
  multan: ['multa'],
  // The words of everyday and US Spanish for the twins' subjects, including the English ones a reader
  // borrows ("los taxes", "el lien").
  taxes: ['impuestos'],
  taxa: ['impuestos'],
  lien: ['gravamen'],
  levy: ['embargo'],
  garnish: ['embargo', 'salario'],
  refund: ['reembolso'],
  penalty: ['multa'],
  penalidad: ['multa'],
  penalizacion: ['multa'],
  sancion: ['multa'],
  recargo: ['multa'],
  adeudo: ['deuda', 'saldo'],
  abonos: ['plan', 'pagos', 'mensual', 'plazos'],
  parcialidades: ['plan', 'pagos', 'mensual', 'plazos'],
  financiamiento: ['plan', 'pagos', 'plazos'],
  convenio: ['plan', 'pagos', 'acuerdo'],
  arreglo: ['plan', 'acuerdo', 'ofrecimiento'],
  condonar: ['ofrecimiento', 'transaccion', 'alivio'],
  condonacion: ['ofrecimiento', 'transaccion', 'alivio'],
  negociar: ['ofrecimiento', 'transaccion', 'plan'],
  congelar: ['embargo', 'embargar', 'bancarias'],
  congelaron: ['embargo', 'embargar', 'bancarias'],
  usaron: ['uso', 'aplico'],
  aplicaron: ['uso', 'aplico'],
  telefono: ['numero', 'llamar', 'comunicarse'],
  hablar: ['llamar', 'comunicarse'],
  contactar: ['comunicarse', 'llamar'],
  contacto: ['comunicarse', 'llamar'],
  contestar: ['responder', 'respuesta'],
  conteste: ['responder', 'respuesta'],
  ignorar: ['ignoro', 'ignorar'],
  urgente: ['urgente', 'atencion'],
  discutir: ['cuestionar', 'desacuerdo'],
  disputar: ['cuestionar', 'desacuerdo', 'disputar'],
  impugnar: ['cuestionar', 'desacuerdo', 'apelaciones'],
  objetar: ['cuestionar', 'desacuerdo'],
  reclamo: ['desacuerdo', 'apelaciones'],
  juez: ['tribunal'],
  juicio: ['tribunal'],
  demanda: ['tribunal'],
  engano: ['estafa'],
  timo: ['estafa'],
  phishing: ['estafa'],
  cpa: ['profesional', 'representante'],
  preparador: ['profesional', 'representante'],
  gestor: ['profesional', 'representante'],
  notario: ['profesional', 'representante'],
  cobranza: ['agencia', 'privada', 'cobro'],
  cobrador: ['agencia', 'privada', 'cobro'],
  cobradores: ['agencia', 'privada', 'cobro'],
  gobierno: ['federal'],
  pension: ['beneficios', 'jubilacion', 'seguro', 'social'],
  jubilacion: ['jubilacion', 'beneficios', 'seguro', 'social'],
  retiro: ['jubilacion', 'beneficios', 'seguro', 'social'],
  ombudsman: ['defensor'],
  clinica: ['clinicas', 'bajos', 'ingresos'],
  hospital: ['causa', 'razonable', 'control'],
  enfermo: ['causa', 'razonable', 'control'],
  enferma: ['causa', 'razonable', 'control'],
  enfermedad: ['causa', 'razonable', 'control'],
  accidente: ['causa', 'razonable', 'control'],
  murio: ['causa', 'razonable', 'control'],
  fallecio: ['causa', 'razonable', 'control'],
  huracan: ['causa', 'razonable', 'control'],
  inundacion: ['causa', 'razonable', 'control'],
  incendio: ['causa', 'razonable', 'control'],
  desastre: ['causa', 'razonable', 'control'],
  desempleado: ['ahora', 'nada', 'cobrar'],
  desempleada: ['ahora', 'nada', 'cobrar'],
  anual: ['anuales', 'recordatorios'],
  recordandome: ['recordatorios', 'recordatorio'],
  recordando: ['recordatorios', 'recordatorio'],
  recordatorio: ['recordatorios', 'recordatorio'],
  propiedad: ['bienes', 'casa'],
  propiedades: ['bienes', 'casa'],
  preventivo: ['gravamen'],
  festivo: ['feriado'],
  domingo: ['fin', 'semana'],
  estampilla: ['correo', 'matasellos'],
  timbre: ['correo', 'matasellos'],
  sello: ['correo', 'matasellos'],
};

/** Phrases whose meaning is more than their words → words the twins use. Matched on folded text. */
export const SPANISH_PHRASE_EXPANSIONS: readonly PhraseExpansion[] = [
  {
    pattern:
      /\b(?:como|donde|formas? de|maneras? de|opciones de|metodos? de) (?:puedo |se puede |debo |hay que )?pag(?:ar|o|arle)\b/,
    adds: ['formas', 'pago', 'opciones', 'linea', 'tarjeta', 'cheque'],
  },
  {
    pattern:
      /\bpag\w*\b(?: \w+){0,3} (?:en|dentro de) (?:\d+|unos?|pocos|dos|tres|cuatro|cinco|seis) (?:dias|semanas|meses)\b/,
    adds: ['corto', 'plazo', 'plan', 'pocos', 'meses'],
  },
  {
    pattern: /\b(?:quit\w*|elimin\w*|perdon\w*|borr\w*|rebaj\w*) (?:\w+ ){0,2}multas?\b/,
    adds: ['eliminar', 'alivio', 'multa'],
  },
  {
    pattern:
      /\b(?:quit\w*|llev\w*|congel\w*) (?:\w+ ){0,2}(?:sueldo|salario|casa|carro|coche|cuenta|dinero|banco|beneficios|pension)\b/,
    adds: ['embargo', 'embargar', 'bienes', 'intencion'],
  },
  {
    pattern: /\b(?:mand\w*|envi\w*)\b(?: \w+){0,3} (?:por )?correo\b|\bcorreo certificado\b/,
    adds: ['matasellos', 'correo', 'tiempo', 'enviar'],
  },
  {
    pattern:
      /\batras\w*\b(?: \w+){0,4} (?:pagos?|plan|cuotas?)\b|\b(?:no (?:hice|pague)|falle|perdi|me salte) (?:un|el|mi|una) (?:pago|cuota)\b/,
    adds: ['incumplimiento', 'falto', 'pago', 'plan'],
  },
  {
    pattern: /\bpag\w* (?:tarde|atrasado|con retraso)\b|\bpago (?:tardio|atrasado)\b/,
    adds: ['pagar', 'tarde', 'vencimiento', 'tasa'],
  },
  {
    pattern: /\bsin pagar (?:primero|antes)\b|\bantes de pagar\b/,
    adds: ['antes', 'pagar', 'tribunal'],
  },
  {
    pattern:
      /\b(?:revis\w*|comprob\w*|verific\w*|checar|chequear) (?:\w+ ){0,3}(?:cuentas|calculos?|numeros|cifras|montos?|cantidad)\b/,
    adds: ['cifras', 'revisar', 'calculo'],
  },
  {
    pattern: /\bque (?:le )?(?:decir|digo|diga|pregunto|preguntar|pregunte)\b/,
    adds: ['decir', 'pregunte', 'confirmar', 'empezar'],
  },
  {
    pattern:
      /\bno (?:present\w*|hice|declare) (?:mi |la |mis |las )?(?:declaracion|declaraciones|impuestos)\b/,
    adds: ['presentar', 'tarde', 'declaracion', 'multa'],
  },
  {
    pattern: /\b(?:guard\w*|conserv\w*|quedarme con) (?:una )?copias?\b|\bllevar (?:un )?registro\b/,
    adds: ['registro', 'copia', 'anote', 'guarde'],
  },
  {
    pattern: /\bya (?:lo |la )?(?:pague|pagamos|hice el pago|mande el pago|envie el pago)\b/,
    adds: ['pruebas', 'pago', 'confirmacion', 'cuenta'],
  },
  {
    pattern: /\bpor que (?:debo|me cobran|tengo que pagar|me llego)\b/,
    adds: ['motivos', 'causa', 'saldo', 'adeudado'],
  },
  {
    pattern:
      /\b(?:plan|acuerdo|arreglo|convenio) de pagos?\b|\bpag\w* (?:a plazos|por partes|poco a poco|en partes|de a poco)\b|\bpagos? parciales\b/,
    adds: ['plan', 'pagos', 'plazos', 'mensual'],
  },
  {
    pattern:
      /\bpag\w* (?:\w+ ){0,3}(?:con|por|en|mediante|desde) (?:(?:una|la|mi|un|el) )?(?:tarjeta|internet|linea|transferencia|giro|cheque|debito)\b/,
    adds: ['formas', 'pago', 'opciones', 'linea', 'tarjeta', 'cheque'],
  },
  {
    pattern: /\bno (?:me )?alcanza\b|\bno tengo (?:el |con que|para|tanto|suficiente)\b/,
    adds: ['puede', 'pagar', 'cantidad', 'completa', 'opciones'],
  },
  {
    pattern:
      /\b(?:deten\w*|par\w*|evit\w*|dej\w* de (?:sumar|cobrar|crecer|correr|subir)|no (?:sigan?|siga) (?:sumando|creciendo|subiendo)) (?:\w+ ){0,2}(?:los )?intereses\b|\bintereses\b(?: \w+){0,3} (?:dej\w* de|paren|se detienen)\b/,
    adds: ['detener', 'intereses', 'pronto', 'completa'],
  },
  {
    pattern:
      /\b(?:es|sea|son|era) (?:de verdad|real|reales|verdader\w*|autentic\w*|legitim\w*|fals\w*)\b|\b(?:autentic\w*|legitim\w*)\b/,
    adds: ['realmente', 'real', 'verdadero', 'comprobar'],
  },
  {
    pattern:
      /\b(?:us\w*|aplic\w*|tom\w*|quedar\w*|quedo|retuv\w*|retien\w*|agarr\w*) (?:\w+ ){0,3}(?:reembolso|devolucion)\b|\b(?:reembolso|devolucion) (?:\w+ ){0,3}(?:para pagar|a la deuda|a lo que debo)\b/,
    adds: ['reembolso', 'uso', 'aplico', 'deuda'],
  },
  {
    pattern: /\bcada ano\b|\btodos los anos\b|\banualmente\b/,
    adds: ['anuales', 'recordatorios'],
  },
  {
    pattern:
      /\bno (?:le )?(?:hago|hice|hacer|haga|hago) caso\b|\bsi (?:lo |la )?ignoro\b|\bno (?:hago|hice|haga) nada\b/,
    adds: ['ignorar', 'ignoro', 'pasa', 'camino'],
  },
  {
    pattern: /\bcuant\w* (?:dias|tiempo|semanas) (?:tengo|hay|me dan|dan)\b|\bhasta cuando tengo\b/,
    adds: ['plazos', 'dias', 'fecha'],
  },
  {
    pattern:
      /\bno (?:conteste|respondi|alcance|llegue)\b(?: \w+){0,3} (?:a tiempo|el plazo|la fecha)\b|\bse me (?:paso|vencio|fue) (?:el |la )?(?:plazo|fecha)\b/,
    adds: ['plazo', 'vencido', 'paso', 'opciones'],
  },
  {
    pattern:
      /\b(?:corrigi\w*|cambi\w*|arregl\w*|modific\w*) (?:\w+ ){0,3}(?:declaracion|error)\b|\berror (?:de |en (?:la |las )?)?(?:calculo|matematico|suma|cuentas)\b/,
    adds: ['error', 'matematico', 'cambio', 'declaracion'],
  },
  {
    pattern:
      /\bno (?:declar\w*|present\w*)\b(?: \w+){0,3} (?:a tiempo|tarde)\b|\b(?:declar\w*|present\w*) tarde\b/,
    adds: ['presentar', 'tarde', 'declaracion', 'multa'],
  },
  {
    pattern:
      /\bembargo preventivo\b|\b(?:carga|retencion|lien|gravamen) (?:\w+ ){0,3}(?:casa|propiedad|propiedades|bienes|terreno|credito)\b/,
    adds: ['gravamen', 'bienes', 'propiedad'],
  },
  {
    pattern:
      /\b(?:telefono|numero)\b(?: \w+){0,2} (?:del|para (?:llamar|hablar|comunicarme) (?:con |a )?(?:el |al )?) ?irs\b|\b(?:hablar|comunicarme|contactar|contacto) (?:con|a) (?:el |al )?irs\b|\bcomo (?:llamo|contacto|llamar|localizo) al irs\b/,
    adds: ['comunicarse', 'llamar', 'numero', 'telefono'],
  },
  {
    pattern: /\bpoder (?:notarial|legal)\b|\b(?:hable|llame|trate) (?:\w+ ){0,3}por mi\b|\ben mi nombre\b/,
    adds: ['dejar', 'alguien', 'trate', 'representante'],
  },
  {
    pattern: /\b(?:no tengo|sin|perdi (?:el|mi)) (?:trabajo|empleo|ingresos)\b|\bdificultad\w* economic\w*\b/,
    adds: ['ahora', 'nada', 'cobrar', 'gastos'],
  },
];

/**
 * Subjects no vetted passage covers: a question about one is refused, not answered with a near miss.
 * The Spanish readings of synonyms.ts's UNCOVERED_SUBJECTS, in the same order, plus the weather ("qué
 * tiempo hace", where "tiempo" is also the passages' "a tiempo").
 */
export const SPANISH_UNCOVERED_SUBJECTS: readonly RegExp[] = [
  /\bconyuge inocente\b|\bseparacion de responsabilidad\b|\balivio equitativo\b/,
  /\brobo de identidad\b|\brobaron (?:mi|su) identidad\b|\bpin de proteccion de identidad\b|\bip pin\b|\bformulario 14039\b/,
  // Preparing and filing a return, its credits and deductions: the assistant handles notices, not returns.
  /\b(?:como|donde) (?:hago|hacer|presento|presentar|preparo|preparar|declaro|declarar) (?:mis |mi |los |la )?(?:impuestos|declaracion)\b(?!.*\b(?:atrasad\w*|tarde|pendientes?|anterior\w*|pasad\w*|vieja\w*|\d{4})\b)/,
  /\bturbotax\b|\bh r block\b|\bfree file\b|\btaxact\b|\b(?:programa|software|aplicacion|app) (?:\w+ ){0,2}(?:para|de) (?:hacer|preparar|declarar|presentar) (?:los |mis )?impuestos\b|\btemporada de impuestos\b/,
  /\bcreditos? (?:tributarios?|fiscales?|por hijos?)\b|\bcredito por ingreso del trabajo\b|\beitc\b|\bdeduccion estandar\b|\bdeduc\w*\b|\bdetalla\w* deducciones\b|\btramos? (?:de )?impuestos?\b|\bestado civil (?:para|de) (?:la )?declaracion\b|\b(?:reclamar|declarar) (?:\w+ ){0,3}(?:como )?dependientes?\b/,
  /\bprorroga\b|\bextension (?:para|de) (?:presentar|declarar)\b|\bformulario 4868\b/,
  /\b(?:pagos? (?:de impuestos )?estimados?|impuestos? estimados?)\b(?!.{0,20}multa)|\bw 4\b|\bw4\b/,
  /\b(?:paga|pagan|tributa\w*) impuestos?\b(?=.*\b(?:herencia|regalo|donacion)\b)|\bimpuestos? (?:sobre|a|de) (?:la |las |los )?(?:herencias?|regalos?|donaciones?|sucesiones?)\b/,
  // Account chores with their own IRS processes: none has a vetted passage yet.
  /\bcambi\w* (?:de |mi |el |la )?(?:nombre|direccion|domicilio)\b|\bformulario 8822\b/,
  /\btranscripcion(?:es)?\b|\btranscript\b/,
  /\b(?:no (?:me )?(?:llego|ha llegado|recibi|he recibido|mandaron|enviaron))\b(?: \w+){0,3} (?:w 2|w2|1099)s?\b|\bformulario 4852\b/,
  /\b(?:sac\w*|obten\w*|pedir|solicit\w*|tramit\w*|conseguir) (?:un |una |mi |el )?(?:numero )?(?:ein|itin)\b/,
  /\bestimulo\b|\bpagos? de impacto economico\b|\bcredito de recuperacion\b/,
  /\b(?:estado de|donde (?:esta|anda)|cuando (?:me )?(?:llega|llegara|recibo|recibire|viene|sale|depositan)) (?:mi |el )?(?:declaracion enmendada|reembolso)\b/,
  /\b(?:fecha limite|ultimo dia|plazo) (?:para|de) (?:presentar|declarar|hacer)(?: (?:mis |los |la |mi )?(?:impuestos|declaracion))?\b(?!.*\b(?:atrasad\w*|tarde|pendientes?|anterior\w*|pasad\w*)\b)/,
  // Retirement savings, unless the IRS is levying them.
  /^(?!.*\b(?:embarg\w*|quit\w*|llev\w*)\b).*(?:\b401 ?k\b|\bira\b|\broth\b|\bahorr\w* para (?:la )?jubilacion\b|\bcuenta de jubilacion\b)/,
  /\b(?:ser|hacerme|convertirme en) (?:un |una )?(?:preparador\w*|agente|contador\w*|abogad\w*)\b|\b(?:trabaj\w*|empleo|empleos) (?:en|para|con) (?:el )?irs\b/,
  /\bdeposito directo\b/,
  // Rent and landlords, unless the IRS is levying rent received.
  /^(?!.*\b(?:embarg\w*|quit\w*|llev\w*)\b).*\b(?:(?:mi|el|la) (?:renta|alquiler)|casero|arrendador|contrato de arrendamiento)\b/,
  // What the IRS sees of payment apps; paying the IRS through one is the payment passages' business.
  /^(?!.*\bpag\w* (?:\w+ ){0,4}(?:con|por|mediante|usando)\b).*\b(?:venmo|paypal|cash ?app|zelle)\b/,
  // State taxes, unless the IRS is taking a state refund.
  /^(?!.*\b(?:embarg\w*|quit\w*|llev\w*|quedo|aplic\w*|compens\w*)\b).*\b(?:impuestos?|declaracion|reembolso)\b(?: \w+){0,2} (?:del estado|estatal(?:es)?)\b/,
  // How crypto is taxed (a demand to pay in crypto is the scam passages' business).
  /\b(?:cripto\w*|bitcoin|btc|ethereum|nfts?)\b(?: \w+){0,5} (?:impuestos?|ganancias?|perdidas|tributa\w*)\b|\b(?:impuestos?|ganancias?|declarar|reportar) (?:\w+ ){0,2}(?:cripto\w*|bitcoin|ethereum|nfts?)\b/,
  // Paying off a credit card ("pagar la tarjeta"), not paying the IRS with one ("pagar con tarjeta").
  /\bpag\w* (?:la|mi|mis|las) tarjetas?\b/,
  // What a preparer charges to do a return, unless the returns are overdue.
  /\b(?:contador\w*|preparador\w*|cpa|gestor\w*|notario\w*)\b(?: \w+){0,3} (?:hacer|preparar|llenar|presentar) (?:mis |mi |los |la |las )?(?:impuestos|declaracion|declaraciones|taxes)\b(?!.*\b(?:atrasad\w*|tarde|pendientes?|anterior\w*|pasad\w*|vieja\w*|\d{4})\b)/,
  // The weather: "que tiempo hace" asks no deadline.
  /\bque tiempo (?:va a )?(?:hac\w*|har\w*)\b|\bclima\b|\bva a llover\b/,
];
