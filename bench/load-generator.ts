import {
  checkReplies,
  messageActivity,
  SCRIPT,
  type ReplyCheck,
  type ServerKind,
} from './conversation-script.ts';
import { summarizeLatencies } from './latency-stats.ts';
import {
  LoadRequestSchema,
  type LoadMessage,
  type LoadResult,
  type PopulateRequest,
  type RunRequest,
  type SoakRequest,
} from './protocol.ts';

/*
 * The load generator, in its own process so that making requests never steals the server's event loop.
 * It drives N concurrent simulated conversations, each the whole triage script over POST /api/messages
 * with keep-alive (fetch's default agent), checks every reply, and times every request.
 */

/** Enough wrong replies to see the pattern without flooding the report. */
const MAX_ERROR_SAMPLES = 5;
const MAX_BODY_SHOWN = 200;
/** A request slower than this counts as an error rather than stalling its conversation. */
const REQUEST_TIMEOUT_MS = 10_000;

type Window = { measureStart: number; measureEnd: number };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Turn `turn` of user `user`'s conversation goes to this server: consecutive turns alternate between servers. */
function serverFor(urls: readonly string[], user: number, turn: number): string {
  return urls[(user + turn) % urls.length] ?? urls[0] ?? '';
}

async function runLoad(
  request: RunRequest,
  onPhase: (phase: 'measure' | 'drain') => void,
): Promise<LoadResult> {
  const start = performance.now();
  const window: Window = {
    measureStart: start + request.warmupMs,
    measureEnd: start + request.warmupMs + request.durationMs,
  };
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let conversationsCompleted = 0;
  let cpuAtStart = process.cpuUsage();
  let cpuDuringMeasure: NodeJS.CpuUsage | undefined;
  let phase: 'warmup' | 'measure' | 'drain' = 'warmup';

  // Idempotent, and forced once the load stops: when the last replies land in the same loop turn as
  // the end of the window, a timer alone could be cleared before it fires.
  const enterMeasure = () => {
    if (phase !== 'warmup') return;
    phase = 'measure';
    cpuAtStart = process.cpuUsage();
    onPhase('measure');
  };
  const enterDrain = () => {
    enterMeasure();
    if (phase !== 'measure') return;
    phase = 'drain';
    cpuDuringMeasure = process.cpuUsage(cpuAtStart);
    onPhase('drain');
  };
  const timers = [
    setTimeout(enterMeasure, request.warmupMs),
    setTimeout(enterDrain, request.warmupMs + request.durationMs),
  ];

  const recordError = (problem: string) => {
    errors += 1;
    if (errorSamples.length < MAX_ERROR_SAMPLES) errorSamples.push(problem);
  };

  const converse = async (user: number) => {
    // Paced conversations start spread over one pause, as people do, not all in the same millisecond.
    await sleep((user * request.thinkMs) / request.concurrency);
    for (let n = 0; performance.now() < window.measureEnd; n += 1) {
      const conversationId = `${request.conversationPrefix}-${user}-${n}`;
      let turn = 0;
      for (; turn < SCRIPT.length && performance.now() < window.measureEnd; turn += 1) {
        const sentAt = performance.now();
        const check = await sendTurn(serverFor(request.urls, user, turn), request.kind, conversationId, turn);
        const answeredAt = performance.now();
        if (!check.ok) {
          // The conversation's state can no longer be trusted: start a fresh one.
          recordError(check.problem);
          break;
        }
        if (sentAt >= window.measureStart && answeredAt <= window.measureEnd) {
          latencies.push(answeredAt - sentAt);
          if (turn === SCRIPT.length - 1) conversationsCompleted += 1;
        }
        if (request.thinkMs > 0) await sleep(request.thinkMs);
      }
    }
  };

  await Promise.all(Array.from({ length: request.concurrency }, (_, user) => converse(user)));
  timers.forEach(clearTimeout);
  enterDrain();

  const measuredMs = request.durationMs;
  const cpuMicros = cpuDuringMeasure ? cpuDuringMeasure.user + cpuDuringMeasure.system : 0;
  return {
    turns: latencies.length,
    measuredMs,
    turnsPerSecond: latencies.length / (measuredMs / 1000),
    conversationsCompleted,
    latency: summarizeLatencies(latencies),
    errors,
    errorSamples,
    loadCpuShare: cpuMicros / 1000 / measuredMs,
  };
}

