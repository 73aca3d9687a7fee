/**
 * What a sentence says, in a form two texts can be compared by: its content terms (stemmed, plain-word
 * synonyms folded together), who acts in it, and whether it tells the reader to do something. Pure and
 * deterministic; used to write the passages' claims and to check a paraphrase against them.
 */
import { PLAIN_ADDITIONS, PLAIN_PHRASES, PLAIN_WORD_TABLE } from './plain-words.ts';

/** Sentences, on sentence ends and line breaks; "U.S." and "Form No." do not end one. */
export function sentencesOf(text: string): string[] {
  return withoutAbbreviationDots(normaliseQuotes(text))
    .split(/(?<=[.!?;])\s+(?=["(]?[A-Z0-9])|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[a-z]/i.test(sentence));
}

/**
 * Clauses: sentences cut where a second statement usually starts (commas, "but", colons, dashes, brackets,
 * and an "and" that starts a second verb: "is not a bill and does not mean …" says two things, each negated).
 */
export function clausesOf(text: string): string[] {
  return sentencesOf(text)
    .flatMap((sentence) =>
      sentence.split(
        /(?<=[:;])\s+|,\s+(?:(?:and|or|so|but)\s+)?|\s+(?:but|however|and then|while|whereas|although|though|unless)\s+|(?<!\b(?:not|even|only|and|or))\s+(?=(?:if|when)\s)|\s+and\s+(?=(?:is|are|was|were|does|do|did|can|cannot|could|will|would|may|might|must|should)(?:n't)?\b)|\s+[-–—]\s+|\s+\((?=[a-z])|(?<=[a-z.])\)\s*/i,
      ),
    )
    .map((clause) => clause.trim())
    .filter((clause) => /[a-z]/i.test(clause));
}

const ABBREVIATIONS =
  /\b(?:[A-Za-z]\.){2,}|\b(?:No|Nos|Reg|Regs|Treas|Pub|Sec|St|Mr|Mrs|Ms|Dr|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e)\./g;

function withoutAbbreviationDots(text: string): string {
  return text.replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, ''));
}

function normaliseQuotes(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[“”]/g, '"');
}

// ---------------------------------------------------------------- words

/** Each plain word of the reviewed table, by itself and by its stem, to the passage word it stands for. */
const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map(
  PLAIN_WORD_TABLE.flatMap(({ passage, plain }) => plain.map((word) => [word, passage] as const)),
);
const STEM_SYNONYMS: ReadonlyMap<string, string> = new Map(
  [...WORD_SYNONYMS].map(([word, passage]) => [stem(word), passage] as const),
);

/** Words that carry no claim: function words, and the modal and negation words the polarity check reads. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so to of in on at by for with from as is are was were be been being it its ' +
    'this that these those you your yours yourself we our us they them their he she his her i me my do does did ' +
    'done doing also just very really any all each every some more most much such than there here what which who whom ' +
    'whose when where why how about into over under up down out off again further once only own same too s t ' +
    'not never no none nothing nobody neither nor cannot unable without must shall have has had having need needs ' +
    'needed required require requires may might can could able allowed permitted should ought will would wont won ' +
    'don doesn didn isn aren wasn weren haven hasn hadn shouldn wouldn couldn mustn needn ca wo ' +
    'either whether both other another until till while because since through across per via even still yet ' +
    'usually generally often typically normally simply just already make makes made sure something anything ' +
    'anyone everyone say says said before after'
  ).split(' '),
);

/** The plain additions as compared: stemmed, like every content term. */
export const PLAIN_TERMS: ReadonlySet<string> = new Set(PLAIN_ADDITIONS.map((word) => termOf(word)));

/** Lower-case words of a text, with "n't" spelled "not" and phrase synonyms folded. */
export function wordsOf(text: string): string[] {
  let lower = withoutAbbreviationDots(normaliseQuotes(text)).toLowerCase().replace(/n't\b/g, ' not');
  for (const [pattern, replacement] of PLAIN_PHRASES) lower = lower.replace(pattern, replacement);
  return lower.split(/[^a-z0-9$%]+/).filter((word) => word !== '');
}

/**
 * A small suffix stemmer: enough for "payments"/"payment", "asked"/"ask", "paying"/"pay", "levied"/"levy",
 * "taking"/"take" to meet. Not Porter: the vocabulary is small and known.
 */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  // Short words lose a final "e" like long ones, so that "use"/"uses" and "fee"/"fees" meet.
  if (word.length <= 3) return word.replace(/(?<=..)e$/, '');
  // A hearing is a proceeding: "never hear about it" must not meet "a CDP hearing".
  if (/^hearings?$/.test(word)) return 'hearing';
  // "using" would keep its "ing" (two letters are too short a stem) and miss "use".
  if (word === 'using') return 'us';
  let base = word.replace(/(?:ies|ied)$/, 'y');
  // "-es" is a suffix only after a hiss ("taxes"); elsewhere the "e" is the word's ("fees", "notices").
  if (base === word) base = word.replace(/(?<=ee)d$|(?<=(?:s|x|z|ch|sh))es$|(?:ing|edly|ed|s|ly)$/, '');
  // "uses": the hiss rule would leave "us"; the "e" is the word's.
  if (base.length < 3) base = word.replace(/s$/, '');
  if (base.length < 3) base = word;
  base = base.replace(/([^aeiouls])\1$/, '$1').replace(/e$/, '');
  return base;
}

/** The form a word is compared as: the passage word it stands for (by any inflection), stemmed. */
export function termOf(word: string): string {
  const stemmed = stem(word);
  const passageWord = WORD_SYNONYMS.get(word) ?? STEM_SYNONYMS.get(stemmed);
  return passageWord === undefined ? stemmed : stem(passageWord);
}

/** The content terms of a text: every word that can carry a claim, in the compared form. */
export function contentTerms(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word) && !/^\d+$/.test(word))
      .map(termOf),
  );
}

