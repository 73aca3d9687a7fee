import { z } from 'zod';
import { PLAIN_NO, PLAIN_YES, SPANISH_NO, SPANISH_YES, readAnswer, type AnswerRule } from './parse-yes-no.ts';

/**
 * Reads the answer to "Do you agree with the balance on the notice?": yes, no, not sure, or "I already
 * paid", in English or Spanish ("sí", "estoy de acuerdo", "no estoy de acuerdo", "no sé", "ya pagué"). Mixed or unknown answers are `not_understood` (or `unsure` when the person says they partly
 * agree), never a confident reading the person did not give.
 */

export const AgreementSchema = z.enum(['yes', 'no', 'unsure']);
export type Agreement = z.infer<typeof AgreementSchema>;

export type AgreementParse =
  { ok: true; agreement: Agreement; alreadyPaid: boolean } | { ok: false; code: 'not_understood' | 'empty' };

type Signal = 'yes' | 'no' | 'unsure' | 'paid' | 'cannot-pay';

const SUBJECT =
  '(?:it|that|this|it all|all of it|everything|the (?:balance|amount|bill|notice|letter|number|total|figure|debt|tax|taxes)|balance|amount)';
const OBJECT =
  '(?:it|that|this|them|you|the irs|the (?:balance|amount|bill|notice|letter|number|total|figure|debt|tax|taxes|money)|this (?:amount|balance|bill|money|debt))';
const TO_BE = '(?:is|was|are|seems|looks|sounds|seems to be|looks to be)';
const INTENSIFIER =
  '(?:all |totally |completely |entirely |100 percent |definitely |absolutely |pretty much |about )?';
const RIGHT =
  '(?:right|correct|accurate|true|fine|okay|good|legit|legitimate|valid|fair|mine|my (?:debt|bill|balance|tax|taxes)|about right|all right|alright)';
const WRONG =
  '(?:wrong|incorrect|inaccurate|false|mistaken|a mistake|an error|bogus|too high|too much|off|not right|not correct|not accurate|not true|not mine|not fair|not valid)';
const PART = '(?:some|part|most|half)';
/** What a CP2000 matches against a return: the income or form a person may say is not theirs. */
const MATCHED_ITEM =
  '(?:income|money|wages?|pay|payment|interest|dividends?|account|1099s?|w-?2s?|forms?|job|employer)';

/** What a Spanish answer agrees or disagrees with: "con eso", "con el saldo", "con la cantidad". */
const CON_ALGO =
  '(?: con (?:eso|esto|todo|el (?:saldo|monto|aviso|balance|total|cobro)|la (?:cantidad|carta|deuda|cuenta|cifra)|lo que dice(?: el aviso| la carta)?))?';
/** "el saldo", "la cantidad", "eso": what a Spanish answer says is right or wrong. */
const LO_QUE =
  '(?:(?:eso|esto|todo|el (?:saldo|monto|balance|total|cobro)|la (?:cantidad|deuda|cuenta|cifra)) )?';

/** Spanish answers, accents folded; checked before the English rules, which share none of these phrases. */
const SPANISH_RULES: readonly AnswerRule<Signal>[] = [
  [
    /^(?:si y no|mas o menos|en parte|no del todo|no totalmente|no completamente|solo una parte|una parte|parcialmente|algo)$/,
    'unsure',
  ],
  [
    /^(?:tal vez|quizas?|a lo mejor|puede ser|no se|no lo se|no sabria decir|no estoy (?:segur[oa]|convencid[oa])(?: .*)?|no entiendo(?: .*)?|estoy confundid[oa]|ni idea|no tengo (?:ni )?idea(?: .*)?|no se si .*|no se (?:que|como) .*)$/,
    'unsure',
  ],
  [
    /^(?:estoy )?(?:de acuerdo|en desacuerdo)(?: solo)? (?:en parte|con una parte|con parte|parcialmente)$/,
    'unsure',
  ],
  [
    /^(?:solo )?(?:debo|le debo) (?:una parte|parte|algo)(?: de (?:eso|esto|la deuda|lo que dice))?$/,
    'unsure',
  ],
  [
    /^(?:yo )?(?:ya )?(?:lo |la |los )?(?:pague|pagamos|he pagado|hemos pagado|habia pagado)(?: (?:todo|eso|esto|el saldo|la deuda|el balance|la cuenta|el impuesto|al irs|completo|por completo|ya|antes|en linea|con cheque|el mes pasado|la semana pasada))*$/,
    'paid',
  ],
  [
    new RegExp(
      `^(?:${LO_QUE})?(?:ya )?(?:esta|estaba|fue|ya fue) (?:pagad[oa]|saldad[oa]|liquidad[oa])(?: ya)?$`,
    ),
    'paid',
  ],
  [/^(?:ya )?(?:mande|envie|mandamos|enviamos) (?:el|un|mi) (?:pago|cheque|giro)(?: ya)?$/, 'paid'],
  [
    new RegExp(
      `^(?:${SPANISH_YES}|(?:si )?(?:estoy )?de acuerdo${CON_ALGO}|(?:si )?(?:lo |la )?debo(?: todo| eso)?|es mi deuda|(?:si )?creo que si|me parece (?:bien|correcto))$`,
    ),
    'yes',
  ],
  [new RegExp(`^${LO_QUE}(?:es|esta|parece) (?:correct[oa]|bien|cierto|ciert[oa]|exact[oa])$`), 'yes'],
  [
    new RegExp(
      `^(?:${SPANISH_NO}|no (?:estoy )?de acuerdo${CON_ALGO}|estoy en desacuerdo${CON_ALGO}|(?:en )?desacuerdo|no (?:lo |la |les |le )?debo(?: nada| eso)?|no debo nada|creo que no|no creo|no es mi deuda|(?:eso )?no es mio|el irs se equivoco|se equivocaron|hay un error|es un error)$`,
    ),
    'no',
  ],
  [
    new RegExp(
      `^${LO_QUE}(?:es|esta|parece) (?:incorrect[oa]|mal|equivocad[oa]|un error|demasiado)$|^${LO_QUE}no (?:es|esta|parece) (?:correct[oa]|bien|ciert[oa])$`,
    ),
    'no',
  ],
  // Not being able to pay says nothing about whether the balance is right.
  [/^(?:no (?:puedo|podemos) pagar(?:lo|la)?|no tengo (?:el )?dinero)(?: .*)?$/, 'cannot-pay'],
  [/^(?:gracias|muchas gracias|por favor|hola|buenas|vale|ok|bueno|perdon|disculpe)$/, 'neutral'],
];

