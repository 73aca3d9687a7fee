import type { Rail, RailVerdict, RailsOutcome } from '../verdict.ts';
import { allow, rewrite } from '../verdict.ts';
import { FIDELITY_RAIL_NAME } from '../fidelity-rail.ts';
import type { Paraphraser } from './openai-paraphraser.ts';
import type { ParaphraseStyle, PassageRef } from './paraphrase-schema.ts';
import type { Locale } from '../../catalog/locale.ts';
import { PASSAGE_LANGUAGE } from '../../knowledge/passages/passage-schema.ts';

export type ParaphraseRailContext = {
  /** The vetted text of `passages`; kept as is when there is no accepted paraphrase. */
  text: string;
  passages: readonly PassageRef[];
  caseFacts: readonly string[];
  requiredFacts: readonly string[];
  style?: ParaphraseStyle;
};

export const PARAPHRASE_RAIL_NAME = 'paraphrase';
const PARAPHRASED_CODE = 'paraphrased';

/**
 * Output rail, first of its stage (it rewrites from the passages, not from the text it is handed). Without
 * a paraphraser (no OPENAI_API_KEY) it lets the vetted text through; so it does on any model failure.
 */
export function createParaphraseRail(
  paraphraser: Paraphraser | undefined,
  language: Locale = PASSAGE_LANGUAGE,
): Rail<ParaphraseRailContext> {
  return {
    name: PARAPHRASE_RAIL_NAME,
    async run(context): Promise<RailVerdict> {
      if (paraphraser === undefined || context.passages.length === 0) return allow();
      const result = await paraphraser.paraphrase({
        passages: [...context.passages],
        caseFacts: [...context.caseFacts],
        requiredFacts: [...context.requiredFacts],
        style: context.style ?? 'plain',
        language,
      });
      return result.paraphrased ? rewrite(result.text, PARAPHRASED_CODE) : allow();
    },
  };
}

/** For the reply trace: the text shown is the model's paraphrase, not reverted by the fidelity rail. */
export function wasParaphrased(outcome: RailsOutcome): boolean {
  const paraphrase = outcome.verdicts[PARAPHRASE_RAIL_NAME];
  const fidelity = outcome.verdicts[FIDELITY_RAIL_NAME];
  return (
    !outcome.blocked &&
    paraphrase?.action === 'rewrite' &&
    paraphrase.code === PARAPHRASED_CODE &&
    (fidelity === undefined || fidelity.action === 'allow')
  );
}