/** Whether a word carries content (is neither a function word nor a bare number). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !FUNCTION_WORDS.has(word.toLowerCase()) && !/^\d+$/.test(word);
}

// ---------------------------------------------------------------- who acts

/** The parties a clause can be about, by the words that name them. "It" and "they" name no one by themselves. */
const ACTORS: Readonly<Record<string, string>> = {
  you: 'reader',
  irs: 'irs',
  we: 'irs',
  agency: 'irs',
  government: 'irs',
  court: 'court',
  judge: 'court',
  appeals: 'appeals',
  advocate: 'advocate',
  tas: 'advocate',
  representative: 'representative',
  preparer: 'representative',
  lawyer: 'representative',
  attorney: 'representative',
  cpa: 'representative',
  scammer: 'scammer',
  scammers: 'scammer',
  caller: 'scammer',
  someone: 'someone',
  employer: 'employer',
  bank: 'bank',
  spouse: 'spouse',
};

/** How many words into a clause its subject may stand ("the IRS can …" counts, "… demands that you" does not). */
const SUBJECT_REACH = 2;

/** Words that open a clause before its subject: "If you …", "Once the IRS …". */
const CLAUSE_OPENERS =
  /^(?:(?:if|when|once|before|after|so|and|or|then|because|although|though|unless|until|while|since|but|also|even|where|which|who|that|as|whether)\s+)+/;

/** Whether a term names a party ("irs", "you"…): parties are compared as subjects, not as content. */
export function isActorTerm(term: string): boolean {
  return ACTORS[term] !== undefined;
}

/** The party a clause is about: the first actor word near its start, or undefined when none stands there. */
export function actorOf(clause: string): string | undefined {
  const words = wordsOf(clause).join(' ').replace(CLAUSE_OPENERS, '').split(' ').slice(0, SUBJECT_REACH);
  for (const [index, word] of words.entries()) {
    const actor = ACTORS[word];
    if (actor === undefined) continue;
    // "the IRS Office of Appeals": the first name of a compound decides; "to you" / "with the IRS" is an object.
    const before = words[index - 1];
    if (
      before !== undefined &&
      /^(?:to|with|from|for|by|of|than|ask|call|contact|tell|give|pay)$/.test(before)
    )
      return undefined;
    return actor;
  }
  return undefined;
}

// ---------------------------------------------------------------- instructions

/** Verbs that, at the start of a clause, make it an instruction to the reader. */
const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(
  (
    'act answer apply appeal arrange ask attach borrow bring buy call cash check choose close consider contact ' +
    'describe dispute do empty expect file fill find follow forget gather get give go hide hire ignore include ' +
    'keep learn leave look mail make mark move open pay pick put read reply report request respond review ' +
    'search sell send settle sign skip slow start stay stop submit take talk tell throw transfer trust try ' +
    'use visit wait withdraw write'
  ).split(' '),
);

const LEADING_SOFTENERS = /^(?:(?:please|just|simply|then|first|also|so|and|now|instead|next|still)\s+)+/;

