import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ICON_FILES } from '../../scripts/make-teams-icons.ts';
import {
  DEFAULT_OUTPUT,
  buildTeamsPackage,
  readProjectFiles,
  validateTeamsManifest,
} from '../../scripts/package-teams.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../scripts/package-teams.ts', import.meta.url));
const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const ENV = { MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'bot.example.org' };

const workDir = mkdtempSync(join(tmpdir(), 'teams-package-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs the package script the way `npm run package:teams` does, with only the given variables set. */
function runScript(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8' });
}

function packageZip(env: Record<string, string | undefined> = ENV): Uint8Array {
  const result = buildTeamsPackage(env, readProjectFiles());
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.zip;
}

describe('buildTeamsPackage', () => {
  it('zips manifest.json, color.png and outline.png at the root, and they unzip unchanged', () => {
    const result = buildTeamsPackage(ENV, readProjectFiles());
    if (!result.ok) throw new Error(result.errors.join('; '));
    const entries = unzipSync(result.zip);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(Buffer.from(entries['color.png'] ?? []).equals(readFileSync(ICON_FILES.color))).toBe(true);
    expect(Buffer.from(entries['outline.png'] ?? []).equals(readFileSync(ICON_FILES.outline))).toBe(true);
    const manifest: unknown = JSON.parse(Buffer.from(entries['manifest.json'] ?? []).toString('utf8'));
    expect(manifest).toEqual(result.manifest);
    expect(validateTeamsManifest(manifest)).toEqual({ ok: true });
  });

  it('is reproducible: the same settings give the same bytes', () => {
    expect(Buffer.from(packageZip()).equals(Buffer.from(packageZip()))).toBe(true);
  });

  it('gives the same Teams app id on every build for one bot, so an upload updates the app', () => {
    const idOf = (zip: Uint8Array) =>
      (JSON.parse(Buffer.from(unzipSync(zip)['manifest.json'] ?? []).toString('utf8')) as { id: string }).id;
    expect(idOf(packageZip())).toBe(idOf(packageZip({ ...ENV, BOT_DOMAIN: 'other.example.org' })));
  });

  it('returns the configuration errors instead of a zip', () => {
    expect(buildTeamsPackage({ BOT_DOMAIN: 'bot.example.org' }, readProjectFiles())).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^MicrosoftAppId: is required/)],
    });
  });

  it('refuses a manifest that does not pass the official schema', () => {
    const files = readProjectFiles();
    const template = { ...(files.template as Record<string, unknown>), accentColor: 'navy' };
    const result = buildTeamsPackage(ENV, { ...files, template });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^manifest\.json \/accentColor /)] });
  });
});

describe('scripts/package-teams.ts run as a program', () => {
  it('writes the package to manifest/build/ by default', () => {
    expect(DEFAULT_OUTPUT).toBe(join(REPO_ROOT, 'manifest', 'build', 'notice-navigator-teams.zip'));
  });

  it('writes a zip that unzips to the three files', () => {
    const output = join(workDir, 'teams.zip');
    const run = runScript(ENV, ['--out', output]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(output);
    expect(Object.keys(unzipSync(readFileSync(output))).sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
    ]);
  });

  it.each([
    { name: 'missing', env: { BOT_DOMAIN: 'bot.example.org' }, error: 'MicrosoftAppId: is required' },
    {
      name: 'not a GUID',
      env: { ...ENV, MicrosoftAppId: 'notice-bot' },
      error: 'MicrosoftAppId: must be a GUID',
    },
  ])(
    'fails with a message naming MicrosoftAppId when it is $name, and writes nothing',
    ({ name, env, error }) => {
      const output = join(workDir, `failed-${name.replaceAll(' ', '-')}.zip`);
      const run = runScript(env, ['--out', output]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(error);
      expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(() => readFileSync(output)).toThrow(/ENOENT/);
    },
  );
});
