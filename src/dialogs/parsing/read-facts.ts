import { z } from 'zod';
import { messages } from '../../catalog/catalog.ts';
import { DEFAULT_LOCALE } from '../../catalog/locale.ts';
import { addCalendarDays } from '../../knowledge/calendar/civil-date.ts';
import { IsoDateSchema, type IsoDate } from '../../knowledge/facts-schema.ts';
import { lookupNotice } from '../../knowledge/notices/notice-code.ts';
import { DeadlineIdSchema, type DeadlineId } from '../../knowledge/notices/notice-schema.ts';
import { parseAgreement, type Agreement } from './parse-agreement.ts';
import { parseAmount } from './parse-amount.ts';
import { parseNoticeDate, type NoticeDateFailure } from './parse-notice-date.ts';
import { parseYesNo } from './parse-yes-no.ts';
import { foldText, type Conventions } from './conventions.ts';

/**
 * Reads every fact a message carries, whatever was asked: people tell their situation the way they
 * would to a person ("Got a CP501 dated Nov 20 2026 for $4,402.03, it's correct but I can only pay part
 * of it now", "Recibí un aviso CP14 con fecha 20 de noviembre de 2026, debo $1,200"). English and Spanish
 * words are read in any conversation; numeric forms follow its conventions. Each fact is found by its own words and read by the same parser the single question
 * uses; a fact the message does not clearly state is left out, never guessed.
 */

/** The facts the dialog asks for, in the order it asks them; *back* forgets the last answered one in this order. */
export const QUESTION_ORDER = [
  'noticeCode',
  'noticeDate',
  'agrees',
  'amountDue',
  'addressOutsideUS',
  'canPayInFull',
] as const;

/** The slots a message can fill, in asking order: the questions, then the tax year (never asked). */
const SLOT_ORDER = [...QUESTION_ORDER, 'taxYear'] as const;
export type Slot = (typeof SLOT_ORDER)[number];

/** Which printed date a label names: pay by, respond by, the last day for a hearing or for a petition. */
const PrintedLabelSchema = z.enum(['pay-by', 'respond-by', 'hearing-by', 'petition-by']);
export type PrintedLabel = z.infer<typeof PrintedLabelSchema>;
/**
 * A date printed on the notice. Typed, it has the words that labelled it; read from the notice or asked
 * for one deadline, it also has that deadline's id, which then decides where it goes.
 */
export const PrintedDateSchema = z.strictObject({
  label: PrintedLabelSchema,
  date: IsoDateSchema,
  deadline: DeadlineIdSchema.optional(),
});
export type PrintedDate = z.infer<typeof PrintedDateSchema>;

/** The words a deadline's printed date goes by, to say it back. */
export const PRINTED_LABEL_OF: Record<DeadlineId, PrintedLabel> = {
  'pay-interest-free': 'pay-by',
  respond: 'respond-by',
  'cdp-hearing': 'hearing-by',
  'equivalent-hearing': 'hearing-by',
  'tax-court-petition': 'petition-by',
  'math-error-abatement': 'respond-by',
};

export type Facts = {
  noticeCode?: string;
  noticeDate?: { date: IsoDate; veryOld: boolean };
  printed?: PrintedDate[];
  /** The day the lien was filed ("the lien was filed on Oct 27"): it dates a lien letter's hearing window. */
  lienFilingDate?: IsoDate;
  agrees?: { agreement: Agreement; alreadyPaid: boolean };
  amountDue?: number;
  addressOutsideUS?: boolean;
  canPayInFull?: boolean;
  taxYear?: number;
};

/** Two values for one slot in the same message: the later one is kept and the reply says so. */
export type Contradiction = { slot: 'noticeCode' | 'noticeDate' | 'amountDue'; first: string; kept: string };

/** A fact the message tried to give but that cannot be used, with the code the hint table explains. */
export type FactProblem =
  | { slot: 'noticeCode'; code: 'unknown_notice'; suggestions: string[] }
  | { slot: 'noticeDate'; code: NoticeDateFailure }
  | { slot: 'noticeDate'; code: 'which_date'; dates: IsoDate[] };

export type FactReading = { facts: Facts; contradictions: Contradiction[]; problems: FactProblem[] };