/**
 * The actions a text tells the reader to take, as terms: imperative clauses ("Call the number", "Do not
 * pay") and "you should / must / need to / have to …" ones. Negated instructions keep their "not".
 */
export function directivesOf(text: string): Set<string> {
  const directives = new Set<string>();
  for (const clause of clausesOf(text)) {
    const words = wordsOf(clause).join(' ').replace(LEADING_SOFTENERS, '');
    const imperative = /^(do not |never )?([a-z]+)/.exec(words);
    if (imperative?.[2] !== undefined && DIRECTIVE_VERBS.has(imperative[2])) {
      directives.add(`${imperative[1] === undefined ? '' : 'not '}${termOf(imperative[2])}`);
      continue;
    }
    const told =
      /\byou (?:do not |not )?(?:really )?(?:should|must|need to|have to|ought to|had better|better)(?: not)? (?:just |simply )?([a-z]+)/.exec(
        words,
      );
    if (told?.[1] !== undefined) {
      directives.add(`${/ not /.test(told[0]) ? 'not ' : ''}${termOf(told[1])}`);
    }
  }
  return directives;
}

/**
 * The actions a text says the reader does or may do, in any mood ("you can call", "if you pay", "call"):
 * an instruction in a paraphrase must be one of these.
 */
export function readerActionsOf(text: string): Set<string> {
  const actions = new Set<string>(directivesOf(text));
  const words = wordsOf(text).join(' ');
  for (const match of words.matchAll(
    /\byou (?:(?:can|may|could|might|should|must|will|need to|have to|are able to|do|did|still|also|then|first) )*(not )?([a-z]+)/g,
  )) {
    if (match[2] !== undefined) actions.add(`${match[1] === undefined ? '' : 'not '}${termOf(match[2])}`);
  }
  // "Last day to respond", "the time to ask": a deadline names what the reader does by it.
  for (const match of words.matchAll(/\b(?:day|days|time|deadline|date|window) to ([a-z]+)/g)) {
    if (match[1] !== undefined) actions.add(termOf(match[1]));
  }
  return actions;
}

// ---------------------------------------------------------------- who does what

/** Who does what: a party and the action it takes in a clause. */
export type Deed = { actor: string; action: string };

/** Words between a party and its verb: adverbs, modals, auxiliaries, negations ("the IRS can still not …"). */
const BEFORE_VERB: ReadonlySet<string> = new Set(
  (
    'usually generally often also still then first just only actually really both normally typically ' +
    'can could may might must will would should shall do does did not never cannot have has had to need needs ' +
    'is are was were be been being able unable already later soon now'
  ).split(' '),
);
/** An auxiliary that is the verb itself when nothing follows it ("you have 30 days", "the IRS needs proof"). */
const MAIN_AUXILIARIES = /^(?:have|has|had|need|needs)$/;
/**
 * "It", "they": a party named before, never the reader. Who they are is not known here, so they stand for
 * any party but the reader (`sameParty`): "it tells you" may become "the IRS tells you", not "you tell it".
 */
export const SOMEONE_ELSE = 'someone else';
const PRONOUNS: Readonly<Record<string, string>> = { it: SOMEONE_ELSE, they: SOMEONE_ELSE };
const BE = /^(?:is|are|was|were|be|been|being)$/;
/** Verbs the content-word filter drops ("said", "made") but that say what a party did. */
const LIGHT_VERBS: Readonly<Record<string, string>> = {
  say: 'say',
  says: 'say',
  said: 'say',
  make: 'make',
  makes: 'make',
  made: 'make',
};

/** Whether two deeds' parties can be the same: equal, or "it"/"they" and anyone but the reader. */
export function sameParty(a: string, b: string): boolean {
  if (a === b) return true;
  return (a === SOMEONE_ELSE && b !== 'reader') || (b === SOMEONE_ELSE && a !== 'reader');
}

/** A modal that ends a clause ("… as soon as you can") stands for the verb it leaves out. */
const CLOSING_MODALS = /^(?:can|could|may|might|must|will|would|should)$/;
/** A party after these words is an object ("ask IRS Appeals", "for you"), not the one who acts. */
const BEFORE_OBJECT = /^(?:to|with|from|for|by|of|than|ask|call|contact|tell|give|pay|let|lets|help|helps)$/;

/**
 * Every party that acts in a clause, wherever it stands ("… the hearing you can still get", "while IRS
 * Appeals reviews your case"), with its verb; an instruction ("Call the number") is the reader's deed. Of a
 * run of party names ("IRS Appeals") the last names the party.
 */
