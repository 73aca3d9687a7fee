import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Preloaded into a child process: records every module it resolves (import and require alike) and prints
 * the list on exit, so a test sees what a real start of the program loads.
 */
const RECORD_LOADS = `
import { registerHooks } from 'node:module';
const loaded = new Set();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    loaded.add(resolved.url);
    return resolved;
  },
});
process.on('exit', () => {
  process.stderr.write('\\nLOADED ' + JSON.stringify([...loaded]) + '\\n');
});
`;

/** Runs node with the recorder preloaded; returns the URLs of the modules it loaded. */
function modulesLoadedBy(args: string[]): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(RECORD_LOADS)}`, ...args],
    { encoding: 'utf8' },
  );
  const line = run.stderr.split('\n').find((text) => text.startsWith('LOADED '));
  if (!line) throw new Error(`no module list from node ${args.join(' ')}:\n${run.stderr}`);
  return JSON.parse(line.slice('LOADED '.length)) as string[];
}

function importOnly(path: string): string[] {
  return [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(new URL(path, import.meta.url).href)});`,
  ];
}

/** The database drivers: PostgreSQL's client and Node's SQLite binding. */
function databaseDrivers(urls: string[]): string[] {
  return urls.filter((url) => url === 'node:sqlite' || /\/node_modules\/pg\//.test(url));
}

describe('what starting a program loads', () => {
  it('the store factory loads both database drivers (the recorder sees them)', () => {
    const drivers = databaseDrivers(modulesLoadedBy(importOnly('../../src/intake/create-intake-store.ts')));
    expect(drivers).toContain('node:sqlite');
    expect(drivers.some((url) => url.includes('/node_modules/pg/'))).toBe(true);
  });

  it('reading the config loads no database driver', () => {
    const loaded = modulesLoadedBy(importOnly('../../src/config.ts'));
    expect(loaded.some((url) => url.endsWith('/src/intake/intake-settings.ts'))).toBe(true);
    expect(databaseDrivers(loaded)).toEqual([]);
  });

  it('npm run triage loads no database driver', () => {
    const loaded = modulesLoadedBy(['src/cli/triage.ts', 'CP14', '2026-03-02', '--as-of', '2026-03-10']);
    expect(loaded.some((url) => url.endsWith('/src/config.ts'))).toBe(true);
    expect(databaseDrivers(loaded)).toEqual([]);
  });
});
