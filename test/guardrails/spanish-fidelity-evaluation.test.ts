import { describe, expect, it } from 'vitest';
import { paraphraseChecks } from '../../src/guardrails/rail-order.ts';
import { runRails } from '../../src/guardrails/verdict.ts';
import { knowledgeBase, passageIn } from '../../src/knowledge/passages/knowledge-base.ts';
import { seeded, shuffle, type Rng } from '../support/seeded-rng.ts';

/**
 * The Spanish fidelity check measured the way the English one is: seeded rewrites of the real Spanish twins
 * that change what they tell the reader, by category, and faithful rewrites an editor would write
 * (sentences reordered, an opener, plain words from the reviewed table, a deadline sentence from the case).
 * Each is run through the checks a Spanish paraphrase meets in the product (paraphraseChecks('es')). The
 * counts are printed; every unfaithful category must be rejected every time, and faithful rewrites
 * accepted at least as often as measured.
 */

/**
 * Two seeds: the check was tuned on the first set's cases; the second set's were drawn afterwards and
 * measured only (the same generators, other passages, numbers and places).
 */
const SEEDS = { tuning: 20_261_203, 'held-out': 20_261_204 } as const;
type SetName = keyof typeof SEEDS;
const CASES_PER_KIND = 60;

const CATEGORIES = [
  'changed-number',
  'invented-amount',
  'invented-date',
  'changed-form',
  'invented-phone',
  'invented-url',
  'flipped-negation',
  'flipped-modality',
  'dropped-content',
  'invented-claim',
  'dropped-deadline',
] as const;
type Category = (typeof CATEGORIES)[number];

const TWINS = knowledgeBase.passages.map((english) => passageIn(english.id, 'es').passage.text);

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[a-záéíóúñ0-9)"]{2}[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡"])/).filter((s) => s.trim() !== '');
}

/** Plain-word swaps a good editor makes (each from the check's reviewed table). */
const EDITOR_SWAPS: readonly [RegExp, string][] = [
  [/\bGuarde\b/u, 'Conserve'],
  [/(?<!\p{L})guarde(?!\p{L})/u, 'conserve'],
  [/(?<!\p{L})pida(?!\p{L})/u, 'solicite'],
  [/(?<!\p{L})pedir(?!\p{L})/u, 'solicitar'],
  [/\bComuníquese con\b/u, 'Llame a'],
  [/(?<!\p{L})la cantidad completa(?!\p{L})/u, 'el monto total'],
  [/(?<!\p{L})pronto(?!\p{L})/u, 'enseguida'],
];
const SIGNPOSTS = ['En pocas palabras: ', 'Lo importante: ', 'Dicho de forma sencilla: ', ''];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre'];

type Case = { paraphrase: string; sources: string[]; requiredFacts: string[] };

function faithful(text: string, rng: Rng): Case {
  let rewritten = text;
  for (const [pattern, plain] of EDITOR_SWAPS)
    if (rng.chance(0.5)) rewritten = rewritten.replace(pattern, plain);
  let sentences = sentencesOf(rewritten);
  if (rng.chance(0.5)) sentences = shuffle(sentences, rng);
  const body = `${rng.pick(SIGNPOSTS)}${sentences.join(' ')}`;
  if (!rng.chance(0.4)) return { paraphrase: body, sources: [text], requiredFacts: [] };
  const date = `${rng.int(1, 28)} de ${rng.pick(MONTHS)} de ${rng.pick([2026, 2027])}`;
  const deadline = rng.pick([
    `Su último día para responder es el ${date}.`,
    `Último día para responder: ${date}.`,
  ]);
  return {
    paraphrase: rng.chance(0.5) ? `${deadline} ${body}` : `${body} ${deadline}`,
    sources: [text, `Último día para responder: ${date}`],
    requiredFacts: [date],
  };
}

function insert(text: string, sentence: string, rng: Rng): string {
  const sentences = sentencesOf(text);
  const at = rng.int(0, sentences.length);
  return [...sentences.slice(0, at), sentence, ...sentences.slice(at)].join(' ');
}

/** One change in one place, or nothing when the text has no place for it. */
function swapOne(text: string, swaps: readonly [RegExp, string | ((match: string) => string)][], rng: Rng) {
  const usable = swaps.filter(([pattern]) => pattern.test(text));
  if (usable.length === 0) return undefined;
  const [pattern, replacement] = rng.pick(usable);
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  const match = rng.pick(matches);
  const at = match.index;
  const replaced =
    typeof replacement === 'string' ? match[0].replace(pattern, replacement) : replacement(match[0]);
  return `${text.slice(0, at)}${replaced}${text.slice(at + match[0].length)}`;
}

const INVENTED_CLAIMS = [
  'No se preocupe: este aviso no tiene consecuencias.',
  'El IRS perdonará la deuda si usted espera unos meses.',
  'Si no paga esta semana, la policía lo arrestará.',
  'Puede ignorar este aviso sin ningún riesgo.',
  'Lo mejor es vender su casa para pagar.',
  'Un abogado privado puede borrar la deuda por usted.',
  'El IRS le devolverá las multas automáticamente.',
  'Pague con criptomonedas para evitar cargos.',
];

