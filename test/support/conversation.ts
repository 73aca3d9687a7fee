import { ActivityTypes, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { NoticeBot } from '../../src/bot/notice-bot.ts';
import { createQuestionAnswerer } from '../../src/bot/question-answerer.ts';
import { createStorage } from '../../src/bot/storage/create-storage.ts';
import { createLogger } from '../../src/logger.ts';

export type Guidance = { route: string; passageIds: string[]; disclaimer: boolean; paraphrased: boolean };
export type Reply = Partial<Activity> & { text: string; guidance: Guidance };

/**
 * A conversation with the real bot through botbuilder's TestAdapter: each `say` runs one whole turn
 * (rails, dialogs, state) and returns every message the bot sent in it.
 */
export class TestConversation {
  readonly adapter: TestAdapter;
  readonly storage: Storage;

  constructor(options: { today: string; storage?: Storage }) {
    this.storage = options.storage ?? createStorage({ ttlMs: 60_000 }).storage;
    const logger = createLogger('silent');
    const bot = new NoticeBot({
      storage: this.storage,
      logger,
      today: () => options.today,
      maxMessageChars: 2000,
      answerer: createQuestionAnswerer({}),
    });
    this.adapter = new TestAdapter((context) => bot.run(context));
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
