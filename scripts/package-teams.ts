/**
 * `npm run package:teams`: builds the Microsoft Teams app package (manifest.json, color.png and
 * outline.png at the zip root) from manifest/manifest.template.json and the environment, checks the
 * manifest against the official JSON schema of its version (shipped offline in @microsoft/app-manifest),
 * and writes manifest/build/notice-navigator-teams.zip, or the path given with --out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { buildTeamsManifest, parseTeamsManifestSettings } from './teams-manifest.ts';
import type { TeamsManifest } from './teams-manifest.ts';

// Both packages are CommonJS with `exports.default`; under Node's ESM the default import is the
// whole module, so take the class and the plugin from `.default`.
const Ajv = AjvDraft04.default;
const addFormats = addFormatsModule.default;

const MANIFEST_DIR = fileURLToPath(new URL('../manifest/', import.meta.url));
export const TEMPLATE_PATH = resolve(MANIFEST_DIR, 'manifest.template.json');
export const DEFAULT_OUTPUT = resolve(MANIFEST_DIR, 'build', 'notice-navigator-teams.zip');
const PACKAGE_JSON_PATH = fileURLToPath(new URL('../package.json', import.meta.url));

/** The oldest manifest version the project accepts for its template: it stays on a current schema. */
export const MIN_MANIFEST_VERSION = '1.22';

/** A fixed entry time makes the zip byte-for-byte reproducible from the same inputs. */
const ZIP_ENTRY_TIME = new Date(2026, 0, 1);

const ManifestVersionSchema = z.object({ manifestVersion: z.string().regex(/^\d+\.\d+$/) });
const ManifestIconsSchema = z.object({ icons: z.object({ color: z.string(), outline: z.string() }) });

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

/** Path of the official schema for a manifest version, from the offline copy in @microsoft/app-manifest. */
function schemaPathFor(manifestVersion: string): string {
  return createRequire(import.meta.url).resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
  );
}

const validators = new Map<string, ValidateFunction>();

/** Compiles the official schema of a manifest version once; undefined when none ships offline. */
function validatorFor(manifestVersion: string): ValidateFunction | undefined {
  const cached = validators.get(manifestVersion);
  if (cached) return cached;
  let schemaText: string;
  try {
    schemaText = readFileSync(schemaPathFor(manifestVersion), 'utf8');
  } catch {
    return undefined;
  }
  // The schemas are draft-04 and not written for Ajv's strict mode (e.g. additionalProperties without type).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(schemaText) as object);
  validators.set(manifestVersion, validate);
  return validate;
}

/** Checks a manifest against the official schema of the version it declares. */
export function validateTeamsManifest(manifest: unknown): ValidationResult {
  const head = ManifestVersionSchema.safeParse(manifest);
  if (!head.success) return { ok: false, errors: ['manifestVersion: missing or not MAJOR.MINOR'] };
  const validate = validatorFor(head.data.manifestVersion);
  if (!validate)
    return { ok: false, errors: [`manifestVersion: no offline schema for ${head.data.manifestVersion}`] };
  if (validate(manifest)) return { ok: true };
  return {
    ok: false,
    errors: (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
    ),
  };
}

export type PackageFiles = { template: unknown; version: string; readIcon: (name: string) => Uint8Array };
export type PackageResult =
  { ok: true; manifest: TeamsManifest; zip: Uint8Array } | { ok: false; errors: string[] };

/** Builds the zip in memory; every expected failure comes back as messages that say what to fix. */
export function buildTeamsPackage(
  env: Record<string, string | undefined>,
  files: PackageFiles,
): PackageResult {
  const settings = parseTeamsManifestSettings(env, files.version);
  if (!settings.ok) return settings;
  const built = buildTeamsManifest(files.template, settings.settings);
  if (!built.ok) {
    const detail =
      built.code === 'unknown_placeholder' ? `unknown placeholder \${{${built.placeholder}}}` : built.code;
    return { ok: false, errors: [`${TEMPLATE_PATH}: ${detail}`] };
  }
  const valid = validateTeamsManifest(built.manifest);
  if (!valid.ok) return { ok: false, errors: valid.errors.map((error) => `manifest.json ${error}`) };
  const { icons } = ManifestIconsSchema.parse(built.manifest); // the schema check above requires both
  const entry = (data: Uint8Array) => [data, { mtime: ZIP_ENTRY_TIME }] as [Uint8Array, { mtime: Date }];
  const zip = zipSync({
    'manifest.json': entry(Buffer.from(`${JSON.stringify(built.manifest, null, 2)}\n`, 'utf8')),
    [icons.color]: entry(files.readIcon(icons.color)),
    [icons.outline]: entry(files.readIcon(icons.outline)),
  });
  return { ok: true, manifest: built.manifest, zip };
}

/** The template, the project version and the committed icons, read from the repository. */
export function readProjectFiles(): PackageFiles {
  const { version } = z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(PACKAGE_JSON_PATH, 'utf8')));
  return {
    template: JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8')),
    version,
    readIcon: (name) => readFileSync(resolve(MANIFEST_DIR, name)),
  };
}

function main(): number {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const output = resolve(values.out ?? DEFAULT_OUTPUT);
  const result = buildTeamsPackage(process.env, readProjectFiles());
  if (!result.ok) {
    console.error(`Cannot build the Teams app package:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
    return 1;
  }
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, result.zip);
  const { id, bots } = result.manifest as { id: string; bots: { botId: string }[] };
  console.log(`Wrote ${output} (Teams app ${id}, bot ${bots[0]?.botId ?? '?'})`);
  return 0;
}

if (import.meta.main) process.exitCode = main();
