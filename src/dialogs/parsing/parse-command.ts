import { foldText } from './conventions.ts';

/**
 * Recognises a whole-message command ("help", "start over", "talk to a person"), in English or Spanish
 * ("ayuda", "reiniciar", "hablar con una persona", "borrar mis datos") in any conversation. A sentence that only
 * contains such a word ("can you help me understand my CP14?") is not a command: it goes to the dialog
 * or the free-text path.
 *
 * STOP is deliberately absent: it is the SMS opt-out word and the SMS channel handles it. Carriers and
 * Twilio also treat CANCEL and QUIT as opt-out words on SMS, so the channel must see them first there,
 * and the help never offers them: *restart* and *menu* are the words it teaches. The Spanish opt-out words
 * (ALTO, PARAR) are the SMS channel's too.
 */

export type Command =
  'help' | 'restart' | 'cancel' | 'back' | 'list' | 'cant-find' | 'human' | 'delete-my-data';

/** Politeness around a command: "please", "can I", "I want to", "…, thanks". */
const LEADING_POLITENESS =
  /^(?:(?:please|pls|plz|just|ok|okay|hey|hi|can i|could i|may i|can you|could you|can we|i want to|i wanna|i would like to|id like to|i need to|let me|lets|let us|por favor|porfa|hola|oye|oiga|quiero|quisiera|necesito|me gustaria|puedo|podria|puede|puedes|se puede|deseo) )+/;
const TRAILING_POLITENESS =
  /(?: (?:please|pls|plz|now|thanks|thank you|thx|por favor|porfa|ahora|gracias))+$/;

const PERSON =
  '(?:a |an |the |some )?(?:real |live |actual )?(?:person|human|someone|somebody|agent|representative|rep|advisor|adviser|operator)';
/** Alone, only words that cannot be anything but a request for a person. */
const PERSON_ALONE = '(?:a |an )?(?:real |live |actual )?(?:person|human|agent|representative|rep|operator)';
const CODE = '(?:the |a |my )?(?:notice |letter )?(?:code|number|notice number|letter number|notice code)';
const PERSONA =
  '(?:una |un |alguien|algun |alguna )?(?:persona|humano|agente|representante|asesor|asesora|operador|operadora|alguien)(?: real| de verdad)?';
const CODIGO = '(?:el |un )?(?:codigo|numero)(?: del (?:aviso|la carta))?';

/** Spanish commands, accents folded ("atrás" → "atras"). */
const SPANISH_COMMANDS: readonly (readonly [RegExp, Command])[] = [
  [/^(?:ayuda|ayudame|necesito ayuda|menu|que puedes hacer|como funciona|que|como|mande|que hago)$/, 'help'],
  [
    /^(?:reiniciar|reinicia|reinicio|empezar de nuevo|empezar otra vez|volver a empezar|comenzar de nuevo|empezar desde el principio|desde el principio|nueva conversacion|otra vez desde el principio)$/,
    'restart',
  ],
  [/^(?:cancelar|cancela|olvidalo|dejalo|salir)$/, 'cancel'],
  [
    /^(?:atras|volver|regresar|anterior|pregunta anterior|volver atras|ir atras|regresar a la pregunta anterior|volver a la pregunta anterior|deshacer)$/,
    'back',
  ],
  [
    /^(?:lista|la lista|(?:ver|mostrar|muestrame|ensename)(?: la)? lista(?: de (?:avisos|cartas|codigos))?|lista de (?:avisos|cartas|codigos)|todos los avisos|(?:ver|mostrar) (?:los|todos los) (?:avisos|codigos))$/,
    'list',
  ],
  [
    new RegExp(
      `^(?:no (?:lo |la )?(?:encuentro|veo|hallo)(?: ${CODIGO})?|no (?:encuentro|veo|se) ${CODIGO}|donde (?:esta|encuentro|veo) ${CODIGO}|no (?:hay|tiene|trae) ${CODIGO})$`,
    ),
    'cant-find',
  ],
  [
    new RegExp(
      `^(?:hablar con ${PERSONA}|(?:habla|hablo|platicar|conversar) con ${PERSONA}|comunicarme con ${PERSONA}|${PERSONA}|servicio al cliente|atencion al cliente)$`,
    ),
    'human',
  ],
  [
    /^(?:(?:borrar|borra|borren|eliminar|elimina|eliminen|suprimir)(?: todos)? (?:mis datos|mi informacion|mis respuestas|la conversacion|esta conversacion|mi historial|todo)|olvidame|olvida todo sobre mi)$/,
    'delete-my-data',
  ],
];

const COMMANDS: readonly (readonly [RegExp, Command])[] = [
  ...SPANISH_COMMANDS,
  // A bare "what?" or "huh?" is confusion about the last question: the help explains it.
  [
    /^(?:help|menu|help me|i need help|need help|what can you do|how does this work|what|huh|what now|wait what)$/,
    'help',
  ],
  [
    /^(?:restart|reset|start over|start again|begin again|start from scratch|start from the beginning|start from the top|restart the conversation|start a new conversation)$/,
    'restart',
  ],
  [/^(?:cancel|cancel that|cancel it|quit|exit|never mind|nevermind|forget it)$/, 'cancel'],
  [
    /^(?:back|go back|back up|previous|previous question|last question|undo|step back|go back one step|go back a step)$/,
    'back',
  ],
  [
    /^(?:list|the list|(?:show|see|view)(?: me)? (?:the |a )?list|(?:show|see|view|list)(?: me)?(?: all)? (?:the )?(?:notices|codes|notice codes)|list of (?:notices|codes|notice codes)|(?:notice|code) list|all notices)$/,
    'list',
  ],
  [
    new RegExp(
      `^(?:i )?(?:cant|can not|cannot|could not|couldnt) (?:find|see|locate) (?:it|${CODE})$|^(?:where is|wheres|where do i find|where can i find|where would i find) (?:it printed|${CODE}(?: on the (?:notice|letter))?)$|^(?:i )?(?:dont|do not) (?:know|see|have) ${CODE}$|^(?:there is no|theres no|no) ${CODE}$`,
    ),
    'cant-find',
  ],
  [
    new RegExp(
      `^(?:(?:talk|speak|chat)(?: to| with) ${PERSON}|(?:i want|get me|give me) ${PERSON}|${PERSON_ALONE}|customer service)$`,
    ),
    'human',
  ],
  [
    /^(?:(?:delete|erase|remove|clear|wipe)(?: all)? (?:of )?(?:my )?(?:data|information|info|details|personal data|personal information|conversation|chat|history|answers)|delete everything|forget me|forget about me|forget everything about me)$/,
    'delete-my-data',
  ],
];

/** Lines longer than this are sentences, never a command. */
const MAX_COMMAND_LENGTH = 80;

/** The command a whole message is, or undefined when it is an answer or a question. */
export function parseCommand(text: string): Command | undefined {
  if (text.length > MAX_COMMAND_LENGTH) return undefined;
  const lowered = foldText(text).trim();
  if (/^[?¿]+$/.test(lowered)) return 'help';
  const words = lowered
    .replace(/['\u2018\u2019\u02BC`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const core = words.replace(LEADING_POLITENESS, '').replace(TRAILING_POLITENESS, '');
  for (const [pattern, command] of COMMANDS) if (pattern.test(core)) return command;
  return undefined;
}
