import { extractFacts, factKind, normaliseUrl } from '../facts/extract-facts.ts';
import { SOURCE_URL } from './data/sources.ts';
import {
  MAX_PASSAGE_WORDS,
  MAX_TWIN_WORDS,
  MIN_PASSAGE_WORDS,
  type Passage,
  type PassageTwin,
} from './passage-schema.ts';

export type PassageProblemCode =
  /** The text states a fact (number, amount, form, code, phone, URL…) that `facts` does not list. */
  | 'fact_not_listed'
  /** `facts` lists something the text does not state, or not as written there. */
  | 'listed_fact_absent'
  | 'missing_source'
  /** A source URL that is not a well-formed http(s) address. */
  | 'bad_url'
  /** A source URL that is not one of the vetted pages of the fact table. */
  | 'unvetted_source'
  /** The text points the reader to a web address that none of its sources is on. */
  | 'unsourced_url'
  /** The text states a figure the fact table marks unconfirmed. */
  | 'unconfirmed_fact'
  | 'text_length'
  | 'markdown'
  /** A twin whose facts are not, in normal form, exactly its English passage's. */
  | 'twin_facts_differ'
  /** A twin written from an older version of its English passage. */
  | 'twin_stale';

export type PassageProblem = { passageId: string; code: PassageProblemCode; detail: string };

/**
 * Figures the fact table marks unconfirmed (U) that must never be stated as fact: the newer payment-plan
 * fees, the later minimum late-filing penalty and the TIGTA phone number. In normalised form.
 */
const UNCONFIRMED_FACT_TOKENS: ReadonlySet<string> = new Set(['$22', '$69', '$178', '$510', '8003664484']);

const VETTED_SOURCE_URLS: ReadonlySet<string> = new Set(Object.values(SOURCE_URL));

/** Markdown a plain-text channel (SMS) would show as clutter: emphasis, code, headings, links, bullets. */
const MARKDOWN_PATTERN = /[*_`#]|\[[^\]]*\]\(|^\s*(?:[-+>]|\d+\.)\s/m;

/** Every problem with one passage; an empty list means it may ship. */
export function checkPassage(passage: Passage): PassageProblem[] {
  const problem = (code: PassageProblemCode, detail: string): PassageProblem => ({
    passageId: passage.id,
    code,
    detail,
  });
  return [
    ...checkText(passage).map(([code, detail]) => problem(code, detail)),
    ...checkFacts(passage).map(([code, detail]) => problem(code, detail)),
    ...checkSources(passage).map(([code, detail]) => problem(code, detail)),
  ];
}

/**
 * Every problem with a twin: the checks of any passage (its own facts listed and stated, sources vetted,
 * plain text of a sensible length), and that it states exactly its English passage's facts, from that
 * passage's current version.
 */
export function checkTwin(english: Passage, twin: PassageTwin): PassageProblem[] {
  const problem = ([code, detail]: Finding): PassageProblem => ({ passageId: twin.id, code, detail });
  const shown = { ...twin, sources: [...(twin.sources ?? []), ...english.sources] };
  const findings: Finding[] = [
    ...checkText(shown, MAX_TWIN_WORDS),
    ...checkFacts(shown),
    ...checkSources(shown),
  ];
  if (twin.twinOf !== english.version) {
    findings.push([
      'twin_stale',
      `written from version ${twin.twinOf}; the English passage is version ${english.version}`,
    ]);
  }
  const englishFacts = new Set(english.facts.flatMap((fact) => extractFacts(fact)));
  const twinFacts = new Set(twin.facts.flatMap((fact) => extractFacts(fact)));
  for (const token of twinFacts) {
    if (!englishFacts.has(token)) findings.push(['twin_facts_differ', `"${token}" is not a fact in English`]);
  }
  for (const token of englishFacts) {
    if (!twinFacts.has(token)) findings.push(['twin_facts_differ', `the English fact "${token}" is missing`]);
  }
  return findings.map(problem);
}

type Finding = [PassageProblemCode, string];

/** What the text, fact and source checks read: a passage or its twin. */
type Checked = Pick<Passage, 'title' | 'text' | 'sources' | 'facts'>;

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function checkText(passage: Checked, maxWords = MAX_PASSAGE_WORDS): Finding[] {
  const findings: Finding[] = [];
  const words = countWords(passage.text);
  if (words < MIN_PASSAGE_WORDS || words > maxWords) {
    findings.push(['text_length', `${words} words; expected ${MIN_PASSAGE_WORDS}–${maxWords}`]);
  }
  if (MARKDOWN_PATTERN.test(passage.text)) findings.push(['markdown', 'the text contains Markdown syntax']);
  return findings;
}

/** Both sides are compared in the shared extractor's normal form, so "$1,000" in the text matches "$1000" listed. */
function checkFacts(passage: Checked): Finding[] {
  const stated = new Set(extractFacts(passage.text));
  const listed = new Set(passage.facts.flatMap((fact) => extractFacts(fact)));
  const findings: Finding[] = [];
  // The title is shown to the reader too, so its facts must be listed (and stated in the text).
  for (const token of extractFacts(passage.title)) {
    if (!listed.has(token)) findings.push(['fact_not_listed', `the title states "${token}"`]);
  }
  for (const token of stated) {
    if (!listed.has(token)) findings.push(['fact_not_listed', `the text states "${token}"`]);
    if (UNCONFIRMED_FACT_TOKENS.has(token)) {
      findings.push(['unconfirmed_fact', `"${token}" is unconfirmed; point to the notice instead`]);
    }
  }
  for (const fact of passage.facts) {
    const missing = !passage.text.includes(fact) || extractFacts(fact).some((token) => !stated.has(token));
    if (missing) findings.push(['listed_fact_absent', `"${fact}" is not in the text as written`]);
  }
  const sourceUrls = passage.sources.map((source) => normaliseUrl(source.url));
  for (const token of stated) {
    if (factKind(token) !== 'url') continue;
    // A bare site name ("IRS.gov") is covered by any source on that site.
    const covered = sourceUrls.some((url) => url === token || url.startsWith(`${token}/`));
    if (!covered) findings.push(['unsourced_url', `the text points to "${token}", which no source is on`]);
  }
  return findings;
}

function checkSources(passage: Checked): Finding[] {
  if (passage.sources.length === 0) return [['missing_source', 'a passage needs at least one source']];
  const findings: Finding[] = [];
  for (const source of passage.sources) {
    if (!isHttpUrl(source.url)) {
      findings.push(['bad_url', `"${source.url}" is not an http(s) address`]);
    } else if (!VETTED_SOURCE_URLS.has(source.url)) {
      findings.push(['unvetted_source', `"${source.url}" is not a vetted source`]);
    }
  }
  return findings;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}
