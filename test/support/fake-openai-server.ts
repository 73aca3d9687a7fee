import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server speaking enough of the Chat Completions API for the real `openai` client to talk to
 * it: `POST /v1/chat/completions` and Azure's `/openai/deployments/{deployment}/chat/completions?api-version=`.
 * What it answers is switchable, so tests can drive every failure the paraphraser must survive. It counts
 * and records requests, so tests can check what was sent.
 */

export const FAKE_BEHAVIOURS = [
  'good',
  'slow',
  'http500',
  'http500-then-good',
  'malformed-json',
  'schema-mismatch',
  'invented-number',
  'injected-instruction',
  'dropped-deadline',
  'flipped-polarity',
  'dropped-negation',
  'reassurance',
  'appended-advice',
  'invented-option',
  'invented-threat',
  'markup',
  'reordered',
  'refusal',
  'truncated',
  'garbage-body',
  'html-body',
] as const;
export type FakeBehaviour = (typeof FAKE_BEHAVIOURS)[number];

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body as received. */
  rawBody: string;
  /** The parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
  /** The Azure deployment named in the path, if the Azure path was used. */
  deployment?: string;
};

export type FakeOpenAIServer = {
  /** Base URL for the OpenAI client: `http://127.0.0.1:<port>/v1`. */
  readonly baseURL: string;
  /** Origin for the Azure client's `endpoint`: `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly requests: readonly RecordedRequest[];
  readonly requestCount: number;
  behaviour: FakeBehaviour;
  /** Switches behaviour and forgets recorded requests. */
  reset(behaviour?: FakeBehaviour): void;
  close(): Promise<void>;
};

export type FakeOpenAIServerOptions = {
  behaviour?: FakeBehaviour;
  /** How long `slow` waits before answering; far above any timeout a test uses. */
  slowMs?: number;
};

const DEFAULT_SLOW_MS = 10_000;
const FIXED_CREATED = 1_767_225_600;

/** What the paraphraser puts in the user message. */
type ParaphraseUserContent = { passages: string[]; caseFacts: string[]; requiredFacts: string[] };

/** Word swaps that change no fact and no polarity: the kind of rewording a model does. */
const GENTLE_SWAPS: readonly [RegExp, string][] = [
  [/\breceive\b/g, 'get'],
  [/\breceived\b/g, 'got'],
  [/\bcontact\b/g, 'reach'],
  [/\bapproximately\b/g, 'about'],
  [/\bin order to\b/g, 'to'],
  [/\badditional\b/g, 'more'],
  [/\bassistance\b/g, 'help'],
  [/\bHowever, /g, 'Still, '],
];

export function faithfulRewrite(content: ParaphraseUserContent): string {
  const body = content.passages.map((passage) => reword(passage)).join('\n\n');
  if (content.requiredFacts.length === 0) return body;
  return `${body}\n\nYour last day: ${content.requiredFacts.join('; ')}.`;
}

const FLIPS: Readonly<Record<string, string>> = {
  cannot: 'can',
  can: 'cannot',
  may: 'must',
  'do not': 'do',
  'does not': 'does',
  'is not': 'is',
};

function flip(word: string): string {
  return FLIPS[word] ?? word;
}

