import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerKind } from './conversation-script.ts';
import { IpcChannel } from './ipc-channel.ts';
import {
  LoadMessageSchema,
  ServerMessageSchema,
  type LoadMessage,
  type RunRequest,
  type LoadResult,
  type ServerMessage,
} from './protocol.ts';
import {
  contentionNote,
  evaluateTargets,
  formatTable,
  ms,
  percent,
  scenarioName,
  SCALE_OUT_INSTANCES,
  throughputRatios,
  turnsPerCpuSecond,
  type Scenario,
  type ScenarioOutcome,
} from './report.ts';
import { BENCH_TODAY, loadBenchSettings, type Backend, type BenchSettings } from './settings.ts';
import { runMemoryMode, runSoakMode, type BotServerStarter } from './ops-modes.ts';

/*
 * `npm run bench`: each server under test in its own process, the load from another, one scenario after
 * the other, then a table, the ratios, the targets as PASS/FAIL lines and bench/results/latest.json.
 * Environment: BENCH_CONCURRENCY, BENCH_WARMUP_S, BENCH_DURATION_S, BENCH_THINK_MS, BENCH_PACED_S,
 * BENCH_BACKENDS (memory,sqlite,redis), BENCH_REDIS_URL, BENCH_RESULTS_PATH, BENCH_CPU_PROF_DIR (see
 * bench/settings.ts).
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SERVER_SCRIPTS: Record<ServerKind, string> = {
  restify: here('./servers/restify-server.ts'),
  echo: here('./servers/echo-bot-server.ts'),
  bot: here('./servers/notice-bot-server.ts'),
};
const LOAD_GENERATOR = here('./load-generator.ts');

const SERVER_START_TIMEOUT_MS = 30_000;
const SERVER_STOP_TIMEOUT_MS = 5_000;
const SAMPLE_TIMEOUT_MS = 5_000;
/** Slack on top of a phase's planned length before the bench gives up on the load generator. */
const PHASE_SLACK_MS = 30_000;
const REDIS_PROBE_TIMEOUT_MS = 1_000;
const READY_POLL_MS = 100;
/** Bench conversations expire after ~15 minutes, so runs against a shared Redis leave nothing lasting behind. */
const STATE_TTL_DAYS = '0.01';
const OUTPUT_TAIL_CHARS = 4_000;
/** Only what a server needs from the caller's environment: a stray REDIS_URL or NODE_ENV must not leak in. */
const INHERITED_ENV = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'TZ'];

type ServerChannel = IpcChannel<ServerMessage>;
type LoadChannel = IpcChannel<LoadMessage>;

