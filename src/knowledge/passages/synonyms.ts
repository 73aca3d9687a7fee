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
  passort: 'passport',
  paspport: 'passport',
  atorney: 'attorney',
  attourney: 'attorney',
  acountant: 'accountant',
  accountent: 'accountant',
  accoutant: 'accountant',
  interst: 'interest',
  intrests: 'interest',
  cheque: 'check',
  cheques: 'checks',
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

/** What the passages say about living abroad: notices addressed outside the United States, 150 days. */
const ABROAD: readonly string[] = ['outside', 'united', 'states', 'addressed', '150'];

/** Places outside the United States people name when they ask whether living abroad changes a deadline. */
const COUNTRY_WORDS: readonly string[] = wordList(`
  canada mexico germany france italy spain portugal ireland england scotland wales britain uk london
  netherlands belgium switzerland austria sweden norway denmark finland poland greece israel turkey
  japan china india korea philippines vietnam thailand singapore australia zealand brazil argentina
  colombia peru chile panama dubai emirates europe asia africa
`);

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
  cpa: ['professional'],
  hire: ['professional', 'representative'],
  bookkeeper: ['professional', 'preparer'],
  advisor: ['professional'],
  adviser: ['professional'],
  consultant: ['professional'],
  counsel: ['attorney', 'professional'],
  taxpro: ['professional'],
  preparer: ['professional', 'representative'],
  expert: ['professional'],
  represent: ['representative'],
  representation: ['representative'],
  poa: ['power', 'attorney', 'representative'],
  travel: ['passport', 'travel'],
  trip: ['passport', 'travel'],
  vacation: ['passport', 'travel'],
  abroad: ABROAD,
  overseas: ABROAD,
  expat: ABROAD,
  expatriate: ABROAD,
  foreign: ABROAD,
  international: ABROAD,
  emigrated: ABROAD,
  nonresident: ABROAD,
  cp: ['notice', 'code'],
  lt: ['notice', 'code'],
  permission: ['authorization', 'representative', 'power', 'attorney'],
  authorize: ['authorization', 'representative', 'power', 'attorney'],
  authorization: ['authorization', 'representative'],
  consent: ['authorization', 'representative'],
  rent: ['living', 'costs', 'hardship'],
  mortgage: ['living', 'costs', 'hardship'],
  groceries: ['living', 'costs', 'hardship'],
  food: ['living', 'costs', 'hardship'],
  utilities: ['living', 'costs', 'hardship'],
  childcare: ['living', 'costs', 'hardship'],
  hospice: ['reasonable', 'cause', 'relief'],
  cancer: ['reasonable', 'cause', 'relief'],
  chemo: ['reasonable', 'cause', 'relief'],
  stroke: ['reasonable', 'cause', 'relief'],
  covid: ['reasonable', 'cause', 'relief'],
  dementia: ['reasonable', 'cause', 'relief'],
  caregiver: ['reasonable', 'cause', 'relief'],
  deployed: ['reasonable', 'cause', 'relief'],
  renew: ['passport', 'application'],
  renewal: ['passport', 'application'],
  disability: ['hardship', 'benefits'],
  disabled: ['hardship', 'benefits'],
  ...Object.fromEntries(COUNTRY_WORDS.map((word) => [word, ABROAD])),
  shred: ['keep', 'copy', 'records', 'folder'],
  toss: ['keep', 'copy', 'records', 'folder'],
  discard: ['keep', 'copy', 'records', 'folder'],
  trash: ['keep', 'copy', 'records', 'folder'],
  dispose: ['keep', 'copy', 'records', 'folder'],
  store: ['keep', 'copy', 'records', 'folder'],
  ssa: ['social', 'security'],
  pension: ['retirement', 'benefits'],
  human: ['contact', 'call'],
  voicemail: ['call', 'phone'],
  robocall: ['call', 'phone', 'scam'],
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
  // Asked as "can I pay with Venmo?": the answer is the payment options, and why a demand for one is a scam.
  zelle: ['payment', 'options', 'online', 'wire'],
  venmo: ['payment', 'options', 'online', 'wire'],
  cashapp: ['payment', 'options', 'online', 'wire'],
  paypal: ['payment', 'options', 'online', 'card'],
  applepay: ['payment', 'options', 'online', 'card'],
  googlepay: ['payment', 'options', 'online', 'card'],
  visa: ['card', 'payment', 'options'],
  mastercard: ['card', 'payment', 'options'],
  amex: ['card', 'payment', 'options'],
  debit: ['card', 'bank', 'payment'],
  ach: ['bank', 'account', 'online', 'payment'],
  eftps: ['bank', 'online', 'payment'],
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
export type PhraseExpansion = {
  readonly pattern: RegExp;
  readonly adds: readonly string[];
  /** The phrase names one thing ("apple pay", "money order"): every word in it takes its meaning. */
  readonly namesThing?: boolean;
};

