import type { ServerKind } from './conversation-script.ts';
import type { LoadResult } from './protocol.ts';
import type { Backend } from './settings.ts';

/** The product must keep at least this share of the minimal bot's throughput with SQLite state. */
const MIN_THROUGHPUT_SHARE = 0.7;
/**
 * The product's p99 latency bound, defined at TARGET_CONCURRENCY concurrent conversations of people, so
 * measured in the paced scenario. A closed loop is a throughput test: there every conversation queues
 * behind the others and latency is concurrency / throughput, whatever answers (see bench/README.md).
 */
const MAX_P99_MS = 50;
const TARGET_CONCURRENCY = 20;
/** Instances in the scale-out scenario: two servers sharing one Redis. */
export const SCALE_OUT_INSTANCES = 2;

const SCENARIO_LABELS: Record<ServerKind, string> = {
  restify: 'restify',
  echo: 'echo-bot',
  bot: 'notice-bot',
};

/**
 * `instances` > 1: that many servers on one shared state store, the turns of each conversation alternating
 * between them. `thinkMs` > 0: paced, each conversation waits that long after a reply before its next
 * message, as a person reads and types; without it the load is closed-loop (the next message at once).
 */
export type Scenario = { kind: ServerKind; backend: Backend | null; instances?: number; thinkMs?: number };

export type ScenarioOutcome = Scenario &
  (
    | {
        status: 'ran';
        load: LoadResult;
        /** Share of one core the server used during the measured window. */
        serverCpuShare: number | null;
        /** Measured turns per second of server CPU: throughput as if the server had a core to itself. */
        turnsPerCpuSecond: number | null;
        serverRssBytes: number | null;
      }
    | { status: 'skipped' | 'failed'; reason: string }
  );
type RanOutcome = Extract<ScenarioOutcome, { status: 'ran' }>;

export type Ratio = { name: string; backend: Backend | null; value: number; perCpuSecond: number | null };
export type TargetVerdict = { pass: boolean; line: string };

export function scenarioName(scenario: Scenario): string {
  const base = scenario.backend
    ? `${SCENARIO_LABELS[scenario.kind]}/${scenario.backend}`
    : SCENARIO_LABELS[scenario.kind];
  const scaled = (scenario.instances ?? 1) > 1 ? `${base} x${scenario.instances}` : base;
  return isPaced(scenario) ? `${scaled} paced` : scaled;
}

function isPaced(scenario: Scenario): boolean {
  return (scenario.thinkMs ?? 0) > 0;
}

function ran(
  outcomes: readonly ScenarioOutcome[],
  kind: ServerKind,
  backend: Backend | null,
  instances = 1,
): RanOutcome | undefined {
  return outcomes.find(
    (o): o is RanOutcome =>
      o.status === 'ran' &&
      !isPaced(o) &&
      o.kind === kind &&
      o.backend === backend &&
      (o.instances ?? 1) === instances,
  );
}

function ratio(numerator: RanOutcome | undefined, denominator: RanOutcome | undefined): number | undefined {
  if (!numerator || !denominator || denominator.load.turnsPerSecond === 0) return undefined;
  return numerator.load.turnsPerSecond / denominator.load.turnsPerSecond;
}

function cpuRatio(numerator: RanOutcome | undefined, denominator: RanOutcome | undefined): number | null {
  const top = numerator?.turnsPerCpuSecond;
  const bottom = denominator?.turnsPerCpuSecond;
  return top && bottom ? top / bottom : null;
}

/** Turns per second of server CPU, from the measured turns and the server's CPU share over the same window. */
export function turnsPerCpuSecond(load: LoadResult, serverCpuShare: number | null): number | null {
  if (serverCpuShare === null || serverCpuShare <= 0 || load.turns === 0) return null;
  return load.turns / ((serverCpuShare * load.measuredMs) / 1000);
}

/** Throughput ratios: the product over the minimal bot on each backend, the minimal bot over bare restify. */
export function throughputRatios(
  outcomes: readonly ScenarioOutcome[],
  backends: readonly Backend[],
): Ratio[] {
  const restify = ran(outcomes, 'restify', null);
  const perBackend = backends.flatMap((backend) => {
    const echo = ran(outcomes, 'echo', backend);
    const bot = ran(outcomes, 'bot', backend);
    const pairs: [string, RanOutcome | undefined, RanOutcome | undefined][] = [
      ['notice-bot/echo-bot', bot, echo],
      ['echo-bot/restify', echo, restify],
    ];
    return pairs.flatMap(([name, top, bottom]) => {
      const value = ratio(top, bottom);
      return value === undefined ? [] : [{ name, backend, value, perCpuSecond: cpuRatio(top, bottom) }];
    });
  });
  return [...perBackend, ...scaleOutRatios(outcomes)];
}