/** What the dialog knows already and which question is open: bare answers ("yes", "2148") need both. */
export type ReadingContext = {
  today: IsoDate;
  conventions: Conventions;
  asked?: Slot | 'describe';
  known?: { noticeDate?: IsoDate };
};

const CODE = /(?<![a-z0-9])(?:cp|lt|letter|ltr\.?|l|carta)\s*-?\s*\d{1,5}[a-z]?(?![a-z0-9])/g;
/** A code said to be the wrong one ("a CP504, not a CP503"; "instead of CP503"; "en vez de CP503") is no answer. */
const NEGATED = /(?:\bnot|instead of|rather than|en vez de|en lugar de)(?: an?| the| el| la)?\s*$/;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th|ro|o)?';
const YEAR = "(?:,?\\s*'?\\d{4}|,\\s*'?\\d{2}|\\s+del?\\s+\\d{4})?";
/** A date written any way the notice-date parser reads; each one is then read on its own. */
const DATE = new RegExp(
  [
    `(?<![a-z])${MONTH}\\s+${DAY}(?![\\d])${YEAR}`,
    `(?<![\\d])${DAY}\\s+(?:(?:of|de)\\s+)?${MONTH}(?![a-z])${YEAR}`,
    '(?<![\\d$.,/-])\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\d/])',
    '(?<![\\d$.,/-])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d-])',
  ].join('|'),
  'g',
);

/** The words in front of a date say which date it is; the nearest label within a few words counts. */
const LABELS: readonly [RegExp, DateLabel][] = [
  [
    /(?:last (?:day|date) to (?:file a )?petition(?: with)?(?: the)?(?: (?:u\.?s\.?|united states))?(?: tax court)?(?: is)?|petition (?:the tax court )?(?:by|before))\W*$/,
    'petition-by',
  ],
  [/(?:lien (?:was )?filed|filed the lien|lien filing date(?: is| was)?)(?: on)?\W*$/, 'lien-filed'],
  [
    /(?:last (?:day|date) to (?:request|ask for) a hearing(?: is)?|request a hearing (?:by|before)|hearing (?:by|before))\W*$/,
    'hearing-by',
  ],
  [/(?:respond|reply|response|answer)(?: is)?(?: due)? (?:by|before|on|no later than)\W*$/, 'respond-by'],
  [/(?:responder|contestar|respuesta)(?: a mas tardar| antes)?(?: del?| el)?\W*$/, 'respond-by'],
  [/(?:due|pay|payment)(?: date)?(?: is)? ?(?:by|before|on|date)?\W*$/, 'pay-by'],
  [
    /(?:pagar|pague|pago|vence|vencimiento)(?: a mas tardar| antes)?(?: del?| el)?(?: pago)?(?: es)?(?: el)?\W*$/,
    'pay-by',
  ],
  [
    /(?:dated|date of the (?:notice|letter)|notice date|letter date|date(?: printed)? on (?:it|the (?:notice|letter))|sent|issued|mailed)(?: is| was)?(?: on)?\W*$/,
    'notice',
  ],
  [
    /(?:con fecha(?: del?)?|fechad[oa](?: el)?|de fecha|fecha del (?:aviso|la carta)|la fecha (?:es|era)|enviad[oa](?: el)?|emitid[oa](?: el)?)\W*$/,
    'notice',
  ],
];
/** How far before a date its label may start: "last date to request a hearing is" at most. */
const LABEL_REACH = 40;

/** A correction that names only the day: "actually it's dated the 21st" keeps the month and year known. */
const DAY_ONLY = /(?:dated|date is|date was|it is|it was|on) the (\d{1,2})(?:st|nd|rd|th)(?![a-z])/;

/** "$1,200", "$1.200,50", "3k dollars", "1.200 dólares", "5 mil dólares" (accents are folded first). */
const MONEY =
  /(?:\$\s*\d+(?:[.,]\d+)*(?:\s*(?:k|mil)(?![a-z]))?|\d+(?:[.,]\d+)*\s*(?:(?:k|mil)\s+)?(?:dollars|usd|bucks|dolares|dls)(?![a-z]))/g;
/**
 * "I owe $300", "debo $1,200" state the balance, not that the person agrees with it: the words that owe
 * the amount go with it, so only explicit agreement words ("that's right", "I agree") are read as agreeing.
 */
