import type { LatencySummary } from './latency-stats.ts';
import { ms, percent, type TargetVerdict } from './report.ts';

/*
 * The memory and soak modes' arithmetic and text: pure functions over the samples, so the verdicts
 * can be tested without running a server.
 */

/** The soak's memory target: process memory grows no more than this from the first to the last sample. */
export const MAX_SOAK_GROWTH = 0.1;

export type MemoryRow = {
  backend: string;
  conversations: number;
  turnsPerConversation: number;
  errors: number;
  /** Bytes the store holds for the measured conversations (SQLite rows or Redis MEMORY USAGE); null in memory. */
  stateBytes: number | null;
  /** The SQLite file (with its WAL), all conversations of the run included; null for other backends. */
  fileBytes: number | null;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  turnLatency: LatencySummary;
  /** A few of the wrong or failed replies, when there were any. */
  errorSamples?: string[];
};

export type SoakSample = {
  elapsedS: number;
  turns: number;
  turnsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: number;
  rssBytes: number;
  heapUsedBytes: number;
};

/** Bytes per conversation, or null when there is nothing to divide. */
export function perConversation(bytes: number | null, conversations: number): number | null {
  return bytes === null || conversations <= 0 ? null : bytes / conversations;
}

/** Relative growth from the first to the last value; null with fewer than two values. */
export function growth(values: readonly number[]): number | null {
  const first = values[0];
  const last = values.at(-1);
  if (values.length < 2 || first === undefined || last === undefined || first <= 0) return null;
  return (last - first) / first;
}

/** PASS when process memory (RSS after a collection) grew at most MAX_SOAK_GROWTH over the soak. */
export function soakMemoryVerdict(
  samples: readonly SoakSample[],
  maxGrowth = MAX_SOAK_GROWTH,
): TargetVerdict {
  const rss = growth(samples.map((s) => s.rssBytes));
  const heap = growth(samples.map((s) => s.heapUsedBytes));
  if (rss === null) {
    return {
      pass: false,
      line: `soak memory flat: fewer than two samples (${samples.length}), nothing to compare`,
    };
  }
  const first = samples[0];
  const last = samples.at(-1);
  return {
    pass: rss <= maxGrowth,
    line:
      `soak memory flat (RSS growth <= ${percent(maxGrowth)} from the first to the last sample): ` +
      `${signed(rss)} (${mib(first?.rssBytes ?? 0)} -> ${mib(last?.rssBytes ?? 0)}; ` +
      `heap ${heap === null ? '-' : signed(heap)})`,
  };
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function signed(share: number): string {
  return `${share >= 0 ? '+' : ''}${percent(share)}`;
}

function bytesCell(value: number | null): string {
  return value === null ? '-' : value.toFixed(0);
}

/** One line per backend: state bytes, and process memory growth, per live conversation. */
export function formatMemoryTable(rows: readonly MemoryRow[]): string {
  const header = [
    'backend',
    'conversations',
    'errors',
    'state B/conv',
    'file B/conv',
    'RSS B/conv',
    'heap B/conv',
    'RSS after',
    'heap after',
    'turn p99 ms',
  ];
  const cells = rows.map((row) => [
    row.backend,
    `${row.conversations} x ${row.turnsPerConversation} turns`,
    String(row.errors),
    bytesCell(perConversation(row.stateBytes, row.conversations)),
    bytesCell(perConversation(row.fileBytes, row.conversations)),
    bytesCell(perConversation(row.rssAfterBytes - row.rssBeforeBytes, row.conversations)),
    bytesCell(perConversation(row.heapAfterBytes - row.heapBeforeBytes, row.conversations)),
    mib(row.rssAfterBytes),
    mib(row.heapAfterBytes),
    ms(row.turnLatency.p99Ms),
  ]);
  return alignedTable(header, cells);
}

export function formatSoakSample(sample: SoakSample): string {
  return (
    `  t=${sample.elapsedS.toFixed(0).padStart(5)} s  ${sample.turnsPerSecond.toFixed(1).padStart(7)} turns/s  ` +
    `p50 ${ms(sample.p50Ms).padStart(7)} ms  p99 ${ms(sample.p99Ms).padStart(7)} ms  ` +
    `errors ${sample.errors}  RSS ${mib(sample.rssBytes)}  heap ${mib(sample.heapUsedBytes)}`
  );
}

function alignedTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
