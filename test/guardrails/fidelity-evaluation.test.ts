import { describe, expect, it } from 'vitest';
import { checkFidelity, supportedFacts } from '../../src/guardrails/fidelity-rail.ts';
import type { FidelityInput } from '../../src/guardrails/fidelity-rail.ts';
import { extractFacts } from '../../src/knowledge/facts/extract-facts.ts';
import { knowledgeBase } from '../../src/knowledge/passages/knowledge-base.ts';

/**
 * The fidelity rail measured on 1,000 generated rewrites of the real knowledge-base passages: 500
 * faithful variations (reordered or joined sentences, synonyms, dropped filler words, facts written another way)
 * and 500 seeded fakes (an invented number, a changed date, a new phone number, URL or form, a changed
 * notice code, a dropped deadline, a flipped "cannot"/"can" or "may"/"must"). No fake may pass; at least
 * 95% of the faithful ones must.
 */

const SAMPLES = 1000;
const FAITHFUL_SAMPLES = SAMPLES / 2;
const MIN_FAITHFUL_ACCEPTED = 0.95;
const SEED = 20_261_122;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

type Rng = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

/** mulberry32: a small seeded generator, so the evaluation is the same on every run. */
function seeded(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------- faithful variations

/** Swaps that keep every fact and every negation and modal's meaning. */
const SYNONYMS: readonly [RegExp, string][] = [
  [/\breceive\b/g, 'get'],
  [/\breceived\b/g, 'got'],
  [/\bcontact\b/g, 'reach'],
  [/\bcannot\b/g, "can't"],
  [/\bdo not\b/g, "don't"],
  [/\bdoes not\b/g, "doesn't"],
  [/\bis not\b/g, "isn't"],
  [/\bmust\b/g, 'have to'],
  [/\bYou can\b(?!')/g, 'You are able to'],
  [/\bimmediately\b/g, 'right away'],
  [/\bright away\b/g, 'at once'],
  [/\bmoney\b/g, 'funds'],
  [/\bask for\b/g, 'request'],
  [/\bimportant\b/g, 'key'],
  [/\bquickly\b/g, 'fast'],
  [/\bpayment plan\b/g, 'installment plan'],
  [/\bdocuments\b/g, 'papers'],
  [/\bbefore\b/g, 'ahead of'],
];

const FILLERS = /\b(?:usually|generally|also|still|just|really|simply|even)\s+/g;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[a-z0-9)]{2}[.!?])\s+(?=[A-Z(])/).filter((sentence) => sentence.trim() !== '');
}

function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The same fact in another common layout. */
function reformatFacts(text: string, rng: Rng): string {
  return text
    .replace(/\b(\d{3})-(\d{3})-(\d{4})\b/g, (whole, a: string, b: string, c: string) =>
      rng.chance(0.5) ? `(${a}) ${b}-${c}` : whole,
    )
    .replace(/\$(\d{1,3}),(\d{3})\b/g, (whole, a: string, b: string) =>
      rng.chance(0.5) ? `$${a}${b}` : whole,
    )
    .replace(/\b30 days\b/g, (whole) => (rng.chance(0.5) ? 'thirty days' : whole))
    .replace(/\bForm (\d+)/g, (whole, id: string) => (rng.chance(0.3) ? `form ${id}` : whole));
}

function faithfulVariant(text: string, rng: Rng): string {
  let variant = text;
  for (const [pattern, replacement] of SYNONYMS)
    if (rng.chance(0.5)) variant = variant.replace(pattern, replacement);
  variant = variant.replace(FILLERS, (filler) => (rng.chance(0.5) ? '' : filler));
  variant = reformatFacts(variant, rng);
  const sentences = sentencesOf(variant);
  const ordered = rng.chance(0.6) ? shuffle(sentences, rng) : sentences;
  return joinSomeSentences(ordered, rng);
}