const OWED_AMOUNT = new RegExp(
  `(?:(?:(?:i|we|it says i|they say i) )?(?:do |still )?(?:owe|owes|owed|owing)(?: (?:them|the irs|about|around|almost|nearly|over|roughly|like|only|just))*|(?:(?:yo|dice que|dicen que) )?(?:le |les )?(?:debo|debemos|adeudo|me cobran)(?: (?:al irs|unos|como|casi|aproximadamente|mas de|solo))*)\\s*(?:${MONEY.source})`,
  'g',
);
/** An amount someone can pay or has paid is not the balance on the notice. */
const PAYMENT_BEFORE =
  /(?:pay|paid|afford|send|put down|offer|pagar|pague|pagado|mandar|mande|enviar|envie|ofrecer|abonar)(?: only| about| around| maybe| solo| unos| como| quizas)?\s*$/;

const TAX_YEAR =
  /(?:tax year|for|year|ano fiscal|ano|impuestos del?|declaracion del?|del ano)\s+(?:the\s+)?((?:19|20)\d{2})(?![\d])|(?<![\d$])((?:19|20)\d{2})\s+(?:tax(?:es)?|return|tax return|tax year)(?![a-z])/;

const CANNOT_PAY =
  /(?:can ?not|could ?not|unable to|not able to|do not have the money to|have no money to)\s+(?:afford|pay)(?![a-z])|can only (?:afford|pay)(?![a-z])|pay (?:only )?(?:part|some) of it|(?:need|want) a payment plan|no (?:puedo|podemos|podre|alcanzo a) pagar(?![a-z])|solo (?:puedo|podemos) pagar(?![a-z])|no tengo (?:el |con que |dinero para )?(?:dinero|pagar)(?![a-z])|(?:necesito|quiero) un plan de pagos?/;
const CAN_PAY =
  /(?:i )?can (?:afford to )?pay (?:it |the (?:whole |full )?(?:balance |amount )?)?(?:all|in full|the whole thing|right away)(?![a-z])|(?:puedo|podemos) pagar(?:lo|la)? (?:todo|completo|el total|la totalidad|por completo|ya|ahora mismo|de una vez)(?![a-z])/;
const US_ES = '(?:los )?(?:estados unidos|ee\\.? ?uu\\.?|eeuu|usa)(?![a-z])';
const ABROAD = new RegExp(
  `(?:abroad|overseas|outside (?:of )?(?:the )?(?:us|u\\.s\\.?|usa|united states|states|country)(?![a-z])|foreign address|live in another country|fuera de ${US_ES}|fuera del pais|en el extranjero|direccion (?:en el )?extranjer[oa]|vivo en otro pais)`,
);
const IN_US = new RegExp(
  `(?:live|living|address is|addressed to me) in the (?:us|u\\.s\\.?|usa|united states|states)(?![a-z])|(?:vivo|vivimos|mi direccion es|mi direccion esta) en ${US_ES}`,
);

const BARE_ANSWER =
  /^(?:yes|y|yeah|yep|yup|sure|ok|okay|no|n|nope|nah|actually|i mean|i meant|si|claro|bueno|o sea|digo|quise decir)$/;

/** Splits a message where one thought ends, so each clause is read as a short answer. */
const CLAUSE_BREAK =
  /[.;!?,]+(?!\d)|\s(?:but|and|so|though|although|because|pero|y|aunque|porque|asi que|pues)\s/;

export function readFacts(text: string, context: ReadingContext): FactReading {
  const normalized = normalize(text);
  const contradictions: Contradiction[] = [];
  const problems: FactProblem[] = [];
  const facts: Facts = {};

  const code = readCode(normalized, context, contradictions, problems);
  if (code) facts.noticeCode = code;
  const withoutCodes = normalized.replace(CODE, ' ');

  const dates = readDates(withoutCodes, context, contradictions, problems);
  Object.assign(facts, dates.facts);
  const rest = dates.rest;

  const amount = readAmount(rest, context, contradictions);
  if (amount !== undefined) facts.amountDue = amount;
  const withoutMoney = rest.replace(OWED_AMOUNT, ' ').replace(MONEY, ' ');

  const agreement = readAgreement(text, withoutMoney, context);
  if (agreement) facts.agrees = agreement;
  const canPay = readCanPay(text, withoutMoney, context);
  if (canPay !== undefined) facts.canPayInFull = canPay;
  const abroad = readAbroad(text, withoutMoney, context);
  if (abroad !== undefined) facts.addressOutsideUS = abroad;

  const year = TAX_YEAR.exec(withoutMoney);
  const taxYear = Number(year?.[1] ?? year?.[2]);
  if (year && taxYear <= Number(context.today.slice(0, 4))) facts.taxYear = taxYear;

  return { facts, contradictions, problems };
}

