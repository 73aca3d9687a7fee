import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-bench-ops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Summary = {
  scenarios: unknown[];
  memory: {
    rows: {
      backend: string;
      conversations: number;
      errors: number;
      stateBytes: number | null;
      rssAfterBytes: number;
    }[];
  } | null;
  soak: {
    samples: { turns: number; rssBytes: number; p99Ms: number | null }[];
    load: { errors: number; turns: number } | null;
    verdict: { pass: boolean; line: string } | null;
  } | null;
};

describe('npm run bench, memory and soak modes (tiny)', () => {
  it(
    'creates live conversations, measures state and process memory, and soaks with periodic samples',
    { timeout: 90_000 },
    async () => {
      const resultsPath = join(dir, 'latest.json');
      const { stdout } = await run(process.execPath, ['bench/run.ts'], {
        env: {
          PATH: process.env.PATH,
          BENCH_MODES: 'memory,soak',
          BENCH_BACKENDS: 'sqlite',
          BENCH_CONCURRENCY: '4',
          BENCH_MEMORY_CONVERSATIONS: '30',
          BENCH_SOAK_S: '3',
          BENCH_SOAK_SAMPLE_S: '1',
          BENCH_SOAK_RATE: '20',
          BENCH_RESULTS_PATH: resultsPath,
        },
      });

      expect(stdout).toMatch(/^sqlite\s+30 x 2 turns\s+0\s+\d+\s+\d+\s+-?\d+\s+-?\d+/m);
      expect(stdout).toMatch(/^ {2}t=\s+1 s .*p99 .*RSS [\d.]+ MiB {2}heap [\d.]+ MiB$/m);
      expect(stdout).toMatch(/^ {2}(PASS|FAIL) {2}soak memory flat \(RSS growth <= 10\.0%/m);
      // The default table is not run in these modes.
      expect(stdout).not.toMatch(/^scenario\s+turns/m);

      const summary = JSON.parse(readFileSync(resultsPath, 'utf8')) as Summary;
      expect(summary.scenarios).toEqual([]);
      const [row] = summary.memory?.rows ?? [];
      expect(row).toMatchObject({ backend: 'sqlite', conversations: 30, errors: 0 });
      // Every conversation's state is in the file: at least its conversation id, a few dozen bytes each.
      expect(row?.stateBytes).toBeGreaterThan(30 * 40);
      expect(summary.soak?.samples.length).toBeGreaterThanOrEqual(2);
      for (const s of summary.soak?.samples ?? []) {
        expect(s.turns).toBeGreaterThan(0);
        expect(s.rssBytes).toBeGreaterThan(0);
      }
      expect(summary.soak?.load?.errors).toBe(0);
      expect(summary.soak?.verdict?.line).toMatch(/soak memory flat/);
    },
  );
});
