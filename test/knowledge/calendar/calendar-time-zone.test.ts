import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { calendarSample } from './calendar-sample.ts';

const CHILD_TIMEOUT_MS = 15_000;
const SAMPLE_MODULE = new URL('./calendar-sample.ts', import.meta.url).href;

/** Runs the sample in a fresh Node process (the same Node 24 binary) whose TZ is `zone`. */
function sampleInZone(zone: string): { zone: string; offsetMinutes: number; sample: string } {
  const script = [
    `const { calendarSample } = await import(${JSON.stringify(SAMPLE_MODULE)});`,
    'const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;',
    "const offsetMinutes = new Date('2026-01-15T12:00:00Z').getTimezoneOffset();",
    'process.stdout.write(JSON.stringify({ zone, offsetMinutes, sample: calendarSample() }));',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A date that never advances (a local-time bug) would loop forever: fail instead.
    timeout: CHILD_TIMEOUT_MS,
  });
  return JSON.parse(output) as { zone: string; offsetMinutes: number; sample: string };
}

describe('the calendar ignores the process time zone', () => {
  const expectedRows = JSON.parse(calendarSample()) as unknown[];

  // UTC+14 catches local-midnight parsing read back in UTC; UTC-8 catches UTC parsing read back locally.
  it.each([
    ['Pacific/Kiritimati', -14 * 60],
    ['America/Los_Angeles', 8 * 60],
  ])('gives the same answers under TZ=%s', (zone, offsetMinutes) => {
    const child = sampleInZone(zone);
    // The child really ran in that zone, so the comparison means something.
    expect({ zone: child.zone, offsetMinutes: child.offsetMinutes }).toEqual({ zone, offsetMinutes });
    const rows = JSON.parse(child.sample) as unknown[];
    expect(rows).toHaveLength(expectedRows.length);
    // Compare row by row: a full diff of thousands of differing rows takes minutes to print.
    const mismatch = expectedRows.findIndex(
      (row, index) => JSON.stringify(row) !== JSON.stringify(rows[index]),
    );
    const firstMismatch = { mismatch, got: rows[mismatch], want: expectedRows[mismatch] };
    expect(firstMismatch).toEqual({ mismatch: -1, got: undefined, want: undefined });
  });
});