async function sendTurn(
  url: string,
  kind: ServerKind,
  conversationId: string,
  turn: number,
): Promise<ReplyCheck> {
  const text = SCRIPT[turn]?.text ?? '';
  try {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(conversationId, text)),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status !== 200) {
      const body = (await response.text()).slice(0, MAX_BODY_SHOWN);
      return { ok: false, problem: `turn ${turn + 1} "${text}": HTTP ${response.status} ${body}` };
    }
    return checkReplies(kind, turn, await response.json());
  } catch (error) {
    return { ok: false, problem: `turn ${turn + 1} "${text}": request failed: ${String(error)}` };
  }
}

/** Creates live conversations (each `turns` turns of the script, every reply checked) as fast as `concurrency` allows. */
export async function populate(
  request: PopulateRequest,
): Promise<Extract<LoadMessage, { type: 'populated' }>> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let created = 0;
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < request.conversations; index = next++) {
      const conversationId = `${request.conversationPrefix}-${index}`;
      let complete = true;
      for (let turn = 0; turn < Math.min(request.turns, SCRIPT.length); turn += 1) {
        const sentAt = performance.now();
        const check = await sendTurn(serverFor(request.urls, index, turn), 'bot', conversationId, turn);
        latencies.push(performance.now() - sentAt);
        if (!check.ok) {
          errors += 1;
          if (errorSamples.length < MAX_ERROR_SAMPLES) errorSamples.push(check.problem);
          complete = false;
          break;
        }
      }
      if (complete) created += 1;
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, worker));
  return {
    type: 'populated',
    conversations: created,
    errors,
    errorSamples,
    latency: summarizeLatencies(latencies),
  };
}

/**
 * Whole conversations at a steady total rate: each of `concurrency` users sends a turn every
 * concurrency / rate seconds (sooner never; later only when the server is slower than the pace), and
 * every `sampleMs` the latencies of that interval go to the orchestrator as a `tick`.
 */
export async function soak(request: SoakRequest, onTick: (tick: LoadMessage) => void): Promise<LoadResult> {
  const start = performance.now();
  const end = start + request.durationMs;
  const intervalMs = (request.concurrency * 1000) / request.turnsPerSecond;
  const all: number[] = [];
  let window: number[] = [];
  let windowErrors = 0;
  const errorSamples: string[] = [];
  let errors = 0;
  let conversationsCompleted = 0;
  const cpuAtStart = process.cpuUsage();
  const ticker = setInterval(() => {
    onTick({
      type: 'tick',
      elapsedMs: performance.now() - start,
      turns: window.length,
      errors: windowErrors,
      latency: summarizeLatencies(window),
    });
    window = [];
    windowErrors = 0;
  }, request.sampleMs);

  const user = async (id: number) => {
    // Spread the users over one interval so the rate is steady, not bursts of `concurrency` at once.
    let due = start + (id * intervalMs) / request.concurrency;
    for (let n = 0; performance.now() < end; n += 1) {
      const conversationId = `${request.conversationPrefix}-${id}-${n}`;
      for (let turn = 0; turn < SCRIPT.length; turn += 1) {
        await sleep(due - performance.now());
        if (performance.now() >= end) return;
        due += intervalMs;
        const sentAt = performance.now();
        const check = await sendTurn(serverFor(request.urls, id, turn), 'bot', conversationId, turn);
        const latency = performance.now() - sentAt;
        if (!check.ok) {
          errors += 1;
          windowErrors += 1;
          if (errorSamples.length < MAX_ERROR_SAMPLES) errorSamples.push(check.problem);
          break;
        }
        all.push(latency);
        window.push(latency);
        if (turn === SCRIPT.length - 1) conversationsCompleted += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, (_, id) => user(id)));
  clearInterval(ticker);
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    turns: all.length,
    measuredMs: request.durationMs,
    turnsPerSecond: all.length / (request.durationMs / 1000),
    conversationsCompleted,
    latency: summarizeLatencies(all),
    errors,
    errorSamples,
    loadCpuShare: (cpu.user + cpu.system) / 1000 / request.durationMs,
  };
}

function send(message: LoadMessage): void {
  process.send?.(message);
}

if (process.send) {
  process.on('message', (raw) => {
    const request = LoadRequestSchema.parse(raw);
    const failed = (error: unknown) => send({ type: 'failed', message: String(error) });
    switch (request.type) {
      case 'run':
        runLoad(request, (phase) => send({ type: 'phase', phase })).then(
          (result) => send({ type: 'result', result }),
          failed,
        );
        break;
      case 'populate':
        populate(request).then(send, failed);
        break;
      case 'soak':
        soak(request, send).then((result) => send({ type: 'result', result }), failed);
        break;
    }
  });
  process.on('disconnect', () => process.exit(0));
}
