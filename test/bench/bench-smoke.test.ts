import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIOS = ['restify', 'echo-bot/memory', 'notice-bot/memory', 'notice-bot/memory paced'];
const escape = (text: string) => text.replace(/[/\\-]/g, '\\$&');

describe('npm run bench (tiny mode)', () => {
  it('runs every scenario as separate processes and checks every reply', { timeout: 120_000 }, async () => {
    const resultsPath = join(dir, 'latest.json');
    const { stdout } = await run(process.execPath, ['bench/run.ts'], {
      env: {
        PATH: process.env.PATH,
        BENCH_CONCURRENCY: '2',
        BENCH_WARMUP_S: '0.25',
        BENCH_DURATION_S: '0.75',
        BENCH_THINK_MS: '50',
        BENCH_PACED_S: '1',
        BENCH_BACKENDS: 'memory',
        BENCH_RESULTS_PATH: resultsPath,
      },
    });

    for (const name of SCENARIOS) {
      const line = new RegExp(`^  ${escape(name)}: (\\d+\\.\\d) turns/s, .*, (\\d+) errors,`, 'm').exec(
        stdout,
      );
      expect(line, `${name} in:\n${stdout}`).not.toBeNull();
      expect(Number(line?.[1])).toBeGreaterThan(0);
      expect(line?.[2]).toBe('0');
    }
    expect(stdout).toMatch(/notice-bot\/echo-bot \(memory state\): \d/);
    expect(stdout).toMatch(
      /^ {2}(PASS|FAIL) {2}notice-bot p99 < 50 ms at 2 concurrent conversations \(the target is defined at 20\), each answering 50 ms after a reply, memory state: \d+\.\d\d ms$/m,
    );

    const summary = JSON.parse(readFileSync(resultsPath, 'utf8')) as {
      scenarios: { name: string; status: string; load?: { turns: number; errors: number } }[];
    };
    expect(summary.scenarios.map((s) => [s.name, s.status])).toEqual(SCENARIOS.map((name) => [name, 'ran']));
    for (const scenario of summary.scenarios) {
      expect(scenario.load?.errors).toBe(0);
      expect(scenario.load?.turns).toBeGreaterThan(0);
    }
  });
});
