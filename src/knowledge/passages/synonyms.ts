/**
 * Word lists for passage retrieval. People ask in their own words ("can they take my paycheck"), the
 * passages use the IRS's ("levy", "wages"): these tables bridge the two. Keys are lower case; the
 * retriever stems both sides, so one inflection per word is usually enough.
 */

/** Words separated by white space: long lists of single words read best as a block of text. */
function wordList(block: string): string[] {
  return block.split(/\s+/).filter((word) => word !== '');
}

/** Misspellings seen in real questions → the word meant. */
export const TYPO_FIXES: Readonly<Record<string, string>> = {
  recieved: 'received',
  recieve: 'receive',
  reciept: 'receipt',
  notcie: 'notice',
  noitce: 'notice',
  notive: 'notice',
  leter: 'letter',
  lettter: 'letter',
  paymnet: 'payment',
  payemnt: 'payment',
  payement: 'payment',
  paymet: 'payment',
  penality: 'penalty',
  penalities: 'penalties',
  pentalty: 'penalty',
  penelty: 'penalty',
  instalment: 'installment',
  installement: 'installment',
  instalement: 'installment',
  instllment: 'installment',
  garnishement: 'garnishment',
  garnishmnet: 'garnishment',
  garnishmen: 'garnishment',
  apeal: 'appeal',
  appel: 'appeal',
  apeel: 'appeal',
  levey: 'levy',
  leavy: 'levy',
  levie: 'levy',
  lein: 'lien',
  leins: 'liens',
  lean: 'lien',
  dissagree: 'disagree',
  disagre: 'disagree',
  abatment: 'abatement',
  compromize: 'compromise',
  comprimise: 'compromise',
  collectable: 'collectible',
  adress: 'address',
  deadlne: 'deadline',
  dealine: 'deadline',
  passprot: 'passport',
  pasport: 'passport',
  scaam: 'scam',
  scamm: 'scam',
  refnd: 'refund',
  refound: 'refund',
  intrest: 'interest',
  advocat: 'advocate',
  attorny: 'attorney',
  lawer: 'lawyer',
  paycheque: 'paycheck',
  cant: 'cannot',
  wont: 'will not',
  dont: 'do not',
  didnt: 'did not',
  havent: 'have not',
  isnt: 'is not',
  doesnt: 'does not',
  wasnt: 'was not',
  im: 'i am',
  ive: 'i have',
  theyre: 'they are',
  whats: 'what is',
  thats: 'that is',
};