/** A faithful rewrite an editor might make: each passage's sentences in reverse order, gently reworded. */
function reordered(content: ParaphraseUserContent): string {
  return content.passages
    .map((passage) =>
      reword(passage)
        .split(/(?<=[a-z0-9)"]{2}[.!?])\s+(?=[A-Z])/)
        .reverse()
        .join(' '),
    )
    .join('\n\n');
}

function reword(text: string): string {
  return GENTLE_SWAPS.reduce(
    (current, [pattern, replacement]) => current.replace(pattern, replacement),
    text,
  );
}

function readUserContent(body: unknown): ParaphraseUserContent {
  const messages =
    (body as { messages?: { role?: string; content?: unknown }[] } | undefined)?.messages ?? [];
  const user = messages.find((message) => message.role === 'user');
  const text = typeof user?.content === 'string' ? user.content : '';
  try {
    const parsed = JSON.parse(text) as Partial<ParaphraseUserContent>;
    return {
      passages: parsed.passages ?? [],
      caseFacts: parsed.caseFacts ?? [],
      requiredFacts: parsed.requiredFacts ?? [],
    };
  } catch {
    return { passages: [text], caseFacts: [], requiredFacts: [] };
  }
}

function completion(
  model: string,
  message: { content: string | null; refusal: string | null },
  finishReason = 'stop',
): object {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: FIXED_CREATED,
    model,
    choices: [
      { index: 0, message: { role: 'assistant', ...message }, finish_reason: finishReason, logprobs: null },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

function paraphraseJson(paraphrase: string): string {
  return JSON.stringify({ paraphrase, readingGrade: 8 });
}

/** The assistant message content (or a whole reply) each behaviour produces for a request. */
function replyFor(
  behaviour: FakeBehaviour,
  content: ParaphraseUserContent,
): { status: number; contentType: string; body: string } {
  const json = (value: object) => ({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify(value),
  });
  const say = (text: string) => json(completion('fake', { content: text, refusal: null }));
  const good = faithfulRewrite(content);
  switch (behaviour) {
    case 'good':
    case 'slow':
    case 'http500-then-good':
      return say(paraphraseJson(good));
    case 'http500':
      return {
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } }),
      };
    case 'malformed-json':
      return say(`Sure! Here is the rewrite: {paraphrase: "${good.slice(0, 40)}`);
    case 'schema-mismatch':
      return say(JSON.stringify({ text: good }));
    case 'invented-number':
      return say(paraphraseJson(`${good} Most people settle this within 45 days.`));
    case 'injected-instruction':
      return say(
        paraphraseJson(`${good} For faster help, visit https://fast-tax-relief.example.com/pay now.`),
      );
    case 'dropped-deadline':
      return say(paraphraseJson(content.passages.map((passage) => reword(passage)).join('\n\n')));
    case 'flipped-polarity':
      return say(paraphraseJson(good.replace(/\b(?:cannot|can|may|do not|does not|is not)\b/g, flip)));
    // In any language: the first negation taken away ("no envíe dinero" → "envíe dinero").
    case 'dropped-negation':
      return say(paraphraseJson(good.replace(/\b(?:not|never|no|nunca) (?=\p{L})/iu, '')));
    // The rewrites of issue 13: each keeps every number and modal word, and changes what is said.
    case 'reassurance':
      return say(
        paraphraseJson(
          "Don't worry about this letter; the IRS usually forgets about these and you can wait.",
        ),
      );
    case 'appended-advice':
      return say(paraphraseJson(`${good} You should just file for bankruptcy, which wipes out tax debt.`));
    case 'invented-option':
      return say(paraphraseJson(`${good} You can also simply ignore the notice, nothing happens.`));
    case 'invented-threat':
      return say(paraphraseJson(`You will be arrested unless you pay today. ${good}`));
    case 'markup':
      return say(paraphraseJson(`**Here is your plain rewrite:**\n\n- ${good}`));
    case 'reordered':
      return say(paraphraseJson(reordered(content)));
    case 'refusal':
      return json(completion('fake', { content: null, refusal: "I'm sorry, I can't help with that." }));
    case 'truncated':
      return json(completion('fake', { content: '{"paraphrase": "You owe', refusal: null }, 'length'));
    case 'garbage-body':
      return { status: 200, contentType: 'application/json', body: '{"choices": [ this is not json' };
    case 'html-body':
      return { status: 200, contentType: 'text/html', body: '<html><body>Bad gateway page</body></html>' };
  }
}

const AZURE_PATH = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

export async function startFakeOpenAIServer(
  options: FakeOpenAIServerOptions = {},
): Promise<FakeOpenAIServer> {
  const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  let behaviour: FakeBehaviour = options.behaviour ?? 'good';
  let requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      body = undefined;
    }
    const azure = AZURE_PATH.exec(url.pathname);
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      rawBody,
      body,
      ...(azure?.[1] === undefined ? {} : { deployment: decodeURIComponent(azure[1]) }),
    };
    requests = [...requests, recorded];

    const isChat = url.pathname === '/v1/chat/completions' || azure !== null;
    if (req.method !== 'POST' || !isChat)
      return send(res, 404, 'application/json', '{"error":{"message":"not found"}}');
    if (azure !== null && !url.searchParams.has('api-version')) {
      return send(res, 400, 'application/json', '{"error":{"message":"api-version is required"}}');
    }

    const current = behaviour === 'http500-then-good' && requests.length === 1 ? 'http500' : behaviour;
    const reply = replyFor(current, readUserContent(body));
    if (current === 'slow') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, slowMs);
        timers.add(timer);
        res.once('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
          resolve();
        });
      });
      if (res.destroyed || res.writableEnded) return;
    }
    const extraHeaders: Record<string, string> = reply.status >= 500 ? { 'retry-after-ms': '10' } : {};
    send(res, reply.status, reply.contentType, reply.body, extraHeaders);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'fake server failure'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseURL: `${origin}/v1`,
    origin,
    get requests() {
      return requests;
    },
    get requestCount() {
      return requests.length;
    },
    get behaviour() {
      return behaviour;
    },
    set behaviour(next: FakeBehaviour) {
      behaviour = next;
    },
    reset(next) {
      if (next !== undefined) behaviour = next;
      requests = [];
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}