export const PHRASE_EXPANSIONS: readonly PhraseExpansion[] = [
  {
    pattern:
      /\bpayment plans?\b|\bpay(?:ing)? (?:it |this |that |the \w+ )?(?:off )?(?:in|over) (?:\w+ ){0,4}(?:installments|time|months|weeks|years|parts)\b|\bmonthly payments?\b|\bpay (?:it |this )?(?:monthly|each month|every month)\b|\bpay (?:a )?little (?:at a time|each month)\b/,
    adds: ['installment', 'plan', 'monthly'],
  },
  {
    pattern:
      /\b(?:take|taking|took|takes|grab|grabbing|empty|emptied|clean out|drain|drained|go after|come after|coming after)\b.{0,25}\b(?:paycheck|paychecks|check|wages?|salary|pay|bank|account|money|house|home|car|property|benefits|savings|stuff)\b/,
    adds: ['levy'],
  },
  {
    pattern:
      /\b(?:cannot|can not|unable to|not able to|do not have|no way to|too broke to|barely|hardly|struggling to|struggle to)\b.{0,20}\b(?:pay|afford)\b|\bno money\b/,
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
      /\b(?:nobody|no one|not|never) (?:has |have )?(?:answered|responded|replied|helped|called back)\b|\b(?:waiting|waited|been waiting) (?:for )?(?:\w+ ){0,3}(?:months|weeks)\b|\b(?:stuck|getting nowhere|going nowhere|runaround|run around)\b/,
    adds: ['taxpayer', 'advocate', 'stuck', 'response', 'follow'],
  },
  {
    pattern:
      /\bstill\b.{0,25}\bhearing\b|\blate\b.{0,25}\bhearing\b|\bhearing\b.{0,25}\b(?:late|passed|missed)\b/,
    adds: ['equivalent', 'missed', 'late'],
  },
  {
    pattern:
      /\b(?:someone|somebody|lawyer|accountant|son|daughter|wife|husband|spouse|relative|friend|mom|dad|mother|father|family member|preparer)\b.{0,20}\b(?:call|talk|speak|deal|handle)\b.{0,20}\b(?:for me|on my behalf|for us|with the irs|instead of me)\b/,
    adds: ['representative', 'power', 'attorney', 'authorization'],
  },
  {
    pattern:
      /\b(?:talk|speak) (?:to|with) (?:a|an|someone|somebody|a real)?\s?(?:human|person|agent|someone|somebody)\b/,
    adds: ['contact', 'call', 'phone'],
  },
  {
    pattern:
      /\bphone number\b|\bwhat number\b|\bnumber to call\b|\bcall the irs\b|\bwho (?:do|should|can|would|will|could) (?:i|we) (?:call|phone|ring|contact|reach)\b/,
    adds: ['phone', 'contact', 'reach'],
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
  {
    pattern: /\bwhat (?:should|do|can|would) i (?:say|tell|ask)\b|\bwhat to (?:say|tell|ask)\b/,
    adds: ['script', 'call', 'opening'],
  },
  { pattern: /\bhardship status\b|\bnot collectible\b/, adds: ['currently', 'collectible'] },
  { pattern: /\boffer in compromise\b|\bpennies on the dollar\b/, adds: ['offer', 'compromise'] },
  {
    pattern: /\b(?:tax|payroll) (?:trust fund|withholding)\b|\btrust fund\b/,
    adds: ['trust', 'fund', 'penalty', 'protest'],
  },
  { pattern: /\bpower of attorney\b/, adds: ['representative', 'power', 'attorney'] },
  { pattern: /\bsocial security\b/, adds: ['social', 'security', 'benefits'] },
  { pattern: /\bgift cards?\b|\bwire (?:transfer|money)\b/, adds: ['gift', 'card', 'scam'] },
  {
    pattern:
      /\bdo nothing\b|\bignore (?:it|this|the)\b|\bforget (?:about )?(?:it|this|the \w+)\b|\bpretend\b/,
    adds: ['ignore', 'nothing'],
  },
  {
    pattern:
      /\bpay (?:it all|all of it|everything|the (?:whole |full )?(?:balance|amount|thing)|in full|off)\b(?: \w+){0,2} (?:in|within) (?:\w+ )?(?:days|weeks|months)\b/,
    adds: ['short', 'term', 'plan', '180'],
  },
  {
    pattern:
      /\b(?:did not|forgot to|failed to|never|not) report\b|\bunreported\b|\bleft (?:off|out) .{0,20}\bincome\b|\b(?:1099|w 2|w2|income|wages)\b(?: \w+){0,2} (?:was not|were not|not|missing) (?:on|in|from|included)\b/,
    adds: ['unreported', 'income', 'match'],
  },
  {
    pattern: /\balready (?:paid|sent (?:the |my )?payment|made (?:the |a )?payment)\b/,
    adds: ['proof', 'payment', 'count', 'confirmation'],
  },
  { pattern: /\bwhy do i owe\b|\bwhy (?:am i|was i) (?:getting|billed)\b/, adds: ['reason', 'cause', 'owe'] },
  {
    pattern:
      /\bskip(?:ped)? (?:a |one |this |next )?(?:month|payment)\b|\bmiss(?:ed)? (?:a |one |my )?(?:monthly )?payment\b/,
    adds: ['missed', 'payment', 'default'],
  },
  {
    pattern: /\b(?:debit|credit|prepaid|bank) cards?\b|\b(?:apple|google|samsung) pay\b|\bcash app\b/,
    adds: ['card', 'payment', 'options', 'online'],
    namesThing: true,
  },
  {
    pattern:
      /\bmoney orders?\b|\b(?:cashiers|personal|paper) checks?\b|\b(?:by|with|send|mail) (?:a )?check\b/,
    adds: ['check', 'money', 'order', 'mail', 'payment'],
    namesThing: true,
  },
  {
    pattern:
      /\b(?:best|safest|safe|right|correct|easiest|fastest|quickest|proper) (?:way|ways|method) to (?:pay|send)\b/,
    adds: ['payment', 'options', 'online', 'check', 'card', 'safely'],
  },
  {
    pattern:
      /\b(?:fee|fees|cost|costs|charge)\b(?: \w+){0,6} (?:plan|installment|agreement)\b|\b(?:plan|installment|agreement)\b(?: \w+){0,6} (?:fee|fees|cost|costs)\b|\bset ?up fees?\b/,
    adds: ['setup', 'fee', 'user'],
  },
  {
    pattern:
      /\bmail\w*\b(?: \w+){0,6} (?:last day|deadline|due date|on time|in time|late)\b|\b(?:last day|deadline|due date)\b(?: \w+){0,6} mail\w*\b|\b(?:send|sent) (?:it )?certified\b/,
    adds: ['postmark', 'mailing', 'time', 'certified'],
  },
  {
    pattern:
      /\b(?:lost|lose|misplaced|missing|cannot find|can not find|did not get|never got|never credited|not credited|not showing|does not show)\b(?: \w+){0,4} (?:payment|payments|check)\b|\b(?:payment|payments|check)\b(?: \w+){0,3} (?:lost|missing|not credited|not applied|not showing|disappeared|vanished)\b/,
    adds: ['missing', 'payment', 'removed', 'misapplied', 'proof'],
  },
  {
    pattern:
      /\b(?:voicemail|voice mail|robocall|robo call|text|texted|email|emailed|call|called|caller)\b(?: \w+){0,8} (?:lawsuit|sue|suing|sued|warrant|arrest|arrested|police|deport|deported|jail|suspended)\b/,
    adds: ['scam', 'impersonation', 'real', 'verify'],
  },
  {
    pattern:
      /\b(?:4th|fourth) of july\b|\bindependence day\b|\bmemorial day\b|\blabor day\b|\bnew years?(?: day| eve)?\b|\bveterans day\b|\bcolumbus day\b|\bjuneteenth\b|\bpresidents day\b|\bmartin luther king\b|\bmlk day\b|\bholidays?\b/,
    adds: ['holiday', 'next', 'day'],
    namesThing: true,
  },
  {
    pattern:
      /\bwhat (?:should|do|must) (?:i|we) (?:not|never) do\b|\bwhat not to do\b|\bdos and donts\b|\bwhat (?:should|do) (?:i|we) avoid\b/,
    adds: ['mistakes', 'avoid'],
  },
  {
    pattern:
      /\b(?:ways?|how) (?:can i |do i |should i |to )?pay\b(?! (?:over|in|monthly|each|every|later|less|it off|off))|\bpayment (?:options|methods)\b/,
    adds: ['payment', 'options', 'online', 'check', 'card'],
  },
  {
    // "pay with Klarna": whatever the name, the question is how a payment can be made.
    pattern: /\bpay (?:it |this |the irs |them )?(?:by|with|using|via|through) (?:a |my |an )?\w+/,
    adds: ['payment', 'options', 'online', 'check', 'card'],
    namesThing: true,
  },
  {
    pattern:
      /\b(?:(?:live|living|lives|moved|reside|residing|stationed|based|deployed|work|working) )?(?:outside (?:of )?(?:the )?(?:us|usa|u s|united states|america|states|country)|out of (?:the )?country|(?:in|to) (?:a |another )?foreign country|(?:abroad|overseas))\b/,
    adds: ABROAD,
  },
  {
    pattern: new RegExp(
      `\\b(?:live|living|lives|moved|moving|reside|residing|stationed|based|deployed|relocated) (?:in|to) (?:${COUNTRY_WORDS.join('|')})\\b`,
    ),
    adds: ABROAD,
  },
  {
    pattern:
      /\b(?:throw|throwing|threw|toss|tossing|chuck|bin)\b(?: \w+){0,3} (?:away|out)\b|\b(?:hang|hold|keep) on ?to\b|\bget rid of (?:the |this |these |my |old )?(?:letters?|notices?|papers?|paperwork|mail)\b|\bhow long (?:should|do|must) i keep\b/,
    adds: ['keep', 'copy', 'records', 'folder', 'log'],
  },
  {
    pattern:
      /\b(?:interest|penalt\w*|fees?)\b(?: \w+){0,5} (?:so|too|very|crazy|insanely|ridiculously|really|this|that) (?:high|much|big|large|expensive|steep)\b|\b(?:so much|so high|this much|that much) (?:in )?(?:interest|penalt\w*)\b|\bwhy (?:is|are|so) (?:the |my |their |much )?(?:interest|penalt\w*)\b/,
    adds: ['interest', 'penalty', 'rate', 'month', 'unpaid'],
  },
  {
    pattern:
      /\bwhy (?:is|do|does|are|did)\b(?: \w+){0,6} (?:so much|so high|this much|that much|more than)\b(?: \w+)?|\bhow did (?:they|the irs) (?:get|come up with|figure|calculate)\b|\bwhere did (?:\w+ ){0,3}(?:number|amount|figure|balance) come from\b/,
    adds: ['balance', 'amount', 'figured', 'reason', 'owe'],
  },
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
  thanks thank thx pls plz u ur r yall guys man dude really actually basically literally honestly seriously
  totally even kind sort lot lots tell explain mean means say says said go going gonna wanna gotta
  think anyway maybe today yesterday tomorrow week soon right scared afraid panic panicking worried
  worry nervous freaking freak stressed terrified angry mad upset furious confused wtf omg damn damned
  hell crap stupid ridiculous bs ugh jeez geez god dear idk no not don t s ever never already same
  other another each every someone somebody anybody everyone people person guy lady stuff way ways via
  per ive theyre since ago everything anymore between versus vs good best bad nice great
  `),
);

/**
 * Everyday words the passages never use that say nothing about the subject of a question. They weigh
 * little when judging confidence, and inside a matched phrase ("throw it away") they take its meaning.
 */
export const LIGHT_WORDS: readonly string[] = wordList(`
  high low big huge small large tiny expensive steep safe safely safer safest easier easiest faster
  fastest quicker quickest simplest true false fine normal usual possible allowed correct exact exactly
  whole entire real worth able barely hardly weird strange crazy insane unfair fair dumb
  happen happens happened happening start started begin look looking see seen show read understand
  understood try trying tried use used using come comes came coming went goes gone put give gave given
  wonder wondering supposed figure guess hope hoping wish wishing push pushed move moved lose lost
  hurt hurts affect affects damage ruin skip skipped throw threw throwing hang hold chuck bin rid
  question questions mess messed screw screwed trouble problem problems issue issues situation matter
  matters idea clue sense nobody everybody anybody nothing something whatever whenever wherever whoever
  somewhere anywhere everywhere against toward towards old older new newer citizen neighbor neighbors
  coworker coworkers boss ssn bc cuz tho rn lol smh fyi asap btw imo alright yeah yep nah
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday morning afternoon evening night
`);

/** Subjects no vetted passage covers: a question about one is refused, not answered with a near miss. */
export const UNCOVERED_SUBJECTS: readonly RegExp[] = [
  /\binnocent spouse\b|\bseparation of liability\b|\bequitable relief\b/,
  /\bidentity (?:theft|thief|thieves|stolen|was stolen|fraud)\b|\bstole (?:my|his|her|our) identity\b|\bidentity protection pin\b|\bip pin\b|\bform 14039\b/,
  // Preparing and filing a return, its credits and deductions: the assistant handles notices, not returns.
  /\b(?:how|where) (?:do|can|should|to) (?:i |we )?(?:file|do|prepare|e file|efile) (?:my |our )?(?:taxes|tax return|return)\b(?!.*\b(?:late|missing|past|old|back|unfiled|previous|prior|\d{4})\b)/,
  /\bturbotax\b|\bh r block\b|\bfree file\b|\btaxact\b|\bstart accepting (?:tax )?returns\b|\b(?:tax|filing) season\b/,
  /\btax credits?\b|\bearned income (?:tax )?credit\b|\beitc\b|\bstandard deduction\b|\bitemi[sz]\w*\b|\btax brackets?\b|\bfiling status\b|\bclaim (?:\w+ ){0,3}(?:as (?:a |my )?)?dependents?\b/,
  /\bfile (?:for )?an? (?:tax )?extension\b|\bfiling extension\b|\bextension (?:to|for) fil\w*\b|\bform 4868\b/,
  /\b(?:quarterly|estimated) (?:tax |taxes )?(?:payments?|taxes)\b(?!.{0,20}penalt)|\bw 4\b|\bw4\b/,
  /\b(?:is|are) (?:\w+ ){1,4}(?:taxable|taxed)\b|\bhow (?:is|are) (?:\w+ ){1,4}taxed\b|\b(?:gift|estate|inheritance) tax(?:es)?\b/,
  // Account chores with their own IRS processes: none has a vetted passage yet.
  /\b(?:change|update|changed|updating|changing) (?:my |our )?(?:mailing )?address\b|\bform 8822\b/,
  /\btranscripts?\b/,
  /\b(?:never|did not|have not|not) (?:get|got|gotten|receive|received|sent|send)\b(?: \w+){0,3} (?:w 2|w2|1099)s?\b|\bwhen (?:do|will|should|can) i (?:get|receive) (?:my )?(?:w 2|w2|1099)s?\b|\bform 4852\b/,
  /\b(?:get|apply for|obtain|need|request) (?:an? |my )?(?:new )?(?:ein|itin|employer identification number)\b/,
  /\bstimulus\b|\beconomic impact payments?\b|\brecovery rebate\b/,
  /\bstatus of (?:my |the |our )?(?:amended )?(?:tax )?(?:return|refund)\b|\bwhere is my amended\b/,
  /\b(?:deadline|due date|last day) (?:to|for) fil\w* (?:my |our |your )?(?:taxes|tax return|return)\b(?!.*\b(?:late|missing|past|old|back|unfiled|previous|prior)\b)|\btax day\b/,
  // Retirement savings, unless the IRS is levying them.
  /^(?!.*\b(?:levy|levied|levies|garnish\w*|seize|seized|take|took|taken)\b).*(?:\b401 ?k\b|\bira\b|\broth\b|\bsave for retirement\b|\bretirement (?:savings|planning|account)\b)/,
  /\bbecome an? (?:tax preparer|enrolled agent|cpa|accountant|tax attorney|irs agent)\b|\b(?:work|job|jobs|career|careers) (?:at|for|with) (?:the )?irs\b|\birs (?:jobs|careers|hiring)\b/,
  /\bdirect deposit\b/,
  // Rent and landlords: what owing the IRS does to a lease is no passage's subject (a levy on rent received is).
  /^(?!.*\b(?:levy|levied|levies|garnish\w*|seize|seized|take|takes|took|taken)\b).*\b(?:(?:my|our|the) rent|landlord|lease)\b/,
  // What the IRS sees of payment apps (1099-K reporting); paying the IRS through one is the payment passages' business.
  /^(?!.*\bpay\w* (?:\w+ ){0,4}(?:with|by|through|using|via|on)\b).*\b(?:venmo|paypal|cash ?app|zelle)\b/,
  // State taxes, unless the IRS is taking a state refund (a federal levy or offset, which is covered).
  /^(?!.*\b(?:levy|levied|levies|take|takes|took|taken|taking|offset|kept|keep|seize|seized|garnish\w*|applied)\b).*\bstate (?:income )?(?:tax|taxes|refund|return)\b/,
  // How crypto is taxed (a demand to pay in crypto is the scam passages' business).
  /\b(?:crypto\w*|bitcoin|btc|ethereum|nfts?)\b(?: \w+){0,5} (?:taxed|taxable|gains?|losses|basis|capital)\b|\b(?:taxed|taxable|gains?|capital gains|report|reporting|tax|taxes) (?:on |for )?(?:my |the )?(?:crypto\w*|bitcoin|ethereum|nfts?)\b/,
];
