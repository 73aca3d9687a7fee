import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/guardrails/fidelity-rail.ts';
import { paraphraseChecks } from '../../src/guardrails/rail-order.ts';
import { runRails } from '../../src/guardrails/verdict.ts';
import { knowledgeBase } from '../../src/knowledge/passages/knowledge-base.ts';
import type { Passage } from '../../src/knowledge/passages/passage-schema.ts';
import {
  ATTACK_CATEGORIES,
  HAND_WRITTEN_FAITHFUL,
  HAND_WRITTEN_FAITHFUL_TUNING,
  heldOut,
  tuning,
  type AttackCategory,
  type AttackWords,
} from './fixtures/paraphrase-attacks.ts';
import { seeded, shuffle, type Rng } from '../support/seeded-rng.ts';

/**
 * The paraphrase checks measured against the threat: rewrites of the real passages that change what they
 * tell the reader, by category, and faithful rewrites a plain-language editor would write. Two sets, apart:
 * the tuning set (passages, words and hand-written rewrites the checks are tuned on) and the held-out set
 * (other passages, other words, and hand-written rewrites, never tuned to). Each set has its own seed. Each is measured with the checks of today ("after")
 * and with the token-and-polarity check alone ("before", what the fidelity rail did until issue 13).
 */

/** One seed per set: growing the tuning set must not redraw the held-out cases. */
const SEEDS = { tuning: 20_260_313, 'held-out': 20_260_314 } as const;
const FAITHFUL_PER_SET = 160;
const ATTACKS_PER_CATEGORY = 50;
/**
 * The tuning set holds more of the kinds the held-out set once caught least (issue 13's second pass): more
 * cases draw more passages and more of the words grown for them. The held-out set keeps its 50 a category.
 */
const TUNING_ATTACKS: Partial<Record<AttackCategory, number>> = {
  'dropped-content': 150,
  'changed-subject': 150,
  'invented-token': 150,
};

function attacksPer(set: EvalCase['set'], category: AttackCategory): number {
  return set === 'tuning' ? (TUNING_ATTACKS[category] ?? ATTACKS_PER_CATEGORY) : ATTACKS_PER_CATEGORY;
}
/** The target: every unfaithful case rejected, at most 10% of faithful ones. */
const MAX_FALSE_REJECTION = 0.1;
/**
 * Where a set falls short of the target, the share reached today, so it cannot slip back unnoticed; a
 * category not listed must be rejected every time. The held-out floors are measured, not tuned to.
 */
const FLOORS: Record<'tuning' | 'held-out', Partial<Record<AttackCategory | 'faithfulRejected', number>>> = {
  // Issue 13's second pass grew the tuning set (more changed-subject, dropped-content and invented-token cases,
  // and clause drops) and brought it to 100%; the held-out set, measured once after, was at 100% too.
  tuning: {},
  'held-out': {},
};

/** A third of the passages, by a hash of their id, are held out: no tuning case is written on them. */
function isHeldOutPassage(id: string): boolean {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 3 === 0;
}

// ---------------------------------------------------------------- faithful rewrites

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[a-z0-9)"]{2}[.!?])\s+(?=[A-Z"])/).filter((sentence) => sentence.trim() !== '');
}

/** "A, and b." → "A. B." */
function split(sentence: string): string[] {
  const at = sentence.indexOf(', and ');
  if (at < 0) return [sentence];
  const rest = sentence.slice(at + 6);
  return [`${sentence.slice(0, at)}.`, `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`];
}

