import { existsSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { createClient } from '@keyv/redis';
import type { IpcChannel } from './ipc-channel.ts';
import {
  formatMemoryTable,
  formatSoakSample,
  soakMemoryVerdict,
  type MemoryRow,
  type SoakSample,
} from './ops-report.ts';
import type { LoadMessage, LoadResult, ServerMessage } from './protocol.ts';
import { ms, type TargetVerdict } from './report.ts';
import type { Backend, BenchSettings } from './settings.ts';

/*
 * The opt-in modes of `npm run bench` (BENCH_MODES=memory,soak): memory per live conversation, and a
 * long run at a steady rate with memory and p99 sampled on the way. Servers run with --expose-gc so
 * every memory sample is taken after a full collection: what is left is what the process keeps.
 */

type Sample = Extract<ServerMessage, { type: 'sample' }>;

export type BotServer = {
  url: string;
  sample(gc: boolean): Promise<Sample>;
  stop(): Promise<void>;
  /** The SQLite state file, for the sqlite backend. */
  statePath: string | undefined;
};
export type BotServerStarter = (backend: Backend, execArgv: string[]) => Promise<BotServer>;

export type ModeContext = {
  settings: BenchSettings;
  runId: string;
  load: IpcChannel<LoadMessage>;
  startBot: BotServerStarter;
  /** Why Redis cannot be used, when it cannot. */
  redisProblem: string | undefined;
  log: (line: string) => void;
};

const GC_ARGV = ['--expose-gc'];
/** Conversations run before the baseline sample, so code loading and caches are not counted per conversation. */
const WARMUP_CONVERSATIONS = 50;
/** Creating 10,000 conversations takes about a minute; this only catches a stuck load generator. */
const POPULATE_TIMEOUT_MS = 30 * 60 * 1000;
const TICK_SLACK_MS = 30_000;
const SQLITE_TABLE = 'keyv';
const REDIS_SCAN_COUNT = 1000;

export type MemoryModeResult = { rows: MemoryRow[]; skipped: string[]; failed: boolean };

export async function runMemoryMode(context: ModeContext): Promise<MemoryModeResult> {
  const { settings, log } = context;
  log(
    `\nMemory per live conversation: ${settings.BENCH_MEMORY_CONVERSATIONS} conversations of ` +
      `${settings.BENCH_MEMORY_TURNS} turns each, per backend, created through POST /api/messages`,
  );
  const rows: MemoryRow[] = [];
  const skipped: string[] = [];
  let failed = false;
  for (const backend of settings.BENCH_BACKENDS) {
    if (backend === 'redis' && context.redisProblem !== undefined) {
      skipped.push(`redis: ${context.redisProblem}`);
      log(`  redis: skipped, ${context.redisProblem}`);
      continue;
    }
    try {
      const row = await measureMemory(context, backend);
      rows.push(row);
      log(`  ${backend}: ${row.conversations} conversations created, ${row.errors} errors`);
      for (const problem of row.errorSamples ?? []) log(`    error: ${problem}`);
    } catch (error) {
      failed = true;
      log(`  ${backend}: FAILED, ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (rows.length > 0) {
    log(`\n${formatMemoryTable(rows)}`);
    log(
      '  state B/conv: what the store holds per conversation (SQLite rows, Redis MEMORY USAGE); file B/conv: the\n' +
        '  SQLite file with its WAL over the conversations; RSS and heap B/conv: growth of the server process\n' +
        '  (after a full GC) from a warmed-up baseline to the end, per conversation.',
    );
  }
  return { rows, skipped, failed };
}

async function measureMemory(context: ModeContext, backend: Backend): Promise<MemoryRow> {
  const { settings, load } = context;
  const prefix = `${context.runId}-mem-${backend}`;
  const server = await context.startBot(backend, GC_ARGV);
  let stopped = false;
  try {
    const warm = await populate(load, server.url, `${prefix}-warm`, WARMUP_CONVERSATIONS, settings);
    if (warm.errors > 0) throw new Error(`warm-up errors: ${warm.errorSamples.join(' | ')}`);
    const before = await server.sample(true);
    const created = await populate(load, server.url, prefix, settings.BENCH_MEMORY_CONVERSATIONS, settings);
    const after = await server.sample(true);
    const stateBytes = backend === 'redis' ? await redisBytes(settings.BENCH_REDIS_URL, prefix) : null;
    await server.stop();
    stopped = true;
    const sqlite = server.statePath ? sqliteBytes(server.statePath, prefix) : undefined;
    return {
      backend,
      conversations: created.conversations,
      turnsPerConversation: settings.BENCH_MEMORY_TURNS,
      errors: created.errors,
      stateBytes: sqlite?.rowBytes ?? stateBytes,
      fileBytes: sqlite?.fileBytes ?? null,
      rssBeforeBytes: before.rssBytes,
      rssAfterBytes: after.rssBytes,
      heapBeforeBytes: before.heapUsedBytes,
      heapAfterBytes: after.heapUsedBytes,
      turnLatency: created.latency,
      errorSamples: created.errorSamples,
    };
  } finally {
    if (!stopped) await server.stop();
  }
}

async function populate(
  load: IpcChannel<LoadMessage>,
  url: string,
  prefix: string,
  conversations: number,
  settings: BenchSettings,
): Promise<Extract<LoadMessage, { type: 'populated' }>> {
  load.send({
    type: 'populate',
    urls: [url],
    conversationPrefix: prefix,
    conversations,
    turns: settings.BENCH_MEMORY_TURNS,
    concurrency: settings.BENCH_CONCURRENCY,
  });
  const message = await load.next(['populated', 'failed'], POPULATE_TIMEOUT_MS);
  if (message.type === 'failed') throw new Error(`load generator: ${message.message}`);
  return message;
}

/** Rows of the measured conversations (key and value bytes) and the whole file, read after the server closed it. */
function sqliteBytes(path: string, prefix: string): { rowBytes: number; fileBytes: number } {
  const fileBytes = ['', '-wal'].reduce(
    (sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0),
    0,
  );
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const row = db
      .prepare(
        `SELECT COALESCE(SUM(LENGTH(CAST(key AS BLOB)) + LENGTH(CAST(value AS BLOB))), 0) AS bytes FROM ${SQLITE_TABLE} WHERE instr(key, ?) > 0`,
      )
      .get(`${prefix}-`) as { bytes: number } | undefined;
    return { rowBytes: Number(row?.bytes ?? 0), fileBytes };
  } finally {
    db.close();
  }
}

/** Sum of Redis's own MEMORY USAGE over the keys of the measured conversations. */
async function redisBytes(url: string, prefix: string): Promise<number> {
  const client = createClient({ url });
  await client.connect();
  try {
    let total = 0;
    for await (const batch of client.scanIterator({ MATCH: `*${prefix}-*`, COUNT: REDIS_SCAN_COUNT })) {
      const keys: string[] = Array.isArray(batch) ? batch : [batch];
      const sizes = await Promise.all(keys.map((key) => client.memoryUsage(key)));
      total += sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
    }
    return total;
  } finally {
    await client.close();
  }
}

export type SoakModeResult = {
  backend: Backend;
  turnsPerSecondTarget: number;
  baseline: { rssBytes: number; heapUsedBytes: number } | null;
  samples: SoakSample[];
  load: LoadResult | null;
  verdict: TargetVerdict | null;
  failed: boolean;
};

export async function runSoakMode(context: ModeContext): Promise<SoakModeResult> {
  const { settings, log, load } = context;
  const backend = settings.BENCH_SOAK_BACKEND;
  const result: SoakModeResult = {
    backend,
    turnsPerSecondTarget: settings.BENCH_SOAK_RATE,
    baseline: null,
    samples: [],
    load: null,
    verdict: null,
    failed: false,
  };
  log(
    `\nSoak: ${settings.BENCH_SOAK_S} s at ${settings.BENCH_SOAK_RATE} turns/s over ${settings.BENCH_CONCURRENCY} ` +
      `conversations, ${backend} state, memory (after GC) and p99 every ${settings.BENCH_SOAK_SAMPLE_S} s`,
  );
  if (backend === 'redis' && context.redisProblem !== undefined) {
    log(`  skipped, ${context.redisProblem}`);
    return result;
  }
  const server = await context.startBot(backend, GC_ARGV);
  try {
    const baseline = await server.sample(true);
    result.baseline = { rssBytes: baseline.rssBytes, heapUsedBytes: baseline.heapUsedBytes };
    const sampleMs = settings.BENCH_SOAK_SAMPLE_S * 1000;
    load.send({
      type: 'soak',
      urls: [server.url],
      conversationPrefix: `${context.runId}-soak`,
      turnsPerSecond: settings.BENCH_SOAK_RATE,
      concurrency: settings.BENCH_CONCURRENCY,
      durationMs: settings.BENCH_SOAK_S * 1000,
      sampleMs,
    });
    for (;;) {
      const message = await load.next(['tick', 'result', 'failed'], sampleMs + TICK_SLACK_MS);
      if (message.type === 'failed') throw new Error(`load generator: ${message.message}`);
      if (message.type === 'result') {
        result.load = message.result;
        break;
      }
      const memory = await server.sample(true);
      const sample: SoakSample = {
        elapsedS: message.elapsedMs / 1000,
        turns: message.turns,
        turnsPerSecond: message.turns / settings.BENCH_SOAK_SAMPLE_S,
        p50Ms: message.latency.p50Ms,
        p99Ms: message.latency.p99Ms,
        errors: message.errors,
        rssBytes: memory.rssBytes,
        heapUsedBytes: memory.heapUsedBytes,
      };
      result.samples.push(sample);
      log(formatSoakSample(sample));
    }
    result.verdict = soakMemoryVerdict(result.samples);
    const whole = result.load;
    log(
      `  whole soak: ${whole.turns} turns, ${whole.turnsPerSecond.toFixed(1)} turns/s, ` +
        `p50 ${ms(whole.latency.p50Ms)} ms, p99 ${ms(whole.latency.p99Ms)} ms, max ${ms(whole.latency.maxMs)} ms, ` +
        `${whole.errors} errors, ${whole.conversationsCompleted} conversations completed`,
    );
    for (const problem of whole.errorSamples) log(`  error: ${problem}`);
  } catch (error) {
    result.failed = true;
    log(`  FAILED, ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server.stop();
  }
  return result;
}
