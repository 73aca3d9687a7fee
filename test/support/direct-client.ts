import { randomUUID } from 'node:crypto';

export type BotReply = {
  type: string;
  text?: string;
  attachments?: unknown[];
  channelData?: { guidance?: { route: string; disclaimer: boolean } };
};

/**
 * A Bot Framework client for tests: posts activities to /api/messages with deliveryMode "expectReplies",
 * so the bot's replies come back in the HTTP response instead of through a connector.
 */
export class ExpectRepliesClient {
  readonly conversationId: string;
  private readonly baseUrl: string;

  /** A new conversation, or one already under way (on another instance, say) when its id is given. */
  constructor(baseUrl: string, conversationId = `test-${randomUUID()}`) {
    this.baseUrl = baseUrl;
    this.conversationId = conversationId;
  }

  async send(text: string, extra: Record<string, unknown> = {}): Promise<BotReply[]> {
    const response = await this.post({ type: 'message', text, ...extra });
    if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}`);
    const body = (await response.json()) as { activities: BotReply[] };
    return body.activities.filter((a) => a.type === 'message');
  }

  post(activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        id: randomUUID(),
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/unused',
        timestamp: new Date().toISOString(),
        conversation: { id: this.conversationId },
        from: { id: 'user-1', name: 'Test User' },
        recipient: { id: 'bot-1', name: 'Notice Navigator' },
        deliveryMode: 'expectReplies',
        ...activity,
      }),
    });
  }
}