/** One word → words the passages use; the question keeps its own word and gains these. */
export const WORD_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  garnish: ['levy', 'wages'],
  garnishment: ['levy', 'wages'],
  garnishee: ['levy', 'wages'],
  seize: ['levy'],
  seizure: ['levy'],
  confiscate: ['levy'],
  freeze: ['levy', 'bank'],
  frozen: ['levy', 'bank'],
  paycheck: ['wages', 'levy'],
  salary: ['wages', 'levy'],
  wage: ['wages', 'levy'],
  earnings: ['wages'],
  liens: ['lien'],
  installment: ['installment', 'plan'],
  monthly: ['installment', 'monthly'],
  arrangement: ['plan', 'installment'],
  fake: ['scam', 'real'],
  fraud: ['scam', 'real'],
  fraudulent: ['scam', 'real'],
  phishing: ['scam', 'impersonation'],
  phony: ['scam', 'real'],
  bogus: ['scam', 'real'],
  scammer: ['scam', 'impersonation'],
  scammy: ['scam', 'real'],
  sketchy: ['scam', 'real'],
  suspicious: ['scam', 'real'],
  shady: ['scam', 'real'],
  impersonator: ['scam', 'impersonation'],
  imposter: ['scam', 'impersonation'],
  impostor: ['scam', 'impersonation'],
  hoax: ['scam', 'real'],
  legit: ['real', 'verify', 'scam'],
  legitimate: ['real', 'verify', 'scam'],
  genuine: ['real', 'verify'],
  authentic: ['real', 'verify'],
  confirm: ['verify', 'real'],
  waive: ['relief', 'remove', 'penalty'],
  forgive: ['relief', 'remove', 'penalty'],
  forgiveness: ['relief', 'remove', 'penalty'],
  abate: ['relief', 'remove', 'abatement'],
  abatement: ['relief', 'remove'],
  erase: ['relief', 'remove'],
  eliminate: ['relief', 'remove'],
  reduce: ['relief', 'less'],
  settle: ['compromise', 'offer', 'less'],
  settlement: ['compromise', 'offer', 'less'],
  negotiate: ['compromise', 'offer', 'plan'],
  disagree: ['disagree', 'appeal', 'dispute'],
  dispute: ['disagree', 'appeal'],
  contest: ['disagree', 'appeal', 'dispute'],
  challenge: ['disagree', 'appeal', 'court'],
  fight: ['disagree', 'appeal', 'dispute'],
  object: ['disagree', 'appeal'],
  incorrect: ['wrong', 'mistake', 'check'],
  error: ['mistake', 'wrong'],
  judge: ['court', 'petition'],
  sue: ['court', 'petition'],
  lawsuit: ['court', 'petition'],
  lawyer: ['professional', 'attorney', 'representative'],
  attorney: ['professional', 'representative'],
  accountant: ['professional', 'cpa'],
  preparer: ['professional', 'representative'],
  expert: ['professional'],
  represent: ['representative'],
  representation: ['representative'],
  poa: ['power', 'attorney', 'representative'],
  travel: ['passport', 'travel'],
  trip: ['passport', 'travel'],
  vacation: ['passport', 'travel'],
  abroad: ['outside', 'united', 'states'],
  overseas: ['outside', 'united', 'states'],
  ssa: ['social', 'security'],
  pension: ['retirement', 'benefits'],
  human: ['contact', 'call'],
  speak: ['contact', 'call'],
  talk: ['contact', 'call'],
  afford: ['pay', 'hardship'],
  broke: ['pay', 'hardship'],
  unemployed: ['hardship', 'pay'],
  jobless: ['hardship', 'pay'],
  struggling: ['hardship', 'pay'],
  postmark: ['mail', 'postmark'],
  envelope: ['mail'],
  usps: ['mail', 'postmark'],
  clinic: ['clinic', 'low', 'income'],
  cheap: ['free', 'clinic', 'fee'],
  audit: ['audit', 'exam'],
  audited: ['audit', 'exam'],
  unfiled: ['file', 'missing', 'return'],
  nonfiler: ['file', 'missing', 'return'],
  amend: ['amended', 'change'],
  fined: ['penalty'],
  fines: ['penalty'],
  arrest: ['arrest', 'police', 'scam'],
  jail: ['arrest', 'police', 'scam'],
  prison: ['arrest', 'police', 'scam'],
  police: ['arrest', 'police', 'scam'],
  cops: ['arrest', 'police', 'scam'],
  warrant: ['arrest', 'police', 'scam'],
  itunes: ['gift', 'card', 'scam'],
  bitcoin: ['gift', 'card', 'scam'],
  crypto: ['gift', 'card', 'scam'],
  cryptocurrency: ['gift', 'card', 'scam'],
  zelle: ['wire', 'scam'],
  venmo: ['wire', 'scam'],
  cashapp: ['wire', 'scam'],
  miscalculation: ['math', 'error'],
  calculation: ['math', 'calculation'],
  calculate: ['math', 'calculation'],
  ignored: ['ignore'],
  escalate: ['ignore', 'next'],
  cnc: ['currently', 'collectible'],
  oic: ['offer', 'compromise'],
  tas: ['taxpayer', 'advocate'],
  litc: ['low', 'income', 'clinic'],
  snod: ['notice', 'deficiency'],
  nftl: ['lien', 'notice'],
  christmas: ['holiday'],
  thanksgiving: ['holiday'],
  saturday: ['weekend', 'saturday'],
  sunday: ['weekend', 'sunday'],
  proof: ['proof', 'documents'],
  receipts: ['documents', 'receipts'],
  paperwork: ['documents', 'paperwork'],
  transcript: ['records'],
  cost: ['fee', 'cost'],
  costs: ['fee', 'cost'],
  charge: ['fee', 'cost'],
  job: ['hardship', 'income', 'pay'],
  laid: ['hardship', 'income'],
  fired: ['hardship', 'income'],
  hospital: ['reasonable', 'cause', 'relief'],
  sick: ['reasonable', 'cause', 'relief'],
  illness: ['reasonable', 'cause', 'relief'],
  surgery: ['reasonable', 'cause', 'relief'],
  died: ['reasonable', 'cause', 'relief'],
  death: ['reasonable', 'cause', 'relief'],
  funeral: ['reasonable', 'cause', 'relief'],
  disaster: ['reasonable', 'cause', 'relief'],
  hurricane: ['reasonable', 'cause', 'relief'],
  flood: ['reasonable', 'cause', 'relief'],
  fire: ['reasonable', 'cause', 'relief'],
  accident: ['reasonable', 'cause', 'relief'],
  daughter: ['relative', 'representative'],
  son: ['relative', 'representative'],
  mom: ['relative', 'representative'],
  dad: ['relative', 'representative'],
  mother: ['relative', 'representative'],
  father: ['relative', 'representative'],
  brother: ['relative', 'representative'],
  sister: ['relative', 'representative'],
  friend: ['relative', 'representative'],
  husband: ['spouse', 'relative'],
  heard: ['answer', 'follow'],
  checking: ['bank', 'account'],
  savings: ['bank', 'account'],
  emptied: ['levy', 'bank'],
  drained: ['levy', 'bank'],
  house: ['property', 'levy'],
  home: ['property', 'home'],
  car: ['property', 'levy'],
  truck: ['property', 'levy'],
  property: ['property', 'levy', 'lien'],
  wife: ['spouse', 'relative'],
};