/** Two product instances on one Redis against one instance on SQLite, the single-box default. */
function scaleOutRatios(outcomes: readonly ScenarioOutcome[]): Ratio[] {
  const pair = ran(outcomes, 'bot', 'redis', SCALE_OUT_INSTANCES);
  const single = ran(outcomes, 'bot', 'sqlite');
  const value = ratio(pair, single);
  return value === undefined
    ? []
    : [
        {
          name: `notice-bot/redis x${SCALE_OUT_INSTANCES} / notice-bot/sqlite`,
          backend: null,
          value,
          perCpuSecond: cpuRatio(pair, single),
        },
      ];
}

/** The issue's targets as PASS/FAIL lines. They inform; they never fail the build. */
export function evaluateTargets(outcomes: readonly ScenarioOutcome[], concurrency: number): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const [bot, echo] = [ran(outcomes, 'bot', 'sqlite'), ran(outcomes, 'echo', 'sqlite')];
  const share = ratio(bot, echo);
  if (share !== undefined) {
    const perCpu = cpuRatio(bot, echo);
    verdicts.push({
      pass: share >= MIN_THROUGHPUT_SHARE,
      line:
        `notice-bot keeps >= ${percent(MIN_THROUGHPUT_SHARE)} of echo-bot throughput with SQLite state: ${percent(share)}` +
        (perCpu === null ? '' : ` (per server CPU-second: ${percent(perCpu)})`),
    });
  }
  const at =
    concurrency === TARGET_CONCURRENCY
      ? `at ${concurrency} concurrent conversations`
      : `at ${concurrency} concurrent conversations (the target is defined at ${TARGET_CONCURRENCY})`;
  for (const outcome of outcomes) {
    if (outcome.status !== 'ran' || outcome.kind !== 'bot' || !isPaced(outcome)) continue;
    const p99 = outcome.load.latency.p99Ms;
    const state = scenarioName({ ...outcome, thinkMs: 0 }).replace('notice-bot/', '');
    verdicts.push({
      pass: p99 !== null && p99 < MAX_P99_MS && outcome.load.errors === 0,
      line: `notice-bot p99 < ${MAX_P99_MS} ms ${at}, each answering ${outcome.thinkMs} ms after a reply, ${state} state: ${ms(p99)} ms${outcome.load.errors > 0 ? ` with ${outcome.load.errors} errors` : ''}`,
    });
  }
  return verdicts;
}

/** Below this share of a core, a bot server was not the bottleneck: something else set its pace. */
const SATURATED_CPU_SHARE = 0.85;

/**
 * When the bot servers could not use a whole core (other processes on the machine, or the load
 * generator too slow), turns/s measures the scheduler more than the code: says so, and points to the
 * per-CPU-second ratio, which does not depend on how much CPU the server was given.
 */
export function contentionNote(
  outcomes: readonly ScenarioOutcome[],
  loadAverage: number,
): string | undefined {
  // A paced scenario leaves the server idle between messages by design: only saturated runs count.
  const shares = outcomes.flatMap((o) =>
    o.status === 'ran' && o.kind !== 'restify' && !isPaced(o) && o.serverCpuShare !== null
      ? [o.serverCpuShare]
      : [],
  );
  if (shares.length === 0 || Math.min(...shares) >= SATURATED_CPU_SHARE) return undefined;
  return (
    `NOTE: the bot servers used only ${percent(Math.min(...shares))}-${percent(Math.max(...shares))} of a core ` +
    `(load average ${loadAverage.toFixed(2)}): turns/s and latency were set by CPU contention, so the ` +
    `throughput ratios are unreliable; the "per server CPU-second" ratios estimate them on a dedicated core.`
  );
}

const COLUMNS = [
  'scenario',
  'turns',
  'turns/s',
  'p50 ms',
  'p90 ms',
  'p99 ms',
  'max ms',
  'errors',
  'server CPU',
  'turns/CPU-s',
  'load CPU',
];

/** The results as an aligned text table; skipped and failed scenarios say why. */
export function formatTable(outcomes: readonly ScenarioOutcome[]): string {
  const rows = outcomes.map((o) => {
    if (o.status !== 'ran') return [scenarioName(o), `${o.status}: ${o.reason}`];
    const { load } = o;
    return [
      scenarioName(o),
      String(load.turns),
      load.turnsPerSecond.toFixed(1),
      ms(load.latency.p50Ms),
      ms(load.latency.p90Ms),
      ms(load.latency.p99Ms),
      ms(load.latency.maxMs),
      String(load.errors),
      o.serverCpuShare === null ? '-' : percent(o.serverCpuShare),
      o.turnsPerCpuSecond === null ? '-' : o.turnsPerCpuSecond.toFixed(0),
      percent(load.loadCpuShare),
    ];
  });
  const full = rows.filter((row) => row.length === COLUMNS.length);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...full.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.length === COLUMNS.length
      ? cells
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
          .join('  ')
      : [(cells[0] ?? '').padEnd(widths[0] ?? 0), ...cells.slice(1)].join('  ');
  return [line(COLUMNS), ...rows.map(line)].join('\n');
}

export function ms(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