const RULES: readonly AnswerRule<Signal>[] = [
  ...SPANISH_RULES,
  // Fixed phrases first: they contain words ("yes and no", "no idea") that alone would mean something else.
  [
    /^(?:yes and no|yes or no|kind of|sort of|kinda|sorta|somewhat|partly|partially|mostly|in part|not all of it|not completely|not entirely|not exactly|only some|only some of it|only part of it|some of it|part of it|half of it)$/,
    'unsure',
  ],
  [
    /^(?:maybe|perhaps|possibly|probably|maybe not|maybe so|unsure|uncertain|hard to say|(?:i )?can not (?:tell|say)|(?:i am )?confused|(?:i )?do not understand(?: it| this| the notice| the letter)?|i am lost)$/,
    'unsure',
  ],
  // "Not sure it is right", "I don't know if I owe it": the doubt governs the whole clause.
  [/^(?:i am |i was )?(?:not|not too|not really|not 100 percent) (?:sure|certain)(?: .*)?$/, 'unsure'],
  [/^(?:i )?(?:do not know|have no idea|have no clue|no idea|no clue|not a clue)(?: .*)?$/, 'unsure'],
  // Agreeing with part of the balance disputes the rest: "unsure" leads to checking the figures before
  // paying, where "yes" would lead to paying all of it and "no" to disputing all of it.
  [
    new RegExp(
      `^(?:i )?(?:partly|partially|mostly|somewhat|kind of|sort of|kinda|sorta|half) (?:agree|disagree)(?: with ${OBJECT})?$`,
    ),
    'unsure',
  ],
  [new RegExp(`^(?:i )?(?:agree|disagree) (?:with )?${PART} of (?:it|${OBJECT})$`), 'unsure'],
  [new RegExp(`^(?:i )?(?:agree|disagree) (?:partly|partially|in part)$`), 'unsure'],
  [new RegExp(`^${PART} of (?:it|the (?:balance|amount|bill)) (?:is )?(?:${RIGHT}|${WRONG})$`), 'unsure'],
  [new RegExp(`^(?:i )?(?:only )?owe ${PART} of (?:it|that|this|the (?:balance|amount|bill))$`), 'unsure'],
  [
    /^(?:i )?(?:do not|did not) owe (?:all of it|all of that|the whole (?:amount|thing|balance)|all of the balance)$/,
    'unsure',
  ],

  [
    /^(?:i |we )?(?:have |already have )?(?:already )?(?:paid|payed)(?: (?:it|that|this|them|the irs|the (?:balance|bill|amount|tax|taxes|debt)|it all|all of it|the whole thing|everything))?(?: (?:already|in full|off|already in full|in full already|online|by check|last (?:week|month|year)|a while ago|before))?$/,
    'paid',
  ],
  [
    /^(?:i |we )?(?:already )?(?:sent|mailed)(?: in)? (?:them |the irs |in )?(?:a |the |my )?(?:check|cheque|payment|money order)(?: already| last (?:week|month))?$/,
    'paid',
  ],
  [
    new RegExp(
      `^(?:${SUBJECT} )?(?:is|was|has been|is been|have been) (?:already )?(?:paid|payed)(?: off| in full| already| for)?$`,
    ),
    'paid',
  ],
  [
    /^(?:they|the irs) (?:already )?(?:got|received|cashed|took|have|has) (?:my|the) (?:payment|check|cheque|money)(?: already)?$/,
    'paid',
  ],

  [new RegExp(`^(?:${PLAIN_YES}|agree|agreed|yes i agree|i do agree|that is it|it does)$`), 'yes'],
  [new RegExp(`^(?:${PLAIN_NO})$`), 'no'],
  [
    new RegExp(
      `^(?:i )?(?:do |totally |fully |completely |strongly |definitely |absolutely )?agree(?: with (?:${OBJECT}|all of it|everything))?$`,
    ),
    'yes',
  ],
  [
    new RegExp(
      `^(?:i )?(?:do not |totally |completely |strongly |fully |definitely |absolutely )?disagree(?: with (?:${OBJECT}|all of it|everything))?$`,
    ),
    'no',
  ],
  [
    new RegExp(
      `^(?:i )?(?:do not|can not|could not|did not|will not|would not) agree(?: with (?:${OBJECT}|any of it))?$`,
    ),
    'no',
  ],
  [new RegExp(`^(?:${SUBJECT} )?${TO_BE} ${INTENSIFIER}${RIGHT}$`), 'yes'],
  [new RegExp(`^(?:${SUBJECT} )?${TO_BE} ${INTENSIFIER}${WRONG}$`), 'no'],
  [
    new RegExp(`^(?:${SUBJECT} )?(?:is|was|are|does|do) not (?:seem |look |sound )?(?:${RIGHT}|add up)$`),
    'no',
  ],
  [new RegExp(`^(?:${SUBJECT} )?(?:is|was) not (?:wrong|incorrect|inaccurate)$`), 'yes'],
  [/^not (?:wrong|incorrect)$/, 'yes'],
  [new RegExp(`^(?:${WRONG}|not ${RIGHT})$`), 'no'],
  // CP2000-style disputes: the income or form the IRS matched is someone else's.
  [
    new RegExp(
      `^(?:(?:that|this|the|their|some) )?${MATCHED_ITEM}(?: on (?:it|the notice|the letter))? (?:is|was|are|were) (?:not|never) (?:mine|my ${MATCHED_ITEM})$`,
    ),
    'no',
  ],
  [new RegExp(`^(?:(?:it|that|this|those|these) (?:is|was|are|were) )?not my ${MATCHED_ITEM}$`), 'no'],
  [
    new RegExp(
      `^(?:i )?(?:never|did not) (?:earn|earned|get|got|receive|received|have|had) (?:that|this|the|those|these) ${MATCHED_ITEM}$`,
    ),
    'no',
  ],
  [new RegExp(`^(?:i )?(?:do )?owe(?: ${OBJECT}| it all| all of it| the full amount| the money)?$`), 'yes'],
  [
    new RegExp(
      `^(?:i )?(?:do not|did not|should not) owe(?: ${OBJECT}| anything| any of it| that much| them anything| the irs anything| the money)?$`,
    ),
    'no',
  ],
  [/^(?:i )?owe (?:nothing|them nothing|the irs nothing)$/, 'no'],
  [/^(?:i|it|that|this) (?:do|does|is)$/, 'yes'],
  [/^(?:i|it|that|this) (?:do|does|is) not$/, 'no'],
  [/^(?:i )?(?:think|believe|guess|suppose) so$/, 'yes'],
  [new RegExp(`^i (?:think|believe|guess) (?:${SUBJECT} )?${TO_BE} ${INTENSIFIER}${RIGHT}$`), 'yes'],
  [new RegExp(`^i (?:think|believe|guess) (?:${SUBJECT} )?${TO_BE} ${INTENSIFIER}${WRONG}$`), 'no'],
  [
    new RegExp(
      `^i do not (?:think|believe) (?:so|(?:${SUBJECT} )?(?:is )?(?:right|correct|accurate|mine)|i owe(?: ${OBJECT}| anything| any of it)?)$`,
    ),
    'no',
  ],
  [/^(?:they|the irs) (?:made|have made|has made|must have made) (?:a )?(?:mistake|error)$/, 'no'],

  // Not being able to pay says nothing about whether the balance is right ("I owe it but I can't pay").
  [
    /^(?:i )?(?:can not|could not|am unable to|do not have the money to|have no money to) (?:pay|afford)(?: .*)?$/,
    'cannot-pay',
  ],
  [/^(?:thanks|thank you|please|okay|hi|hello|sorry|oh no|ugh|wow|lol)$/, 'neutral'],
];

/** Parses the answer to "Do you agree with the balance on the notice?". */
export function parseAgreement(text: string): AgreementParse {
  const reading = readAnswer(text, RULES);
  if (!reading.ok) return reading;
  const has = (signal: Signal): boolean => reading.signals.has(signal);
  const notUnderstood: AgreementParse = { ok: false, code: 'not_understood' };

  if (has('paid')) {
    // They dispute a balance they believe is settled; doubt about it stays visible as "unsure".
    return { ok: true, agreement: has('unsure') ? 'unsure' : 'no', alreadyPaid: true };
  }
  // "No, I can't pay": the "no" may answer the wrong question.
  if (has('cannot-pay') && has('no')) return notUnderstood;
  if (has('unsure')) return { ok: true, agreement: 'unsure', alreadyPaid: false };
  if (has('yes') && has('no')) return notUnderstood;
  if (has('yes')) return { ok: true, agreement: 'yes', alreadyPaid: false };
  if (has('no')) return { ok: true, agreement: 'no', alreadyPaid: false };
  return notUnderstood;
}
