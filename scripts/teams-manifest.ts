import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Teams shows the developer name in at most 32 characters (schema `developer.name.maxLength`). */
const DEVELOPER_NAME_MAX = 32;
const DEFAULT_DEVELOPER_NAME = 'Notice Navigator';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A public DNS name: Teams reaches the bot over https, so no scheme, port, path, or bare "localhost".
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const SEMVER = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/;

/**
 * Fixed namespace for deriving the Teams app id from the bot id (UUID v5): the same bot always gets
 * the same app id, so rebuilding the package updates the installed app instead of adding a second one.
 */
const TEAMS_APP_ID_NAMESPACE = 'ef2c8387-ae87-482c-864b-e2db7552361a';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

// An empty variable counts as missing, so the error says "is required" rather than "bad format".
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const guid = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : undefined) })
    .trim()
    .regex(GUID, `must be a GUID such as 00000000-0000-0000-0000-000000000000 (${what})`)
    .transform((value) => value.toLowerCase());

const httpsUrl = optionalText.pipe(
  z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
);

/** The settings `npm run package:teams` reads from the environment. */
const TeamsPackageEnvSchema = z.object({
  MicrosoftAppId: z.preprocess(
    blankToUndefined,
    guid("the Azure Bot's Microsoft App ID, which Teams uses as the bot id"),
  ),
  BOT_DOMAIN: z.preprocess(
    blankToUndefined,
    z
      .string({
        error: (issue) =>
          issue.input === undefined ? 'is required: the public host name of the bot' : undefined,
      })
      .trim()
      .toLowerCase()
      .regex(
        HOST_NAME,
        'must be the public host name of the bot, such as bot.example.org (no https://, port or path)',
      ),
  ),
  TEAMS_APP_ID: optionalText.pipe(guid("the Teams app's own id").optional()),
  FIRM_NAME: optionalText.pipe(
    z
      .string()
      .max(
        DEVELOPER_NAME_MAX,
        `must be at most ${DEVELOPER_NAME_MAX} characters: Teams shows it as the developer name`,
      )
      .optional(),
  ),
  PRIVACY_URL: httpsUrl,
  TERMS_URL: httpsUrl,
});

/** Everything the template's placeholders are filled from. */
const TeamsManifestSettingsSchema = z.object({
  botId: z.string().regex(GUID),
  teamsAppId: z.string().regex(GUID),
  botDomain: z.string().regex(HOST_NAME),
  developerName: z.string().min(1).max(DEVELOPER_NAME_MAX),
  websiteUrl: z.url({ protocol: /^https$/ }),
  privacyUrl: z.url({ protocol: /^https$/ }),
  termsUrl: z.url({ protocol: /^https$/ }),
  /** The app package version; Teams expects an update to carry a higher one. */
  version: z.string().regex(SEMVER, 'must be MAJOR.MINOR.PATCH'),
});
export type TeamsManifestSettings = z.infer<typeof TeamsManifestSettingsSchema>;

export type SettingsResult = { ok: true; settings: TeamsManifestSettings } | { ok: false; errors: string[] };

/**
 * Reads the package settings from the environment; each error names the variable to fix.
 * `version` is the app version (the project's package.json version).
 */
export function parseTeamsManifestSettings(
  env: Record<string, string | undefined>,
  version: string,
): SettingsResult {
  const parsed = TeamsPackageEnvSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    };
  }
  const { MicrosoftAppId, BOT_DOMAIN, TEAMS_APP_ID, FIRM_NAME, PRIVACY_URL, TERMS_URL } = parsed.data;
  const site = `https://${BOT_DOMAIN}`;
  const settings = TeamsManifestSettingsSchema.safeParse({
    botId: MicrosoftAppId,
    teamsAppId: TEAMS_APP_ID ?? deriveTeamsAppId(MicrosoftAppId),
    botDomain: BOT_DOMAIN,
    developerName: FIRM_NAME ?? DEFAULT_DEVELOPER_NAME,
    websiteUrl: `${site}/`,
    privacyUrl: PRIVACY_URL ?? `${site}/privacy`,
    termsUrl: TERMS_URL ?? `${site}/terms`,
    version,
  });
  if (!settings.success) {
    return {
      ok: false,
      errors: settings.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  return { ok: true, settings: settings.data };
}

/** A stable GUID for the Teams app, derived from the bot id (RFC 9562 UUID version 5). */
export function deriveTeamsAppId(botId: string): string {
  const namespace = Buffer.from(TEAMS_APP_ID_NAMESPACE.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(botId.toLowerCase(), 'utf8').digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/** The `${{NAME}}` placeholders the template may use, and the setting each one takes. */
export function placeholderValues(settings: TeamsManifestSettings): Readonly<Record<string, string>> {
  return {
    MicrosoftAppId: settings.botId,
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_DOMAIN: settings.botDomain,
    DEVELOPER_NAME: settings.developerName,
    WEBSITE_URL: settings.websiteUrl,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
    APP_VERSION: settings.version,
  };
}

export type TeamsManifest = Record<string, unknown>;
export type ManifestResult =
  | { ok: true; manifest: TeamsManifest }
  | { ok: false; code: 'template_not_object' }
  | { ok: false; code: 'unknown_placeholder'; placeholder: string };

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Builds the Teams app manifest: a copy of the template (manifest/manifest.template.json) with every
 * `${{NAME}}` in its string values replaced from the settings. The template is not changed.
 */
export function buildTeamsManifest(template: unknown, settings: TeamsManifestSettings): ManifestResult {
  if (!isPlainObject(template)) return { ok: false, code: 'template_not_object' };
  const values = placeholderValues(settings);
  const unknown = findPlaceholders(template).find((name) => !Object.hasOwn(values, name));
  if (unknown !== undefined) return { ok: false, code: 'unknown_placeholder', placeholder: unknown };
  return { ok: true, manifest: fill(template, values) as TeamsManifest };
}

/** Every placeholder name used in the template's string values, in order of appearance. */
export function findPlaceholders(template: unknown): string[] {
  if (typeof template === 'string') return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  if (Array.isArray(template)) return template.flatMap(findPlaceholders);
  if (isPlainObject(template)) return Object.values(template).flatMap(findPlaceholders);
  return [];
}

function fill(node: unknown, values: Readonly<Record<string, string>>): unknown {
  if (typeof node === 'string')
    return node.replace(PLACEHOLDER, (_match, name: string) => values[name] ?? '');
  if (Array.isArray(node)) return node.map((item) => fill(item, values));
  if (isPlainObject(node)) {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value, values)]));
  }
  return node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
