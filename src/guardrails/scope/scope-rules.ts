import { z } from 'zod';
import { SCAM_SIGNALS } from '../../knowledge/warnings/warnings.ts';

/**
 * Decides, deterministically, whether a free-text message is something Notice Navigator answers: an IRS
 * balance-due notice, its deadlines, paying, plans, appeals, penalties, liens, levies, passports,
 * representation. Everything here is data (patterns per category); the function only walks the tables.
 * A scam report wins over everything else, because the person may be about to pay a criminal.
 */

export const OutOfScopeCategorySchema = z.enum([
  'evasion',
  'other_taxes',
  'tax_planning',
  'bankruptcy',
  'criminal',
  'investment_or_legal_strategy',
  'guarantee',
  'act_on_behalf',
  'predict_amount',
  'judge_third_party',
  'repeat_statement',
  'unrelated',
]);
export type OutOfScopeCategory = z.infer<typeof OutOfScopeCategorySchema>;

export const ScamSignalSchema = z.enum(SCAM_SIGNALS);
export type ScamSignal = z.infer<typeof ScamSignalSchema>;

export type ScopeClassification =
  | { kind: 'in_scope' }
  | { kind: 'out_of_scope'; category: OutOfScopeCategory }
  | { kind: 'scam_report'; signals: ScamSignal[] };

/**
 * A rule matches when any of `anyOf` matches and, if given, one of `alsoNeeds` matches too, unless one of
 * `unless` matches (an in-scope reading of the same words).
 */
type PatternRule = { anyOf: readonly RegExp[]; alsoNeeds?: readonly RegExp[]; unless?: readonly RegExp[] };

// Someone other than the user is pushing: the difference between "can I pay by wire?" and a scam.
const THIRD_PARTY_PRESSURE =
  /\b(?:they|he|she|caller|the (?:man|woman|guy|lady|agent|officer)|someone|somebody|agent|officer)\s+(?:\w+\s+)?(?:said|say|says|told|want|wants|wanted|asked|demand\w*|insist\w*|threaten\w*|need me|are making me)\b|\b(?:demand\w*|insist\w*|threat\w*|or else|immediately|right now|within the hour|told me to|asked me to|want(?:s|ed)? me to)\b|\bme (?:dijo|dijeron|pidio|pidieron|exigio|exigieron|amenazo|amenazaron|obligan|quieren obligar)\b|\b(?:exig\w*|amenaz\w*|de inmediato|inmediatamente|ahora mismo|ya mismo|o si no|en una hora)\b/i;

const IRS_OR_MONEY =
  /\b(?:irs|internal revenue|treasury|tax(?:es)?|owe[ds]?|pay(?:ment)?|money|cash|debt|balance|refund|impuestos?|hacienda|dinero|efectivo|deuda|debo|pag(?:o|ar|ue)|saldo|reembolso)\b/i;

/*
 * Spanish phrasings sit beside the English ones in each rule. The text is read with its accents folded
 * ("policía" as "policia"), so each is written once.
 */

