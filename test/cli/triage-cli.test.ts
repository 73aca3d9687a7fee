import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI as a person would, with the project's Node (vitest runs under it). */
function triageCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/triage.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run triage', () => {
  it('prints the result for a person, with the disclaimer', () => {
    const { status, stdout } = triageCli('CP14', '2026-03-02', '--amount', '1200', '--as-of', '2026-03-10');
    expect(status).toBe(0);
    expect(stdout).toContain('CP14: Balance due: first bill');
    expect(stdout).toContain('Monday, March 23, 2026 (13 days left)');
    expect(stdout).toMatch(/not legal or tax advice/);
  });

  it('prints the API body with --json', () => {
    const { status, stdout } = triageCli('LT11', '2026-03-20', '--as-of', '2026-04-10', '--json');
    expect(status).toBe(0);
    const body = JSON.parse(stdout) as {
      deadlines: { id: string; date: string; daysLeft: number }[];
      disclaimer: string;
    };
    expect(body.deadlines[0]).toMatchObject({ id: 'cdp-hearing', date: '2026-04-20', daysLeft: 10 });
    expect(body.disclaimer).toMatch(/professional/);
  });

  it.each([
    [['CP41', '2026-03-02'], 1, /Unknown notice code "CP41"\. Did you mean: .*CP14/],
    [['CP14', '03/02/2026'], 2, /noticeDate/],
    [['CP14'], 2, /Usage: npm run triage/],
    [['CP14', '2026-03-02', '--can-pay', 'maybe'], 2, /canPayInFull/],
  ])('refuses %j with exit code %i and a clear message', (args, code, message) => {
    const { status, stderr } = triageCli(...args);
    expect(status).toBe(code);
    expect(stderr).toMatch(message);
  });
});