/** Models often run two short sentences together: "A. B." → "A, and b." */
function joinSomeSentences(sentences: readonly string[], rng: Rng): string {
  return sentences.reduce((text, sentence) => {
    if (text === '') return sentence;
    const joinable = /[a-z]\.$/.test(text) && /^[A-Z][a-z]/.test(sentence) && !/^(?:IRS|I)\b/.test(sentence);
    if (!joinable || !rng.chance(0.2)) return `${text} ${sentence}`;
    return `${text.slice(0, -1)}, and ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  }, '');
}

// ---------------------------------------------------------------- case facts

type CaseDeadline = { year: number; month: number; day: number };

function formatDate(date: CaseDeadline, style: number): string {
  const name = MONTH_NAMES[date.month - 1] ?? 'January';
  switch (style) {
    case 1:
      return `${date.month}/${date.day}/${date.year}`;
    case 2:
      return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    case 3:
      return `${date.day} ${name} ${date.year}`;
    default:
      return `${name} ${date.day}, ${date.year}`;
  }
}

function shiftDate(date: CaseDeadline, days: number): CaseDeadline {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

// ---------------------------------------------------------------- fakes

const FAKE_KINDS = [
  'invented-number',
  'changed-date',
  'new-phone',
  'new-url',
  'new-form',
  'changed-notice-code',
  'dropped-deadline',
  'flipped-polarity',
] as const;
type FakeKind = (typeof FAKE_KINDS)[number];

type Sample = {
  input: FidelityInput;
  kind: 'faithful' | FakeKind;
};

const POLARITY_FLIPS: readonly [RegExp, string][] = [
  [/\bcannot\b/, 'can'],
  [/\bcan't\b/, 'can'],
  [/\bdo not\b/, 'do'],
  [/\bdon't\b/, 'do'],
  [/\bdoes not\b/, 'does'],
  [/\bdoesn't\b/, 'does'],
  [/\bis not\b/, 'is'],
  [/\bisn't\b/, 'is'],
  [/\bnever\b/, 'always'],
  [/\bmust\b/, 'may'],
  [/\bhave to\b/, 'may'],
  [/\bmay\b/, 'must'],
  [/\bcan\b/, 'cannot'],
  [/\bwill not\b/, 'will'],
  [/\bnot\b/, ''],
];

function hasPolarityMarker(text: string): boolean {
  return POLARITY_FLIPS.some(([pattern]) => pattern.test(text));
}

function insertSentence(text: string, sentence: string, rng: Rng): string {
  const sentences = sentencesOf(text);
  const at = rng.int(0, sentences.length);
  return [...sentences.slice(0, at), sentence, ...sentences.slice(at)].join(' ');
}

function unsupported(candidate: () => string, supported: Set<string>): string {
  for (;;) {
    const text = candidate();
    if (extractFacts(text).every((token) => !supported.has(token))) return text;
  }
}

function makeFake(
  kind: FakeKind,
  paraphrase: string,
  context: { deadline: CaseDeadline; deadlineText: string; deadlineSentence: string; supported: Set<string> },
  rng: Rng,
): string {
  const { supported } = context;
  switch (kind) {
    case 'invented-number': {
      const sentence = unsupported(() => `Most cases like this take ${rng.int(2, 400)} days.`, supported);
      return insertSentence(paraphrase, sentence, rng);
    }
    case 'changed-date': {
      const shift = rng.pick([-7, -3, -1, 1, 2, 5, 14, 30]);
      const style = rng.int(0, 3);
      return paraphrase.replace(context.deadlineText, formatDate(shiftDate(context.deadline, shift), style));
    }
    case 'new-phone': {
      const sentence = unsupported(
        () =>
          `For faster help, call ${rng.pick(['800', '888', '877', '866'])}-${rng.int(200, 999)}-${rng.int(1000, 9999)}.`,
        supported,
      );
      return insertSentence(paraphrase, sentence, rng);
    }
    case 'new-url': {
      const url = rng.pick([
        'irs-help.example.org/pay',
        'https://www.irs.gov/refund-now',
        'taxrelief-now.com',
        'irs.gov/payments/fast-track',
        'https://pay-irs-online.net/',
      ]);
      return insertSentence(paraphrase, `You can find more at ${url}.`, rng);
    }
    case 'new-form': {
      const sentence = unsupported(
        () => `You may also need Form ${rng.int(100, 15000)}${rng.chance(0.3) ? '-A' : ''}.`,
        supported,
      );
      return insertSentence(paraphrase, sentence, rng);
    }
    case 'changed-notice-code': {
      const code = /\b(CP|LT)\s?(\d{1,4})([A-Z]?)\b|\bLetter (\d{3,4})\b/.exec(paraphrase);
      if (code === null) {
        const sentence = unsupported(() => `The same goes for a CP${rng.int(10, 3300)}.`, supported);
        return insertSentence(paraphrase, sentence, rng);
      }
      const replacement = unsupported(
        () =>
          code[4] === undefined ? `${code[1] ?? 'CP'}${rng.int(10, 3300)}` : `Letter ${rng.int(100, 6000)}`,
        supported,
      );
      return paraphrase.replace(code[0], replacement);
    }
    case 'dropped-deadline':
      return paraphrase.replace(context.deadlineSentence, '').trim();
    case 'flipped-polarity': {
      const sentences = sentencesOf(paraphrase);
      const eligible = sentences
        .map((sentence, index) => ({ sentence, index }))
        .filter(({ sentence }) => hasPolarityMarker(sentence));
      const { sentence, index } = rng.pick(eligible);
      const [pattern, replacement] = POLARITY_FLIPS.find(([flip]) => flip.test(sentence)) ?? [/$^/, ''];
      const flipped = sentence.replace(pattern, replacement).replace(/\s{2,}/g, ' ');
      return sentences.map((s, i) => (i === index ? flipped : s)).join(' ');
    }
  }
}

// ---------------------------------------------------------------- generation

function generateSamples(): Sample[] {
  const rng = seeded(SEED);
  const passages = knowledgeBase.passages.map((passage) => passage.text);
  const withPolarity = passages.filter(hasPolarityMarker);
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const faithful = i < FAITHFUL_SAMPLES;
    const kind: Sample['kind'] = faithful
      ? 'faithful'
      : (FAKE_KINDS[i % FAKE_KINDS.length] ?? 'invented-number');
    const pool = kind === 'flipped-polarity' ? withPolarity : passages;
    const chosen = rng.chance(0.4) ? [rng.pick(pool), rng.pick(passages)] : [rng.pick(pool)];

    const deadline: CaseDeadline = {
      year: rng.pick([2026, 2027]),
      month: rng.int(1, 12),
      day: rng.int(1, 28),
    };
    const daysLeft = rng.int(1, 90);
    const caseFacts = [`Last day to respond: ${formatDate(deadline, 0)}`, `Days left: ${daysLeft}`];
    const requiredFacts = [formatDate(deadline, 0)];
    const sources = [...chosen, ...caseFacts];

    const deadlineText = formatDate(deadline, rng.int(0, 3));
    const deadlineSentence = rng.pick([
      `Your last day is ${deadlineText}.`,
      `Please act by ${deadlineText}.`,
      `Mark ${deadlineText} on your calendar.`,
    ]);
    const body = chosen.map((text) => faithfulVariant(text, rng)).join(' ');
    const paraphrase = rng.chance(0.5) ? `${deadlineSentence} ${body}` : `${body} ${deadlineSentence}`;

    const supported = supportedFacts(sources.flatMap((source) => extractFacts(source)));
    const text =
      kind === 'faithful'
        ? paraphrase
        : makeFake(kind, paraphrase, { deadline, deadlineText, deadlineSentence, supported }, rng);
    samples.push({ kind, input: { paraphrase: text, sources, requiredFacts } });
  }
  return samples;
}

describe('fidelity evaluation on generated rewrites of the knowledge base', () => {
  const samples = generateSamples();

  it('generates what it claims: 500 faithful and 500 fakes, every fake different from its faithful base', () => {
    expect(samples).toHaveLength(SAMPLES);
    expect(samples.filter((sample) => sample.kind === 'faithful')).toHaveLength(FAITHFUL_SAMPLES);
    for (const kind of FAKE_KINDS)
      expect(samples.filter((sample) => sample.kind === kind).length).toBeGreaterThanOrEqual(62);
    expect(knowledgeBase.passages.length).toBeGreaterThanOrEqual(12);
  });

  it('accepts no fake and at least 95% of faithful rewrites', () => {
    const results = samples.map((sample) => ({ sample, result: checkFidelity(sample.input) }));
    const faithful = results.filter(({ sample }) => sample.kind === 'faithful');
    const fakes = results.filter(({ sample }) => sample.kind !== 'faithful');
    const faithfulAccepted = faithful.filter(({ result }) => result.ok).length;
    const fakesAccepted = fakes.filter(({ result }) => result.ok);

    const byKind = FAKE_KINDS.map((kind) => {
      const ofKind = fakes.filter(({ sample }) => sample.kind === kind);
      return `${kind} ${ofKind.filter(({ result }) => !result.ok).length}/${ofKind.length} rejected`;
    });
    const faithfulRejections = faithful
      .flatMap(({ result }) => (result.ok ? [] : [result.code]))
      .reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});
    console.log(
      [
        `fidelity evaluation over ${knowledgeBase.passages.length} passages, ${SAMPLES} rewrites`,
        `faithful accepted: ${faithfulAccepted}/${faithful.length} (${((100 * faithfulAccepted) / faithful.length).toFixed(1)}%)`,
        `faithful rejected by code: ${JSON.stringify(faithfulRejections)}`,
        `fakes accepted: ${fakesAccepted.length}/${fakes.length}`,
        ...byKind.map((line) => `  ${line}`),
      ].join('\n'),
    );

    expect(fakesAccepted.map(({ sample }) => `${sample.kind}: ${sample.input.paraphrase}`)).toEqual([]);
    expect(faithfulAccepted / faithful.length).toBeGreaterThanOrEqual(MIN_FAITHFUL_ACCEPTED);
  });
});