async function main(): Promise<number> {
  const loaded = loadBenchSettings(process.env);
  if (!loaded.ok) {
    console.error(`Bench settings error:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}`);
    return 2;
  }
  const { settings } = loaded;
  const startedAt = new Date();
  const runId = `bench-${startedAt.getTime().toString(36)}`;
  const workDir = mkdtempSync(join(tmpdir(), 'notice-navigator-bench-'));
  const modes = settings.BENCH_MODES;
  const scenarios = modes.includes('scenarios')
    ? planScenarios(settings.BENCH_BACKENDS, settings.BENCH_THINK_MS)
    : [];
  const redisProblem =
    settings.BENCH_BACKENDS.includes('redis') || settings.BENCH_SOAK_BACKEND === 'redis'
      ? await probeRedis(settings.BENCH_REDIS_URL)
      : undefined;

  const timing = modes.includes('scenarios')
    ? `${settings.BENCH_WARMUP_S} s warm-up + ${settings.BENCH_DURATION_S} s measured per scenario ` +
      `(paced: ${settings.BENCH_THINK_MS} ms between a reply and the next message, ${settings.BENCH_PACED_S} s measured), `
    : '';
  console.log(
    `Notice Navigator bench (${modes.join(', ')}): ${settings.BENCH_CONCURRENCY} concurrent conversations, ` +
      `${timing}Node ${process.version}, ${cpus().length} CPUs, bot's today ${BENCH_TODAY}`,
  );
  const load = startChild(LOAD_GENERATOR, {}, []);
  const loadChannel: LoadChannel = new IpcChannel(load.child, LoadMessageSchema, load.tail);
  const outcomes: ScenarioOutcome[] = [];
  let memory: Awaited<ReturnType<typeof runMemoryMode>> | undefined;
  let soak: Awaited<ReturnType<typeof runSoakMode>> | undefined;
  const startBot: BotServerStarter = async (backend, execArgv) => {
    // Each memory or soak run starts from an empty file, whatever ran before it.
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(workDir, `bot-state.sqlite${suffix}`), { force: true });
    const server = startChild(
      SERVER_SCRIPTS.bot,
      serverEnv({ kind: 'bot', backend }, settings, workDir),
      execArgv,
    );
    const channel: ServerChannel = new IpcChannel(server.child, ServerMessageSchema, server.tail);
    try {
      const { port } = await channel.next(['listening'], SERVER_START_TIMEOUT_MS);
      await waitReady(`http://127.0.0.1:${port}`);
      return {
        url: `http://127.0.0.1:${port}`,
        sample: (gc) => sample(channel, gc),
        stop: () => stopServer(server.child, channel),
        statePath: backend === 'sqlite' ? join(workDir, 'bot-state.sqlite') : undefined,
      };
    } catch (error) {
      await stopServer(server.child, channel);
      throw error;
    }
  };
  try {
    for (const scenario of scenarios) {
      const name = scenarioName(scenario);
      if (scenario.backend === 'redis' && redisProblem !== undefined) {
        console.log(`  ${name}: skipped, ${redisProblem}`);
        outcomes.push({ ...scenario, status: 'skipped', reason: redisProblem });
        continue;
      }
      try {
        const outcome = await runScenario(scenario, settings, loadChannel, { runId, workDir });
        outcomes.push(outcome);
        console.log(`  ${name}: ${describe(outcome.load)}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        console.log(`  ${name}: FAILED, ${reason}`);
        outcomes.push({ ...scenario, status: 'failed', reason: reason.split('\n')[0] ?? reason });
      }
    }
    const modeDeps = {
      settings,
      runId,
      load: loadChannel,
      startBot,
      redisProblem,
      log: (line: string) => console.log(line),
    };
    if (modes.includes('memory')) memory = await runMemoryMode(modeDeps);
    if (modes.includes('soak')) soak = await runSoakMode(modeDeps);
  } finally {
    load.child.disconnect();
    rmSync(workDir, { recursive: true, force: true });
  }

  const ratios = scenarios.length > 0 ? throughputRatios(outcomes, settings.BENCH_BACKENDS) : [];
  const targets = evaluateTargets(outcomes, settings.BENCH_CONCURRENCY);
  const loadAverage = loadavg()[0] ?? 0;
  const note = contentionNote(outcomes, loadAverage);
  if (scenarios.length > 0) {
    console.log(`\n${formatTable(outcomes)}\n`);
    console.log('Throughput ratios (turns/s; per server CPU-second discounts CPU taken by other processes):');
    for (const r of ratios) {
      const perCpu = r.perCpuSecond === null ? '' : `, per server CPU-second ${r.perCpuSecond.toFixed(3)}`;
      const state = r.backend === null ? '' : ` (${r.backend} state)`;
      console.log(`  ${r.name}${state}: ${r.value.toFixed(3)}${perCpu}`);
    }
  }
  const allTargets = [...targets, ...(soak?.verdict ? [soak.verdict] : [])];
  if (allTargets.length > 0) console.log('\nTargets (informative, they do not fail the build):');
  for (const t of allTargets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.line}`);
  if (note) console.log(`\n${note}`);
  printErrors(outcomes);

  const resultsPath = resolve(REPO_ROOT, settings.BENCH_RESULTS_PATH);
  mkdirSync(dirname(resultsPath), { recursive: true });
  const summary = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtEnd: loadAverage,
    settings: {
      concurrency: settings.BENCH_CONCURRENCY,
      warmupSeconds: settings.BENCH_WARMUP_S,
      durationSeconds: settings.BENCH_DURATION_S,
      thinkMs: settings.BENCH_THINK_MS,
      pacedSeconds: settings.BENCH_PACED_S,
      backends: settings.BENCH_BACKENDS,
      today: BENCH_TODAY,
    },
    scenarios: outcomes.map((o) => ({ name: scenarioName(o), ...o })),
    ratios,
    targets: allTargets,
    memory: memory ?? null,
    soak: soak ?? null,
    note: note ?? null,
  };
  writeFileSync(resultsPath, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nSummary written to ${resultsPath}`);
  const modeFailed = memory?.failed === true || soak?.failed === true;
  return outcomes.some((o) => o.status === 'failed') || modeFailed ? 1 : 0;
}

/**
 * Bare restify first, then per backend the minimal bot and the product back to back, so each pair sees
 * the same machine state; with Redis, two product instances on it. Last, the latency target's scenario:
 * the last product configuration again, paced like people.
 */
function planScenarios(backends: readonly Backend[], thinkMs: number): Scenario[] {
  const closedLoop: Scenario[] = [
    { kind: 'restify', backend: null },
    ...backends.flatMap((backend): Scenario[] => [
      { kind: 'echo', backend },
      { kind: 'bot', backend },
    ]),
    // Scale-out: two product instances on one Redis, against the single SQLite instance above.
    ...(backends.includes('redis')
      ? [{ kind: 'bot', backend: 'redis', instances: SCALE_OUT_INSTANCES } as const]
      : []),
  ];
  const last = closedLoop.at(-1);
  return last ? [...closedLoop, { ...last, thinkMs }] : closedLoop;
}

async function runScenario(
  scenario: Scenario,
  settings: BenchSettings,
  load: LoadChannel,
  run: { runId: string; workDir: string },
): Promise<Extract<ScenarioOutcome, { status: 'ran' }>> {
  const name = scenarioName(scenario);
  const profiling = settings.BENCH_CPU_PROF_DIR
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${resolve(settings.BENCH_CPU_PROF_DIR)}`,
        `--cpu-prof-name=${name.replace('/', '-')}.cpuprofile`,
      ]
    : [];
  const servers = Array.from({ length: scenario.instances ?? 1 }, (_, index) => {
    const server = startChild(
      SERVER_SCRIPTS[scenario.kind],
      serverEnv(scenario, settings, run.workDir),
      profiling.map((arg) => (index > 0 ? arg.replace('.cpuprofile', `-${index + 1}.cpuprofile`) : arg)),
    );
    const channel: ServerChannel = new IpcChannel(server.child, ServerMessageSchema, server.tail);
    return { child: server.child, channel };
  });
  try {
    const ports = await Promise.all(
      servers.map(async ({ channel }) => (await channel.next(['listening'], SERVER_START_TIMEOUT_MS)).port),
    );
    if (scenario.kind === 'bot')
      await Promise.all(ports.map((port) => waitReady(`http://127.0.0.1:${port}`)));
    const thinkMs = scenario.thinkMs ?? 0;
    // A paced warm-up also covers one pause, so every conversation has started before measuring.
    const warmupMs = settings.BENCH_WARMUP_S * 1000 + thinkMs;
    const durationMs = (thinkMs > 0 ? settings.BENCH_PACED_S : settings.BENCH_DURATION_S) * 1000;
    const request: RunRequest = {
      type: 'run',
      urls: ports.map((port) => `http://127.0.0.1:${port}`),
      kind: scenario.kind,
      conversationPrefix: `${run.runId}-${name}`,
      concurrency: settings.BENCH_CONCURRENCY,
      thinkMs,
      warmupMs,
      durationMs,
    };
    load.send(request);
    await nextLoadMessage(load, 'phase', warmupMs + PHASE_SLACK_MS);
    const before = await Promise.all(servers.map(({ channel }) => sample(channel)));
    await nextLoadMessage(load, 'phase', durationMs + PHASE_SLACK_MS);
    const after = await Promise.all(servers.map(({ channel }) => sample(channel)));
    const { result } = await nextLoadMessage(load, 'result', PHASE_SLACK_MS);
    // With several instances, the CPU share is their sum (it can exceed one core).
    const shares = after.map((end, i) => {
      const start = before[i];
      const wallMs = start ? end.wallMs - start.wallMs : 0;
      return start && wallMs > 0 ? (end.cpuMicros - start.cpuMicros) / 1000 / wallMs : null;
    });
    const serverCpuShare = shares.includes(null)
      ? null
      : shares.reduce<number>((sum, share) => sum + (share ?? 0), 0);
    return {
      ...scenario,
      status: 'ran',
      load: result,
      serverCpuShare,
      turnsPerCpuSecond: turnsPerCpuSecond(result, serverCpuShare),
      serverRssBytes: after.reduce((sum, s) => sum + s.rssBytes, 0),
    };
  } finally {
    await Promise.all(servers.map(({ child, channel }) => stopServer(child, channel)));
  }
}

async function nextLoadMessage<T extends 'phase' | 'result'>(
  load: LoadChannel,
  type: T,
  timeoutMs: number,
): Promise<Extract<LoadMessage, { type: T }>> {
  const message: LoadMessage = await load.next([type, 'failed'], timeoutMs);
  if (message.type === 'failed') throw new Error(`load generator: ${message.message}`);
  return message as Extract<LoadMessage, { type: T }>;
}

async function sample(
  server: ServerChannel,
  gc = false,
): Promise<Extract<ServerMessage, { type: 'sample' }>> {
  server.send({ type: 'sample', gc });
  return server.next(['sample'], SAMPLE_TIMEOUT_MS);
}

function serverEnv(scenario: Scenario, settings: BenchSettings, workDir: string): Record<string, string> {
  const state: Record<string, string> =
    scenario.backend === null
      ? {}
      : {
          STATE_TTL_DAYS,
          ...(scenario.backend === 'memory' ? { STATE_SQLITE_PATH: ':memory:' } : {}),
          ...(scenario.backend === 'sqlite'
            ? { STATE_SQLITE_PATH: join(workDir, `${scenario.kind}-state.sqlite`) }
            : {}),
          ...(scenario.backend === 'redis' ? { REDIS_URL: settings.BENCH_REDIS_URL } : {}),
        };
  // The product as a developer runs it locally: its default log level, Emulator mode (no app id).
  const product: Record<string, string> =
    scenario.kind === 'bot'
      ? // All the load comes from one loopback address standing for many people: no per-address limit.
        { NODE_ENV: 'development', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0' }
      : {};
  return { ...state, ...product };
}

type Started = { child: ChildProcess; tail: () => string };

/** Forks a TypeScript entry point on this Node, with IPC, keeping the tail of its output for error reports. */
function startChild(script: string, env: Record<string, string>, execArgv: string[]): Started {
  const inherited = Object.fromEntries(
    INHERITED_ENV.flatMap((key) => (process.env[key] === undefined ? [] : [[key, process.env[key]]])),
  ) as Record<string, string>;
  const child = fork(script, [], {
    cwd: REPO_ROOT,
    execPath: process.execPath,
    execArgv,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, tail: () => (output.trim() === '' ? '' : `; its last output:\n${output.trim()}`) };
}

async function stopServer(child: ChildProcess, channel: ServerChannel): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) channel.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Waits until the product says it is ready (its state store connected): listening comes first, and a
 * turn before Redis is connected fails fast by design. A server without /readyz (404) counts as ready.
 */
async function waitReady(url: string): Promise<void> {
  const deadline = performance.now() + SERVER_START_TIMEOUT_MS;
  for (;;) {
    const status = await fetch(`${url}/readyz`).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    if (status === 200 || status === 404) return;
    if (performance.now() > deadline) throw new Error(`${url}/readyz still answers ${status}`);
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

/** Why Redis cannot be used (undefined when it answers PING). */
function probeRedis(url: string): Promise<string | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379), timeout: REDIS_PROBE_TIMEOUT_MS });
    const done = (problem: string | undefined) => {
      socket.destroy();
      resolve(problem);
    };
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) =>
      done(
        data.toString().startsWith('+PONG')
          ? undefined
          : `Redis at ${url} answered ${data.toString().trim()}`,
      ),
    );
    socket.once('timeout', () => done(`Redis at ${url} did not answer within ${REDIS_PROBE_TIMEOUT_MS} ms`));
    socket.once('error', (error) => done(`Redis is not reachable at ${url} (${error.message})`));
  });
}

function describe(load: LoadResult): string {
  return (
    `${load.turnsPerSecond.toFixed(1)} turns/s, p50 ${ms(load.latency.p50Ms)} ms, ` +
    `p99 ${ms(load.latency.p99Ms)} ms, ${load.errors} errors, ` +
    `${load.conversationsCompleted} conversations completed (load CPU ${percent(load.loadCpuShare)})`
  );
}

function printErrors(outcomes: readonly ScenarioOutcome[]): void {
  for (const o of outcomes) {
    if (o.status !== 'ran' || o.load.errors === 0) continue;
    console.log(`\nERRORS in ${scenarioName(o)}: ${o.load.errors} wrong or failed replies, for example:`);
    for (const sampleLine of o.load.errorSamples) console.log(`  ${sampleLine}`);
  }
}

process.exitCode = await main();