export function deedsOf(clause: string): Deed[] {
  const words = wordsOf(clause);
  const deeds: Deed[] = [];
  const instruction = /^(?:do not |never )?([a-z]+)/.exec(words.join(' ').replace(LEADING_SOFTENERS, ''));
  if (instruction?.[1] !== undefined && DIRECTIVE_VERBS.has(instruction[1]))
    deeds.push({ actor: 'reader', action: termOf(instruction[1]) });
  for (const [index, word] of words.entries()) {
    const actor = ACTORS[word] ?? PRONOUNS[word];
    if (actor === undefined || ACTORS[words[index + 1] ?? ''] !== undefined) continue;
    let first = index;
    while (first > 0 && ACTORS[words[first - 1] ?? ''] !== undefined) first -= 1;
    if (BEFORE_OBJECT.test(words[first - 1] ?? '')) continue;
    let next = index + 1;
    while (BEFORE_VERB.has(words[next] ?? '')) next += 1;
    const verb = words[next];
    const auxiliary = words[next - 1] ?? '';
    // "it is paid": a pronoun before a passive is what is acted on, not who acts.
    if (actor === SOMEONE_ELSE && words.slice(index + 1, next).some((skipped) => BE.test(skipped))) continue;
    const light = LIGHT_VERBS[verb ?? ''];
    if (light !== undefined) deeds.push({ actor, action: light });
    else if (verb !== undefined && isContentWord(verb) && ACTORS[verb] === undefined)
      deeds.push({ actor, action: termOf(verb) });
    else if (next > index + 1 && MAIN_AUXILIARIES.test(auxiliary))
      deeds.push({ actor, action: auxiliary.startsWith('ha') ? 'have' : 'need' });
    // "as soon as you can": the modal stands for the clause's verb, and says who may do it.
    else if (next > index + 1 && verb === undefined && CLOSING_MODALS.test(auxiliary))
      deeds.push({ actor, action: auxiliary });
  }
  return deeds;
}

// ---------------------------------------------------------------- polarity

/** How a clause binds the reader: must do, may do, should do, will happen. */
export type Modality = 'obligation' | 'permission' | 'advice' | 'certainty';

export type ClauseSignature = { negated: boolean; modalities: ReadonlySet<Modality> };

/** Phrases with a negative word that do not negate anything ("no later than" means "by"). */
const NEUTRAL_NEGATIVE_PHRASES = [
  /\bno later than\b/g,
  /\bnot later than\b/g,
  /\bno more than\b/g,
  /\bnot more than\b/g,
  /\bno less than\b/g,
  /\bnot less than\b/g,
  /\bnot only\b/g,
  /\bno matter\b/g,
  /\bwhether or not\b/g,
  /\bif not\b/g,
];

const NEGATION_PATTERN = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|unable|without)\b|n't\b/g;

/** Each phrase counts once toward its modality; "cannot" and "can't" count as permission plus a negation. */
const MODALITY_PATTERNS: readonly [Modality, RegExp][] = [
  [
    'obligation',
    /\b(?:must|shall|(?:have|has|had|need|needs|needed) to|(?:is|are|be|was|were) required|requires?|obliged|mandatory)\b/,
  ],
  [
    'permission',
    /\b(?:may|might|can|could|cannot|unable|able|allowed|permitted|entitled|(?:have|has) the right)\b|\bca(?=n't\b)/,
  ],
  ['advice', /\b(?:should|ought|recommend|recommended|advise|advised|best to|a good idea)\b/],
  ['certainty', /\b(?:will|won(?='t\b)|would|is going to|are going to)\b/],
];

/** Whether a clause is negated and how it binds the reader. */
export function signatureOf(clause: string): ClauseSignature {
  // The month "May" before a day or year is no permission.
  let lower = clause
    .replace(/\bMay(?=\.?\s+\d)/g, 'month')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  for (const phrase of NEUTRAL_NEGATIVE_PHRASES) lower = lower.replace(phrase, ' ');
  const negations = (lower.match(NEGATION_PATTERN) ?? []).length;
  const modalities = new Set<Modality>();
  for (const [modality, pattern] of MODALITY_PATTERNS) if (pattern.test(lower)) modalities.add(modality);
  // Two negations cancel out ("you cannot ignore it" keeps one; "not unable" is rare but positive).
  return { negated: negations % 2 === 1, modalities };
}
