import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { guidance } from '../dialogs/guidance.ts';
import type { QuestionAnswerer } from '../dialogs/triage-dialog.ts';
import { refusalMessage, withDisclaimer } from '../guardrails/disclaimer.ts';
import type { Paraphraser } from '../guardrails/paraphrase/openai-paraphraser.ts';
import { classifyScope } from '../guardrails/scope/scope-rules.ts';
import { getPassage } from '../knowledge/passages/knowledge-base.ts';
import type { Passage } from '../knowledge/passages/passage-schema.ts';
import { retrievePassages } from '../knowledge/passages/retrieve.ts';

const SCAM_PASSAGES = ['scam-signs', 'verify-notice-is-real', 'report-impersonation'];
/** An answer shows at most this many passages: enough to answer, short enough to read on a phone. */
const MAX_ANSWER_PASSAGES = 2;

export type QuestionAnswererDeps = { logger: Logger; paraphraser?: Paraphraser | undefined };

/**
 * Answers a free-text question only from vetted passages, each with its source; refuses what is out
 * of scope; routes scam reports to the verification steps. The model, when configured, may only
 * reword the chosen passages, and the fidelity rail inside the paraphraser has the last word.
 */
export function createQuestionAnswerer(deps: QuestionAnswererDeps): QuestionAnswerer {
  return {
    async answer(context: TurnContext, question: string): Promise<void> {
      const scope = classifyScope(question);
      if (scope.kind === 'out_of_scope') {
        deps.logger.info({ category: scope.category }, 'question refused as out of scope');
        await context.sendActivity({
          ...MessageFactory.text(refusalMessage(scope.category)),
          channelData: { guidance: guidance('refusal') },
        });
        return;
      }
      if (scope.kind === 'scam_report') {
        const passages = SCAM_PASSAGES.map((id) => getPassage(id));
        await context.sendActivity(
          passageMessage(passages, passages.map((p) => p.text).join('\n\n'), 'scam-warning', false),
        );
        return;
      }
      const retrieval = retrievePassages(question, undefined, { max: MAX_ANSWER_PASSAGES });
      if (!retrieval.ok) {
        await context.sendActivity({
          ...MessageFactory.text(refusalMessage('unrelated')),
          channelData: { guidance: guidance('refusal') },
        });
        return;
      }
      const passages = retrieval.passages.map((scored) => scored.passage);
      const vetted = passages.map((p) => p.text).join('\n\n');
      const reply = deps.paraphraser
        ? await deps.paraphraser.paraphrase({
            passages: passages.map((p) => ({ id: p.id, version: p.version, text: p.text })),
            caseFacts: [],
            requiredFacts: [],
            style: 'plain',
          })
        : { text: vetted, paraphrased: false };
      await context.sendActivity(passageMessage(passages, reply.text, 'answer', reply.paraphrased));
    },
  };
}

/** A message built from vetted passages: the text, numbered sources, citations and the reply trace. */
export function passageMessage(
  passages: readonly Passage[],
  body: string,
  route: 'answer' | 'scam-warning',
  paraphrased: boolean,
): Partial<Activity> {
  const sources = passages.flatMap((p) => p.sources.slice(0, 1).map((s) => ({ passage: p, url: s.url })));
  const sourceLines = sources.map((s, i) => `[${i + 1}] ${s.passage.title}: ${s.url}`);
  const text = withDisclaimer(`${body}\n\nSources:\n${sourceLines.join('\n')}`, 'short');
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
