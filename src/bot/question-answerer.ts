import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { guidance } from '../dialogs/guidance.ts';
import type { QuestionAnswerer } from '../dialogs/asking-dialog.ts';
import { refusalMessage, withDisclaimer } from '../guardrails/disclaimer.ts';
import type { Paraphraser } from '../guardrails/paraphrase/openai-paraphraser.ts';
import { wasParaphrased } from '../guardrails/paraphrase/paraphrase-rail.ts';
import { outputRails } from '../guardrails/rail-order.ts';
import { SCAM_WARNING_PASSAGE_IDS } from '../guardrails/scope-rail.ts';
import { runRails } from '../guardrails/verdict.ts';
import { claimsOf, passageIn } from '../knowledge/passages/knowledge-base.ts';
import { PASSAGE_LANGUAGE, type Passage } from '../knowledge/passages/passage-schema.ts';
import { retrievePassages, type Retrieval } from '../knowledge/passages/retrieve.ts';
import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { turnLocale } from '../dialogs/turn-locale.ts';

/** An answer shows at most this many passages: enough to answer, short enough to read on a phone. */
const MAX_ANSWER_PASSAGES = 2;

export type QuestionAnswererDeps = { paraphraser?: Paraphraser | undefined };

/**
 * Answers an in-scope free-text question only from vetted passages, each with its source (the input
 * rails have already refused what is out of scope). The model, when configured, may only reword the
 * chosen passages, and the fidelity rail after it has the last word.
 *
 * The passages are said in the conversation's language: a Spanish conversation's twins are reworded in
 * Spanish and checked by the Spanish fidelity check (spanish-fidelity.ts), or shown as written.
 */
export function createQuestionAnswerer(deps: QuestionAnswererDeps): QuestionAnswerer {
  const railsByLanguage = {
    en: outputRails(deps.paraphraser, PASSAGE_LANGUAGE),
    es: outputRails(deps.paraphraser, 'es'),
  };
  return {
    async answer(context: TurnContext, question: string): Promise<void> {
      const locale = turnLocale(context);
      const retrieval = retrieveIn(question, locale);
      if (!retrieval.ok) {
        await context.sendActivity({
          ...MessageFactory.text(refusalMessage('unrelated', locale)),
          channelData: { guidance: guidance('refusal') },
        });
        return;
      }
      const localised = retrieval.passages.map((scored) => passageIn(scored.passage.id, locale));
      const passages = localised.map((found) => found.passage);
      // The language the passages are written in: a passage without a twin is still in English.
      const rails = railsByLanguage[localised.every((found) => found.twin) ? locale : PASSAGE_LANGUAGE];
      const vetted = passages.map((p) => p.text).join('\n\n');
      const outcome = await runRails(rails, {
        text: vetted,
        vettedText: vetted,
        passages: passages.map((p) => ({ id: p.id, version: p.version, text: p.text })),
        sources: passages.map((p) => p.text),
        claims: passages.map((p) => claimsOf(p.id)),
        caseFacts: [],
        requiredFacts: [],
      });
      const paraphrased = wasParaphrased(outcome);
      await context.sendActivity(
        passageMessage(locale, passages, paraphrased ? outcome.text : vetted, 'answer', paraphrased),
      );
    },
    async unknownNotice(context: TurnContext): Promise<void> {
      const locale = turnLocale(context);
      await context.sendActivity(
        scamWarningMessage(locale, SCAM_WARNING_PASSAGE_IDS, messages(locale).dialog.stillUnknown),
      );
    },
  };
}

/**
 * The passages a question asks for, read in the conversation's language, and in English when that finds
 * none: people in a Spanish conversation type English too, and the English passages have their twins.
 */
function retrieveIn(question: string, locale: Locale): Retrieval {
  const options = { max: MAX_ANSWER_PASSAGES };
  const found = retrievePassages(question, undefined, { ...options, language: locale });
  return found.ok || locale === PASSAGE_LANGUAGE ? found : retrievePassages(question, undefined, options);
}

/** The verification steps and scam signs, from vetted passages, for a reported scam or an unknown letter. */
export function scamWarningMessage(
  locale: Locale,
  passageIds: readonly string[],
  intro?: string,
): Partial<Activity> {
  const passages = passageIds.map((id) => passageIn(id, locale).passage);
  const body = passages.map((p) => p.text).join('\n\n');
  return passageMessage(locale, passages, intro ? `${intro}\n\n${body}` : body, 'scam-warning', false);
}

/** A message built from vetted passages: the text, numbered sources, citations and the reply trace. */
function passageMessage(
  locale: Locale,
  passages: readonly Passage[],
  body: string,
  route: 'answer' | 'scam-warning',
  paraphrased: boolean,
): Partial<Activity> {
  const sources = passages.flatMap((p) => p.sources.slice(0, 1).map((s) => ({ passage: p, url: s.url })));
  const sourceLines = sources.map((s, i) => `[${i + 1}] ${s.passage.title}: ${s.url}`);
  const text = withDisclaimer(
    `${body}\n\n${messages(locale).result.sources}:\n${sourceLines.join('\n')}`,
    'short',
    locale,
  );
  return {
    ...MessageFactory.text(text),
    entities: [citationEntity(sources, paraphrased)],
    channelData: {
      guidance: guidance(route, { passageIds: passages.map((p) => p.id), disclaimer: true, paraphrased }),
    },
  };
}

/** Teams' citation entity (schema.org Message with Claims), marked AI-generated when paraphrased. */
function citationEntity(sources: { passage: Passage; url: string }[], paraphrased: boolean) {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(paraphrased ? { additionalType: ['AIGeneratedContent'] } : {}),
    citation: sources.map((s, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: s.passage.title,
        url: s.url,
        abstract: s.passage.text.slice(0, 160),
      },
    })),
  };
}