/** "A. B." → "A, and b." (not before a name that keeps its capital). */
function merge(sentences: readonly string[], rng: Rng): string[] {
  return sentences.reduce<string[]>((merged, sentence) => {
    const last = merged.at(-1);
    const joinable = last !== undefined && /[a-z]\.$/.test(last) && /^[A-Z][a-z]/.test(sentence);
    if (!joinable || !/^(?:A|An|The|It|This|That|If|You|They|Each|Once)\b/.test(sentence) || !rng.chance(0.3))
      return [...merged, sentence];
    const lowered = /^The IRS\b/.test(sentence)
      ? sentence
      : `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    return [...merged.slice(0, -1), `${last.slice(0, -1)}, and ${lowered}`];
  }, []);
}

function rewritePassage(text: string, words: AttackWords, rng: Rng): string {
  let rewritten = text;
  for (const [pattern, replacement] of words.editorSwaps)
    if (rng.chance(0.5)) rewritten = rewritten.replace(pattern, replacement);
  let sentences = sentencesOf(rewritten).flatMap((sentence) =>
    rng.chance(0.3) ? split(sentence) : [sentence],
  );
  // An editor often moves the action first and keeps the rest in order.
  if (rng.chance(0.5)) sentences = shuffle(sentences, rng);
  sentences = merge(sentences, rng);
  const signpost = rng.chance(0.3) ? rng.pick(words.signposts) : '';
  const body = sentences.join(' ');
  // "Put simply, the IRS …" and "Put simply, a lien …": after a comma the sentence goes on in lower case.
  if (!signpost.endsWith(', ') || /^(?:IRS|[A-Z]{2})/.test(body)) return `${signpost}${body}`;
  return `${signpost}${body.charAt(0).toLowerCase()}${body.slice(1)}`;
}

type CaseInput = {
  paraphrase: string;
  passages: readonly Passage[];
  caseFacts: string[];
  requiredFacts: string[];
};
type EvalCase = {
  set: 'tuning' | 'held-out';
  kind: 'faithful' | AttackCategory;
  input: CaseInput;
  base: string;
};

const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October'];

function faithfulCase(
  passages: readonly Passage[],
  words: AttackWords,
  rng: Rng,
): CaseInput & { deadline?: string } {
  const body = passages.map((passage) => rewritePassage(passage.text, words, rng)).join('\n\n');
  if (!rng.chance(0.3)) return { paraphrase: body, passages, caseFacts: [], requiredFacts: [] };
  const date = `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${rng.pick([2026, 2027])}`;
  const sentence = rng.pick([`Your last day to respond is ${date}.`, `Please respond by ${date}.`]);
  return {
    paraphrase: rng.chance(0.5) ? `${sentence} ${body}` : `${body} ${sentence}`,
    passages,
    caseFacts: [`Last day to respond: ${date}`],
    requiredFacts: [date],
    deadline: sentence,
  };
}

// ---------------------------------------------------------------- attacks

const POLARITY_FLIPS: readonly [RegExp, string][] = [
  [/\bcannot\b/, 'can'],
  [/\bcan't\b/, 'can'],
  [/\bdo not\b/, 'do'],
  [/\bdon't\b/, 'do'],
  [/\bdoes not\b/, 'does'],
  [/\bdoesn't\b/, 'does'],
  [/\bis not\b/, 'is'],
  [/\bnever\b/, 'always'],
  [/\bmust\b/, 'may'],
  [/\bhave to\b/, 'may'],
  [/\bmay\b/, 'must'],
  [/\bcan\b/, 'cannot'],
  [/\bno longer\b/, 'still'],
  [/\bNo\b/, 'A'],
];

function insert(text: string, sentence: string, rng: Rng): string {
  const sentences = sentencesOf(text);
  const at = rng.int(0, sentences.length);
  return [...sentences.slice(0, at), sentence, ...sentences.slice(at)].join(' ');
}

function replaceInOneSentence(
  text: string,
  swaps: readonly [RegExp, string][],
  rng: Rng,
): string | undefined {
  const sentences = sentencesOf(text);
  const eligible = sentences.flatMap((sentence, index) => {
    const swap = swaps.find(([pattern]) => pattern.test(sentence));
    return swap === undefined ? [] : [{ index, swap }];
  });
  if (eligible.length === 0) return undefined;
  const { index, swap } = rng.pick(eligible);
  const changed = (sentence: string) => {
    const swapped = sentence.replace(swap[0], swap[1]);
    return `${swapped.charAt(0).toUpperCase()}${swapped.slice(1)}`;
  };
  return sentences.map((sentence, i) => (i === index ? changed(sentence) : sentence)).join(' ');
}

/** A sentence without its last clause, when what is left still says something (four words or more). */
function droppedLastClause(sentence: string): string | undefined {
  const at = Math.max(sentence.lastIndexOf(', '), sentence.lastIndexOf('; '), sentence.lastIndexOf(': '));
  const kept = sentence.slice(0, Math.max(0, at));
  if (kept.split(' ').length < 4) return undefined;
  return `${kept}.`;
}

function attack(
  category: AttackCategory,
  base: CaseInput & { deadline?: string },
  words: AttackWords,
  rng: Rng,
): string | undefined {
  const text = base.paraphrase;
  switch (category) {
    case 'dropped-content': {
      if (base.deadline !== undefined && rng.chance(0.3)) return text.replace(base.deadline, '').trim();
      const sentences = sentencesOf(text);
      // A signpost ("Here is what this means.") is the editor's, not the passage's: dropping it drops nothing.
      const content = sentences.filter((sentence) => !words.signposts.includes(`${sentence} `));
      const dropped = rng.pick(content);
      // Half the time only the sentence's last clause goes ("…, or call the number on your notice."), which
      // leaves a shorter sentence that still reads well.
      const cut = rng.chance(0.5) ? droppedLastClause(dropped) : undefined;
      if (cut !== undefined)
        return sentences.map((sentence) => (sentence === dropped ? cut : sentence)).join(' ');
      return sentences.filter((sentence) => sentence !== dropped).join(' ');
    }
    case 'reassurance':
      return rng.chance(0.3)
        ? rng.pick(words.reassuranceReplacements)
        : insert(text, rng.pick(words.reassurance), rng);
    case 'added-advice':
      return insert(text, rng.pick(words.addedAdvice), rng);
    case 'invented-option':
      return insert(text, rng.pick(words.inventedOption), rng);
    case 'invented-threat':
      return insert(text, rng.pick(words.inventedThreat), rng);
    case 'invented-token':
      return insert(text, rng.pick(words.inventedToken), rng);
    case 'reader-instruction':
      return insert(text, rng.pick(words.readerInstruction), rng);
    case 'flipped-modality':
      return replaceInOneSentence(text, POLARITY_FLIPS, rng);
    case 'changed-subject':
      return replaceInOneSentence(text, words.subjectSwaps, rng);
    case 'form-trick':
      return rng.pick(words.formTricks).replace('{}', text.replace(/\n+/g, ' '));
  }
}

function generateSet(
  set: EvalCase['set'],
  words: AttackWords,
  pool: readonly Passage[],
  rng: Rng,
): EvalCase[] {
  const pick = () =>
    rng.chance(0.35)
      ? [rng.pick(pool), rng.pick(pool)].filter((p, i, all) => all.indexOf(p) === i)
      : [rng.pick(pool)];
  const cases: EvalCase[] = [];
  for (let i = 0; i < FAITHFUL_PER_SET; i += 1) {
    const input = faithfulCase(pick(), words, rng);
    cases.push({ set, kind: 'faithful', input, base: input.paraphrase });
  }
  for (const category of ATTACK_CATEGORIES) {
    let made = 0;
    while (made < attacksPer(set, category)) {
      const base = faithfulCase(pick(), words, rng);
      const fake = attack(category, base, words, rng);
      if (fake === undefined || fake === base.paraphrase) continue;
      cases.push({ set, kind: category, input: { ...base, paraphrase: fake }, base: base.paraphrase });
      made += 1;
    }
  }
  return cases;
}

function generateCases(): EvalCase[] {
  const tuningPool = knowledgeBase.passages.filter((passage) => !isHeldOutPassage(passage.id));
  const heldOutPool = knowledgeBase.passages.filter((passage) => isHeldOutPassage(passage.id));
  const handWritten = (set: EvalCase['set'], rewrites: typeof HAND_WRITTEN_FAITHFUL): EvalCase[] =>
    rewrites.map(({ passages, paraphrase }) => ({
      set,
      kind: 'faithful',
      input: {
        paraphrase,
        passages: passages.map((id) => knowledgeBase.byId.get(id) as Passage),
        caseFacts: [],
        requiredFacts: [],
      },
      base: paraphrase,
    }));
  return [
    ...generateSet('tuning', tuning, tuningPool, seeded(SEEDS.tuning)),
    ...handWritten('tuning', HAND_WRITTEN_FAITHFUL_TUNING),
    ...generateSet('held-out', heldOut, heldOutPool, seeded(SEEDS['held-out'])),
    ...handWritten('held-out', HAND_WRITTEN_FAITHFUL),
  ];
}

// ---------------------------------------------------------------- measuring

async function rejectedNow(input: CaseInput): Promise<string | undefined> {
  const outcome = await runRails(paraphraseChecks(), {
    text: input.paraphrase,
    sources: [...input.passages.map((passage) => passage.text), ...input.caseFacts],
    requiredFacts: input.requiredFacts,
    claims: input.passages
      .map((passage) => knowledgeBase.claims.get(passage.id))
      .filter((c) => c !== undefined),
  });
  const blocked = outcome.blockedBy;
  return blocked === undefined ? undefined : `${blocked.code} (${blocked.detail ?? ''})`;
}

function rejectedBefore(input: CaseInput): boolean {
  return !checkFidelity({
    paraphrase: input.paraphrase,
    sources: [...input.passages.map((passage) => passage.text), ...input.caseFacts],
    requiredFacts: input.requiredFacts,
  }).ok;
}

type Measured = EvalCase & { now: string | undefined; before: boolean };

function line(set: EvalCase['set'], kind: EvalCase['kind'], measured: readonly Measured[]): string {
  const ofKind = measured.filter((m) => m.set === set && m.kind === kind);
  const now = ofKind.filter((m) => m.now !== undefined).length;
  const before = ofKind.filter((m) => m.before).length;
  const pct = (n: number) => `${((100 * n) / Math.max(1, ofKind.length)).toFixed(1)}%`;
  return `  ${kind.padEnd(19)} rejected before ${String(before).padStart(3)}/${ofKind.length} (${pct(before)}) → after ${String(now).padStart(3)}/${ofKind.length} (${pct(now)})`;
}

describe('paraphrase checks against rewrites that change the meaning', async () => {
  const cases = generateCases();
  const measured: Measured[] = [];
  for (const evalCase of cases)
    measured.push({
      ...evalCase,
      now: await rejectedNow(evalCase.input),
      before: rejectedBefore(evalCase.input),
    });

  const report = (['tuning', 'held-out'] as const).flatMap((set) => [
    `${set} set: ${measured.filter((m) => m.set === set).length} cases on ${new Set(measured.filter((m) => m.set === set).flatMap((m) => m.input.passages.map((p) => p.id))).size} passages`,
    ...ATTACK_CATEGORIES.map((kind) => line(set, kind, measured)),
    `${line(set, 'faithful', measured)}  (false rejections)`,
  ]);
  console.log(
    ['paraphrase evaluation (before = token and polarity check alone; after = every check)', ...report].join(
      '\n',
    ),
  );

  if (process.env.EVAL_SHOW === 'tuning')
    for (const m of measured.filter(
      (m) => m.set === 'tuning' && (m.kind === 'faithful') === (m.now !== undefined),
    ))
      console.log(`${m.kind} ${m.now ?? 'accepted'}: ${m.input.paraphrase}\n  (from: ${m.base})\n`);

  it('is what it claims: both sets, every category, each fake differs from its faithful base', () => {
    for (const set of ['tuning', 'held-out'] as const) {
      expect(measured.filter((m) => m.set === set && m.kind === 'faithful').length).toBeGreaterThanOrEqual(
        FAITHFUL_PER_SET,
      );
      for (const kind of ATTACK_CATEGORIES)
        expect(measured.filter((m) => m.set === set && m.kind === kind)).toHaveLength(attacksPer(set, kind));
    }
    for (const m of measured) if (m.kind !== 'faithful') expect(m.input.paraphrase).not.toBe(m.base);
    const tuningIds = new Set(
      measured.filter((m) => m.set === 'tuning').flatMap((m) => m.input.passages.map((p) => p.id)),
    );
    const heldOutIds = measured
      .filter((m) => m.set === 'held-out')
      .flatMap((m) => m.input.passages.map((p) => p.id));
    // The hand-written rewrites may share a passage with tuning; the generated held-out cases may not.
    expect(heldOutIds.filter((id) => tuningIds.has(id) && isHeldOutPassage(id))).toEqual([]);
  });

  it.each(['tuning', 'held-out'] as const)('%s set: every category at least at its floor', (set) => {
    const floors = FLOORS[set];
    for (const kind of ATTACK_CATEGORIES) {
      const ofKind = measured.filter((m) => m.set === set && m.kind === kind);
      const rate = ofKind.filter((m) => m.now !== undefined).length / ofKind.length;
      expect({ kind, rate }).toEqual({
        kind,
        rate: expect.toSatisfy((r: number) => r >= (floors[kind] ?? 1)),
      });
    }
    const faithful = measured.filter((m) => m.set === set && m.kind === 'faithful');
    const falseRejection = faithful.filter((m) => m.now !== undefined).length / faithful.length;
    expect(falseRejection).toBeLessThanOrEqual(floors.faithfulRejected ?? MAX_FALSE_REJECTION);
  });
});
