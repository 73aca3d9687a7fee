import { describe, expect, it } from 'vitest';
import {
  formatMemoryTable,
  growth,
  MAX_SOAK_GROWTH,
  perConversation,
  soakMemoryVerdict,
  type SoakSample,
} from '../../bench/ops-report.ts';
import {
  contentionNote,
  evaluateTargets,
  scenarioName,
  throughputRatios,
  type ScenarioOutcome,
} from '../../bench/report.ts';

const MIB = 1024 * 1024;

function sample(rssMib: number, heapMib = 50): SoakSample {
  return {
    elapsedS: 30,
    turns: 3000,
    turnsPerSecond: 100,
    p50Ms: 5,
    p99Ms: 20,
    errors: 0,
    rssBytes: rssMib * MIB,
    heapUsedBytes: heapMib * MIB,
  };
}

describe('soak memory verdict', () => {
  it.each([
    ['flat', [200, 201, 199, 200], true],
    ['growth just inside the bound', [200, 210, 220], true],
    ['growth past the bound', [200, 210, 221], false],
    ['a spike in the middle that comes back', [200, 260, 205], true],
    ['shrinking', [300, 250, 240], true],
  ])('%s: RSS %j MiB passes %s', (_name, rss, pass) => {
    const verdict = soakMemoryVerdict(rss.map((value) => sample(value)));
    expect(verdict.pass).toBe(pass);
    expect(verdict.line).toMatch(/^soak memory flat \(RSS growth <= 10\.0%/);
  });

  it('fails with fewer than two samples, saying why', () => {
    for (const samples of [[], [sample(200)]]) {
      const verdict = soakMemoryVerdict(samples);
      expect(verdict.pass).toBe(false);
      expect(verdict.line).toMatch(/fewer than two samples/);
    }
  });

  it('uses the issue bound of 10%', () => {
    expect(MAX_SOAK_GROWTH).toBe(0.1);
  });
});

describe('per-conversation arithmetic', () => {
  it.each([
    [[100, 110], 0.1],
    [[100], null],
    [[0, 10], null],
    [[200, 150], -0.25],
  ])('growth of %j is %s', (values, expected) => {
    expect(growth(values)).toBe(expected);
  });

  it.each([
    [10_000, 10_000, 1],
    [null, 10, null],
    [500, 0, null],
  ])('%s bytes over %s conversations is %s per conversation', (bytes, conversations, expected) => {
    expect(perConversation(bytes, conversations)).toBe(expected);
  });

  it('prints state, file, RSS and heap bytes per conversation', () => {
    const table = formatMemoryTable([
      {
        backend: 'sqlite',
        conversations: 10_000,
        turnsPerConversation: 2,
        errors: 0,
        stateBytes: 12_000_000,
        fileBytes: 15_000_000,
        rssBeforeBytes: 100 * MIB,
        rssAfterBytes: 100 * MIB + 20_000_000,
        heapBeforeBytes: 40 * MIB,
        heapAfterBytes: 40 * MIB + 10_000_000,
        turnLatency: { count: 1, meanMs: 1, p50Ms: 1, p90Ms: 1, p99Ms: 3.5, maxMs: 4 },
      },
    ]);
    const [header, row] = table.split('\n');
    expect(header).toMatch(
      /^backend\s+conversations\s+errors\s+state B\/conv\s+file B\/conv\s+RSS B\/conv\s+heap B\/conv/,
    );
    expect(row?.split(/\s{2,}/)).toEqual([
      'sqlite',
      '10000 x 2 turns',
      '0',
      '1200',
      '1500',
      '2000',
      '1000',
      '119.1 MiB',
      '49.5 MiB',
      '3.50',
    ]);
  });
});

describe('scale-out scenario in the report', () => {
  const load = (turnsPerSecond: number) => ({
    turns: turnsPerSecond * 10,
    measuredMs: 10_000,
    turnsPerSecond,
    conversationsCompleted: 1,
    latency: { count: 1, meanMs: 1, p50Ms: 1, p90Ms: 1, p99Ms: 1, maxMs: 1 },
    errors: 0,
    errorSamples: [],
    loadCpuShare: 0.1,
  });
  const ran = (
    kind: 'bot' | 'echo',
    backend: 'sqlite' | 'redis',
    tps: number,
    instances?: number,
    paced?: { thinkMs: number; p99Ms: number },
  ): ScenarioOutcome => ({
    kind,
    backend,
    ...(instances ? { instances } : {}),
    ...(paced ? { thinkMs: paced.thinkMs } : {}),
    status: 'ran',
    load: paced
      ? { ...load(tps), latency: { ...load(tps).latency, p99Ms: paced.p99Ms } }
      : { ...load(tps), latency: { ...load(tps).latency, p99Ms: 300 } },
    serverCpuShare: null,
    turnsPerCpuSecond: null,
    serverRssBytes: null,
  });

  it('names the two-instance scenario apart and compares it with one SQLite instance', () => {
    const outcomes = [
      ran('echo', 'sqlite', 500),
      ran('bot', 'sqlite', 400),
      ran('echo', 'redis', 300),
      ran('bot', 'redis', 240),
      ran('bot', 'redis', 600, 2),
    ];
    expect(outcomes.map(scenarioName).at(-1)).toBe('notice-bot/redis x2');
    const ratios = throughputRatios(outcomes, ['sqlite', 'redis']);
    expect(ratios.find((r) => r.name === 'notice-bot/echo-bot' && r.backend === 'redis')?.value).toBe(0.8);
    expect(ratios.find((r) => r.name === 'notice-bot/redis x2 / notice-bot/sqlite')?.value).toBe(1.5);
  });

  it('reads the p99 target off the paced scenario only, and keeps it out of the throughput ratios', () => {
    const outcomes = [
      ran('echo', 'sqlite', 500),
      ran('bot', 'sqlite', 400),
      ran('bot', 'redis', 600, 2),
      ran('bot', 'redis', 20, 2, { thinkMs: 1000, p99Ms: 12.5 }),
    ];
    expect(outcomes.map(scenarioName).at(-1)).toBe('notice-bot/redis x2 paced');
    expect(
      throughputRatios(outcomes, ['sqlite', 'redis']).find(
        (r) => r.name === 'notice-bot/redis x2 / notice-bot/sqlite',
      )?.value,
    ).toBe(1.5);
    const latency = evaluateTargets(outcomes, 20).filter((t) => t.line.includes('p99'));
    expect(latency).toEqual([
      {
        pass: true,
        line: 'notice-bot p99 < 50 ms at 20 concurrent conversations, each answering 1000 ms after a reply, redis x2 state: 12.50 ms',
      },
    ]);
    const slow = evaluateTargets([ran('bot', 'redis', 20, 2, { thinkMs: 1000, p99Ms: 50 })], 20);
    expect(slow.map((t) => t.pass)).toEqual([false]);
  });

  it('notes CPU contention from saturated runs only, never from the paced one idling by design', () => {
    const withShare = (outcome: ScenarioOutcome, serverCpuShare: number): ScenarioOutcome =>
      outcome.status === 'ran' ? { ...outcome, serverCpuShare } : outcome;
    const saturated = withShare(ran('bot', 'redis', 600, 2), 1.4);
    const paced = withShare(ran('bot', 'redis', 20, 2, { thinkMs: 1000, p99Ms: 12 }), 0.17);
    expect(contentionNote([saturated, paced], 1.5)).toBeUndefined();
    expect(contentionNote([withShare(ran('bot', 'sqlite', 300), 0.6), paced], 3)).toMatch(
      /used only 60\.0%-60\.0% of a core/,
    );
  });
});
