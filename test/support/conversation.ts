import { ActivityTypes, TestAdapter, type Activity, type Storage } from 'botbuilder';
import Keyv from 'keyv';
import { CaseStore } from '../../src/storage/case-store.ts';
import { createIntakeService } from '../../src/bot/intake-service.ts';
import { NoticeBot } from '../../src/bot/notice-bot.ts';
import { createPrivacyActions } from '../../src/bot/privacy.ts';
import { createQuestionAnswerer } from '../../src/bot/question-answerer.ts';
import { createResultPresenter } from '../../src/bot/result-presenter.ts';
import { createStorage } from '../../src/storage/create-storage.ts';
import type { IntakeStore } from '../../src/intake/intake-store.ts';
import { SqliteIntakeStore } from '../../src/intake/sqlite-intake-store.ts';
import { createLogger } from '../../src/logger.ts';
import { inputRails } from '../../src/guardrails/rail-order.ts';
import type { InputRail } from '../../src/guardrails/verdict.ts';

export type Guidance = { route: string; passageIds: string[]; disclaimer: boolean; paraphrased: boolean };
export type Reply = Partial<Activity> & { text: string; guidance: Guidance };

/**
 * A conversation with the real bot through botbuilder's TestAdapter: each `say` runs one whole turn
 * (rails, dialogs, state) and returns every message the bot sent in it.
 */
export class TestConversation {
  readonly adapter: TestAdapter;
  readonly storage: Storage;
  readonly intakes: IntakeStore;
  readonly cases: CaseStore;

  constructor(options: {
    today: string;
    storage?: Storage;
    bookingUrl?: string;
    /** The input rails, when a test plants its own; the product's declared rails otherwise. */
    inputRails?: readonly InputRail[];
    /** The channel's language tag on every message ("es-US"), as Web Chat and Teams send it. */
    locale?: string;
  }) {
    this.storage = options.storage ?? createStorage({ ttlMs: 60_000 }).storage;
    this.intakes = new SqliteIntakeStore({ path: ':memory:' });
    this.cases = new CaseStore(new Keyv(), 60_000);
    const logger = createLogger('silent');
    const now = () => new Date(`${options.today}T15:00:00Z`);
    const bot = new NoticeBot({
      storage: this.storage,
      logger,
      today: () => options.today,
      inputRails: options.inputRails ?? inputRails({ maxChars: 2000 }),
      answerer: createQuestionAnswerer({}),
      presenter: createResultPresenter({ cases: this.cases, publicBaseUrl: 'https://bot.example.test', now }),
      intake: createIntakeService({
        store: this.intakes,
        firmName: 'Example Tax Partners',
        bookingUrl: options.bookingUrl,
        now,
        logger,
      }),
      privacy: createPrivacyActions({ intakes: this.intakes, cases: this.cases, now }),
    });
    this.adapter = new TestAdapter(
      (context) => bot.run(context),
      options.locale === undefined ? undefined : { locale: options.locale },
    );
  }

  async say(text: string): Promise<Reply[]> {
    await this.adapter.receiveActivity(text);
    return this.drain();
  }

  async join(): Promise<Reply[]> {
    const ref = this.adapter.conversation;
    await this.adapter.processActivity({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [ref.user!],
      recipient: ref.bot,
      from: ref.user,
    });
    return this.drain();
  }

  private drain(): Reply[] {
    const sent = this.adapter.activeQueue.splice(0);
    return sent
      .filter((a) => a.type === ActivityTypes.Message)
      .map((a) => ({
        ...a,
        text: a.text ?? '',
        guidance: (a.channelData as { guidance: Guidance }).guidance,
      }));
  }
}