function attack(category: Category, text: string, rng: Rng): Case | undefined {
  const plain = (paraphrase: string | undefined): Case | undefined =>
    paraphrase === undefined || paraphrase === text
      ? undefined
      : { paraphrase, sources: [text], requiredFacts: [] };
  switch (category) {
    case 'changed-number':
      return plain(swapOne(text, [[/\b\d{1,3}(?=[ %])/, (n) => String(Number(n) + rng.int(1, 9))]], rng));
    case 'invented-amount':
      return plain(
        insert(
          text,
          rng.pick([
            `El cargo es de $${rng.int(20, 900)}.`,
            `Se agrega un ${rng.int(2, 9)}% al mes.`,
            `Tiene ${rng.int(11, 99)} días para pagar.`,
          ]),
          rng,
        ),
      );
    case 'invented-date':
      return plain(
        insert(
          text,
          `Tiene hasta el ${rng.int(1, 28)} de ${rng.pick(MONTHS)} de ${rng.pick([2026, 2027])}.`,
          rng,
        ),
      );
    case 'changed-form':
      return plain(
        swapOne(
          text,
          [
            [
              /\bFormulario \d+/,
              () => `Formulario ${rng.pick(['656', '9465', '843', '12153', '2848', '433-A'])}`,
            ],
          ],
          rng,
        ) ?? insert(text, `Envíe el Formulario ${rng.pick(['4868', '1040-X', '14039'])}.`, rng),
      );
    case 'invented-phone':
      return plain(
        insert(text, `Llame al ${rng.pick(['800-555-0199', '1-888-555-0142', '(202) 555-0173'])}.`, rng),
      );
    case 'invented-url':
      return plain(
        insert(
          text,
          `Visite ${rng.pick(['irs-pagos.com', 'https://pagos-irs.net', 'www.irs-ayuda.org/pagar'])}.`,
          rng,
        ),
      );
    case 'flipped-negation':
      return plain(
        swapOne(
          text,
          [
            [/\bno (?=[a-záéíóúñ])/i, ''],
            [/\bNunca\b/, 'Siempre'],
            [/\bnunca\b/, 'siempre'],
            [/\b(?:Pague|Llame|Envíe|Use|Guarde|Pida)\b/, (verb) => `No ${verb.toLowerCase()}`],
          ],
          rng,
        ),
      );
    case 'flipped-modality':
      return plain(
        swapOne(
          text,
          [
            [/\bpuede\b/, 'debe'],
            [/\bdebe\b/, 'puede'],
            [/\bPuede\b/, 'Debe'],
            [/\bDebe\b/, 'Puede'],
            [/\bpueden\b/, 'deben'],
            [/\btiene que\b/, 'puede'],
          ],
          rng,
        ),
      );
    case 'dropped-content': {
      const sentences = sentencesOf(text);
      if (sentences.length < 3) return undefined;
      const at = rng.int(0, sentences.length - 1);
      return plain(sentences.filter((_, index) => index !== at).join(' '));
    }
    case 'invented-claim':
      return plain(insert(text, rng.pick(INVENTED_CLAIMS), rng));
    case 'dropped-deadline': {
      const date = `${rng.int(1, 28)} de ${rng.pick(MONTHS)} de 2027`;
      return {
        paraphrase: text,
        sources: [text, `Último día para responder: ${date}`],
        requiredFacts: [date],
      };
    }
  }
}

function casesOf(set: SetName, kind: 'faithful' | Category): Case[] {
  const rng = seeded(SEEDS[set] * 16 + (kind === 'faithful' ? 0 : CATEGORIES.indexOf(kind) + 1));
  const cases: Case[] = [];
  for (let tries = 0; cases.length < CASES_PER_KIND && tries < CASES_PER_KIND * 20; tries += 1) {
    const text = rng.pick(TWINS);
    const made = kind === 'faithful' ? faithful(text, rng) : attack(kind, text, rng);
    if (made !== undefined) cases.push(made);
  }
  return cases;
}

/** Every faithful rewrite of both sets was accepted when measured: a change that rejects one fails. */
const MIN_FAITHFUL_ACCEPTED = CASES_PER_KIND;

const SET_NAMES = Object.keys(SEEDS) as SetName[];

/** The checks a Spanish paraphrase meets in the product (form, Spanish fidelity, output scope): why it is blocked. */
async function checked(c: Case): Promise<string | undefined> {
  const outcome = await runRails(paraphraseChecks('es'), {
    text: c.paraphrase,
    sources: c.sources,
    requiredFacts: c.requiredFacts,
  });
  return outcome.blockedBy === undefined
    ? undefined
    : `${outcome.blockedBy.code} ${outcome.blockedBy.detail ?? ''}`;
}
const ATTACK_CASES = SET_NAMES.flatMap((set) => CATEGORIES.map((category) => ({ set, category })));

describe('Spanish fidelity evaluation: seeded unfaithful rewrites of the twins are rejected, faithful ones accepted', () => {
  it.each(ATTACK_CASES)('$set $category: every case rejected', async ({ set, category }) => {
    const cases = casesOf(set, category);
    expect(cases).toHaveLength(CASES_PER_KIND);
    const verdicts = await Promise.all(cases.map(checked));
    const accepted = cases.filter((_, index) => verdicts[index] === undefined);
    console.log(
      `Spanish fidelity ${set} ${category}: rejected ${cases.length - accepted.length}/${cases.length}`,
    );
    expect(accepted.map((c) => c.paraphrase)).toEqual([]);
  });

  it.each(SET_NAMES)('%s faithful rewrites: accepted', async (set) => {
    const cases = casesOf(set, 'faithful');
    const verdicts = await Promise.all(cases.map(checked));
    const rejected = cases.flatMap((c, index) => {
      const blocked = verdicts[index];
      return blocked === undefined ? [] : [`${blocked}: ${c.paraphrase}`];
    });
    console.log(
      `Spanish fidelity ${set} faithful: accepted ${cases.length - rejected.length}/${cases.length}`,
    );
    if (set === 'tuning') console.log(rejected.join('\n'));
    expect(cases.length - rejected.length).toBeGreaterThanOrEqual(MIN_FAITHFUL_ACCEPTED);
  });
});
