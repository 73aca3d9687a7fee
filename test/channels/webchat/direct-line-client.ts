/** A Direct Line 3.0 client for tests: the same calls Web Chat makes when polling. */

export type DlActivity = {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelId?: string;
  channelData?: Record<string, unknown>;
  attachments?: { contentType: string; content?: unknown; contentUrl?: string; name?: string }[];
  suggestedActions?: { actions: { title: string; value: string }[] };
};
export type DlPage = { activities: DlActivity[]; watermark: string };
export type DlConversation = { conversationId: string; token: string; expires_in: number };

export class DirectLineClient {
  readonly baseUrl: string;
  conversationId = '';
  token = '';
  watermark = '';

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  /** As the page does: a token from the bot, then Direct Line's start-conversation call with it. */
  async start(): Promise<DlConversation> {
    const minted = await fetch(`${this.baseUrl}/api/directline/token`, { method: 'POST' });
    if (minted.status !== 200) throw new Error(`token endpoint answered ${minted.status}`);
    const { token } = (await minted.json()) as DlConversation;
    const started = await this.request('POST', '/v3/directline/conversations', undefined, token);
    if (started.status !== 201) throw new Error(`start answered ${started.status}`);
    const conversation = (await started.json()) as DlConversation;
    this.conversationId = conversation.conversationId;
    this.token = conversation.token;
    return conversation;
  }

  request(
    method: string,
    path: string,
    body?: unknown,
    token: string | undefined = this.token,
  ): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  }

  post(
    activity: Record<string, unknown>,
    conversationId = this.conversationId,
    token = this.token,
  ): Promise<Response> {
    return this.request('POST', `/v3/directline/conversations/${conversationId}/activities`, activity, token);
  }

  /** As Direct Line JS posts a message with files: the activity and each file as multipart/form-data. */
  upload(
    activity: Record<string, unknown>,
    files: { type: string; bytes: Uint8Array; name: string }[],
    conversationId = this.conversationId,
    token = this.token,
  ): Promise<Response> {
    const form = new FormData();
    form.append(
      'activity',
      new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }),
    );
    for (const file of files) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
    return fetch(`${this.baseUrl}/v3/directline/conversations/${conversationId}/upload?userId=r_user`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  }

  async say(text: string, clientActivityID = `client-${text}`): Promise<string> {
    const response = await this.post({
      type: 'message',
      text,
      from: { id: 'r_webchat_user' },
      channelData: { clientActivityID },
    });
    if (response.status !== 200) throw new Error(`post answered ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  }

  get(
    watermark = this.watermark,
    conversationId = this.conversationId,
    token = this.token,
  ): Promise<Response> {
    return this.request(
      'GET',
      `/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`,
      undefined,
      token,
    );
  }

  /** The activities since the last poll, moving the watermark as Web Chat does. */
  async poll(): Promise<DlActivity[]> {
    const response = await this.get();
    if (response.status !== 200) throw new Error(`poll answered ${response.status}`);
    const page = (await response.json()) as DlPage;
    this.watermark = page.watermark;
    return page.activities;
  }
}

/** Polls as Web Chat does until the bot's messages so far pass `done` (a reply sent after a slow read, say). */
export async function pollUntil(
  client: DirectLineClient,
  done: (texts: string[]) => boolean,
  timeoutMs = 30_000,
): Promise<DlActivity[]> {
  const seen: DlActivity[] = [];
  const deadline = Date.now() + timeoutMs;
  while (!done(botTexts(seen))) {
    if (Date.now() > deadline) throw new Error(`timed out; bot said ${JSON.stringify(botTexts(seen))}`);
    seen.push(...(await client.poll()));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen;
}

export function botTexts(activities: readonly DlActivity[]): string[] {
  return activities.filter((a) => a.from.role === 'bot' && a.type === 'message').map((a) => a.text ?? '');
}
