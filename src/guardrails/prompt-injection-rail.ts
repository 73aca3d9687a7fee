import { refusalMessage } from './disclaimer.ts';
import type { InputRail, InputRailVerdict } from './verdict.ts';
import { allow } from './verdict.ts';

/**
 * Blocks messages that try to steer the assistant instead of asking it something: instructions to
 * ignore its rules, role-play set-ups, chat-template tags, encoded payloads. Deterministic markers only;
 * a message about a tax notice never needs any of them.
 */

export type InjectionMarker = { id: string; pattern: RegExp };

export const INJECTION_MARKERS: readonly InjectionMarker[] = [
  {
    id: 'ignore_instructions',
    pattern:
      /\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|every)\s+(?:of\s+)?(?:the\s+|your\s+|my\s+)?|(?:the\s+|your\s+|my\s+)?(?:previous|prior|above|earlier|preceding|original|initial|system|safety|existing)\s+|your\s+)(?:\w+\s+)?(?:instructions?|prompts?|rules?|directions?|guidelines?|guardrails?|restrictions?|programming|directives?)\b/i,
  },
  {
    id: 'ignore_everything',
    pattern:
      /\b(?:ignore|forget|disregard) (?:everything|all that|what) (?:above|before|you (?:were|have been) told)\b/i,
  },
  {
    id: 'ignore_above',
    pattern:
      /\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|everything\s+)?(?:above|previous|prior|preceding|earlier)\b(?!\s+(?:letter|notice|amount|balance|payment|bill|date|deadline|one|ones|notices|letters))/i,
  },
  {
    id: 'persona',
    pattern:
      /\b(?:answer|respond|reply|speak|talk|behave)\s+(?:only\s+)?as\s+(?:an?\s+)?(?:\w+\s+)?(?:ai|assistant|chatbot|bot|model|character|persona)\b|\b(?:no|without|zero)\s+(?:ethics|morals|moral (?:code|compass)|ethical (?:rules|limits|guidelines)|content polic(?:y|ies))\b/i,
  },
  { id: 'system_prompt', pattern: /\bsystem[ _-]?(?:prompt|instructions)\b/i },
  {
    id: 'reveal_instructions',
    pattern:
      /\b(?:reveal|show|print|repeat|output|display|leak|tell me|what (?:is|are)) (?:me )?your (?:(?:hidden|secret|initial|original|internal|full|exact) )*(?:instructions|prompt|rules|configuration|guidelines|programming)\b/i,
  },
  {
    id: 'you_are_now',
    pattern:
      /\byou(?: are|'re) (?:now (?:an?|the|my|in|free|unrestricted|unfiltered|called|named|going to|DAN)\b|no longer (?:bound|restricted|limited|an? (?:assistant|bot|ai)))/i,
  },
  { id: 'from_now_on', pattern: /\bfrom now on,? (?:you|act|respond|answer|reply|behave)\b/i },
  { id: 'new_instructions', pattern: /\bnew (?:instructions|rules|persona|role)\s*[:-]/i },
  { id: 'developer_mode', pattern: /\b(?:developer|dev|debug|admin|god|sudo|unrestricted|opposite) mode\b/i },
  { id: 'jailbreak', pattern: /\bjail ?break(?:s|ing|ed|)?\b/i },
  // Case-sensitive: "Dan" is a name people mention; the jailbreak persona is written DAN.
  {
    id: 'dan',
    pattern:
      /\bDAN(?: mode\b|:| prompt\b| jailbreak\b)|\b(?:you are|you're|act as|pretend to be|become) DAN\b/,
  },
  { id: 'do_anything_now', pattern: /\bdo anything now\b/i },
  { id: 'stay_in_character', pattern: /\bstay in character\b|\bbreak character\b/i },
  {
    id: 'role_tag',
    pattern:
      /<\|?(?:im_start|im_end|system|assistant|user|endoftext|eot_id|start_header_id|end_header_id)\|?>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:system|assistant|instructions?)>|^\s*(?:###\s*)?(?:system|assistant)\s*:/im,
  },
  { id: 'markdown_role_header', pattern: /^\s*#{2,}\s*(?:instruction|system|response)s?\b/im },
  { id: 'pretend', pattern: /\bpretend (?:that )?(?:you(?:'re| are)|to be|you have no)\b/i },
  {
    id: 'act_as',
    pattern:
      /(?:^|[.!?,:]\s*|\byou(?: will| should| must| can| could| to)?\s+|\bplease\s+|\bnow\s+)act (?:as|like) (?:an? |my |the )?(?:unrestricted|unfiltered|uncensored|evil|rogue|different|jailbroken|ai|chatbot|language model|irs (?:agent|employee|officer)|lawyer|attorney|cpa|accountant|representative|tax (?:attorney|lawyer|advisor|preparer|professional))\b/i,
  },
  { id: 'roleplay', pattern: /\brole[ -]?play\b|\blet'?s play a game\b|\bsimulate (?:being|an?)\b/i },
  {
    id: 'no_restrictions',
    pattern:
      /\b(?:respond|answer|reply|talk|speak|act|operate|behave|chat|write)\s+(?:\w+\s+){0,3}(?:without|with no|free of)\s+(?:any\s+)?(?:restrictions|filters|limits|limitations|rules|guardrails|safety|censorship)\b|\b(?:remove|disable|turn off|lift)\s+(?:all\s+)?your\s+(?:restrictions|filters|guardrails|safety|censorship|rules|limits)\b|\b(?:uncensored|unfiltered)\b/i,
  },
  { id: 'prompt_injection_words', pattern: /\bprompt injection\b|\binjected prompt\b/i },
  { id: 'encoded_payload_words', pattern: /\b(?:base64|rot13)\b/i },
  { id: 'print_above', pattern: /\b(?:print|repeat|output) (?:the text |everything |all )?above\b/i },
  // Spanish, read with accents folded ("instrucciónes", "olvídate" as written without them).
  {
    id: 'ignore_instructions_es',
    pattern:
      /\b(?:ignora|ignore|ignorar|olvida|olvide|olvidate|olvidese|omite|omita|desobedece|desobedezca|anula|anule|saltate)\s+(?:(?:todas?|todos)\s+)?(?:(?:tus|sus|tu|su)\s+(?:\w+\s+)?(?:instrucciones|indicaciones|reglas|normas|ordenes|directrices|restricciones|programacion|prompt|limites|politicas)|(?:las|los)\s+(?:\w+\s+)?(?:instrucciones|indicaciones|reglas|normas|ordenes|directrices|restricciones|programacion|prompt|limites|politicas)\s+(?:anteriores|previas|previos|de arriba|originales|iniciales|del sistema|que (?:te|le) (?:dieron|dio|han dado))|(?:las|los)\s+(?:instrucciones|indicaciones|reglas|normas|ordenes|directrices|restricciones|programacion|prompt|limites|politicas)\b(?=\s*(?:y|,|$)))/i,
  },
  {
    id: 'ignore_everything_es',
    pattern:
      /\b(?:ignora|ignore|olvida|olvide|olvidate|olvidese)\s+(?:todo\s+)?(?:lo\s+)?(?:anterior|de arriba|que (?:te|le) (?:dijeron|han dicho|ordenaron|programaron))\b/i,
  },
  {
    id: 'persona_es',
    pattern:
      /\b(?:responde|responda|contesta|conteste|habla|hable|actua|actue|comportate|comportese)\s+(?:solo\s+)?como\s+(?:un|una)?\s*(?:\w+\s+)?(?:ia|asistente|chatbot|bot|modelo|personaje)\b|\bsin (?:etica|moral|reglas|restricciones|filtros|censura)\b/i,
  },
  { id: 'system_prompt_es', pattern: /\b(?:prompt|instrucciones|mensaje) (?:del|de) sistema\b/i },
  {
    id: 'reveal_instructions_es',
    pattern:
      /\b(?:revela|revele|muestra|muestrame|muestreme|ensename|enseneme|imprime|repite|dime|digame|cuales son|cual es)\s+(?:me\s+)?(?:tus|sus|tu|su)\s+(?:\w+\s+)?(?:instrucciones|prompt|reglas internas|configuracion|programacion|directrices)\b/i,
  },
  {
    id: 'you_are_now_es',
    pattern:
      /\b(?:ahora|a partir de ahora|desde ahora|de ahora en adelante),? (?:tu )?(?:eres|seras|sos|te llamas)\b|\bya no (?:eres|estas limitad[oa]|tienes (?:reglas|restricciones|limites))\b/i,
  },
  {
    id: 'from_now_on_es',
    pattern:
      /\b(?:a partir de ahora|desde ahora(?: en adelante)?|de ahora en adelante),? (?:tu |usted )?(?:actua|actue|responde|responda|contesta|conteste|habla|hable|comportate|comportese)\b/i,
  },
  { id: 'new_instructions_es', pattern: /\bnuevas (?:instrucciones|reglas)\s*[:-]/i },
  {
    id: 'developer_mode_es',
    pattern: /\bmodo (?:desarrollador|dios|admin(?:istrador)?|depuracion|sin restricciones|sin filtros)\b/i,
  },
  {
    id: 'pretend_es',
    pattern:
      /\b(?:finge|finja|fingir|imagina|imagine|haz de cuenta|haga de cuenta|hagamos de cuenta|simula|simule)\s+(?:que\s+)?(?:eres|es usted|usted es|ser|no tienes)\b/i,
  },
  {
    id: 'act_as_es',
    pattern:
      /(?:^|[.!?,:¿¡]\s*|\bpor favor\s+|\bahora\s+)(?:actua|actue|haz|haga)\s+(?:como|de)\s+(?:un |una |mi |el |la )?(?:ia|abogad[oa]|contador(?:a)?|cpa|representante|agente del irs|empleado del irs|asesor(?:a)? (?:fiscal|tributari[oa])|preparador(?:a)?)\b/i,
  },
  { id: 'roleplay_es', pattern: /\bjuego de roles?\b|\bjuguemos a\b/i },
];

// A long unbroken run of base64 characters mixing cases and digits: an encoded payload, never a question.
const BASE64_BLOB = /[A-Za-z0-9+/]{32,}={0,2}/g;

function isBase64Blob(run: string): boolean {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && /\d/.test(run);
}

// Zero-width and bidi control characters are stripped so that "ign\u200Bore" cannot hide a marker.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      // Accents folded, so that a Spanish marker is written once ("olvídate", "olvidate").
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[ \t]+/g, ' ')
  );
}

/** The ids of the markers found in a message (empty when it is clean). */
export function findInjectionMarkers(text: string): string[] {
  const normal = normalise(text);
  const found = INJECTION_MARKERS.filter((m) => m.pattern.test(normal)).map((m) => m.id);
  const blob = [...normal.matchAll(BASE64_BLOB)].some((m) => isBase64Blob(m[0]));
  return blob ? [...found, 'base64_blob'] : found;
}

export const promptInjectionRail: InputRail = {
  name: 'prompt-injection',
  run(context): InputRailVerdict {
    const markers = findInjectionMarkers(context.text);
    if (markers.length === 0) return allow();
    return {
      action: 'block',
      code: 'prompt_injection',
      detail: markers.join(','),
      reply: { route: 'refusal', text: refusalMessage('prompt_injection', context.locale) },
    };
  },
};