export const SCAM_SIGNAL_RULES: Readonly<Record<ScamSignal, PatternRule>> = {
  gift_card: {
    anyOf: [
      /\bgift ?cards?\b/i,
      /\b(?:itunes|apple|google play|steam|amazon|target|walmart|ebay|vanilla|green ?dot) (?:gift )?cards?\b/i,
      /\btarjetas? (?:de )?regalo\b/i,
      /\btarjetas? (?:de )?(?:itunes|apple|google play|steam|amazon|target|walmart|ebay|vanilla)\b/i,
    ],
  },
  wire_transfer: {
    anyOf: [
      /\bwestern union\b|\bmoney ?gram\b|\bzelle\b|\bcash ?app\b|\bprepaid (?:debit )?card\b/i,
      /\bwir(?:e|ed|ing)\s+(?:the |them |him |her |it |my |all |\$|\d)|\bwire (?:transfer|money|funds|payment)\b/i,
      /\b(?:giro|transferencia) (?:bancari[oa]|telegrafic[oa]|electronic[oa]|de dinero)\b|\btarjeta (?:de debito )?prepagada\b/i,
    ],
    alsoNeeds: [THIRD_PARTY_PRESSURE],
  },
  crypto_demand: {
    anyOf: [
      /\b(?:pay|send|deposit|transfer|buy|put)\b[^.!?]{0,30}\b(?:bitcoin|btc|crypto(?:currency)?|ethereum|usdt|tether)\b/i,
      /\b(?:bitcoin|btc|crypto) (?:atm|kiosk|machine|wallet|address)\b/i,
      /\b(?:pagar|pague|enviar|mandar|depositar|transferir|comprar)\b[^.!?]{0,30}\b(?:bitcoin|btc|cripto\w*|ethereum|usdt|tether)\b/i,
      /\b(?:cajero|maquina|billetera) (?:de )?(?:bitcoin|cripto\w*)\b/i,
    ],
    alsoNeeds: [
      THIRD_PARTY_PRESSURE,
      /\b(?:bitcoin|crypto) (?:atm|kiosk|machine)\b|\b(?:cajero|maquina) (?:de )?(?:bitcoin|cripto\w*)\b/i,
    ],
  },
  threat_of_arrest: {
    anyOf: [
      /\b(?:arrest\w*|police|sheriff|deport\w*|warrant|handcuff\w*|ice agents?)\b/i,
      /\b(?:said|says|threaten\w*|told me)\b[^.!?]{0,40}\b(?:jail|prison|locked up|lose my (?:license|visa|green card))\b/i,
      /\b(?:arrest(?:o|ar\w*|en|aran)|policias?|alguacil|deportar\w*|deportacion|orden de (?:arresto|captura|detencion)|esposas)\b/i,
      /\b(?:dijo|dijeron|amenaz\w*|dicen)\b[^.!?]{0,40}\b(?:carcel|prision|encerrar\w*|perder mi (?:licencia|visa|green card|residencia))\b/i,
    ],
  },
  unexpected_contact: {
    anyOf: [
      /\b(?:the irs|irs|internal revenue|treasury|someone|somebody|a (?:man|woman|guy|lady)|an? (?:irs )?agent|caller|they)(?:\s+(?!i\b|we\b)\w+){0,2}\s+(?:called|calling|calls|phoned|texted|texting|emailed|e-mailed|messaged|dm'?d|left (?:me )?(?:a )?(?:voicemail|voice mail|message))\b(?!\s+(?:me\s+)?back|\s+(?:it|this|that|a|an|the)\b)/i,
      /\b(?:call|phone call|robocall|voicemail|voice mail|text message|a text|sms|email|e-mail|dm|whatsapp)\s+(?:\w+\s+){0,3}(?:from|claiming|saying|says|that said|pretending)\b(?!\s+(?:my|our)\b)[^.!?]{0,40}\b(?:irs|internal revenue|treasury|tax(?:es)?|owe)\b/i,
      /\b(?:got|received|get|getting|keep getting)\s+(?:a |an |this |these |some |many |lots of )?(?:\w+\s+)?(?:calls?|phone calls?|robocalls?|voicemails?|texts?|text messages?|emails?|e-mails?)\s+(?:about|regarding|over|for)\b[^.!?]{0,40}\b(?:irs|tax(?:es)?|owe|debt|back taxes)\b/i,
      /\bcaller id\b[^.!?]{0,30}\birs\b/i,
      /\b(?:el irs|irs|hacienda|alguien|un (?:hombre|senor|agente)|una (?:mujer|senora)|ellos)\b[^.!?]{0,30}\bme (?:llamo|llamaron|llama|llaman|escribio|escribieron|mando|mandaron|envio|enviaron|dejo|dejaron)\b/i,
      /\b(?:llamada|mensaje de texto|mensaje|texto|correo(?: electronico)?|email|whatsapp)\b[^.!?]{0,30}\b(?:del irs|de hacienda|que dice ser del irs|diciendo que (?:es|era) del irs)\b/i,
      /\bme (?:llamo|llamaron|llaman|escribio|escribieron|mandaron|enviaron)\b[^.!?]{0,20}\b(?:del irs|de hacienda|(?:diciendo|que dice|que dicen|que dijo) (?:ser|que (?:es|era|son|eran)) del irs)\b/i,
      /\b(?:recibi|recibo|me llego|me llegaron|me llegan)\s+(?:una |un |varias |varios |muchas |muchos )?(?:llamadas?|mensajes?|textos?|correos?)\b[^.!?]{0,40}\b(?:irs|impuestos?|debo|deuda)\b/i,
    ],
  },
  link_in_message: {
    anyOf: [/\b(?:link|url|click)\b/i, /\b(?:enlace|vinculo|haga clic|hacer clic|pinchar|pulsar)\b/i],
    alsoNeeds: [
      /\b(?:text|texted|sms|message|email|e-mail|emailed|dm)\b/i,
      /\b(?:texto|mensaje|correo|whatsapp)\b/i,
    ],
  },
  in_person_demand: {
    anyOf: [
      /\b(?:someone|somebody|a (?:man|woman|guy|lady)|two (?:men|women|guys)|an? (?:irs )?agent|agents|an officer|they|he|she|people)\b[^.!?]{0,40}\b(?:came|come|showed up|show up|knocked|knocking|visited|waiting)\b[^.!?]{0,20}\b(?:door|doorstep|house|home|work|job|office|apartment)\b/i,
      /\bat (?:my|our|the) (?:front )?door\b/i,
      /\b(?:alguien|un (?:hombre|senor|agente|oficial)|una (?:mujer|senora)|dos (?:hombres|mujeres)|agentes|ellos)\b[^.!?]{0,40}\b(?:vino|vinieron|llego|llegaron|toco|tocaron|se presento|se presentaron|esta esperando|estan esperando)\b[^.!?]{0,30}\b(?:puerta|casa|trabajo|oficina|apartamento)\b/i,
      /\ba (?:mi|la) puerta\b/i,
    ],
    alsoNeeds: [IRS_OR_MONEY],
  },
};

export const OUT_OF_SCOPE_RULES: readonly { category: OutOfScopeCategory; rule: PatternRule }[] = [
  {
    category: 'evasion',
    rule: {
      anyOf: [
        /\b(?:hide|hiding|hid|conceal\w*|stash\w*)\b[^.!?]{0,40}\b(?:money|income|assets?|cash|accounts?|property|house|car|savings|earnings|wages|funds|bitcoin|crypto|it|them|gold|business|tips)\b/i,
        /\b(?:so|that way|to make sure|to ensure)\b[^.!?]{0,25}\b(?:the irs|irs|they|the government|the feds)\s+(?:can'?t|cannot|won'?t|will not|doesn'?t|does not|never|can never)\s+(?:\w+\s+)?(?:find|see|know|trace|track|find out|discover|tell)\b/i,
        /\b(?:move|transfer|withdraw|hide|put|take out|empty|close|cash out)\b[^.!?]{0,40}\b(?:money|accounts?|funds|savings|cash|assets|paycheck|wages)\b[^.!?]{0,40}\b(?:so|before)\b[^.!?]{0,25}\b(?:the irs|irs|they|the government)\s+(?:can'?t|cannot|won'?t|will not|doesn'?t|does not|can)\s+(?:\w+\s+)?(?:take|seize|touch|levy|garnish|get|reach|grab)\b/i,
        /\b(?:without|before)\s+(?:the irs|irs|them|the government)\s+(?:knowing|finding out|noticing|seeing|catching)\b/i,
        /\b(?:under the table|off the books|without getting caught|get away with|evade|evading|evasion|dodge|dodging|cheat|cheating)\b/i,
        /\b(?:how (?:do|can|could) i|should i|can i|is it ok(?:ay)? to|what if i)\s+(?:just\s+)?(?:not|avoid|skip|stop)\s+report(?:ing)?\b/i,
        /\b(?:put|transfer|move|sign over|deed|title|give)\b[^.!?]{0,30}\b(?:house|home|property|assets?|money|savings|car|accounts?|business|cash)\b[^.!?]{0,30}\b(?:in (?:my|his|her|their|someone else'?s?) (?:\w+'?s? )?name|into (?:my|his|her) (?:\w+'?s? )?name|to (?:my|a) (?:wife|husband|spouse|son|daughter|kids?|children|mom|mother|dad|father|brother|sister|girlfriend|boyfriend|friend|relative|cousin|family))/i,
        /\b(?:lie|lying|lied)\s+(?:to|on)\b|\b(?:fake|forge|forged|falsif\w*|backdate\w*|fabricat\w*|make up)\s+(?:\w+\s+)?(?:receipts?|expenses?|documents?|records?|invoices?|numbers|income|deductions?|dates?|postmarks?)\b/i,
        /\b(?:shred|destroy|delete|burn|get rid of)\b[^.!?]{0,20}\b(?:records|receipts|documents|books|evidence|statements|paperwork)\b/i,
        /\b(?:avoid|get out of|skip|escape)\s+paying\s+(?:(?:my|any|the|federal|income)\s+)*(?:taxes|tax|the irs|irs|anything|at all)\b(?![^.!?]{0,15}\b(?:penalt|interest)\w*)/i,
        /\b(?:secret|hidden|invisible)\b[^.!?]{0,20}\bfrom (?:the irs|irs|them|the government)\b/i,
        /\b(?:so|and) (?:it|they|the irs|irs|that|the money|the income)\s+(?:doesn'?t|won'?t|does not|will not|never|can'?t|cannot)\s+(?:show up|appear|be seen|get reported|be reported|be traced)\b/i,
        /\b(?:work|working|get paid|be paid|paid|take (?:my )?pay)\s+(?:in |for |with |only )?cash\b[^.!?]{0,40}\b(?:can the irs|will the irs|so|garnish|levy|trace|find|know)\b/i,
        /\boffshore\b|\bswiss (?:bank )?account\b|\b(?:escape|run from|flee|hide from|get away from)\s+the irs\b/i,
        /\b(?:illegal(?:ly)?|secretly)\b[^.!?]{0,30}\b(?:avoid|not pay|reduce|keep)\b|\b(?:avoid|not pay|keep)\b[^.!?]{0,30}\billegal(?:ly)?\b/i,
        /\b(?:escond\w*|ocult\w*)\b[^.!?]{0,40}\b(?:dinero|ingresos?|bienes|efectivo|cuentas?|propiedad(?:es)?|casa|carro|coche|ahorros|ganancias|sueldo|fondos|bitcoin|cripto\w*|oro|negocio|propinas)\b/i,
        /\b(?:sin que|para que|asi)\s+(?:el irs|ellos|el gobierno|hacienda)\s+no\s+(?:lo |la |los |las |me |se )*(?:encuentre|encuentren|vea|vean|sepa|sepan|entere|enteren|descubra|descubran|rastree|rastreen)\b|\b(?:sin que|para que)\s+no\s+se (?:entere|enteren)\b/i,
        /\b(?:poner|pongo|ponga|pasar|paso|pase|transferir|transfiero|traspasar|traspaso|mover|muevo|sacar|saco)\b[^.!?]{0,30}\b(?:casa|propiedad(?:es)?|bienes|dinero|ahorros|carro|coche|cuentas?|negocio|efectivo)\b[^.!?]{0,40}\b(?:a nombre de|a la cuenta de|en la cuenta de|para que (?:el irs|ellos|el gobierno|hacienda) no)\b/i,
        /\b(?:por debajo de la mesa|bajo la mesa|evadir|evado|evada|evasion|sin que me (?:agarren|pillen|descubran|cachen))\b/i,
        /\b(?:evitar|no tener que|librarme de|escaparme de|zafarme de)\s+pagar\s+(?:(?:mis|los|ningun|ningunos|el)\s+)*(?:impuestos?|al irs|el irs|nada)\b(?![^.!?]{0,15}\b(?:multa|interes)\w*)/i,
        /\b(?:inventar\w*|invento|falsific\w*|fabricar|alterar)\b[^.!?]{0,20}\b(?:recibos?|gastos?|documentos?|registros?|facturas?|numeros|ingresos|deducciones|fechas?|matasellos)\b|\b(?:recibos?|facturas?|documentos?|gastos?)\s+(?:falsos|falsas|inventad[oa]s)\b|\bmentir(?:le)? al irs\b/i,
        /\b(?:triturar|destruir|quemar|deshacerme de|tirar|romper)\b[^.!?]{0,25}\b(?:registros|recibos|documentos|estados de cuenta|libros|pruebas|papeles|facturas)\b/i,
        /\b(?:no|sin)\s+(?:reportar|reporto|reporte|declarar|declaro|declare)\b[^.!?]{0,25}\b(?:propinas|efectivo|ingresos|dinero|ganancias)\b/i,
        /\bparaiso fiscal\b|\bcuenta (?:en|de) (?:suiza|las caimanes|el extranjero) para\b|\b(?:huir|escapar\w*|esconderme) del irs\b/i,
      ],
    },
  },
  {
    category: 'criminal',
    rule: {
      anyOf: [
        /\b(?:criminal\w*|prosecut\w*|indict\w*|jail|prison|felony|felonies|misdemeanor|grand jury|special agent|irs[- ]ci|plea deal|perjury|criminally charged|charged with (?:a )?(?:crime|felony|misdemeanor|fraud)|go to jail|serve time|locked up|a crime|crimes?)\b/i,
        /\btax fraud\b|\bcommitted fraud\b|\bfraud charges?\b|\bwillful(?:ly)? (?:fail\w*|evad\w*)\b/i,
        /\b(?:carcel|prision|delitos?|crimen(?:es)?|criminal(?:es|mente)?|cargos penales|gran jurado|agente especial|perjurio|proceso penal|me (?:encierren|encierran|metan presa?|meten pres[oa]))\b/i,
        /\bfraude fiscal\b|\bcometi\w* (?:un )?fraude\b|\bcargos? (?:de|por) fraude\b|\bacus\w*[^.!?]{0,20}\bfraude\b/i,
      ],
    },
  },
  {
    category: 'bankruptcy',
    rule: {
      anyOf: [
        /\bbankrupt(?:cy|cies)?\b|\bchapter (?:7|11|13|seven|eleven|thirteen)\b|\bch\.? ?(?:7|13)\b/i,
        /\bdischarg\w* (?:my |the |these |this |all )?(?:tax(?:es)? )?(?:debts?|taxes|balance|liabilit\w*)\b/i,
        /\b(?:bancarrota|quiebra)\b|\bcapitulo (?:7|11|13|siete|once|trece)\b/i,
      ],
    },
  },
  {
    category: 'act_on_behalf',
    rule: {
      anyOf: [
        /\b(?:can|could|would|will|please)\s+(?:you|u|ya)\s+(?:please\s+|just\s+|go\s+(?:ahead\s+(?:and\s+)?)?)?(?:log ?in(?:to)?|sign ?in(?:to)?|login|access|call|phone|ring|(?:email|e-mail|text|fax|mail|send)(?!\s+me\b)|contact|reach out to|talk to|speak (?:to|with)|write (?:to|my|a|the|an)|negotiate|file|submit|pay|set up|apply for|fill (?:out|in)|complete|sign|handle|deal with|represent|dispute|appeal|make (?:the|a|my) (?:payment|call)|take care of|cancel my|draft)\b/i,
        /(?:^|[.!?]\s*|\byou\s+(?:\w+\s+)?|\bplease\s+)(?:log ?in(?:to)?|sign ?in(?:to)?|login|call|phone|email|e-mail|fax|mail|contact|talk to|speak (?:to|with)|write|file|submit|send (?:it|this|the|a|my)|pay (?:it|this|that|the (?:bill|balance|irs))|set up|fill (?:out|in)|handle|deal with|negotiate|make (?:the|a) (?:call|payment)|take care of|do (?:it|this|that|everything))\b(?:[^.!?]|\.(?=\S)){0,40}\b(?:for me|on my behalf|for us)\b(?!\s+and\b)/i,
        /\bplease\s+(?:log ?in(?:to)?|sign ?in(?:to)?|login|call (?!me\b)|phone|email|e-mail|fax|contact|file|submit|pay (?:it|this|that|the|my)|set up|fill (?:out|in)|handle|deal with|negotiate)/i,
        /\b(?:here(?:'s| is)|my) (?:irs |online account |id\.me )?(?:password|login|username|user name|credentials)\s*(?:is|:)/i,
        /\b(?:username|user name|user id|password|passcode)\s*(?:is|:|=)\s*\S/i,
        /\b(?:be|become|act as) my (?:representative|power of attorney|poa|lawyer|attorney|agent)\b/i,
        // An instruction to the assistant: "email the IRS and tell them I dispute it".
        /^\s*(?:please\s+)?(?:email|e-mail|call|phone|text|fax|write to|contact|tell|notify|inform|message)\s+(?:the irs|irs|them)\b(?!\s+(?:if|when|whether)\b)/i,
        // Spanish: a request to the assistant itself. "¿Puedes llamar…?" asks it; "¿puede llamar…?" and "¿me
        // puede llamar…?" may ask about the IRS or a professional, so usted's form needs "por mí" as well.
        /(?:^|[¿¡.!?]\s*)(?:por favor\s+)?(?:tu\s+)?(?:me\s+)?(?:puedes|podrias|quieres)\s+(?:tu\s+)?(?:por favor\s+)?(?:llamar|hablar|escribir|contactar|comunicarse|pagar|llenar|rellenar|enviar|mandar|presentar|firmar|negociar|apelar|entrar|iniciar sesion|tramitar|hacer (?:el|la|mi) (?:pago|llamada|tramite))\b/i,
        /(?:^|[¿¡.!?]\s*)(?:por favor\s+)?(?:usted\s+)?(?:me\s+)?(?:puede|podria|quiere)\s+(?:usted\s+)?(?:por favor\s+)?(?:llamar|hablar|escribir|contactar|comunicarse|pagar|llenar|rellenar|enviar|mandar|presentar|firmar|negociar|apelar|entrar|iniciar sesion|tramitar|hacer (?:el|la|mi) (?:pago|llamada|tramite))\b[^.!?]{0,50}\b(?:por mi|en mi nombre|de mi parte)\b/i,
        /(?:^|[¿¡.!?,]\s*)(?:por favor\s+)?(?:llama|llame|llena|llene|rellena|rellene|envia|envie|manda|mande|paga|pague|presenta|presente|firma|firme|escribe|escriba|contacta|contacte|habla|hable|negocia|negocie|haz|haga|entra|entre|tramita|tramite)\b[^.!?]{0,50}\b(?:por mi|en mi nombre|de mi parte)\b/i,
        /\bpor favor\s+(?:llame|llama|pague|paga|llene|llena|envie|envia|presente|presenta|firme|firma|contacte|contacta|escriba|escribe|negocie|negocia|entre|entra)\b/i,
        /\b(?:contrasena|nombre de usuario|usuario|clave de acceso)(?: del irs| de id\.me| de mi cuenta)?\s*(?:es|:|=)\s*\S/i,
        /\b(?:se|sea) mi (?:representante|abogad[oa]|apoderad[oa]|agente)\b/i,
        // Not "llame" or "contacte": without accents they are also "llamé", "contacté" (I called).
        /^\s*(?:por favor\s+)?(?:escribele|escribale|escribe|escriba|llama|llamale|llamele|contacta|avisale|avisele|dile|digale|diles|digales|mandale|mandele)\s+(?:al irs|a hacienda|a ellos)\b/i,
      ],
    },
  },
  {
    // An exact figure for a future date: interest and penalties keep running, only the notice's own
    // amount is known (issue 19).
    category: 'predict_amount',
    rule: {
      anyOf: [
        /\bhow much\b[^.!?]{0,50}\b(?:will|would|am i going to|is it going to|gonna)\b[^.!?]{0,60}\b(?:in|by|until) (?:19|20)\d\d\b/i,
        /\bhow much\b[^.!?]{0,50}\b(?:will|would|am i going to|is it going to|gonna)\b[^.!?]{0,60}\b(?:next (?:year|month)|in (?:a |\w+ )?(?:years?|months?)|by then|after (?:a |\w+ )?(?:years?|months?))\b/i,
        /\b(?:calculate|compute|predict|work out|tell me) (?:exactly )?(?:what|how much) (?:i(?:'ll| will)?|it will be|i am going to) owe\b/i,
        /\bwhat (?:will|would) (?:the |my |our )?(?:interest|penalt\w*|balance|bill|amount|total|debt)\b[^.!?]{0,40}\bbe\b[^.!?]{0,40}\b(?:in (?:19|20)\d\d|next (?:year|month)|by then|in (?:a |\w+ )?(?:years?|months?))\b/i,
        /\bcuanto\b[^.!?]{0,50}\b(?:voy a|vamos a|va a|van a|sera|seran|seria|serian|debere|tendre que)\b[^.!?]{0,60}\b(?:(?:en|para|hasta) (?:el )?(?:ano )?(?:19|20)\d\d|(?:el )?proximo (?:ano|mes)|el (?:ano|mes) que viene|en (?:un|unos|\w+) (?:anos?|meses?)|para entonces)\b/i,
      ],
    },
  },
  {
    // Whether a preparer or an employer acted properly is not ours to judge; who takes complaints is.
    category: 'judge_third_party',
    rule: {
      anyOf: [
        /\b(?:tax )?(?:preparer|accountant|cpa|bookkeeper|tax (?:guy|lady|person|man|woman|pro|company|service|office)|h&r block|jackson hewitt|liberty tax|employer|boss)\b[^.!?]{0,80}\b(?:crook|fraud\w*|scam\w*|cheat\w*|dishonest|incompetent|negligen\w*|screwed me|ripped me off|overcharg\w*|stole|won'?t (?:return|give|answer|call|send)|allowed to|legal|illegal|report (?:him|her|them|it)|complain\w*)/i,
        /\b(?:report|complain about|file a complaint (?:about|against))\s+(?:my |the |a )?(?:tax )?(?:preparer|accountant|cpa|bookkeeper|employer|boss)\b/i,
        /\b(?:is|was|are)\s+my (?:tax )?(?:preparer|accountant|cpa|employer|boss)\s+(?:a |an )?(?:crook|fraud|scammer|liar|cheat|wrong|allowed|right)\b/i,
        /\b(?:preparador(?:a)?|contador(?:a)?|contable|cpa|tenedor de libros|h&r block|jackson hewitt|liberty tax|empleador|patron|jefe)\b[^.!?]{0,80}\b(?:estafador\w*|ladron\w*|fraude|deshonest\w*|incompetente|negligen\w*|me robo|me estafo|me cobro de mas|ilegal\w*|denunciar\w*|reportar\w*|quejarme|queja|hizo algo (?:malo|ilegal|mal))/i,
      ],
      // "My preparer made a mistake and now I have a CP2000": the notice is the question.
      unless: [/\b(?:cp|lt)\s?-?\d{2,4}|\bletter\s?\d{3,4}/i],
    },
  },
  {
    // Saying a statement back, or vouching for it, would read as advice about the person's case.
    category: 'repeat_statement',
    rule: {
      anyOf: [
        /\b(?:say|repeat|type|write)\s+(?:this|that|it|these words|the following)\s+(?:back|again|after me)\b/i,
        /\brepeat after me\b|\bsay after me\b/i,
        /\b(?:say|tell me|confirm|agree|admit|promise)\s+(?:to me\s+)?(?:that\s+)?(?:the irs|irs|they)\s+(?:is|are|was|were|can'?t|cannot|can not|won'?t|will not|has no right|have no right|is not allowed)\b/i,
        /\b(?:repite|repita|di|diga|escribe|escriba)\s+(?:esto|eso|lo siguiente|estas palabras)\b|\brepit[ae] (?:despues de mi|conmigo)\b/i,
        /\b(?:dime|digame|confirmame|confirmeme|prometeme|prometame|admite|admita|asegurame|asegureme)\s+que\s+(?:el irs|ellos)\s+(?:no\s+)?(?:puede|pueden|tiene|tienen|esta|estan|va|van|es)\b/i,
      ],
    },
  },
  {
    category: 'guarantee',
    rule: {
      anyOf: [
        /\bguarantee\w*\b|\bpromise (?:me|that|it|i)\b|\bwill i win\b|\bam i going to win\b|\bhow likely\b/i,
        /\b(?:what are|what'?s|what is) (?:my|the) (?:chances|odds|likelihood)\b|\b(?:my|the) (?:chances|odds) (?:of|that|are)\b/i,
        /\b(?:100|hundred)\s?(?:%|percent) (?:sure|certain|guaranteed)\b|\bfor sure\b/i,
        /\b(?:definitely|certainly|surely)\s+(?:\w+\s+){0,3}(?:win|accept|approve|remove|forgive|waive|work|succeed|get (?:it |them |this )?(?:removed|approved|accepted|forgiven|waived))\b/i,
        /\b(?:will|would)\s+(?:my|the|our)\s+(?:appeal|offer|oic|petition|case|request|dispute|hearing|abatement|claim)\s+(?:\w+\s+)?(?:win|succeed|work|be (?:accepted|approved|granted|successful)|go through|get approved)\b/i,
        /\bwhat (?:will|would) the (?:irs|court|judge|appeals officer|settlement officer) (?:decide|say|rule)\b/i,
        /\bgarantiz\w*|\bme (?:promete|prometes)\b|\bprometeme\b|\bprometame\b|\b(?:voy|vamos) a ganar\b/i,
        /\b(?:que|cuantas) (?:probabilidad(?:es)?|posibilidad(?:es)?|chances?) (?:tengo|hay|tenemos)\b|\b(?:mis|las) (?:probabilidades|posibilidades|chances) de\b|\b(?:100|cien) ?(?:%|por ciento) (?:segur[oa]|garantizad[oa])\b/i,
        /\b(?:seguro que|es seguro que|de seguro)\s+(?:me\s+|nos\s+|lo\s+|la\s+)?(?:\w+\s+){0,2}(?:quitan|quitaran|aceptan|aceptaran|aprueban|aprobaran|perdonan|perdonaran|gano|ganare|sale|saldra|funciona|funcionara)\b/i,
        /\bque (?:va a|van a|vaya a) decidir (?:el irs|el tribunal|el juez|apelaciones)\b/i,
      ],
    },
  },
  {
    category: 'investment_or_legal_strategy',
    rule: {
      anyOf: [
        /\b(?:sue|suing|lawsuit|class action|press charges|small claims|malpractice)\b|\btake (?:them|him|her|my \w+|the \w+) to court\b/i,
        /\b(?:what|which) (?:stocks?|funds?|crypto|coins?|shares|etfs?|investments?) (?:should|to|do|could|can) i (?:buy|invest|pick|get|choose)\b/i,
        /\b(?:should|can|could|would|do) i (?:\w+ )?(?:invest|buy (?:stocks?|shares|crypto|bitcoin|gold|real estate|a rental)|put (?:my |the )?money (?:in|into))\b/i,
        /\b(?:good|best|smart|better|safe) (?:investments?|stocks?|funds?|time to (?:buy|sell|invest))\b|\bwhere (?:should|can|do) i invest\b|\binvest (?:my|the|in|instead)\b/i,
        /\b(?:should|can|could) i (?:cash out|withdraw from|borrow from|take (?:money |a loan |it )?(?:out of|from)|tap|raid|liquidate|empty) (?:my )?(?:401\(?k\)?|ira|roth|retirement|pension|tsp|brokerage|stocks?)\b/i,
        /\bshould i (?:sell|mortgage|refinance) (?:my )?(?:house|home|stocks?|shares|car|business|property)\b|\bshould i (?:take out|get) (?:a )?(?:loan|heloc|second mortgage|personal loan)\b/i,
        /\b(?:demandar\w*|demando|demande|llevar(?:los|lo|la)? a (?:la )?corte|(?:corte|tribunal) de reclamos menores|demanda colectiva)\b/i,
        /\b(?:invertir|invierto|invierta|inviertas)\b|\b(?:que|cuales) (?:acciones|fondos|criptomonedas|inversiones) (?:debo|deberia|puedo|conviene) comprar\b/i,
        /\b(?:debo|deberia|puedo|podria|conviene|me conviene)\s+(?:sacar|retirar|tomar|usar|vaciar|pedir prestado (?:de|a))\b[^.!?]{0,30}\b(?:401\(?k\)?|ira|roth|retiro|jubilacion|pension|tsp)\b/i,
        /\b(?:debo|deberia|conviene|me conviene)\s+(?:vender|hipotecar|refinanciar)\b[^.!?]{0,20}\b(?:casa|carro|coche|acciones|negocio|propiedad)\b|\b(?:debo|deberia|conviene|me conviene)\s+(?:sacar|pedir|tomar) un (?:prestamo|credito)\b/i,
      ],
    },
  },
  {
    category: 'other_taxes',
    rule: {
      anyOf: [
        /\bstate (?:income )?tax(?:es)?\b|\bstate (?:return|refund|tax (?:bill|notice|board|department|agency))\b|\bmy state (?:says|sent|wants|owes|tax)\b/i,
        /\bfranchise tax board\b|\bftb\b|\bdep(?:artmen)?t\.? of (?:taxation|revenue|finance)\b|\bcomptroller\b|\bcra\b|\bhmrc\b/i,
        /\b(?:sales|property|city|local|county|school|vat|gst) tax(?:es)?\b/i,
        /\bpayroll (?:strategy|planning|structure|provider|software|company|schedule|setup|set ?up)\b|\bhow (?:do|should) i (?:run|set up|structure|do) payroll\b|\breasonable salary\b|\b1099 (?:or|vs\.?|versus) w-?2\b/i,
        /\b(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|nys|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)(?: state)? (?:tax(?:es)?|income tax|department|dept|franchise|revenue|tax board|tax notice|return|refund)\b/i,
        /\bimpuestos? (?:estatal(?:es)?|del estado|locales?|municipales?|del condado|de la ciudad)\b|\bdeclaracion estatal\b/i,
        /\bimpuestos? (?:sobre|a|de) (?:la |las |los )?(?:propiedad(?:es)?|ventas)\b|\bimpuesto predial\b/i,
        /\b(?:departamento|oficina|junta|agencia) de (?:impuestos|rentas|ingresos|finanzas|tributacion|hacienda) (?:de|del estado de) (?!los estados unidos\b|ee\.? ?uu\b)\w+/i,
      ],
      // The IRS can levy or offset a state refund: that is a question about the IRS notice.
      unless: [
        /\b(?:levy|levied|levying|take|took|taken|offset|keep|kept|seize|seized|garnish\w*)\s+(?:my |our |the )?state (?:income )?tax(?:es)? refund\b/i,
        /\breembolso (?:de (?:mis |sus |los )?impuestos )?(?:estatal(?:es)?|del estado)\b/i,
      ],
    },
  },
  {
    category: 'tax_planning',
    rule: {
      anyOf: [
        /\b(?:can|could|should) i (?:\w+ )?(?:deduct|write off|itemize|claim (?:my|a|the) (?:\w+ )?(?:as (?:a )?)?(?:deduction|dependent|write-?off|expense))\b/i,
        /\b(?:what|which|any|more|other|best|biggest) (?:tax )?(?:deductions|write-?offs|loopholes)\b|\b(?:tax )?credits (?:can|could|should|do) i\b|\bmaximi[sz]e (?:my )?(?:deductions|refund|write-?offs)\b/i,
        /\b(?:is|are)\b[^.!?]{0,40}\b(?:tax[- ])?deductible\b/i,
        /\btax (?:planning|strategy|strategies|shelters?|loopholes?|savings? (?:tips|ideas|strategies))\b/i,
        /\b(?:lower|reduce|minimi[sz]e|cut|pay less|save on)\b[^.!?]{0,25}\b(?:tax(?:es)?|taxable income|tax liability|tax bill)\b[^.!?]{0,30}\b(?:next year|future|going forward|this year|in retirement|each year|every year)\b/i,
        /\b(?:so|to) (?:that )?i (?:don'?t|do not|never|won'?t) (?:have to )?owe\b[^.!?]{0,25}\b(?:again|next year|in the future)\b/i,
        /\b(?:change|adjust|increase|fix) (?:my )?(?:w-?4|withholding)\b|\bhow much should i withhold\b|\bestimated (?:tax )?payments? for next year\b/i,
        /\bshould i (?:form|start|open|elect|become) (?:an? )?(?:llc|s[- ]?corp|c[- ]?corp|corporation)\b/i,
        /\b(?:puedo|podria|deberia|debo)\s+(?:\w+\s+)?(?:deducir|descontar|desgravar)\b|\b(?:es|son) deducibles?\b/i,
        /\b(?:que|cuales|mas|otras|mejores) (?:deducciones|creditos (?:fiscales|tributarios)|lagunas fiscales)\b/i,
        /\bplanificacion (?:fiscal|tributaria)\b|\bestrategias? (?:fiscal(?:es)?|tributarias?)\b/i,
        /\b(?:pag\w* menos|reduc\w*|baj\w*|disminu\w*|ahorr\w* en)\b[^.!?]{0,25}\bimpuestos?\b[^.!?]{0,30}\b(?:el proximo ano|el ano que viene|en el futuro|este ano|cada ano|todos los anos|en la jubilacion)\b/i,
        /\b(?:cambiar|ajustar|aumentar) (?:mi )?(?:w-?4|retencion)\b|\b(?:deberia|debo|me conviene|conviene)\s+(?:formar|crear|abrir|hacer)\s+(?:una? )?(?:llc|s[- ]?corp|c[- ]?corp|corporacion|sociedad)\b/i,
      ],
    },
  },
];

// Words showing a message is about taxes, notices or money owed; their absence plus an off-topic marker
// makes a message unrelated. Without a marker nothing is unrelated here: short dialog answers ("yes",
// "not sure", a date) and worried messages stay in scope, and retrieval's threshold decides the rest.
const DOMAIN_TERMS =
  /\b(?:irs|tax\w*|notice|letter|cp ?\d+|lt ?\d+|form \d+|bill|owe[ds]?|owing|pay\w*|paid|installment|penalt\w*|lien|levy|levies|garnish\w*|passport|appeal\w*|hearing|deadline|due date|balance|amount|refund|audit\w*|collection\w*|offer in compromise|oic|abate\w*|representative|cpa|enrolled agent|attorney|lawyer|transcript|advocate|tax court|dispute|debt|money|dollars?|government|federal|treasury|envelope|impuest\w*|aviso|carta|formulario \d+|factura|debo|debe|deuda|adeud\w*|pag\w*|plazos?|multas?|gravamen|embarg\w*|pasaporte|apel\w*|audiencia|vence|vencimiento|saldo|monto|reembolso|auditoria|cobro|ofrecimiento|contador|abogad\w*|defensor|tribunal|disput\w*|dinero|dolares|gobierno|tesoro)\b/i;

const OFF_TOPIC_MARKERS =
  /\b(?:weather|forecast|recipes?|cook\w*|bake|baking|movies?|films?|netflix|tv show|song|lyrics|music|super bowl|nba|nfl|mlb|nhl|world cup|soccer|football|basketball|baseball|celebrit\w*|horoscope|zodiac|dating|girlfriend|boyfriend|crush|doctor|symptoms?|diagnos\w*|medication|headache|rash|flights?|hotels?|vacation|homework|equation|python|javascript|java|html|css|sql|programming|translate|capital of|president of|who won|trivia|history of|video games?|minecraft|fortnite|chess|pizza|restaurant|sushi|workout|diet|poems?|jokes?|stories|story|haiku|riddle|limerick|rap|meaning of life|your favorite|are you (?:real|human|alive|sentient)|pets?|puppy|kitten|cat|dog|car (?:repair|battery|engine)|fix my (?:car|phone|computer|wifi)|iphone|android|stock price|bitcoin price|clima|pronostico|que tiempo (?:hace|hara|va a hacer)|llover|lluvia|recetas?|cocin\w*|hornear|peliculas?|series? de|cancion(?:es)?|letra de|musica|futbol|partido de|beisbol|basquetbol|baloncesto|mundial|celebridad\w*|famos[oa]s|horoscopo|signo zodiacal|novi[oa]|medico|sintomas?|diagnostic\w*|medicina|dolor de cabeza|vuelos?|hoteles?|vacaciones|tarea|ecuacion|matematicas|programacion|traduc\w*|capital de|presidente de|quien gano|videojuegos?|ajedrez|restaurantes?|dieta|poemas?|chistes?|cuentos?|adivinanzas?|sentido de la vida|favorit[oa]s?|eres (?:real|humano|una persona de verdad)|mascotas?|perrit[oa]s?|gatit[oa]s?|tamales|comida)\b/i;

// Creative writing and coding requests are off topic even when they mention the IRS.
const ALWAYS_OFF_TOPIC =
  /\b(?:write|compose|tell|sing|make up|generate|give)\s+(?:me\s+)?(?:an?\s+|some\s+)?(?:short\s+|funny\s+)?(?:poem|song|story|joke|haiku|rap|limerick|essay|riddle)s?\b|\b(?:write|generate|debug|fix)\s+(?:me\s+)?(?:an?\s+|some\s+|this\s+|my\s+)?(?:python|javascript|java|sql|html|css|bash|c\+\+|rust)?\s*(?:code|program|script|function|query)\b|\b(?:escribe|escribeme|escriba|escribame|compon|componme|cuentame|cuenteme|dime|digame|canta|cantame|inventa|inventame|hazme|dame|deme|genera)\s+(?:un|una|unos|unas|algun|alguna)?\s*(?:corto\s+|graciosa?\s+)?(?:poemas?|cancion(?:es)?|cuentos?|historias?|chistes?|haikus?|raps?|ensayos?|adivinanzas?|versos?)\b|\b(?:escribe|escribeme|genera|depura|arregla)\s+(?:un|una|este|mi)?\s*(?:codigo|programa|script|funcion)\b/i;

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function ruleMatches(rule: PatternRule, text: string): boolean {
  if (!rule.anyOf.some((p) => p.test(text))) return false;
  if (rule.alsoNeeds !== undefined && !rule.alsoNeeds.some((p) => p.test(text))) return false;
  return rule.unless === undefined || !rule.unless.some((p) => p.test(text));
}

/** The scam signals a message shows, in the order of SCAM_SIGNAL_RULES. */
export function findScamSignals(text: string): ScamSignal[] {
  const normal = normalise(text);
  return ScamSignalSchema.options.filter((signal) => ruleMatches(SCAM_SIGNAL_RULES[signal], normal));
}

// Only a question or a request can be off topic: a statement ("it has a picture of a cat") may be the
// answer to a prompt such as "what does the top of the letter say?".
const REQUEST_SHAPE =
  /\?|^(?:[¿¡]\s*)?(?:please\s+|hey\s+|hi\s+|por favor\s+|oye\s+|hola\s+)?(?:what|what's|whats|who|who's|how|where|when|which|why|can|could|would|will|do|does|is|are|tell|give|write|recommend|suggest|show|find|help|make|list|explain|teach|play|sing|translate|solve|calculate|book|plan|describe|compose|create|generate|i want|i need|i'd like|let's|que|quien|como|donde|cuando|cual|cuales|por que|puede|puedes|podria|podrias|me ayudas|ayudame|dime|digame|dame|deme|recomiend\w*|sugier\w*|muestra\w*|busca\w*|explica\w*|ensena\w*|traduce\w*|traduzca|resuelve\w*|calcula\w*|cuenta\w*|escribe\w*|quiero|necesito|me gustaria|vamos a)\b/i;

function isUnrelated(text: string): boolean {
  if (ALWAYS_OFF_TOPIC.test(text)) return true;
  return OFF_TOPIC_MARKERS.test(text) && !DOMAIN_TERMS.test(text) && REQUEST_SHAPE.test(text);
}

export function classifyScope(text: string): ScopeClassification {
  const signals = findScamSignals(text);
  if (signals.length > 0) return { kind: 'scam_report', signals };
  const normal = normalise(text);
  const hit = OUT_OF_SCOPE_RULES.find(({ rule }) => ruleMatches(rule, normal));
  if (hit !== undefined) return { kind: 'out_of_scope', category: hit.category };
  if (isUnrelated(normal)) return { kind: 'out_of_scope', category: 'unrelated' };
  return { kind: 'in_scope' };
}