/** The slots a reading filled, in asking order. */
export function filledSlots(facts: Facts): Slot[] {
  return SLOT_ORDER.filter((slot) => facts[slot] !== undefined);
}

function normalize(text: string): string {
  return (
    foldText(text)
      .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-')
      .replace(/[\u2018\u2019\u02BC`´]/g, "'")
      // Typed without the apostrophe too: "i cant pay it all", "i dont agree".
      .replace(/\b(ca|wo)n'?t\b/g, (_, stem: string) => (stem === 'wo' ? 'will not' : 'can not'))
      .replace(/\bcannot\b/g, 'can not')
      .replace(/\b(\w+)n't\b/g, '$1 not')
      .replace(/\b(do|does|did|could|should|would|is|are|was|were|have|has|had)nt\b/g, '$1 not')
      .replace(/\bit's\b/g, 'it is')
      .replace(/\bi'm\b/g, 'i am')
  );
}

function readCode(
  text: string,
  context: ReadingContext,
  contradictions: Contradiction[],
  problems: FactProblem[],
): string | undefined {
  const known: string[] = [];
  let unknown: { suggestions: string[] } | undefined;
  for (const match of text.matchAll(CODE)) {
    if (NEGATED.test(text.slice(Math.max(0, (match.index ?? 0) - 20), match.index))) continue;
    const lookup = lookupNotice(match[0]);
    if (lookup.ok) known.push(lookup.notice.code);
    else if (lookup.code === 'unknown_notice') unknown ??= { suggestions: lookup.suggestions };
  }
  // A bare number ("1058") is a code only as the answer to the code question.
  if (known.length === 0 && (context.asked === 'noticeCode' || context.asked === 'describe')) {
    const lookup = lookupNotice(text);
    if (lookup.ok) known.push(lookup.notice.code);
  }
  const distinct = [...new Set(known)];
  const kept = distinct.at(-1);
  if (distinct.length > 1 && kept)
    contradictions.push({ slot: 'noticeCode', first: distinct[0] ?? '', kept });
  if (!kept && unknown) problems.push({ slot: 'noticeCode', code: 'unknown_notice', ...unknown });
  return kept;
}

type DateLabel = 'notice' | 'lien-filed' | PrintedLabel;
type DateMention = { start: number; end: number; label: DateLabel | undefined; text: string };

function readDates(
  text: string,
  context: ReadingContext,
  contradictions: Contradiction[],
  problems: FactProblem[],
): { facts: Facts; rest: string } {
  const mentions: DateMention[] = [...text.matchAll(DATE)].map((match) => {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - LABEL_REACH), start);
    const label = LABELS.find(([pattern]) => pattern.test(before))?.[1];
    return { start, end: start + match[0].length, label, text: match[0] };
  });
  let rest = text;
  for (const m of mentions) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);

  const facts: Facts = {};
  const printed = mentions.flatMap((m) => {
    if (m.label === undefined || m.label === 'notice' || m.label === 'lien-filed') return [];
    const date = readPrintedDate(m.text, context.today, context.conventions);
    return date ? [{ label: m.label, date }] : [];
  });
  if (printed.length > 0) facts.printed = printed;
  for (const m of mentions.filter((mention) => mention.label === 'lien-filed')) {
    const filed = parseNoticeDate(m.text, context.today, context.conventions);
    if (filed.ok) facts.lienFilingDate = filed.date;
  }

  const labelled = mentions.filter((m) => m.label === 'notice');
  const unlabelled = mentions.filter((m) => m.label === undefined);
  // With no "dated", a lone date is the notice date; two unlabelled dates are asked about once.
  const candidates = labelled.length > 0 ? labelled : unlabelled;
  const readings = candidates.map((m) => parseNoticeDate(m.text, context.today, context.conventions));
  const good = readings.flatMap((r) => (r.ok ? [r] : []));
  const distinct = [...new Set(good.map((r) => r.date))];
  if (labelled.length === 0 && distinct.length > 1) {
    problems.push({ slot: 'noticeDate', code: 'which_date', dates: distinct });
  } else if (distinct.length > 0) {
    const kept = good.at(-1);
    if (kept) facts.noticeDate = { date: kept.date, veryOld: kept.veryOld };
    if (distinct.length > 1 && kept)
      contradictions.push({
        slot: 'noticeDate',
        first: longDate(distinct[0] ?? ''),
        kept: longDate(kept.date),
      });
  } else {
    const failure = readings.find((r) => !r.ok);
    if (failure && !failure.ok) problems.push({ slot: 'noticeDate', code: failure.code });
  }

  if (!facts.noticeDate && mentions.length === 0) {
    const day = context.known?.noticeDate ? DAY_ONLY.exec(text) : null;
    if (day && context.known?.noticeDate) {
      const corrected = parseNoticeDate(
        `${context.known.noticeDate.slice(0, 8)}${day[1]?.padStart(2, '0')}`,
        context.today,
        context.conventions,
      );
      if (corrected.ok) facts.noticeDate = { date: corrected.date, veryOld: corrected.veryOld };
      else problems.push({ slot: 'noticeDate', code: corrected.code });
    } else if (context.asked === 'noticeDate') {
      // The answer to the date question may be in words the mention pattern does not cover.
      const whole = parseNoticeDate(text, context.today, context.conventions);
      if (whole.ok) facts.noticeDate = { date: whole.date, veryOld: whole.veryOld };
    }
  }
  return { facts, rest };
}

/**
 * A printed deadline is usually ahead: it is read as if today were a year later, so a year-less
 * "due by Dec 11" is its next occurrence and a future date is not refused as a notice date would be.
 */
export function readPrintedDate(text: string, today: IsoDate, conventions: Conventions): IsoDate | undefined {
  const reading = parseNoticeDate(text, addCalendarDays(today, 365), conventions);
  return reading.ok ? reading.date : undefined;
}

function readAmount(
  text: string,
  context: ReadingContext,
  contradictions: Contradiction[],
): number | undefined {
  const amounts: number[] = [];
  for (const match of text.matchAll(MONEY)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 20), match.index ?? 0);
    if (PAYMENT_BEFORE.test(before)) continue;
    const reading = parseAmount(match[0], context.conventions);
    if (reading.ok) amounts.push(reading.amount);
  }
  if (amounts.length === 0 && context.asked === 'amountDue') {
    const whole = parseAmount(text, context.conventions);
    if (whole.ok) amounts.push(whole.amount);
  }
  const distinct = [...new Set(amounts)];
  const kept = amounts.at(-1);
  if (distinct.length > 1 && kept !== undefined)
    contradictions.push({ slot: 'amountDue', first: money(distinct[0] ?? 0), kept: money(kept) });
  return kept;
}

export function money(amount: number): string {
  return messages(DEFAULT_LOCALE).format.money(amount);
}

function longDate(date: IsoDate): string {
  return messages(DEFAULT_LOCALE).format.longDate(date);
}

function readAgreement(original: string, text: string, context: ReadingContext): Facts['agrees'] | undefined {
  if (context.asked === 'agrees') {
    const whole = parseAgreement(original);
    if (whole.ok) return { agreement: whole.agreement, alreadyPaid: whole.alreadyPaid };
  }
  let found: Facts['agrees'] | undefined;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const trimmed = clause.trim();
    // A bare "yes" or "no" inside a longer message answers nothing in particular.
    if (trimmed === '' || BARE_ANSWER.test(trimmed)) continue;
    const reading = parseAgreement(trimmed);
    if (reading.ok) found = { agreement: reading.agreement, alreadyPaid: reading.alreadyPaid };
  }
  return found;
}

function readCanPay(original: string, text: string, context: ReadingContext): boolean | undefined {
  if (context.asked === 'canPayInFull') {
    const whole = parseYesNo(original);
    if (whole.ok) return whole.value;
  }
  if (CANNOT_PAY.test(text)) return false;
  if (CAN_PAY.test(text)) return true;
  return undefined;
}

function readAbroad(original: string, text: string, context: ReadingContext): boolean | undefined {
  if (context.asked === 'addressOutsideUS') {
    const whole = parseYesNo(original);
    if (whole.ok) return whole.value;
  }
  if (ABROAD.test(text)) return true;
  if (IN_US.test(text)) return false;
  return undefined;
}