/**
 * Words that place a question in this assistant's field. A question with none of them ("a good name
 * for a cat") needs a higher share of known words to be answered.
 */
export const DOMAIN_WORDS: readonly string[] = wordList(`
  irs tax taxes notice letter bill owe debt balance pay payment paid penalty interest levy lien
  garnish garnishment seize refund return file filing form hearing appeal court deadline plan
  installment offer compromise scam fake fraud audit advocate collection collect passport wages
  paycheck salary bank security treasury cpa attorney lawyer accountant representative abatement waive
  postmark documents records receipts proof amended irs.gov legit deficiency protest dispute disagree
  owed respond reply response math amount calculation penalties money
`);

/** Phrases whose meaning is more than their words → words the passages use. Matched on lower-case text. */
export const PHRASE_EXPANSIONS: readonly { readonly pattern: RegExp; readonly adds: readonly string[] }[] = [
  {
    pattern:
      /\bpayment plans?\b|\bpay(?:ing)? (?:it |this |that )?(?:off )?(?:in|over) (?:installments|time|months|parts)\b|\bmonthly payments?\b|\bpay (?:it |this )?(?:monthly|each month|every month)\b|\bpay (?:a )?little (?:at a time|each month)\b/,
    adds: ['installment', 'plan', 'monthly'],
  },
  {
    pattern:
      /\b(?:take|taking|took|takes|grab|grabbing|empty|emptied|clean out|drain|drained|go after|come after|coming after)\b.{0,25}\b(?:paycheck|paychecks|check|wages?|salary|pay|bank|account|money|house|home|car|property|benefits|savings|stuff)\b/,
    adds: ['levy'],
  },
  {
    pattern:
      /\b(?:cannot|can not|unable to|not able to|do not have|no way to|too broke to)\b.{0,20}\b(?:pay|afford)\b|\bno money\b/,
    adds: ['cannot', 'pay', 'hardship'],
  },
  {
    pattern: /\b(?:is|are) (?:this|these|it|that) (?:real|legit|fake|a scam|for real)\b/,
    adds: ['scam', 'real', 'verify'],
  },
  { pattern: /\b(?:really|actually) from (?:the )?irs\b/, adds: ['real', 'verify'] },
  {
    pattern: /\b(?:get rid of|take off|taken off|take away|knock off|drop|remove|removed)\b.{0,25}\bpenalt/,
    adds: ['relief', 'remove', 'penalty'],
  },
  {
    pattern: /\bpenalt\w*\b.{0,25}\b(?:removed|taken off|dropped|waived|forgiven)\b/,
    adds: ['relief', 'remove'],
  },
  {
    pattern:
      /\bhow long\b|\bhow many days\b|\bhow much time\b|\btime limit\b|\bwhen (?:is|do|does|must|should) .{0,20}\b(?:due|respond|pay|reply|answer)\b/,
    adds: ['deadline', 'days'],
  },
  {
    pattern: /\b(?:take|taking|drag|bring)\b.{0,20}\bto (?:tax )?court\b|\bgo to (?:tax )?court\b/,
    adds: ['court', 'petition'],
  },
  {
    pattern: /\b(?:more|extra|additional|few more) (?:time|months|days|weeks)\b|\bextension to pay\b/,
    adds: ['short', 'term', 'plan', 'time'],
  },
  { pattern: /\bhow much (?:does|do|is|will|would) .{0,30}\b(?:cost|charge)\b/, adds: ['fee', 'cost'] },
  { pattern: /\blost (?:my|his|her|our) (?:job|income|work)\b/, adds: ['hardship', 'cannot', 'pay'] },
  {
    pattern:
      /\b(?:have not|did not|never|not) (?:heard|gotten|received) (?:back|anything|a reply|an answer)\b|\bno (?:answer|reply|response)\b/,
    adds: ['follow', 'answer', 'next', 'waiting'],
  },
  {
    pattern:
      /\bstill\b.{0,25}\bhearing\b|\blate\b.{0,25}\bhearing\b|\bhearing\b.{0,25}\b(?:late|passed|missed)\b/,
    adds: ['equivalent', 'missed', 'late'],
  },
  {
    pattern:
      /\b(?:someone|somebody|lawyer|accountant|son|daughter|wife|husband|spouse|relative|friend|mom|dad|mother|father|family member|preparer)\b.{0,20}\b(?:call|talk|speak|deal|handle)\b.{0,20}\b(?:for me|on my behalf|for us|with the irs)\b/,
    adds: ['representative', 'power', 'attorney', 'authorization'],
  },
  {
    pattern:
      /\b(?:talk|speak) (?:to|with) (?:a|an|someone|somebody|a real)?\s?(?:human|person|agent|someone|somebody)\b/,
    adds: ['contact', 'call', 'phone'],
  },
  {
    pattern: /\bphone number\b|\bwhat number\b|\bnumber to call\b|\bcall the irs\b/,
    adds: ['phone', 'contact'],
  },
  {
    pattern: /\b(?:did not|never|have not|not) (?:file|filed)\b|\bforgot to file\b/,
    adds: ['missing', 'return', 'file'],
  },
  {
    pattern: /\bmissed (?:the |a |my )?(?:deadline|date|window)\b|\btoo late\b|\bdeadline (?:has )?passed\b/,
    adds: ['missed', 'deadline', 'late'],
  },
  { pattern: /\bkeep (?:track|records|notes)\b/, adds: ['log', 'record', 'keep'] },
  {
    pattern:
      /\bwhat (?:do|should) i (?:send|gather|need to send|include)\b|\bwhat documents\b|\bwhat papers\b/,
    adds: ['documents', 'gather'],
  },
  { pattern: /\bwhat (?:should|do) i say\b|\bwhat to say\b/, adds: ['script', 'call', 'opening'] },
  { pattern: /\bhardship status\b|\bnot collectible\b/, adds: ['currently', 'collectible'] },
  { pattern: /\boffer in compromise\b|\bpennies on the dollar\b/, adds: ['offer', 'compromise'] },
  {
    pattern: /\b(?:tax|payroll) (?:trust fund|withholding)\b|\btrust fund\b/,
    adds: ['trust', 'fund', 'penalty', 'protest'],
  },
  { pattern: /\bpower of attorney\b/, adds: ['representative', 'power', 'attorney'] },
  { pattern: /\bsocial security\b/, adds: ['social', 'security', 'benefits'] },
  { pattern: /\bgift cards?\b|\bwire (?:transfer|money)\b/, adds: ['gift', 'card', 'scam'] },
  { pattern: /\bdo nothing\b|\bignore (?:it|this|the)\b/, adds: ['ignore', 'nothing'] },
  {
    pattern:
      /\b(?:did not|forgot to|failed to|never|not) report\b|\bunreported\b|\bleft (?:off|out) .{0,20}\bincome\b/,
    adds: ['unreported', 'income', 'match'],
  },
  {
    pattern: /\balready (?:paid|sent (?:the |my )?payment|made (?:the |a )?payment)\b/,
    adds: ['proof', 'payment', 'count', 'confirmation'],
  },
  { pattern: /\bwhy do i owe\b|\bwhy (?:am i|was i) (?:getting|billed)\b/, adds: ['reason', 'cause', 'owe'] },
];

/** Words that carry no topic, including the distress words of a frightened or angry reader. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  a about after again all also am an and any anyone anything are as at be been before being but by can
  could did do does doing done for from get gets getting got had has have having he her here hers him
  his how i if in into is it its just know let like me mine more most much must my myself need needs
  now of ok okay on one only or our out over please she should so some something still such sure than
  that the their them then there these they thing things this those to too up us very want wants was
  we were what when where which while who why will with would yes yet you your yours hi hello hey
  thanks thank thx pls plz u ur r guys man dude really actually basically literally honestly seriously
  totally even kind sort lot lots tell explain mean means say says said go going gonna wanna gotta
  think anyway maybe today yesterday tomorrow week soon right scared afraid panic panicking worried
  worry nervous freaking freak stressed terrified angry mad upset furious confused wtf omg damn damned
  hell crap stupid ridiculous bs ugh jeez geez god dear idk no not don t s ever never already same
  other another each every someone somebody anybody everyone people person guy lady stuff way ways via
  per ive theyre since ago everything anymore between versus vs good best bad nice great
  `),
);
