/**
 * The reviewed plain-word table: for a word the passages use, the words a paraphrase may use in its place.
 * A paraphrase and its passages are compared after folding each `plain` word to its `passage` word (any
 * inflection: "describes" folds like "describe"). Reviewed pair by pair: a pair belongs here only when the
 * swap keeps the meaning in every passage that uses the word ("receive" → "get"), never for a near miss
 * ("call" is not "contact": one is a phone, the other any channel; "lien" is not "levy"; "dispute" is
 * not "disagree": one is a formal step). `passage` is a word of the passages, or a word the checks treat as
 * carrying no claim ("additional" → "more").
 */
export type PlainWords = { passage: string; plain: readonly string[] };

export const PLAIN_WORD_TABLE: readonly PlainWords[] = [
  // Parties
  { passage: 'irs', plain: ['agency'] },
  { passage: 'people', plain: ['taxpayer', 'taxpayers', 'individual', 'individuals'] },
  { passage: 'someone', plain: ['somebody'] },
  { passage: 'attorney', plain: ['lawyer'] },
  // Doing
  { passage: 'get', plain: ['receive', 'obtain', 'got', 'gotten'] },
  { passage: 'ask', plain: ['request'] },
  { passage: 'help', plain: ['assist', 'assistance', 'aid'] },
  { passage: 'start', plain: ['begin', 'commence'] },
  { passage: 'tell', plain: ['inform', 'notify'] },
  { passage: 'contact', plain: ['reach'] },
  { passage: 'take', plain: ['seize'] },
  { passage: 'check', plain: ['verify', 'confirm'] },
  { passage: 'pick', plain: ['choose', 'select'] },
  { passage: 'give', plain: ['provide'] },
  { passage: 'find', plain: ['locate'] },
  { passage: 'respond', plain: ['reply', 'answer', 'response'] },
  { passage: 'explain', plain: ['describe'] },
  { passage: 'mail', plain: ['postmarked', 'mailed', 'post', 'posted'] },
  { passage: 'send', plain: ['sent', 'submit'] },
  { passage: 'allow', plain: ['permit', 'let', 'lets'] },
  { passage: 'keep', plain: ['retain'] },
  { passage: 'review', plain: ['examine'] },
  { passage: 'pay', plain: ['afford'] },
  { passage: 'change', plain: ['alter', 'modify'] },
  { passage: 'use', plain: ['utilize'] },
  { passage: 'end', plain: ['terminate', 'termination'] },
  { passage: 'stop', plain: ['halt'] },
  { passage: 'stay', plain: ['remain', 'remains'] },
  { passage: 'include', plain: ['contain'] },
  { passage: 'ignore', plain: ['disregard'] },
  { passage: 'want', plain: ['wish'] },
  { passage: 'believe', plain: ['think'] },
  { passage: 'qualify', plain: ['eligible'] },
  { passage: 'propose', plain: ['suggest'] },
  { passage: 'warn', plain: ['caution'] },
  { passage: 'grow', plain: ['increase'] },
  { passage: 'show', plain: ['list', 'listed'] },
  { passage: 'fit', plain: ['suit', 'suits'] },
  { passage: 'talk', plain: ['speak'] },
  // Things
  { passage: 'money', plain: ['funds'] },
  { passage: 'papers', plain: ['documents', 'document', 'paperwork'] },
  { passage: 'notice', plain: ['letter', 'letters', 'notification'] },
  { passage: 'cost', plain: ['fee', 'fees', 'charge', 'charges', 'charged'] },
  { passage: 'owe', plain: ['unpaid', 'owed', 'owing', 'debt', 'balance'] },
  { passage: 'website', plain: ['site', 'web', 'online', 'internet'] },
  { passage: 'mistake', plain: ['error', 'errors'] },
  { passage: 'proof', plain: ['evidence'] },
  { passage: 'information', plain: ['details', 'info'] },
  { passage: 'property', plain: ['assets'] },
  { passage: 'wages', plain: ['paycheck', 'paychecks'] },
  { passage: 'levy', plain: ['garnish', 'garnishment'] },
  { passage: 'option', plain: ['choice', 'choices'] },
  { passage: 'law', plain: ['statute'] },
  { passage: 'intent', plain: ['intention'] },
  { passage: 'way', plain: ['method'] },
  { passage: 'phone', plain: ['telephone'] },
  // Qualities and times
  { passage: 'more', plain: ['additional', 'extra', 'further'] },
  { passage: 'about', plain: ['approximately', 'roughly', 'around'] },
  { passage: 'wrong', plain: ['incorrect', 'mistaken', 'inaccurate'] },
  { passage: 'late', plain: ['overdue'] },
  { passage: 'full', plain: ['entire', 'whole'] },
  { passage: 'before', plain: ['prior'] },
  { passage: 'fast', plain: ['quickly', 'soon', 'shortly'] },
  { passage: 'amount', plain: ['sum'] },
  { passage: 'real', plain: ['genuine', 'authentic'] },
  { passage: 'last', plain: ['final'] },
  { passage: 'together', plain: ['combined'] },
  { passage: 'later', plain: ['afterwards'] },
];

/**
 * Phrases a plain-language editor swaps for one another, folded to one form before words are cut. Same
 * review as the table above.
 */
export const PLAIN_PHRASES: readonly [RegExp, string][] = [
  [/\binstallment (?:agreement|plan)s?\b/g, 'payment plan'],
  [/\bmonthly payment plans?\b/g, 'payment plan'],
  [/\bright away\b|\bat once\b|\bimmediately\b/g, 'promptly'],
  [/\bin order to\b/g, 'to'],
  [/\bget in touch with\b|\bget in touch\b/g, 'contact'],
  [/\bget hold of\b/g, 'contact'],
  [/\bfind out\b/g, 'learn'],
  [/\bset up\b/g, 'arrange'],
  [/\bgo up\b|\bgoes up\b/g, 'grow'],
  [/\ba lot of\b|\blots of\b/g, 'many'],
  [/\bu\.?s\.?\b/g, 'us'],
  [/\btax code\b/g, 'code'],
  [/\binternal revenue service\b/g, 'irs'],
  [/\bhold on to\b|\bhang on to\b/g, 'keep'],
  [/\b(?:is|are) cheaper\b/g, 'costs less'],
  [/\bmake sure\b/g, 'check'],
  // "A notice lets you challenge" says what "with a notice, you can challenge" says: the reader may.
  [/\b(?:lets|allows) you(?: to)?\b/g, 'you can'],
  // Signposts that introduce a restatement or a summary and add nothing to it.
  [
    /\bput simply\b|\bin short\b|\bin other words\b|\b(?:the )?bottom line\b|\bin plain (?:terms|words|english)\b|\bto sum (?:it )?up\b|\bin summary\b|\b(?:the )?(?:main|key) (?:point|thing)s?\b|\bwhat this means for you\b|\bput another way\b/g,
    'simply',
  ],
];

/**
 * Plain words a rewrite may add without changing what is said: signposts and connective words of a
 * plain-language editor. Reviewed: none of them names a party, a thing or a time, and none turns a
 * statement into another ("get one" adds nothing to "a plan is available").
 */
export const PLAIN_ADDITIONS: readonly string[] = (
  'mean means meaning note noted important example instance way ways thing things kind ' +
  'word words simple plain short case step steps part first next later ' +
  'like help helps please one get'
).split(' ');
